/**
 * "A family shop in Manaus", "a youth club in Manaus", "flying to Sharm al-Sheikh": a city's
 * name (one word or several) the tagger missed after a preposition of place. The word is the city when the KB knows it, as written, only as a city
 * of some size (prominence 2 and up: some 300,000 people) — no person, body or other thing of
 * that name, no smaller namesake town to confuse it with.
 */
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** A preposition of place right before the word ("in ", "from ", "near "). */
const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|from|near|outside|to)\s$/u;

/** The least prominence of a city recovered this way. */
const MIN_PROMINENCE = 2;

/** The KB city the missed word `surface` at `start` names after a preposition of place, else null. */
export function missedCityAt(
  kb: KnowledgeBase,
  text: string,
  start: number,
  surface: string,
): KbEntity | null {
  if (!PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return null;
  const hits = kb.lookup(surface);
  const city = hits[0]?.entity;
  if (!city || (city.kind !== 'city' && city.kind !== 'capital') || city.prominence < MIN_PROMINENCE)
    return null;
  const only = hits.every((h) => h.entity === city && isNameOrAlias(h) && h.text === surface);
  return only ? city : null;
}
