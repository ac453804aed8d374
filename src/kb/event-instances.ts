/**
 * Dated event instances and their recurring series. The build stores an instance's series
 * as its `Instance of` role and its dates and host place as the spans of that role and of
 * its `Held in` role (docs/knowledge-base.md, "Events: series and dated instances"). These
 * helpers read them back, so a linker that meets a series' name ("the NATO summit") in an
 * article can take the instance held around the article's date ("2025 NATO summit").
 */
import type { KnowledgeBase } from '../ports/knowledge-base.js';
import type { KbEntity, KbRole } from './model.js';
import { PerKnowledgeBase } from './per-kb.js';
import { EVENT_HOST_ROLE, EVENT_SERIES_ROLE } from './sources/convert.js';

/** First and last day of an instance, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface EventSpan {
  readonly from: string;
  readonly to: string;
}

function datedRole(e: KbEntity): KbRole | undefined {
  return e.roles.find((r) => (r.role === EVENT_SERIES_ROLE || r.role === EVENT_HOST_ROLE) && r.from);
}

/** The id of the recurring event `e` is an instance of, or null. */
export function eventSeriesId(e: KbEntity): string | null {
  return e.roles.find((r) => r.role === EVENT_SERIES_ROLE)?.orgId ?? null;
}

/** When `e` was held, or null for an undated (recurring) event. */
export function eventSpan(e: KbEntity): EventSpan | null {
  const r = datedRole(e);
  return r?.from ? { from: r.from, to: r.to ?? r.from } : null;
}

/** The id of the place (city, region or country) `e` was held in, or null. */
export function eventHostId(e: KbEntity): string | null {
  return e.roles.find((r) => r.role === EVENT_HOST_ROLE)?.orgId ?? null;
}

/** Days since 1970 of the first (`end` false) or last (`end` true) day a partial date covers. */
function dayNumber(date: string, end: boolean): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (!end) return Date.UTC(y, (m ?? 1) - 1, d ?? 1) / 86_400_000;
  if (d !== undefined) return Date.UTC(y, m! - 1, d) / 86_400_000;
  // The last day of the month or year: the day before the next one starts.
  return (m !== undefined ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1)) / 86_400_000 - 1;
}

/** Days between `date` (YYYY-MM-DD) and the span: 0 inside it. */
export function daysFromSpan(span: EventSpan, date: string): number {
  const day = dayNumber(date, false);
  const first = dayNumber(span.from, false);
  const last = dayNumber(span.to, true);
  if (day < first) return first - day;
  if (day > last) return day - last;
  return 0;
}

const instancesByKb = new PerKnowledgeBase((kb) => {
  const index = new Map<string, KbEntity[]>();
  for (const e of kb.entities()) {
    const series = e.type === 'event' ? eventSeriesId(e) : null;
    if (!series || !eventSpan(e)) continue;
    const list = index.get(series);
    if (list) list.push(e);
    else index.set(series, [e]);
  }
  for (const list of index.values())
    list.sort((a, b) => eventSpan(a)!.from.localeCompare(eventSpan(b)!.from));
  return index;
});

/** The dated instances of the series `seriesId`, oldest first (indexed once per KB). */
export function instancesOf(kb: KnowledgeBase, seriesId: string): readonly KbEntity[] {
  return instancesByKb.of(kb).get(seriesId) ?? [];
}

/**
 * The instance of `seriesId` an article dated `date` (YYYY-MM-DD) most likely means: the one
 * held on that date, else the nearest one within `maxDays` before or after it ("next month's
 * summit", "last week's summit"); null when none is that close, so the series stands.
 */
export function instanceNear(
  kb: KnowledgeBase,
  seriesId: string,
  date: string,
  maxDays = 120,
): KbEntity | null {
  let best: KbEntity | null = null;
  let bestDays = Number.POSITIVE_INFINITY;
  for (const e of instancesOf(kb, seriesId)) {
    const days = daysFromSpan(eventSpan(e)!, date);
    if (days < bestDays) {
      best = e;
      bestDays = days;
    }
  }
  return bestDays <= maxDays ? best : null;
}
