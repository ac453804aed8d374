/**
 * A town named with its state, the way copy writes an address: "Butler, Pennsylvania",
 * "Fargo, North Dakota", "London, Ontario", "Bendigo, Victoria" — or with its country,
 * "Córdoba, Argentina", "Hamilton, New Zealand". The tagger marks the town (often as a person:
 * "Butler") and the state apart, and the state alone then stands where the address is. When
 * the knowledge base knows the town — under the address itself ("Butler, Pennsylvania"), as a
 * city whose description places it in that state ("city in North Dakota, United States",
 * "city in Ontario, Canada"), or as the one city of that name in the country named — town and
 * state are one place mention, linked to the town; the state keeps its own mention inside it,
 * linked to the state or country the address names ("Victoria" there is the Australian state,
 * not the capital of the Seychelles).
 *
 * A city of the same name elsewhere in the country is never taken ("Portland, Maine" is not
 * the Portland of Oregon the KB holds): the state must be the one the KB gives. Exact lookups
 * only, for the few mentions followed by a comma and a region.
 */
import type { Mention } from '../../core/annotations.js';
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { regionStartsList } from './place-things.js';
import { regionIsSubject } from './region-clauses.js';

/** An address mention ("Fargo, North Dakota"), the town it names and the state's own mention. */
export interface AddressMention {
  readonly mention: Mention;
  readonly entity: KbEntity;
  /** The mention of the town the tagger made, which the address replaces. */
  readonly town: Mention;
  /** The mention of the state or country after the comma, and the place it names there. */
  readonly region: { readonly mention: Mention; readonly entity: KbEntity };
}

/** One to three capitalised words: a town's name ("Boca Raton", "North Pole"). */
const TOWN = /^\p{Lu}[\p{L}.'’-]*(?:[ -]\p{Lu}[\p{L}.'’-]*){0,2}$/u;

/**
 * The regions (states, provinces) the KB knows by `name`, and its country of that name:
 * after a town and a comma the name is one of these, never a city ("Victoria").
 */
function regionsNamed(kb: KnowledgeBase, name: string): KbEntity[] {
  const out: KbEntity[] = [];
  for (const h of kb.lookup(name)) {
    const e = h.entity;
    if (isNameOrAlias(h) && e.type === 'location' && !out.includes(e)) {
      if (e.kind === 'region' || e.kind === 'country') out.push(e);
    }
  }
  return out;
}

/** Whether the name is a country's or region's in the KB ("Ohio, Pennsylvania": a list of states). */
function isWidePlace(kb: KnowledgeBase, name: string): boolean {
  return kb
    .lookup(name)
    .some((h) => h.entity.type === 'location' && (h.entity.kind === 'region' || h.entity.kind === 'country'));
}

/**
 * The town `town` of `region` (a state, province or country): the KB's place named as the
 * address, else its one city placed there — by its description for a state, by its country
 * for a country.
 */
function townIn(kb: KnowledgeBase, town: string, region: KbEntity, regionName: string): KbEntity | null {
  const named = kb
    .lookup(`${town}, ${regionName}`)
    .find((h) => isNameOrAlias(h) && h.entity.type === 'location');
  if (named) return named.entity;
  const placed = ` in ${regionName},`;
  const cities = kb
    .lookup(town)
    .filter(
      (h) =>
        isNameOrAlias(h) &&
        h.entity.type === 'location' &&
        (h.entity.kind === 'city' || h.entity.kind === 'capital') &&
        h.entity.country === region.country &&
        (region.kind === 'country' || ` ${h.entity.description ?? ''}`.includes(placed)),
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
    for (const region of regionsNamed(kb, stateName)) {
      const entity = townIn(kb, townName, region, stateName);
      if (!entity) continue;
      const mention: Mention = { ...town, end: state.end, type: 'location' };
      out.push({ mention, entity, town, region: { mention: state, entity: region } });
      break;
    }
  }
  return out;
}

/** A preposition of place right before a town ("a farmer in Raub, Pahang"). */
const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|near|from|outside)\s+$/u;

/** A region the tagger typed otherwise after an unknown town, retyped as the place it names. */
export interface RegionOfTown {
  readonly mention: Mention;
  readonly entity: KbEntity;
  /** The tagger's mention of the region, which this one replaces. */
  readonly region: Mention;
}

/**
 * "A durian farmer in Raub, Pahang": after a preposition of place, a town the KB does not
 * know, a comma and a name the tagger typed a person or a body — that name is the town's
 * region when the KB knows it as one region or country and no person by any name (the
 * tagger read "Pahang" as a surname). Not a list ("in Raub, Pahang and Johor"), nor the
 * subject of the next clause ("in Raub, Anwar said"). Session acc26-link-b. Cost: a
 * character test per mention pair; a regex and the KB only after "Town, ".
 */
export function regionsOfUnknownTowns(
  kb: KnowledgeBase,
  text: string,
  mentions: readonly Mention[],
): RegionOfTown[] {
  const out: RegionOfTown[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const town = mentions[i]!;
    const region = mentions[i + 1]!;
    if (town.type !== 'location' || region.type === 'location' || text.charCodeAt(town.end) !== 44) continue;
    if (!/^,\s+$/.test(text.slice(town.end, region.start))) continue;
    if (!PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, town.start - 9), town.start))) continue;
    const townName = text.slice(town.start, town.end);
    const regionName = text.slice(region.start, region.end);
    const after = text.slice(region.end, region.end + 40);
    if (!TOWN.test(townName) || !TOWN.test(regionName) || regionStartsList(after)) continue;
    if (regionIsSubject(regionName, after)) continue;
    if (kb.lookup(townName).some((h) => h.entity.type === 'location')) continue;
    const hits = kb.lookup(regionName);
    if (hits.some((h) => h.entity.type === 'person')) continue;
    const places = regionsNamed(kb, regionName);
    if (places.length !== 1) continue;
    out.push({ mention: { ...region, type: 'location' }, entity: places[0]!, region });
  }
  return out;
}
