/**
 * Date expressions, parsed by chrono-node and resolved against the article's
 * publication date with newsroom conventions: a bare weekday ("on Thursday") is the
 * latest such day on or before publication unless the words around it speak of the
 * future; a day or month without a year ("February 13") is the nearest such date to
 * publication. Without a publication date only dates that carry their own year are
 * kept: nothing is resolved against an invented reference. Bare years ("in 2024") are
 * figures, not dates (see ./figures.ts). Sentences are pre-filtered with one cheap
 * regex so chrono only sees sentences that can hold a date.
 */
import * as chrono from 'chrono-node';
import type { DateGrain, DateMention, Token } from '../../core/annotations.js';
import { type Span, spansOverlap } from '../../core/span.js';
import { linkZones } from './exclusions.js';

export interface DateOptions {
  /** Stage name recorded on each mention. */
  readonly by?: string;
  /** Tokens: dates inside URL and e-mail tokens (and URLs the regexes find) are skipped. */
  readonly tokens?: readonly Token[];
}

/**
 * Words chrono can turn into a date; sentences without any are never parsed. Month
 * names must be capitalised ("may" and "march" are everywhere), and "this"/"last"/
 * "next" count only before a unit of time, so most sentences skip chrono entirely.
 */
const MONTH_HINT =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)/;
const OTHER_HINT =
  /(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|\b(?:yesterday|today|tonight|tomorrow|ago|noon|midnight)\b|\b(?:this|last|next|past|coming|previous)[ \u00A0]+(?:week|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|decade|quarter)|\d:\d\d|\d[ \u00A0]?[ap]\.?m\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/i;

const LOWERCASE_MONTH =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/;
const WEEKDAY_NAME = /(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend/i;
const MODIFIER = /\b(?:last|next|this|coming|past)\b/i;
const EXPLICIT_YEAR = /\b\d{4}\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/;
const CLOCK = /\d:\d\d|\d[ \u00A0]?[ap]\.?m\b|\bnoon\b|\bmidnight\b|o'clock|\b(?:GMT|UTC)\b/i;
const LEADING_PREPOSITION = /^(?:on|at|in|by|since|from|until|till|of)[ \u00A0]+/i;
const MONTH_CUE =
  /(?:\b(?:in|since|until|till|by|from|early|late|mid|last|next|this|of|through|during|before|after|between|and|to|end|start|beginning|until)[ \u00A0-]+)$/i;
const DAY_WORDS = /\b(?:today|yesterday|tomorrow|tonight|morning|afternoon|evening|night)\b/i;
const FUTURE_CUE =
  /\b(?:will|shall|would|due|scheduled|set to|expected|plans?|planned|planning|going to|upcoming|to be held|is to|are to)\b|'ll\b/i;
const REPORTED_BEFORE =
  /\b(?:said|told|announced|confirmed|added|wrote|tweeted|posted|reported|stated|declared|warned|insisted|argued|denied)(?:[ \u00A0]+[a-z]+)?[ \u00A0]+(?:on|late[ \u00A0]+on|early[ \u00A0]+on)?[ \u00A0]*$/i;
/** Narrative-relative expressions: "a week later" is relative to the story, not to publication. */
const NARRATIVE = /\b(?:later|within|past|earlier|previous|following|prior|after|before)\b/i;
const ISO_REFERENCE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The publication day: its calendar date at noon UTC, and the parts. */
export interface Reference {
  readonly date: Date;
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** The publication day as written (its local calendar date), or null. */
export function parseReference(published: string | null | undefined): Reference | null {
  if (!published) return null;
  const m = ISO_REFERENCE.exec(published.trim());
  if (!m) {
    // other full date forms (RFC 2822 "Fri, 14 Feb 2025 10:00:00 GMT", "February 14, 2025");
    // strings without a day and year ("last Friday") stay unreadable
    if (!/\d{1,2}\D+\d{4}|\d{4}\D+\d{1,2}/.test(published)) return null;
    const t = Date.parse(published);
    if (!Number.isFinite(t)) return null;
    const at = new Date(t);
    // with a zone the instant is read in UTC; without one Date.parse used local time
    const zoned = /\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}\b/.test(published);
    const y = zoned ? at.getUTCFullYear() : at.getFullYear();
    const mo = (zoned ? at.getUTCMonth() : at.getMonth()) + 1;
    const d = zoned ? at.getUTCDate() : at.getDate();
    return parseReference(`${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  }
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const date = new Date(Date.UTC(y, mo - 1, d, 12));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return { date, y, m: mo, d };
}

const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/**
 * Finds date mentions in `text`, sentence by sentence, resolved against `published`
 * (an ISO date or timestamp; its calendar date is used as written). Returns mentions
 * sorted by offset, not overlapping.
 */
export function extractDates(
  text: string,
  sentences: readonly Span[] | undefined,
  published: string | null,
  options: DateOptions = {},
): DateMention[] {
  const by = options.by ?? 'figures';
  const ref = parseReference(published);
  const ranges = chunked(
    text,
    sentences && sentences.length > 0 ? sentences : [{ start: 0, end: text.length }],
  );
  const links = linkZones(text, options.tokens);
  const out: DateMention[] = [];
  for (const s of ranges) {
    const sentence = text.slice(s.start, s.end);
    if (!MONTH_HINT.test(sentence) && !OTHER_HINT.test(sentence)) continue;
    const results = chrono.en.casual.parse(
      sentence,
      { instant: ref?.date ?? NO_REFERENCE, timezone: 'UTC' },
      { forwardDate: false },
    );
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      const mention = toMention(sentence, s.start, r, ref, by, yearFromPartner(sentence, r, results[i + 1]));
      if (mention && !links.some((z) => spansOverlap(z, mention))) out.push(mention);
    }
  }
  return out;
}

/** Longest stretch handed to chrono at once; longer "sentences" (tables, run-on debris) are cut. */
const MAX_CHUNK = 1000;

/**
 * Sentences, with any longer than {@link MAX_CHUNK} cut at the last space before the
 * limit, so chrono's cost stays linear even when segmentation found no sentence ends.
 */
function chunked(text: string, sentences: readonly Span[]): readonly Span[] {
  if (sentences.every((s) => s.end - s.start <= MAX_CHUNK)) return sentences;
  const out: Span[] = [];
  for (const s of sentences) {
    let start = s.start;
    while (s.end - start > MAX_CHUNK) {
      const space = text.lastIndexOf(' ', start + MAX_CHUNK);
      const cut = space > start + MAX_CHUNK / 2 ? space : start + MAX_CHUNK;
      out.push({ start, end: cut });
      start = cut;
    }
    out.push({ start, end: s.end });
  }
  return out;
}

/**
 * The year a yearless date borrows from the other end of its range: "December 28 to
 * January 3, 2025" (one chrono result with an end), "from early October to early
 * November of 2008" (two results joined by "to"). Null when there is no such partner.
 */
function yearFromPartner(
  sentence: string,
  r: chrono.ParsedResult,
  next: chrono.ParsedResult | undefined,
): number | null {
  if (r.start.isCertain('year') || !r.start.isCertain('month')) return null;
  let partner: chrono.ParsedComponents | null = null;
  if (r.end?.isCertain('year')) partner = r.end;
  else if (next?.start.isCertain('year') && next.start.isCertain('month')) {
    const gap = sentence.slice(r.index + r.text.length, next.index);
    if (
      /^[ \u00A0]*(?:to|and|through|until|till|-|–)[ \u00A0]+(?:(?:early|late|mid)[ \u00A0-]+)?$/i.test(gap)
    ) {
      partner = next.start;
    }
  }
  if (!partner) return null;
  const year = partner.get('year')!;
  return r.start.get('month')! > partner.get('month')! ? year - 1 : year;
}

function toMention(
  sentence: string,
  offset: number,
  r: chrono.ParsedResult,
  ref: Reference | null,
  by: string,
  partnerYear: number | null = null,
): DateMention | null {
  let surface = r.text;
  let index = r.index;
  const lead = LEADING_PREPOSITION.exec(surface);
  if (lead) {
    surface = surface.slice(lead[0].length);
    index += lead[0].length;
  }
  surface = surface.replace(/[\s,;:]+$/, '');
  // a final period ends the sentence, unless it belongs to "a.m." or "Feb."
  if (
    surface.endsWith('.') &&
    !/(?:\b[ap]\.m|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.$/i.test(surface)
  ) {
    surface = surface.slice(0, -1).replace(/[\s,;:]+$/, '');
  }
  if (surface.length === 0) return null;
  const c = r.start;
  const lower = surface.toLowerCase();
  if (/^(?:right[ \u00A0]+)?now$/.test(lower)) return null;
  // "that night", "Morning Joe", NBC's "TODAY": a part of day alone is not a date
  if (/^(?:morning|afternoon|evening|night)$/.test(lower) || surface === 'TODAY') return null;
  // "USA Today", "Russia Today": a capitalised Today inside a sentence is a name
  if (surface === 'Today' && /[A-Za-z0-9]/.test(sentence.slice(0, index))) return null;
  // "the next four years", "the last few months" are spans of time, not dates
  if (
    /\b(?:next|last|past|coming)[ \u00A0]+(?:[a-z]+[ \u00A0]+)?(?:years|months|weeks|days|decades)\b/.test(
      lower,
    )
  ) {
    return null;
  }
  if (NARRATIVE.test(surface)) return null;
  // "Sun" (the newspaper), "Wed": a weekday needs its full name
  if (c.isCertain('weekday') && !WEEKDAY_NAME.test(surface)) return null;
  // "march" the verb, "may" the modal: month names must be capitalised
  if (LOWERCASE_MONTH.test(surface)) return null;
  // "9/11", "24/7" are not dates we can place
  if (/^\d{1,2}\/\d{1,2}$/.test(surface)) return null;
  const hasDay = c.isCertain('day') || c.isCertain('weekday');
  // a month alone needs a cue ("in March"): "Theresa May", "April Ryan" are names
  if (c.isCertain('month') && !hasDay && !c.isCertain('year') && !MODIFIER.test(surface)) {
    if (!MONTH_CUE.test(sentence.slice(Math.max(0, index - 16), index))) return null;
  }
  // a bare hour ("at 5") is usually not a time
  if (c.isCertain('hour') && !CLOCK.test(surface)) return null;
  const relative = !EXPLICIT_YEAR.test(surface) && partnerYear === null;
  if (relative && !ref) return null;

  let confidence = 0.9;
  let grain: DateGrain;
  let y = c.get('year') ?? 0;
  let m = c.get('month') ?? 1;
  let d = c.get('day') ?? 1;
  if (/\bweek\b/i.test(surface) && !WEEKDAY_NAME.test(surface)) {
    if (!ref) return null;
    // no week grain in the schema: the Monday that starts the week, at low confidence
    const base = /\bthis\b/i.test(surface) ? ref.date : c.date();
    const monday = new Date(base.getTime() - ((base.getUTCDay() + 6) % 7) * 86_400_000);
    y = monday.getUTCFullYear();
    m = monday.getUTCMonth() + 1;
    d = monday.getUTCDate();
    grain = 'day';
    confidence = 0.5;
  } else if (c.isCertain('weekday') && !c.isCertain('day') && !MODIFIER.test(surface) && ref) {
    // bare weekday: the latest such day up to publication, unless the clause is about the future
    const weekday = c.get('weekday')!;
    const refDay = ref.date.getUTCDay();
    const window = sentence.slice(
      Math.max(0, index - 60),
      Math.min(sentence.length, index + surface.length + 30),
    );
    // "said on Monday he would resign": the weekday belongs to the past reporting verb
    const reported = REPORTED_BEFORE.test(sentence.slice(Math.max(0, index - 40), index));
    const future = !reported && FUTURE_CUE.test(window);
    const delta = future ? (weekday - refDay + 7) % 7 : -((refDay - weekday + 7) % 7);
    const day = new Date(ref.date.getTime() + delta * 86_400_000);
    y = day.getUTCFullYear();
    m = day.getUTCMonth() + 1;
    d = day.getUTCDate();
    grain = 'day';
    confidence = 0.75;
  } else if (partnerYear !== null) {
    // the year written at the other end of the range
    y = partnerYear;
    grain = c.isCertain('day') ? 'day' : 'month';
    confidence = 0.8;
  } else if (c.isCertain('month') && !c.isCertain('year') && !MODIFIER.test(surface) && ref) {
    // day or month without a year: the nearest such date to publication
    y = nearestYear(ref, m, c.isCertain('day') ? d : 15);
    grain = c.isCertain('day') ? 'day' : 'month';
    confidence = 0.85;
  } else if (c.isCertain('day') || c.isCertain('weekday') || DAY_WORDS.test(surface)) {
    grain = 'day';
    if (!c.isCertain('day') && !c.isCertain('weekday')) confidence = 0.8;
  } else if (c.isCertain('month')) {
    grain = 'month';
  } else if (c.isCertain('year')) {
    grain = 'year';
  } else if (c.isCertain('hour') && ref) {
    // a clock time alone ("at 10:30 a.m.") is on the publication day, by convention
    grain = 'time';
    confidence = 0.7;
  } else {
    return null;
  }
  // "end of June" names a part of the month, not its last day
  if (grain === 'day' && /^(?:the[ \u00A0]+)?(?:end|beginning|start|middle)[ \u00A0]+of\b/.test(lower)) {
    grain = 'month';
  }
  if (c.isCertain('hour')) grain = 'time';
  if (r.end) confidence -= 0.1;
  const start = offset + index;
  return {
    start,
    end: start + surface.length,
    value: formatValue(grain, y, m, d, c),
    grain,
    relative,
    by,
    confidence,
  };
}

function nearestYear(ref: Reference, month: number, day: number): number {
  let best = ref.y;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const distance = Math.abs(Date.UTC(y, month - 1, day, 12) - ref.date.getTime());
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function formatValue(grain: DateGrain, y: number, m: number, d: number, c: chrono.ParsedComponents): string {
  if (grain === 'year') return pad(y, 4);
  if (grain === 'month') return `${pad(y, 4)}-${pad(m)}`;
  const day = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (grain === 'day') return day;
  const time = `${day}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
  if (!c.isCertain('timezoneOffset')) return time;
  const offset = c.get('timezoneOffset') ?? 0;
  if (offset === 0) return `${time}Z`;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
