/**
 * Does a clause follow a participle of speech when no auxiliary shows it in its first
 * words? "saying the test moved the agency closer to …", "saying the two sides' military
 * operations chiefs had spoken …": a noun phrase opened by a determiner, then a verb in the
 * past (a word in -ed, or a finite word a little further on than the usual six words).
 */
import type { Word } from './cues.js';
import { FINITE } from './reported-words.js';

/** Determiners and possessives that open a subject. */
const DETERMINER = /^(?:the|a|an|his|her|their|its|our|this|that|these|those|both|all)$/u;
/**
 * Words that end a plain noun phrase before a verb could come: prepositions, joiners, and
 * a pronoun opening a relative clause ("the threat he worried about was …" is left alone).
 */
const NOT_IN_SUBJECT =
  /^(?:of|to|for|in|on|at|with|by|from|about|and|or|but|as|than|which|who|that|he|she|they|we|i|you|it)$/u;
/** The furthest word a subject's verb may be. */
const MAX_VERB_AT = 8;

export function subjectThenVerb(rest: readonly Word[]): boolean {
  if (!DETERMINER.test(rest[0]?.lower ?? '')) return false;
  // The verb follows at least one word of the noun phrase after the determiner ("the
  // proposed changes" is no clause).
  for (let k = 2; k < Math.min(rest.length, MAX_VERB_AT); k++) {
    const w = rest[k]!.lower;
    if (FINITE.has(w) || (w.length > 4 && w.endsWith('ed'))) return true;
    if (NOT_IN_SUBJECT.test(w)) return false;
  }
  return false;
}
