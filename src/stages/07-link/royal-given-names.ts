/**
 * Royals by title and given name: copy names a royal in full once ("Saudi Foreign Minister
 * Faisal bin Farhan", "Crown Prince Mohammed bin Salman") and then by the title and the given
 * name ("Prince Faisal said …", "Sheikh Tamim"), which is no surname the one-word pass could
 * join. A word after a royal title that is the first word of a person linked earlier in the
 * article — a royal by the KB's name (an Arabic "bin"/"Al" lineage) or description — is that
 * person; two such bearers leave it undecided.
 */
import type { KbEntity } from '../../kb/model.js';
import type { Cluster } from './link-state.js';

/** A royal title right before the word ("Prince ", "Sheikha "). */
const ROYAL_TITLE_BEFORE = /(?:^|[^\p{L}])(Prince|Princess|Sheikh|Sheikha|Emir|Sultan|King|Queen)\s$/u;

/** A royal's KB name: a lineage ("bin", "bint", "ibn") or a house ("Al Saud", "al-Thani"). */
const ROYAL_NAME = /\s(?:bin|bint|ibn|Al|al)[\s-]/;

/** A royal's KB description. */
const ROYAL_DESCRIPTION =
  /\b(?:prince|princess|king|queen|emir|sheikh|sheikha|sultan|royal|monarch|crown)\b/i;

function isRoyal(entity: KbEntity): boolean {
  return ROYAL_NAME.test(entity.name) || ROYAL_DESCRIPTION.test(entity.description ?? '');
}

/**
 * The earlier cluster of the royal a one-word mention at `start` names by its given name
 * (`norm`, normalised) after a royal title, or null. Cost: a 12-character pattern before the
 * word; the clusters are read only after a royal title.
 */
export function royalByGivenName(
  text: string,
  start: number,
  norm: string,
  clusters: readonly Cluster[],
): { cluster: Cluster; title: string } | null {
  const title = ROYAL_TITLE_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  if (!title) return null;
  let found: Cluster | null = null;
  for (const cluster of clusters) {
    const entity = cluster.decision.entity;
    if (entity?.type !== 'person' || cluster.mentions[0]!.start > start) continue;
    const space = cluster.norm.indexOf(' ');
    if (space < 0 || cluster.norm.slice(0, space) !== norm || !isRoyal(entity)) continue;
    if (found && found.decision.entity !== entity) return null;
    found ??= cluster;
  }
  return found ? { cluster: found, title: title[1]! } : null;
}
