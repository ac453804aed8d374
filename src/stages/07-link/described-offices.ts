/**
 * The place of an office as the KB description states it. A governor's role names the country
 * ("Governor", org US) while copy names the state ("Minnesota Governor Tim Walz"); the KB
 * description says which ("Governor of Minnesota since 2019"). A weak title ("governor") with
 * that place next to the name is then as good as a title with its organisation — and only
 * that place: "Texas Governor" stays somebody else's title.
 */
import type { KbEntity, KbRole } from '../../kb/model.js';
import { cueText } from './roles.js';

/** The places (padded cue text) the description gives the entity's offices, per entity. */
const placesOf = new WeakMap<KbEntity, ReadonlyMap<string, string>>();

/**
 * True when `context` (padded cue text) names the place the KB description gives `role`
 * ("Governor of Minnesota" for a role "Governor").
 */
export function describedOfficePlaceNamed(entity: KbEntity, role: KbRole, context: string): boolean {
  const place = describedPlaces(entity).get(role.role.toLowerCase());
  return place !== undefined && context.includes(place);
}

/** Title → place of the description's "<Title> of <Place>" phrases (the place's capitalised words). */
function describedPlaces(entity: KbEntity): ReadonlyMap<string, string> {
  let places = placesOf.get(entity);
  if (places === undefined) {
    const found = new Map<string, string>();
    for (const m of (entity.description ?? '').matchAll(OFFICE_OF_PLACE)) {
      const title = m[1]!.toLowerCase();
      if (!found.has(title)) found.set(title, ` ${cueText(m[2]!).trim()} `);
    }
    places = found;
    placesOf.set(entity, places);
  }
  return places;
}
const OFFICE_OF_PLACE = /\b(\p{Lu}\p{Ll}+) of (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*)/gu;
