/**
 * Cheap tests of how a slice of copy ends, read backwards from its last character: the
 * pre-filters of the patterns anchored at the end of the text before a mention ("…'s $",
 * "…, and $"). Such a pattern is tried from every character of its slice, for every mention
 * it is asked about; most slices end in none of these (speed-link-19).
 */

import { isSpace } from '../04-segment/chars.js';

/** Where the run of blanks (`\s`, as patterns read them) that ends `text` begins; `text.length` when none. */
export function trailingBlanksStart(text: string): number {
  let i = text.length;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Whether `text` ends with "'s" or "’s" and one blank or more: what `['’]s\s+$` needs. */
export function endsWithPossessive(text: string): boolean {
  const i = trailingBlanksStart(text);
  if (i === text.length || i < 2 || text.charCodeAt(i - 1) !== 115) return false;
  const q = text.charAt(i - 2);
  return q === "'" || q === '’';
}

/**
 * Whether `text` ends as a list goes on: a comma or "&" and any blanks, or "and" and one blank
 * or more — what `(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$` needs.
 */
export function endsWithListJoin(text: string): boolean {
  const i = trailingBlanksStart(text);
  const c = text.charAt(i - 1);
  if (c === ',' || c === '&') return true;
  return i < text.length && i >= 3 && text.startsWith('and', i - 3);
}
