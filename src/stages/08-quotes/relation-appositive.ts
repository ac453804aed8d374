/**
 * `He paid tribute to his predecessor, Francis, recalling “…”`: a name in apposition to
 * a relation of the sentence's subject ("his predecessor", "her late husband") is the other
 * person of the relation, never the one who speaks in a participle after it.
 */

import type { Span } from '../../core/span.js';
import { isPersonNoun } from './lexicon.js';

/** "his predecessor, ", "her late husband, " right before the name. */
const RELATION_BEFORE = /\b(?:his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+),\s+$/u;
/** Kin words a person noun's endings miss. */
const KIN: ReadonlySet<string> = new Set(
  'wife husband son daughter brother sister mother father partner widow'.split(' '),
);

/** Is the name at `name` in apposition to a relation ("his predecessor, NAME, …")? */
export function inRelationAppositive(text: string, name: Span): boolean {
  const m = RELATION_BEFORE.exec(text.slice(Math.max(0, name.start - 40), name.start));
  return m !== null && (isPersonNoun(m[1]!) || KIN.has(m[1]!)) && text.charCodeAt(name.end) === 44;
}
