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
 * Cost: one anchored regex over the mention's surface; the KB is asked (a lookup or two)
 * only for a mention ending in a head word.
 */
import type { Mention } from '../../core/annotations.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
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

/** The mentions, each town opening an institution's name given a mention of its own beside it. */
export function withTownsOfInstitutions(
  kb: KnowledgeBase,
  text: string,
  mentions: readonly Mention[],
): Mention[] {
  let out: Mention[] | null = null;
  for (const m of mentions) {
    if (m.type === 'person' || m.type === 'event') continue;
    const town = townInside(kb, text, m);
    if (!town || mentions.some((o) => o.start === town.start && o.end === town.end)) continue;
    out ??= [...mentions];
    out.push(town);
  }
  return out ? out.sort((a, b) => a.start - b.start || b.end - a.end) : [...mentions];
}
