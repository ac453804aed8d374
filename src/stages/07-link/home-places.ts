/**
 * Towns of one name in several countries: "Hamilton" in a story set in New Zealand or
 * Ontario is that country's Hamilton, not Bermuda's capital; "London, Ontario" — refused as
 * Britain's capital by the province after it — is the Canadian city. Once every mention is
 * linked, a town the exact pass gave another country (a lesser one, that the article does not
 * name), or one a cue refused, becomes the article's own country's town of that name, when
 * the KB has exactly one there.
 *
 * A well-known city stays: "London" in a Canadian story about a trip to Britain is still
 * London, so only a town of prominence ≤ 2 is moved. A town a cue refused gives way only to
 * a lesser-known namesake (London, Ontario for London): between two towns of equal standing
 * the refusal stands, as the article may mean a third town the KB lacks.
 */
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { isTown } from './towns.js';

/** A town the exact pass linked may give way to the home namesake only up to this prominence. */
const MAX_MOVED_PROMINENCE = 2;

/**
 * Whether the town a cluster was given (`linked`, by its exact name) or refused (`refused`)
 * may give way to a namesake in the article's country: a lesser town of a country the
 * article does not name, or any town a cue refused.
 */
export function mayMoveHome(
  linked: KbEntity | null,
  refused: KbEntity | null,
  named: ReadonlySet<string>,
): KbEntity | null {
  if (linked)
    return isTown(linked) &&
      linked.prominence <= MAX_MOVED_PROMINENCE &&
      linked.country !== null &&
      !named.has(linked.country)
      ? linked
      : null;
  return refused && isTown(refused) ? refused : null;
}

/** Whether a town a cue refused gives way to `namesake`: only to a lesser-known one (see above). */
export function refusalGivesWay(refused: KbEntity, namesake: KbEntity): boolean {
  return namesake.prominence < refused.prominence;
}

/** The one town named `surface` (a name or alias) in country `home`, other than `other`; null if none or several. */
export function homeNamesake(
  kb: KnowledgeBase,
  surface: string,
  home: string,
  other: KbEntity,
): KbEntity | null {
  return soleNamed(kb, [surface], (e) => isTown(e) && e.country === home && e.id !== other.id);
}

/**
 * The place the KB files under `surface` qualified by the name of country `home` ("Punjab,
 * India", "Punjab (India)"): a region two countries share ("Punjab") has no bare name in the
 * KB, and in a story set in one of them the bare name is that country's. Null if none.
 */
export function qualifiedHomePlace(kb: KnowledgeBase, surface: string, home: string): KbEntity | null {
  const country = kb.get(`cd:country/${home.toLowerCase()}`);
  if (country?.kind !== 'country') return null;
  return soleNamed(
    kb,
    [`${surface}, ${country.name}`, `${surface} (${country.name})`],
    (e) => e.type === 'location' && e.country === home,
  );
}

/** The one entity `accept` takes among those any of `names` names (a name or alias); null if none or several. */
function soleNamed(
  kb: KnowledgeBase,
  names: readonly string[],
  accept: (e: KbEntity) => boolean,
): KbEntity | null {
  const found = new Map<string, KbEntity>();
  for (const name of names)
    for (const h of kb.lookup(name))
      if (isNameOrAlias(h) && accept(h.entity)) found.set(h.entity.id, h.entity);
  return found.size === 1 ? found.values().next().value! : null;
}
