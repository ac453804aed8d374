/**
 * "António Costa, 66, who farms cork oaks near Évora": an age set off after the name, then a
 * relative clause whose verb is a trade, presents a private person — when the age is not
 * the famous bearer's (the caller checks the birth year) and the trade not in his profile.
 * The relative-clause form of "Giorgia Melone, 47, a tax adviser". Only verbs that are a
 * trade by themselves: "who runs" or "who manages" may well run a country. A verb of work with
 * the hands ("grows tulips", "breeds horses") is no figure of speech: after a spelling off the
 * famous name it presents a private person even at the bearer's age (`handsOnTrade`).
 */

/** ", 66, who farms", " (52), who still bakes": the age and the verb of the clause after it. */
const AGED_CLAUSE =
  /^\s*(?:,|\()\s*\d{1,3}\s*\)?\s*,\s+who\s+(?:has\s+|had\s+|still\s+|now\s+)?(farms|farmed|grows|grew|raises|raised|breeds|bred|herds|fishes|bakes|brews|tends|sells|sold|drives|drove|repairs|cooks|cleans|delivers|harvests|rears)\b/;

/** The trade verb of an aged relative clause right after the name ("farms"), or null. */
export function agedTradeClause(text: string, end: number): string | null {
  return AGED_CLAUSE.exec(text.slice(end, end + 40))?.[1] ?? null;
}

/** Trade verbs no public figure is said to do in a figure of speech ("sells his plan", "drives the reform" are). */
const HANDS_ON =
  /^(?:farms|farmed|grows|grew|raises|raised|breeds|bred|herds|fishes|bakes|brews|tends|harvests|rears)$/;

/** True when the trade verb of an aged clause (`agedTradeClause`) is work with the hands. */
export function handsOnTrade(verb: string): boolean {
  return HANDS_ON.test(verb);
}
