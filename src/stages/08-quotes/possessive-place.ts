/**
 * A person's name in the possessive that opens the name of a place or a building ("St.
 * Peter's Square", "St. Peter's Basilica", "St Thomas' Hospital") is part of that name,
 * not a person in the story: no pronoun stands for it.
 */
import type { Span } from '../../core/span.js';

/** The possessive, then a capitalised word heading a place's or a building's name. */
const PLACE_AFTER_POSSESSIVE =
  /^['’]s?\s+(?:Square|Basilica|Cathedral|Church|Chapel|Abbey|Hospital|College|School|Park|Street|Road|Bridge|Tower|Palace|Hall|Island|Bay|Gate|Field|Place)\b/u;

export function opensPlaceName(text: string, o: Span): boolean {
  return PLACE_AFTER_POSSESSIVE.test(text.slice(o.end, o.end + 14));
}
