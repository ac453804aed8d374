/**
 * Two sentences where the nearest name of the pronoun's gender is not the one the story
 * goes on with, because the sentence's subject is someone else:
 *
 * - `Europe captain Luke Donald, who became the first skipper since Tony Jacklin to win
 *   back-to-back Ryder Cups, praised his players. “…,” he said`: a name inside a relative
 *   clause on the sentence's subject belongs to the clause; the subject speaks on.
 * - `He addressed President Donald Trump directly. “…,” he said`: a sentence opened by the
 *   same pronoun names its object; "he" stays whom the earlier "he" stands for.
 */
import { isPersonNoun } from './lexicon.js';
import type { Occurrence, Referent } from './referents.js';
import { isSpaceAt } from './reported-words.js';
import { countBefore, insideQuote, type ResolveContext, SENTENCE_BREAK } from './resolve-context.js';

/**
 * Where the sentence holding `at` starts: after a line break or a sentence's end (a full
 * stop, question or exclamation mark, then a space). Read character by character by code:
 * the scan runs back over most of a sentence, and a pattern per character was most of its cost.
 */
export function sentenceStart(text: string, at: number): number {
  const floor = Math.max(0, at - 400);
  let k = at;
  while (
    k > floor &&
    text.charCodeAt(k - 1) !== 10 &&
    !(endsSentence(text.charCodeAt(k - 2)) && isSpaceAt(text, k - 1))
  )
    k--;
  return k;
}

/** Is `c` the code of a full stop, a question mark or an exclamation mark (`[.!?]`)? */
function endsSentence(c: number): boolean {
  return c === 46 || c === 63 || c === 33;
}

/** Capitalised words, possessives and person nouns before a subject's name: "Europe captain ". */
const TITLED_LEAD = /^(?:(?:\p{Lu}[\p{L}.'’-]*(?:['’]s)?|\p{Ll}+)\s+){0,4}$/u;

/** Does the name at `at` open its sentence, perhaps after its title words? */
export function opensItsSentence(text: string, at: number): boolean {
  const lead = text.slice(sentenceStart(text, at), at);
  if (lead.trim() === '') return true;
  return (
    TITLED_LEAD.test(lead) &&
    lead
      .trim()
      .split(/\s+/u)
      .every((w) => !/^\p{Ll}/u.test(w) || isPersonNoun(w))
  );
}

/** ", who …" right after the subject and running on to the other name (no sentence end). */
const WHO_CLAUSE = /^,\s+who(?:se)?\s/u;

/**
 * The nearest person named before occurrence `i` in its sentence (another referent than
 * `i`'s) from whose name's end to `i` the words match `clause` — a clause on that person
 * which holds `i` — or null. `mark` is a string every such stretch holds: most sentences
 * hold none, and the walk is skipped.
 */
export function personWhoseClauseHolds(
  i: number,
  context: ResolveContext,
  mark: string,
  clause: RegExp,
): Occurrence | null {
  const { text } = context;
  const own = context.index.occurrences[i]!;
  const from = sentenceStart(text, own.start);
  if (!text.slice(from, own.start).includes(mark)) return null;
  for (let j = i - 1; j >= 0; j--) {
    const o = context.index.occurrences[j]!;
    if (o.start < from) return null;
    if (o.referent.type !== 'person' || o.referent === own.referent) continue;
    if (clause.test(text.slice(o.end, own.start))) return o;
  }
  return null;
}

/**
 * The person of `gender` who opens the sentence of occurrence `i` and whose relative
 * clause (", who …") holds it; null when there is none.
 */
export function relativeClauseSubject(
  i: number,
  gender: Referent['gender'],
  context: ResolveContext,
): Referent | null {
  const { text } = context;
  const o = personWhoseClauseHolds(i, context, ', who', WHO_CLAUSE);
  if (!o || SENTENCE_BREAK.test(text.slice(o.end, context.index.occurrences[i]!.start + 1))) return null;
  return o.referent.gender === gender && opensItsSentence(text, o.start) ? o.referent : null;
}

/**
 * The start of the subject pronoun (`pronoun`, capitalised) that opens the sentence of
 * `o`, outside quotations — `He addressed NAME directly` — or -1.
 */
export function pronounOpeningSentence(o: Occurrence, pronoun: string, context: ResolveContext): number {
  const { text } = context;
  const start = sentenceStart(text, o.start);
  const word = pronoun[0]!.toUpperCase() + pronoun.slice(1).toLowerCase();
  if (!text.startsWith(`${word} `, start) || insideQuote(context.quoted, start)) return -1;
  // No other person named between them: "He told Biden and NAME" is not read.
  const occurrences = context.index.occurrences;
  for (let j = countBefore(occurrences, o.start) - 1; j >= 0 && occurrences[j]!.start >= start; j--)
    if (occurrences[j]!.referent.type === 'person') return -1;
  // A verb after the pronoun ("He addressed"), not a second subject ("He and NAME").
  return /^(?!and\s|or\s)\p{Ll}+\s/u.test(text.slice(start + word.length + 1, o.start)) ? start : -1;
}
