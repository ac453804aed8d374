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

/**
 * "Olaf Schulze, 66, who sells mulled wine at the Christmas market": a verb of selling, cooking
 * or driving is used of office too ("sells his plan", "drives the reform"), but with a stall,
 * a market, a van or a kiosk after it the clause tells a trade (session acc27-link-a). True when
 * the aged clause right after the name (`agedTradeClause`) goes on to such a place of work
 * within its first words. Cost: read only once an aged clause of trade was found, on 90 characters.
 */
export function tradeAtStall(text: string, end: number): boolean {
  return STALL_AFTER.test(text.slice(end, end + 90));
}
const STALL_AFTER =
  /^[^.;:!?]*?\bwho\s+(?:[\p{Ll}]+\s+){1,6}?(?:at|from|on|behind|outside)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:market|markets|stall|stand|kiosk|van|cart|counter|booth|pitch|barrow|truck)\b/u;
