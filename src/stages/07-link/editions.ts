/**
 * Dated editions of recurring events: "the Republican National Convention in Milwaukee" in
 * a July 2024 article is the 2024 convention, "the Group of Twenty summit in Rio de Janeiro"
 * the 2024 Rio summit — not the series. The KB stores each edition with its series, dates and
 * host place (src/kb/event-instances.ts); a series linked by name becomes the edition the
 * article points at:
 *
 * an edition held in a place the article names, within about a year of the article's date
 * (the nearest such), when that place hosts no other edition of the KB. The date alone picks
 * nothing: copy says "the Munich Security Conference" or "Wimbledon" of the series as often
 * as of this year's edition; an event held in one place every time (Munich, Singapore's
 * Shangri-La Dialogue, Wimbledon) is not told apart by its place either, nor by a place in
 * the series' own name.
 */
import { daysFromSpan, eventHostId, eventSpan, instancesOf } from '../../kb/event-instances.js';
import type { KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** Days around the article's date an edition named by its host place may lie. */
const PLACE_WINDOW_DAYS = 400;

/**
 * A final is one match of a season's competition, not the edition the competition's name
 * stands for ("won the Champions League" in Munich is not "the 2025 Champions League final");
 * so is a finals tournament ("won the Nations League" is not "the 2025 Nations League Finals").
 */
export const PART_OF_EDITION = /\b(?:finals?|semi-?finals?|match|stage|round)$/i;

/** The edition picked and why, for the evidence. */
export interface Edition {
  readonly entity: KbEntity;
  readonly why: string;
}

/**
 * The edition of the recurring event `series` the article means, or null (not a series, no
 * date, or nothing picks one). `placeNamed` tells whether the article names a place (a KB
 * entity of the host role).
 */
export function editionOf(
  kb: KnowledgeBase,
  series: KbEntity,
  date: string | null,
  placeNamed: (place: KbEntity) => boolean,
): Edition | null {
  if (!date || series.type !== 'event') return null;
  const editions = instancesOf(kb, series.id);
  if (editions.length === 0) return null;
  let best: KbEntity | null = null;
  let bestDays = Number.POSITIVE_INFINITY;
  let bestPlace = '';
  const own = ` ${[series.name, ...series.names.map((n) => n.text)].map(normalizeName).join(' ')} `;
  const hosts = new Map<string, number>();
  for (const e of editions) {
    const hostId = eventHostId(e);
    if (hostId) hosts.set(hostId, (hosts.get(hostId) ?? 0) + 1);
  }
  for (const e of editions) {
    const hostId = eventHostId(e);
    if (!hostId || hosts.get(hostId)! > 1 || PART_OF_EDITION.test(e.name)) continue;
    const host = kb.get(hostId) ?? kb.resolveOrg(hostId);
    if (!host || own.includes(` ${normalizeName(host.name)} `) || !placeNamed(host)) continue;
    const days = daysFromSpan(eventSpan(e)!, date);
    if (days <= PLACE_WINDOW_DAYS && days < bestDays) {
      best = e;
      bestDays = days;
      bestPlace = host.name;
    }
  }
  return best ? { entity: best, why: `${series.name} held in ${bestPlace} (the article names it)` } : null;
}
