/**
 * "An ICE officer shot a man", "M23 rebels seized Goma": a body's code-like short name (capitals
 * and digits) before a noun for its people, which the tagger often misses — an acronym
 * used as an adjective. The noun says a body stands there; the linker takes the word for a KB
 * organisation only when the KB gives it, as written, to one organisation.
 *
 * Session acc22-link-b: the body's own adjective before its people or its arms ("Houthi
 * missiles struck …", "Houthi fighters"), not code-like, is read the same way (the KB must
 * give the word as written to one organisation: "Houthi" is an alias of the Houthis); and an
 * acronym of four capitals or more stands for its body wherever it stands ("voted to ban
 * UNRWA from operating"), as no English word is written so inside a sentence.
 *
 * Session acc23-link-b: a party's adjective before its hold on power or its people ("14 years
 * of Conservative rule", "the Labour government", "Republican lawmakers") is a party of the
 * article's country (`partyNounAfter`; the linker asks the index of generic bodies).
 */

/** A code-like word: capitals and digits only, at least two characters ("ICE", "M23", "RSF"). */
const CODE_WORD = /^[\p{Lu}\d][\p{Lu}\d&-]+$/u;

/** An acronym long enough to stand for a body without a noun after it: four capitals or more. */
const LONG_ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{3,}$/u;

/** A capitalised word that may be a body's adjective ("Houthi"). */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/** A noun for a body's people right after the word: "officer", "agents", "rebels", "spokesman". */
const MEMBER_NOUN_AFTER =
  /^\s+(officers?|agents?|rebels?|fighters?|militants?|officials?|commanders?|spokes(?:man|woman|person))\b/;

/** A noun for a body's people or its arms, after a word that is no code ("Houthi missiles"). */
const MEMBER_OR_ARMS_NOUN_AFTER =
  /^\s+(rebels?|fighters?|militants?|commanders?|gunmen|missiles?|rockets?|drones?)\b/;

/** The noun for a body's people after a code-like `word` ending at `end`, else null. */
export function memberNounAfter(text: string, word: string, end: number): string | null {
  if (CODE_WORD.test(word) && /\p{Lu}/u.test(word))
    return MEMBER_NOUN_AFTER.exec(text.slice(end, end + 20))?.[1] ?? null;
  if (CAPITALISED.test(word)) return MEMBER_OR_ARMS_NOUN_AFTER.exec(text.slice(end, end + 20))?.[1] ?? null;
  return null;
}

/** Whether `word` is an acronym of four capitals or more, a body's short name wherever it stands. */
export function isLongAcronym(word: string): boolean {
  return LONG_ACRONYM.test(word) && /\p{Lu}.*\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(word);
}

/** A noun of a party's hold on power or of its people, after its adjective ("Conservative rule"). */
const PARTY_NOUN_AFTER =
  /^\s+(rule|government|governments|majority|administration|lawmakers|legislators|MPs|voters|heartlands?|leadership)\b/;

/** "the ruling", "opposition" right before a name: a party's place in politics (session acc26-link-b). */
const PARTY_STANDING_BEFORE = /(?:^|[^\p{L}])(?:ruling|governing|opposition)\s+$/u;

/** A party's candidate or leader right after its name: "Frelimo candidate Daniel Chapo". */
const PARTY_MEMBER_AFTER = /^\s+(?:candidates?|leader|chairman|chairwoman|MPs?|lawmakers)\b/;

/**
 * Whether the words around a name the tagger typed a person say it is a party's ("Mozambique's
 * ruling Frelimo candidate"): its standing before it, or its rule, candidate or people after.
 * Two anchored regexes on a few characters around the name.
 */
export function partyCueAround(text: string, start: number, end: number): boolean {
  return (
    PARTY_STANDING_BEFORE.test(text.slice(Math.max(0, start - 14), start)) ||
    PARTY_MEMBER_AFTER.test(text.slice(end, end + 14)) ||
    PARTY_NOUN_AFTER.test(text.slice(end, end + 16))
  );
}

/** The noun of a party's rule or people after a capitalised `word` ending at `end`, else null. */
export function partyNounAfter(text: string, word: string, end: number): string | null {
  return CAPITALISED.test(word) ? (PARTY_NOUN_AFTER.exec(text.slice(end, end + 16))?.[1] ?? null) : null;
}
