/**
 * "A spokeswoman for the Israeli Defense Ministry", "Japan's Foreign Ministry": a country's
 * word right before a body's generic name says whose body it is. A spun or generic name matched
 * to a body of another country ("Defense Ministry" ~ the US Department of Defense, by the
 * ministry = department swap) is then another body.
 */

import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { countryOfPlace, countryOfTown } from './unnamed-country-bodies.js';

/** A capitalised word, maybe possessive, right before the name ("Israeli ", "Japan's "). */
const WORD_BEFORE = /(?<![\p{L}-])(\p{Lu}[\p{L}-]+)(?:['’]s)?\s+$/u;

/** The country (ISO code) whose demonym or name stands right before `start`, or null. */
export function countryNamedBefore(kb: KnowledgeBase, text: string, start: number): string | null {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (!word) return null;
  const hit = kb
    .lookup(word)
    .find((h) => h.entity.kind === 'country' && (h.kind === 'demonym' || isNameOrAlias(h)));
  return hit?.entity.country ?? null;
}

/** Whether the words before the name make `body` another country's: "the Israeli" before a US body. */
export function bodyOfOtherCountry(
  kb: KnowledgeBase,
  text: string,
  start: number,
  body: { readonly country: string | null },
): boolean {
  const owner = countryNamedBefore(kb, text, start);
  return owner !== null && body.country !== null && owner !== body.country;
}

/** "in Toronto" right after a body's name: the capitalised place it sits in. */
const IN_PLACE_AFTER = /^\s+in\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;

/**
 * The country (ISO code) of the place named right after a body as where it sits ("the
 * Superior Court of Justice in Toronto"): the country itself, or the most prominent KB place
 * of that name; null when no place follows or the KB does not know it.
 */
export function countryOfPlaceAfter(kb: KnowledgeBase, text: string, end: number): string | null {
  const place = IN_PLACE_AFTER.exec(text.slice(end, end + 40))?.[1];
  if (!place) return null;
  // (Only the place's names and aliases: "in US", a short form, is read no further.)
  const hits = kb.lookup(place).filter((h) => h.entity.type === 'location' && isNameOrAlias(h));
  return countryOfPlace(hits) ?? countryOfTown(hits);
}
