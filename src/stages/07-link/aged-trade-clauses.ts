/**
 * "António Costa, 66, who farms cork oaks near Évora": an age set off after the name, then a
 * relative clause whose verb is a trade, presents a private person — when the age is not
 * the famous bearer's (the caller checks the birth year) and the trade not in his profile.
 * The relative-clause form of "Giorgia Melone, 47, a tax adviser". Only verbs that are a
 * trade by themselves: "who runs" or "who manages" may well run a country.
 */

/** ", 66, who farms", " (52), who still bakes": the age and the verb of the clause after it. */
const AGED_CLAUSE =
  /^\s*(?:,|\()\s*\d{1,3}\s*\)?\s*,\s+who\s+(?:has\s+|had\s+|still\s+|now\s+)?(farms|farmed|grows|grew|raises|raised|breeds|bred|herds|fishes|bakes|brews|tends|sells|sold|drives|drove|repairs|cooks|cleans|delivers|harvests|rears)\b/;

/** The trade verb of an aged relative clause right after the name ("farms"), or null. */
export function agedTradeClause(text: string, end: number): string | null {
  return AGED_CLAUSE.exec(text.slice(end, end + 40))?.[1] ?? null;
}
