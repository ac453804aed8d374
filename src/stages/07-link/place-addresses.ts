/**
 * A town named with its state, the way copy writes an address: "Butler, Pennsylvania",
 * "Fargo, North Dakota". The tagger marks the town (often as a person: "Butler") and the state
 * apart, and the state alone then stands where the address is. When the knowledge base knows
 * the town — under the address itself ("Butler, Pennsylvania"), or as a city whose description
 * places it in that state ("city in North Dakota, United States") — town and state are one
 * place mention, linked to the town; the state keeps its own mention inside it.
 *
 * A city of the same name elsewhere in the country is never taken ("Portland, Maine" is not
 * the Portland of Oregon the KB holds): the state must be the one the KB gives. Exact lookups
 * only, for the few mentions followed by a comma and a region.
 */
import type { Mention } from '../../core/annotations.js';
import type { KbEntity } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { regionStartsList } from './place-things.js';

/** An address mention ("Fargo, North Dakota"), the town it names and the state's own mention. */
export interface AddressMention {
  readonly mention: Mention;
  readonly entity: KbEntity;
  /** The mention of the town the tagger made, which the address replaces. */
  readonly town: Mention;
}

/** One to three capitalised words: a town's name ("Boca Raton", "North Pole"). */
const TOWN = /^\p{Lu}[\p{L}.'’-]*(?:[ -]\p{Lu}[\p{L}.'’-]*){0,2}$/u;

/** The region (state, province) the KB knows by `name`, or null. */
function regionNamed(kb: KnowledgeBase, name: string): KbEntity | null {
  const hit = kb
    .lookup(name)
    .find((h) => (h.kind === 'name' || h.kind === 'alias') && h.entity.type === 'location');
  return hit && hit.entity.kind === 'region' ? hit.entity : null;
}

/** Whether the name is a country's or region's in the KB ("Ohio, Pennsylvania": a list of states). */
function isWidePlace(kb: KnowledgeBase, name: string): boolean {
  return kb
    .lookup(name)
    .some((h) => h.entity.type === 'location' && (h.entity.kind === 'region' || h.entity.kind === 'country'));
}

/** The town `town` of `region`: the KB's place named as the address, else its one city placed there. */
function townIn(kb: KnowledgeBase, town: string, region: KbEntity, regionName: string): KbEntity | null {
  const named = kb
    .lookup(`${town}, ${regionName}`)
    .find((h) => (h.kind === 'name' || h.kind === 'alias') && h.entity.type === 'location');
  if (named) return named.entity;
  const placed = ` in ${regionName},`;
  const cities = kb
    .lookup(town)
    .filter(
      (h) =>
        (h.kind === 'name' || h.kind === 'alias') &&
        h.entity.type === 'location' &&
        (h.entity.kind === 'city' || h.entity.kind === 'capital') &&
        h.entity.country === region.country &&
        ` ${h.entity.description ?? ''}`.includes(placed),
    )
    .map((h) => h.entity);
  const distinct = new Set(cities);
  return distinct.size === 1 ? cities[0]! : null;
}

/**
 * The address mentions of the article: a mention, a comma and a region's mention right after
 * it, not starting a list ("Mexico, Texas and Arizona"), whose town the KB places in that region.
 * `mentions` sorted by start.
 */
export function addressMentions(
  kb: KnowledgeBase,
  text: string,
  mentions: readonly Mention[],
): AddressMention[] {
  const out: AddressMention[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const town = mentions[i]!;
    const state = mentions[i + 1]!;
    if (state.type !== 'location' || !/^,\s+$/.test(text.slice(town.end, state.start))) continue;
    const townName = text.slice(town.start, town.end);
    const stateName = text.slice(state.start, state.end);
    if (!TOWN.test(townName) || isWidePlace(kb, townName)) continue;
    if (regionStartsList(text.slice(state.end, state.end + 40))) continue;
    const region = regionNamed(kb, stateName);
    if (!region) continue;
    const entity = townIn(kb, townName, region, stateName);
    if (!entity) continue;
    out.push({ mention: { ...town, end: state.end, type: 'location' }, entity, town });
  }
  return out;
}
