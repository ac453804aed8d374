/**
 * "A family shop in Manaus", "a youth club in Manaus", "flying to Sharm al-Sheikh": a city's
 * name (one word or several) the tagger missed after a preposition of place. The word is the city when the KB knows it, as written, only as a city
 * of some size (prominence 2 and up: some 300,000 people) — no person, body or other thing of
 * that name, no smaller namesake town to confuse it with.
 *
 * Two more slots hold a town's name (session acc27-link-b): "a Hanover firefighter" (an
 * indefinite article before, a lower-case noun after: the town as an adjective; prominence 2
 * as above) and "the RSF captured El-Fasher" (a verb of taking or striking a town before it:
 * copy names a small town so when war reaches it, so prominence 1 will do).
 */
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** A preposition of place right before the word ("in ", "from ", "near "). */
const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|from|near|outside|to)\s$/u;

/** "a Hanover firefighter": an indefinite article right before the word … */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:a|an|A|An)\s$/u;

/** … and a lower-case word right after it. */
const LOWER_WORD_AFTER = /^ \p{Ll}/u;

/** A verb of taking or striking a town right before the word ("captured El-Fasher"). */
const TAKEN_BEFORE =
  /(?:^|[^\p{L}])(?:captured|seized|recaptured|retook|overran|stormed|shelled|besieged|encircled)\s$/u;

/** The least prominence of a city recovered this way. */
const MIN_PROMINENCE = 2;

/**
 * The least prominence a city needs in the slot before `start`, or null when the words
 * there hold no town's name.
 */
function slotProminence(text: string, start: number, end: number): number | null {
  const before = text.slice(Math.max(0, start - 11), start);
  if (PLACE_PREPOSITION_BEFORE.test(before)) return MIN_PROMINENCE;
  if (ARTICLE_BEFORE.test(before))
    return LOWER_WORD_AFTER.test(text.slice(end, end + 3)) ? MIN_PROMINENCE : null;
  return TAKEN_BEFORE.test(before) ? 1 : null;
}

/** The KB city the missed word `surface` at `start`–`end` names in a town's slot, else null. */
export function missedCityAt(
  kb: KnowledgeBase,
  text: string,
  start: number,
  surface: string,
  end = start + surface.length,
): KbEntity | null {
  const least = slotProminence(text, start, end);
  if (least === null) return null;
  const hits = kb.lookup(surface);
  const city = hits[0]?.entity;
  if (!city || (city.kind !== 'city' && city.kind !== 'capital') || city.prominence < least) return null;
  // As written, but a hyphen is a space: "El-Fasher" is the KB's "El Fasher".
  const written = spaced(surface);
  const only = hits.every((h) => h.entity === city && isNameOrAlias(h) && spaced(h.text) === written);
  return only ? city : null;
}

/** A name with its hyphens as spaces. */
function spaced(name: string): string {
  return name.replaceAll('-', ' ');
}
