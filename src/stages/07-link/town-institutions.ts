/**
 * A town opening the name of an institution the KB does not know: "the [Lisbon Oceanarium]",
 * "the [Melbourne Symphony]", "[Karachi Whites]", "the [Kazan Kremlin]", "[Akron Central
 * High]". The tagger takes the whole for one name, and the whole is no KB entity; but the
 * copy names the town too, and a reader links it. The town gets a mention of its own inside
 * the institution's, which stays as the tagger typed it (unlinked, as before).
 *
 * Only for a name whose last word is an institution's or a team's head word (INSTITUTION_LAST)
 * and whose other words are capitalised: "Moscow Mule" (a drink) and "Santiago Bernabeu" (a
 * man, then a stadium) are no town's institution. The town is a KB city or capital that is no
 * person's name as well ("Victoria Hospital"), never a country or region ("Lebanon Valley
 * Expo" is held in a town called Lebanon).
 *
 * So does a party opening the name of one of its organs ("[Communist Party] Central
 * Committee"), as a body's mention of its own.
 *
 * Cost: one anchored regex over the mention's surface; the KB is asked (a lookup or two)
 * only for a mention ending in a head word.
 */
import type { Mention } from '../../core/annotations.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { NationalBodies } from './national-bodies.js';
import { isTown } from './towns.js';

/**
 * A name's capitalised words, then its head: a school, a hospital, a hall of the arts, a
 * seat of power, a festival, a team named by its colours.
 */
const INSTITUTION_LAST =
  /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})\s+(?:High|School|Academy|College|University|Institute|Conservatory|Hospital|Infirmary|Clinic|Hospice|Oceanarium|Aquarium|Zoo|Museum|Gallery|Library|Observatory|Symphony|Orchestra|Philharmonic|Opera|Ballet|Theatre|Theater|Choir|Chorale|Kremlin|Cathedral|Festival|Days|Biennale|Marathon|Whites|Blues|Reds|Greens|Golds|Blacks)$/u;

/** The town's mention inside `m` when `m` names a town's institution; null otherwise. */
function townInside(kb: KnowledgeBase, text: string, m: Mention): Mention | null {
  const surface = text.slice(m.start, m.end);
  const words = INSTITUTION_LAST.exec(surface);
  if (!words || kb.lookup(surface).some(isNameOrAlias)) return null;
  // The longest run of leading words that names a town: "Mexico City" before "Mexico".
  const lead = words[1]!.split(/\s+/);
  for (let n = lead.length; n >= 1; n--) {
    const town = lead.slice(0, n).join(' ');
    const hits = kb.lookup(town);
    if (hits.some((h) => h.entity.type === 'person')) return null;
    if (!hits.some((h) => isNameOrAlias(h) && isTown(h.entity))) continue;
    // A country or region of the same name makes the town no more than a namesake.
    if (hits.some((h) => isNameOrAlias(h) && h.entity.type === 'location' && !isTown(h.entity))) return null;
    return { ...m, end: m.start + town.length, type: 'location' };
  }
  return null;
}

/**
 * A party's name, then one of its organs: "[Communist Party] Central Committee", "the Labour
 * Party National Executive Committee" (session acc25-link-b).
 */
const PARTY_ORGAN_LAST =
  /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+Party)\s+(?:Central Committee|Central Military Commission|Politburo|Political Bureau|Standing Committee|Secretariat|National Executive Committee|National Executive|Executive Committee|Central Commission for Discipline Inspection)$/u;

/**
 * The party's mention inside `m` when `m` names an organ of a party the KB knows — by its name
 * or, without its country, as a national body ("Communist Party" of Vietnam, national-bodies.ts)
 * — and the whole is no KB name; null otherwise. The party is linked as any mention of it.
 */
function partyInside(kb: KnowledgeBase, text: string, m: Mention): Mention | null {
  const surface = text.slice(m.start, m.end);
  const words = PARTY_ORGAN_LAST.exec(surface);
  if (!words || kb.lookup(surface).some(isNameOrAlias)) return null;
  const party = words[1]!;
  const known =
    kb.lookup(party).some((h) => isNameOrAlias(h) && h.entity.kind === 'party') ||
    NationalBodies.for(kb)
      .bodies(party)
      .some((b) => b.entity.kind === 'party');
  return known ? { ...m, end: m.start + party.length, type: 'organization' } : null;
}

/** The mentions, each town opening an institution's name given a mention of its own beside it. */
export function withTownsOfInstitutions(
  kb: KnowledgeBase,
  text: string,
  mentions: readonly Mention[],
): Mention[] {
  let out: Mention[] | null = null;
  for (const m of mentions) {
    if (m.type === 'person' || m.type === 'event') continue;
    const town = townInside(kb, text, m) ?? (m.type === 'organization' ? partyInside(kb, text, m) : null);
    if (!town || mentions.some((o) => o.start === town.start && o.end === town.end)) continue;
    out ??= [...mentions];
    out.push(town);
  }
  return out ? out.sort((a, b) => a.start - b.start || b.end - a.end) : [...mentions];
}
