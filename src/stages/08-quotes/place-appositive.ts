/**
 * `Clarke, a professor at the University of California, Berkeley, said`, `Ana Ruiz, a
 * teacher in Austin, Texas, told`: a place in apposition right after a name says where
 * that name is (the campus, the state); it is no appositive of the speaker, who is read
 * from the words before it.
 */
import type { ReferentIndex } from './referents.js';

/**
 * Is `text[start, end)` (an appositive) exactly a place the tagger found, right after a
 * capitalised word and its comma?
 */
export function isPlaceQualifier(text: string, start: number, end: number, index: ReferentIndex): boolean {
  // Cheap test first: the word before the comma is a name ("California, ").
  if (!/\p{Lu}[\p{L}.'’-]*,\s*$/u.test(text.slice(Math.max(0, start - 30), start))) return false;
  return (index.places ?? []).some((p) => p.start === start && p.end === end);
}
