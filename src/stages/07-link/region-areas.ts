/**
 * "visited a command post in the Kursk area", "shelling in the Kharkiv area": a city's name
 * before "area" speaks of the region named after the city, when the KB has one ("Kursk
 * region", "Kharkiv Oblast") of the city's own country — the front runs through the region,
 * not the town. Session acc27-link-b.
 */
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** " area" right after the name (not "area code", which a comparison of the next word excludes). */
const AREA_AFTER = /^ area(?![\p{L}-]| code)/u;

/** How the KB names a region after its seat (looked up normalised: case does not matter). */
const REGION_HEADS = ['region', 'oblast', 'province', 'krai'] as const;

/** Whether " area" follows the name at `end`: the cheap gate (one character code first). */
export function areaAfter(text: string, end: number): boolean {
  return text.charCodeAt(end + 1) === 97 && AREA_AFTER.test(text.slice(end, end + 12));
}

/**
 * The one KB region named `surface` and a region head, of the country of every KB place
 * named `surface` (the city the word is); null when none, several, or the city is another
 * country's ("the Canterbury area" of Kent is not New Zealand's Canterbury Region).
 */
export function regionOfArea(kb: KnowledgeBase, surface: string): KbEntity | null {
  const own = new Set(
    kb
      .lookup(surface)
      .filter((h) => h.entity.type === 'location' && isNameOrAlias(h))
      .map((h) => h.entity.country),
  );
  const regions = new Set<KbEntity>();
  for (const head of REGION_HEADS)
    for (const h of kb.lookup(`${surface} ${head}`))
      if (h.entity.type === 'location' && h.entity.kind === 'region' && isNameOrAlias(h))
        regions.add(h.entity);
  if (regions.size !== 1) return null;
  const region = [...regions][0]!;
  return own.size === 0 || (own.size === 1 && own.has(region.country)) ? region : null;
}
