/**
 * Place names made of a surname and a landform word: "Bondi Beach", "Hudson Bay", "Jackson
 * Hole". "Surf lifesavers at Bondi Beach … Bondi's council added patrols": the word said alone
 * after the place is the place's, not a famous bearer's surname (Pam Bondi). Not buildings
 * and streets ("Trump Tower", "Johnson Street"): those are often named after the person.
 * And "the Tisza river", "the Jordan river": a name before a noun of waters names the
 * river, lake or canal, not the party, country or city that shares its name.
 */
import type { KbEntity } from '../../kb/model.js';

const LANDFORMS = new Set(
  `Beach Beaches Bay Lake Lakes River Valley Island Islands Creek Falls Springs Hills Heights
  Point Harbour Harbor Coast Forest Canyon Gorge Peninsula Reef Desert Glacier Moor Downs Cove
  Sands Dunes Marsh Head Headland Lagoon Estuary`.split(/\s+/),
);

/** The landform word when `text` names a place as `word` and a landform ("Bondi Beach"), else null. */
export function landformNamed(text: string, word: string): string | null {
  let from = 0;
  for (;;) {
    const at = text.indexOf(`${word} `, from);
    if (at < 0) return null;
    from = at + 1;
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) continue;
    const next = /^\p{Lu}\p{Ll}+/u.exec(text.slice(at + word.length + 1, at + word.length + 20))?.[0];
    if (next && LANDFORMS.has(next)) return next;
  }
}

/** A noun of waters right after a name: "the Tisza river", "the Suez canal", "Tana River". */
const WATER_AFTER = /^\s+(river|lake|canal)\b/i;

/**
 * The noun of waters when `after`, the text right after a mention, makes the mention a
 * river's, lake's or canal's name and `entity` is not such a body of water (by its name or KB
 * description), else null.
 */
export function watersNamed(after: string, entity: KbEntity): string | null {
  const noun = WATER_AFTER.exec(after)?.[1]?.toLowerCase();
  if (!noun) return null;
  const water = new RegExp(`\\b${noun}\\b`, 'i');
  if (entity.type === 'location' && (water.test(entity.name) || water.test(entity.description ?? '')))
    return null;
  return noun;
}
