/**
 * Words around a name that make it a thing's, not a person's (the `thing` of a mention's
 * context): "the Mexican state of Hidalgo" (a place noun before "of"), "shut down the Petro,
 * the …" (a bare article before the name), "a mare named Kharkiv" (a name given to somebody
 * the article introduces). Apart from the context itself because each is a rule of its own
 * about copy, tested on its own; the context only asks them in turn.
 */
import type { Span } from '../../core/span.js';
import { PUBLIC_PLURALS } from './plural-presentations.js';

/** Nouns of a division or settlement: "the Mexican state of Hidalgo" names a place, not a person. */
const PLACE_OF =
  /\b(state|province|region|county|district|department|prefecture|municipality|town|village|city|island)\s+of\s+$/;

/** "the Mexican state of Hidalgo", "the village of Delhi": the place noun before "of" and the name, or null. */
export function placeNounBefore(text: string, span: Span): string | null {
  return PLACE_OF.exec(text.slice(Math.max(0, span.start - 20), span.start))?.[1] ?? null;
}

/**
 * "shut down the Petro, the …", "the Maria Callas of her generation": a name right after
 * an article and before a comma, stop or "of" stands for a thing (or is a figure of speech),
 * not for the person. ("the Trump administration", "a Macron ally": attributive, a noun follows.)
 */
export function bareArticle(text: string, span: Span): string | null {
  const before = /\b(the|a|an)\s+$/.exec(text.slice(Math.max(0, span.start - 5), span.start));
  if (!before) return null;
  const after = text.slice(span.end, span.end + 8);
  return /^(\s*[,.;:!?)]|\s*$|\s+(of|is|was|has|had)\b)/.test(after) ? before[1]! : null;
}

/**
 * "a cheeky robot named Starmer", "A mare named Kharkiv", "a falcon called Erdoğan": a name
 * given to somebody or something the article introduces is theirs, not the famous bearer's.
 * Only after an indefinite article: "the president named Marco Rubio …" is the verb.
 */
export function namedIntroduction(text: string, start: number): string | null {
  // "Residents of Leeds named Keir Starmer and Rishi Sunak": the second name of a pair too.
  const before = withoutNameBeforeInList(text.slice(Math.max(0, start - 100), start));
  if (!/(?:named|called|nicknamed|dubbed)\s+$/.test(before)) return null;
  if (NAMED_AFTER_INDEFINITE.test(before)) return 'named';
  // "Two boys named …", "Residents of Leeds named …": people the article introduces, not
  // "voters named Trump …" or "ministers named …", whose "named" is a verb.
  const plural = NAMED_AFTER_PLURAL.exec(before)?.[1]?.toLowerCase();
  return plural && !PUBLIC_PLURALS.has(plural) && !CHOOSERS.has(plural) ? 'named' : null;
}
// (Words with figures too: "A 33-year-old clerk from Kottayam named …".)
const NAMED_AFTER_INDEFINITE =
  /(?:^|[^\p{L}])(?:[Aa]n?|[Oo]ne)(?:\s+[\p{L}\p{N}'’-]+){1,4}\s+(?:named|called|nicknamed|dubbed)\s+$/u;
const NAMED_AFTER_PLURAL =
  /(?:^|[^\p{L}])(\p{L}{3,}(?:s|men|women|children|people))(?:\s+(?:of|from|in)\s+\p{Lu}[\p{L}'’-]*)?\s+(?:named|called)\s+$/u;
/** Plurals of people who name somebody (the verb): "voters named Trump the winner". */
const CHOOSERS = new Set(
  'voters respondents readers viewers listeners fans users critics members delegates jurors panels judges'.split(
    ' ',
  ),
);
/** A name and the comma or "and" after it, at the end of the text before a later name of a list. */
export const NAME_BEFORE_IN_LIST =
  /(?<=\s)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u;

/**
 * `before.replace(NAME_BEFORE_IN_LIST, '')`, the expression run only where it can match: a
 * match ends the text with a comma or an "and" and spaces, so a text that, spaces trimmed
 * off its end, ends in neither is left as it is (the expression, tried at every place of
 * the window, was 3 % of the stage for most mentions, which end no list).
 */
export function withoutNameBeforeInList(before: string): string {
  const end = before.trimEnd();
  return end.endsWith(',') || end.endsWith('and') ? before.replace(NAME_BEFORE_IN_LIST, '') : before;
}
