/**
 * Stretches of text where digits are not figures: URLs, e-mail addresses, phone
 * numbers, clock times, numeric dates, ratios like 24/7, and day numbers beside a month
 * name ("Feb. 13", "13 February 2025"). Found with a handful of global regexes, once per
 * text, then merged into sorted spans so the scanner can skip them with one pointer.
 */
import type { Token } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

const URL_SCHEME_GLOBAL = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]]+/gi;
const HOST_PATH = /\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\/[^\s<>"'()[\]]*/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

const PATTERNS: readonly RegExp[] = [
  // URLs with a scheme or www, and bare host/path forms (bbc.co.uk/news/world-68211234)
  URL_SCHEME_GLOBAL,
  HOST_PATH,
  EMAIL,
  // clock times: 10:30, 10:30:15, 10 a.m., 10.30pm, 0900 GMT
  /\b\d{1,2}:\d{2}(?::\d{2})?\b/g,
  /\b\d{1,2}(?:[.:]\d{2})?[ \u00A0]?(?:[ap]\.m\.|[ap]m\b)/gi,
  /\b[0-2]\d[0-5]\d[ \u00A0]?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|hrs\b|hours[ \u00A0]+(?:GMT|UTC|local))/g,
  // numeric dates and ratios: 12/03/2024, 2025-02-10, 13.02.2025, 9/11, 24/7, 2022/23
  /\b\d{1,4}([/.-])\d{1,2}\1\d{1,4}\b/g,
  /\b\d+\/\d+\b/g,
  // day numbers and years beside a month name
  new RegExp(
    String.raw`\b(?=[JFMASOND])${MONTH}[ \u00A0]+\d{1,2}(?:st|nd|rd|th)?\b(?:,?[ \u00A0]+\d{4}\b)?`,
    'g',
  ),
  new RegExp(
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?[ \u00A0]+(?:of[ \u00A0]+)?${MONTH}(?![A-Za-z])(?:,?[ \u00A0]+\d{4}\b)?`,
    'g',
  ),
  new RegExp(String.raw`\b(?=[JFMASOND])${MONTH}[ \u00A0]+\d{4}\b`, 'g'),
];

/**
 * Phone numbers: digit groups split by spaces, dots or hyphens, starting with `+`, a
 * bracketed area code or a trunk `0`, or split by hyphens/dots (555-0100). Seven digits
 * at least, so "2024-25" and "3-1" are left to the scanner.
 */
const PHONE =
  /(?:\+\d{1,3}[ \u00A0.-]?)?(?:\(\d{1,4}\)[ \u00A0.-]?)?\d{2,5}(?:[ \u00A0.-]\d{2,5}){1,4}(?![\d,])/g;

function isPhone(match: string): boolean {
  const digits = match.replace(/\D/g, '').length;
  if (digits < 7) return false;
  if (/^[+(]/.test(match)) return true;
  if (/^0/.test(match) && /[ \u00A0]/.test(match)) return true;
  // 555-0100-style groups, but not a spaced list of numbers ("20 30 40")
  return /\d[-.]\d/.test(match) && !/[ \u00A0]/.test(match.replace(/^\(\d+\)[ \u00A0]?/, ''));
}

/**
 * Sorted, merged spans where numbers must not be read as figures. `tokens` adds the
 * URL and e-mail tokens the tokenizer recognised; `extra` adds caller spans (the date
 * mentions, so a date's day or year is never also a figure).
 */
export function exclusionZones(
  text: string,
  tokens: readonly Token[] | undefined,
  extra: readonly Span[] | undefined,
): Span[] {
  const zones: Span[] = [];
  const hasAt = text.includes('@');
  const hasSlash = text.includes('/');
  for (const pattern of PATTERNS) {
    // the costly URL and e-mail scans only run when their anchor character is present
    if ((pattern === EMAIL && !hasAt) || (pattern === HOST_PATH && !hasSlash)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      zones.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    if (isPhone(m[0])) zones.push({ start: m.index, end: m.index + m[0].length });
  }
  if (tokens) {
    for (const t of tokens)
      if (t.kind === 'url' || t.kind === 'email') zones.push({ start: t.start, end: t.end });
  }
  if (extra) for (const s of extra) zones.push({ start: s.start, end: s.end });
  return mergeSpans(zones);
}

const URL_SCHEME = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]]+/gi;

/**
 * URLs and e-mail addresses only (from the regexes and the tokenizer's url/email
 * tokens): the dates in "…/images/2025/02/14/…" are not dates of the story.
 */
export function linkZones(text: string, tokens: readonly Token[] | undefined): Span[] {
  const zones: Span[] = [];
  const patterns = [
    URL_SCHEME,
    ...(text.includes('/') ? [HOST_PATH] : []),
    ...(text.includes('@') ? [EMAIL] : []),
  ];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      zones.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  if (tokens) {
    for (const t of tokens)
      if (t.kind === 'url' || t.kind === 'email') zones.push({ start: t.start, end: t.end });
  }
  return mergeSpans(zones);
}

export function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) out[out.length - 1] = { start: last.start, end: s.end };
    } else {
      out.push(s);
    }
  }
  return out;
}
