/**
 * `Stellantis Chief Executive Carlos Tavares resigned …, the world's fourth-largest
 * carmaker said`: the tagger found the company in the headline but not in this sentence,
 * where its name stands in a title. A name the article tagged elsewhere, written again as a
 * whole word in the description's sentence, is named there all the same.
 */
import type { Referent } from './referents.js';

/** Is `c` a letter or digit (a character that would continue a word)? */
function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/**
 * The first of `candidates` whose name is written as a whole word in `text[from, to)`,
 * or null.
 */
export function untaggedRepeat(
  text: string,
  from: number,
  to: number,
  candidates: readonly Referent[],
): Referent | null {
  const stretch = text.slice(from, to);
  for (const r of candidates) {
    let at = stretch.indexOf(r.name);
    while (at >= 0) {
      if (!isWordChar(stretch[at - 1]) && !isWordChar(stretch[at + r.name.length])) return r;
      at = stretch.indexOf(r.name, at + 1);
    }
  }
  return null;
}
