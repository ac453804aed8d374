/**
 * A town's name that is also an English gerund, used as the word: "Reading between the lines,
 * it does sound as if …", "Reading from a prepared text, the candidate …" — a verb opening the
 * sentence, its object or preposition after it — is not Reading, England.
 */

/** Where a sentence or an aside starts: the text's start, a stop and space, a dash, a quote. */
const CLAUSE_START = /(?:^|[.!?]['"’”]*\s+|\s[-–—]\s+|['"‘“]|\n\s*)$/u;
/** A gerund's object or preposition after it: "Reading between", "Reading from a text". */
const GERUND_CONTINUES =
  /^\s+(?:between|from|through|about|aloud|over|into|the|a|an|his|her|their|its|this|that|these|those)\b/u;

/** Why the capitalised word at `start`–`end` is a word, not a place; null when it may be the place. */
export function wordNotPlace(text: string, start: number, end: number): string | null {
  if (!CLAUSE_START.test(text.slice(Math.max(0, start - 4), start))) return null;
  const word = text.slice(start, end);
  return /^\p{Lu}\p{Ll}+ing$/u.test(word) && GERUND_CONTINUES.test(text.slice(end, end + 12))
    ? 'a verb opening the sentence'
    : null;
}
