/**
 * Editions of roving events told by the article's date: "Spain won the European Championship"
 * in an article of 14 July 2024 is UEFA Euro 2024, "the Dodgers won the World Series" on 30
 * October 2024 the 2024 World Series, "the draw for the World Cup" in December 2025 the 2026
 * World Cup. editions.ts ties a series to an edition by the host place the article names; this
 * ties it by the date, for the events that warrant it:
 *
 * - only a sports competition (its champion is an edition's: "won the World Series" on the
 *   night of the final is said of this year's), and only a roving one, whose editions the KB
 *   holds in at least two different places (the World Cup, the Olympics, the Super Bowl). A
 *   competition held in one place every time (Wimbledon, the Masters, the Tour de France in
 *   France) is an institution copy names as such: "won Wimbledon" in July is said of the
 *   championships, and the gold sets link the series there. Summits and conferences are left
 *   to their place (editions.ts, summits.ts): copy names "the APEC summit" or "the Munich
 *   Security Conference" of the series as often as of the meeting under way;
 * - an edition under way on the article's date, or ended at most a few days before it (the
 *   report of a final the morning after);
 * - else the next edition, within about a year, when the mention's sentence speaks of it as
 *   ahead ("the draw for", "qualified for", "next year's");
 * - and in either case only when the mention's sentence names no other year than the
 *   edition's: "every four years since 1952" speaks of the series.
 *
 * A final or a finals tournament is a match of a season's competition, never the edition the
 * competition's name stands for (PART_OF_EDITION in editions.ts).
 */
import { daysFromSpan, eventHostId, eventSpan, instancesOf } from '../../kb/event-instances.js';
import type { KbEntity } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { type Edition, PART_OF_EDITION } from './editions.js';

/** The kind of the KB's sports competitions. */
const SPORTS_EVENT = 'sports-event';

/** Days after an edition's last day that copy still reports on it ("won … on Sunday"). */
const REPORT_DAYS = 3;

/** Days ahead an edition spoken of as coming may lie. */
const AHEAD_DAYS = 400;

/** Words of a sentence that speak of a tournament or summit still ahead. */
const AHEAD_CUE =
  /\b(?:draw|draws|qualif(?:y|ies|ied|ying|ier|iers|ication)|upcoming|next (?:year|summer|month)['’]s|will (?:host|co-host|be held)|(?:starts|begins|opens|kicks off) (?:in|on|next))\b/i;

/** A year written in the sentence ("in 2022"): the mention may be of that edition. */
const YEAR = /\b(?:19|20)\d\d\b/g;

/** Whether the KB holds editions of the series in at least two different places. */
function isRoving(editions: readonly KbEntity[]): boolean {
  let first: string | null = null;
  for (const e of editions) {
    const host = eventHostId(e);
    if (!host) continue;
    if (first === null) first = host;
    else if (host !== first) return true;
  }
  return false;
}

/** Whether the edition starts after `date` (YYYY-MM-DD), its first day compared at its own precision. */
function startsAfter(e: KbEntity, date: string): boolean {
  const from = eventSpan(e)!.from;
  return from.localeCompare(date.slice(0, from.length)) > 0;
}

/** The edition's year, as written in its span. */
function yearOf(e: KbEntity): string {
  return eventSpan(e)!.from.slice(0, 4);
}

/**
 * The edition of the roving series `series` an article dated `date` means, by that date (and
 * for an edition ahead, by the words of `sentence`, the mention's sentence); null when the
 * series is not roving or no edition is close.
 */
export function editionByDate(
  kb: KnowledgeBase,
  series: KbEntity,
  date: string | null,
  sentence: string,
): Edition | null {
  if (!date || series.type !== 'event' || series.kind !== SPORTS_EVENT) return null;
  const instances = instancesOf(kb, series.id);
  const editions = instances.filter((e) => !PART_OF_EDITION.test(e.name));
  if (editions.length === 0 || !isRoving(instances)) return null;
  const years = sentence.match(YEAR) ?? [];
  // "has chosen its nominee every four years since 1952": another year, the series' history.
  const otherYear = (e: KbEntity) => years.some((y) => y !== yearOf(e));
  const underway = editions.find((e) => {
    const days = daysFromSpan(eventSpan(e)!, date);
    return days === 0 || (days <= REPORT_DAYS && !startsAfter(e, date));
  });
  if (underway) {
    if (otherYear(underway)) return null;
    const span = eventSpan(underway)!;
    return {
      entity: underway,
      why: `${series.name} under way on the article's date (${span.from} to ${span.to})`,
    };
  }
  if (!AHEAD_CUE.test(sentence)) return null;
  const next = editions.find((e) => startsAfter(e, date));
  if (!next || daysFromSpan(eventSpan(next)!, date) > AHEAD_DAYS || otherYear(next)) return null;
  return {
    entity: next,
    why: `${series.name} ahead of the article's date (the next edition, ${eventSpan(next)!.from})`,
  };
}
