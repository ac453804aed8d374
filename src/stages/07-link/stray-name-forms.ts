/**
 * Person names that slipped in the writing, not in the spelling: a one-word stage name split
 * at a syllable ("Jung Kook" for Jungkook, as copy splits Korean names) and a surname with a
 * stray "s" (a possessive that lost its apostrophe, or a slip: "Taylor Swifts"). Each form
 * put back is only a candidate for an exact name of the KB (the caller looks it up and runs the
 * exact name's vetoes): nothing is compared by likeness here.
 */

/** Two capitalised words of letters only ("Jung Kook"): the split halves of a one-word name. */
const TWO_HALVES = /^(\p{Lu}\p{Ll}+) (\p{Lu})(\p{Ll}+)$/u;

/** A full name whose last word ends in a single "s" after a letter other than "s" ("Taylor Swifts"). */
const STRAY_S = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)* \p{Lu}\p{Ll}*[^\Ws])s$/u;

/** "Jung Kook" → "Jungkook": the two halves joined as one name, or null. */
export function joinedHalves(surface: string): string | null {
  const m = TWO_HALVES.exec(surface);
  return m ? `${m[1]}${m[2]!.toLowerCase()}${m[3]}` : null;
}

/** "Taylor Swifts" → "Taylor Swift": the name without the stray "s", or null. */
export function withoutStrayS(surface: string): string | null {
  return STRAY_S.exec(surface)?.[1] ?? null;
}
