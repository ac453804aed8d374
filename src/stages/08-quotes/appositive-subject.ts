/**
 * `Takaichi, 64, a protégé of the late Shinzo Abe and an admirer of Margaret Thatcher, won
 * 237 votes. She promised …`: a name inside an appositive on the sentence's subject (its
 * age, then "a/an/the …" telling who the subject is) is the complement of that description
 * — someone the subject is compared with or related to — and the subject speaks on, as a
 * name inside a relative clause on the subject does (pronoun-sentence-subject.ts).
 */
import { opensItsSentence, personWhoseClauseHolds } from './pronoun-sentence-subject.js';
import type { Referent } from './referents.js';
import type { ResolveContext } from './resolve-context.js';

/**
 * From the subject's end to the other name: ", 64, a protégé of … and an admirer of " — an
 * optional age, an article, then no comma, clause end or quotation mark before the name.
 */
const APPOSITIVE_BEFORE_NAME = /^,\s+(?:\d{1,3},\s+)?(?:a|an|the)\s[^,;:.!?"“”«»]*$/u;

/**
 * The person who opens the sentence of occurrence `i` and whose appositive holds it, when
 * that person's gender is `gender` or unknown; null otherwise.
 */
export function appositiveSubject(
  i: number,
  gender: Referent['gender'],
  context: ResolveContext,
): Referent | null {
  const o = personWhoseClauseHolds(i, context, ', ', APPOSITIVE_BEFORE_NAME);
  if (!o) return null;
  const fits = o.referent.gender === gender || o.referent.gender === 'unknown';
  return fits && opensItsSentence(context.text, o.start) ? o.referent : null;
}
