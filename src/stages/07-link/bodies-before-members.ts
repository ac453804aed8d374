/**
 * "An ICE officer shot a man", "M23 rebels seized Goma": a body's code-like short name (capitals
 * and digits) before a noun for its people, which the tagger often misses — an acronym
 * used as an adjective. The noun says a body stands there; the linker takes the word for a KB
 * organisation only when the KB gives it, as written, to one organisation.
 */

/** A code-like word: capitals and digits only, at least two characters ("ICE", "M23", "RSF"). */
const CODE_WORD = /^[\p{Lu}\d][\p{Lu}\d&-]+$/u;

/** A noun for a body's people right after the word: "officer", "agents", "rebels", "spokesman". */
const MEMBER_NOUN_AFTER =
  /^\s+(officers?|agents?|rebels?|fighters?|militants?|officials?|commanders?|spokes(?:man|woman|person))\b/;

/** The noun for a body's people after a code-like `word` ending at `end`, else null. */
export function memberNounAfter(text: string, word: string, end: number): string | null {
  if (!CODE_WORD.test(word) || !/\p{Lu}/u.test(word)) return null;
  return MEMBER_NOUN_AFTER.exec(text.slice(end, end + 20))?.[1] ?? null;
}
