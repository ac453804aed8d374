/**
 * Plain-text articles: `source` is the text itself (newlines normalised), blocks are its
 * paragraphs — blank-line separated, or one per line when the text has no blank lines.
 *
 * The head of the text is read for metadata the way an editor would:
 * - a first line that is clearly a headline (short, no closing full stop, followed by
 *   body) becomes `meta.title` and stays in the body as a `heading` block, so offsets and
 *   the reader's view of the text are unchanged;
 * - a byline (`By Jane Doe`) or a date line (`Published Feb. 14, 2025`) among the first
 *   lines sets `meta.authors` / `meta.published` and is left out of the blocks: it is
 *   about the article, not part of it (it stays in `source`).
 * - a wire dateline opening the first paragraph (`WASHINGTON (Reuters) -`) is reported as
 *   a provenance signal.
 */
import type { Block } from '../../core/annotations.js';
import { splitAuthors } from './meta/authors.js';
import { parseHumanDate } from './meta/dates.js';

export interface PlainTextSignal {
  readonly kind: 'byline' | 'dateline';
  readonly value: string;
  readonly detail: string | null;
}

export interface PlainTextExtraction {
  readonly source: string;
  readonly blocks: Block[];
  readonly title: string | null;
  readonly authors: string[];
  readonly published: string | null;
  readonly modified: string | null;
  readonly signals: PlainTextSignal[];
}

interface Span {
  start: number;
  end: number;
}

/** How many leading paragraphs are searched for a byline or date line. */
const HEAD_BLOCKS = 5;

const BYLINE =
  /^(by|von|par|por)\s+\p{Lu}[\p{L}.'’-]*(\s+[\p{L}.'’-]+){0,5}(\s*(,|and|&|und)\s*\p{Lu}[\p{L}.'’-]*(\s+[\p{L}.'’-]+){0,4})*\s*([,|–—-].{0,60})?$/iu;
const DATE_LABEL =
  /^(published|posted|updated|last updated|veröffentlicht|aktualisiert|stand|date|datum)\s*:?\s*/i;
const WIRE_DATELINE =
  /^((?:\p{Lu}[\p{Lu}\p{L}.'’ -]{1,40}?)(?:,\s*[\p{L}. ]{2,30})?\s*\((?:Reuters|AP|AFP|dpa|Bloomberg|UPI|ANSA|EFE|Xinhua|IANS|PTI)\))\s*[-–—]\s*/u;

export function paragraphSpans(source: string): Span[] {
  const spans: Span[] = [];
  const separator = /\n[ \t]*\n/.test(source) ? /\n[ \t]*(?:\n[ \t]*)+/g : /\n/g;
  let last = 0;
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(source[s]!)) s++;
    while (e > s && /\s/.test(source[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (const m of source.matchAll(separator)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, source.length);
  return spans;
}

/** A headline: one short line, no closing full stop or comma, not a sentence ending in a quote. */
export function looksLikeHeadline(text: string, next: string | undefined): boolean {
  if (!next || text.includes('\n')) return false;
  if (text.length > 160 || text.length < 4) return false;
  const words = text.split(/\s+/).length;
  if (words > 25) return false;
  if (/[.,;:]$/.test(text)) return false;
  if (BYLINE.test(text)) return false;
  return next.length > text.length || next.length >= 60;
}

function dateLine(text: string): { date: string; updated: boolean } | null {
  if (text.length > 90 || text.includes('\n')) return null;
  const updated = /^(updated|last updated|aktualisiert)/i.test(text);
  const rest = text.replace(DATE_LABEL, '');
  const date = parseHumanDate(rest);
  if (!date) return null;
  // Mostly a date: after removing the date-ish tokens little prose is left.
  const leftover = rest
    .replace(/\d+/g, ' ')
    .replace(/\b(am|pm|a\.m\.|p\.m\.|utc|gmt|[ecmp][sd]t|mez|mesz|uhr|on|at|um|am|the|of)\b/gi, ' ')
    .replace(/[\p{L}]{3,10}\.?/gu, (w) =>
      /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|mär|mai|okt|dez|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)/i.test(
        w,
      )
        ? ' '
        : w,
    )
    .replace(/[\s,.:|/–—-]+/g, '');
  return leftover.length <= 6 ? { date, updated } : null;
}

/** A byline or date line: metadata about the article rather than part of it. */
function isMetaLine(text: string): boolean {
  return (text.length < 120 && BYLINE.test(text)) || dateLine(text) !== null;
}

export function extractPlainText(raw: string): PlainTextExtraction {
  const source = raw.replace(/\r\n?/g, '\n');
  const spans = paragraphSpans(source);
  const texts = spans.map((s) => source.slice(s.start, s.end));
  const blocks: Block[] = [];
  const signals: PlainTextSignal[] = [];
  let title: string | null = null;
  let authors: string[] = [];
  let published: string | null = null;
  let modified: string | null = null;

  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const text = texts[i]!;
    if (
      i === 0 &&
      looksLikeHeadline(
        text,
        texts.slice(1, HEAD_BLOCKS).find((t) => !isMetaLine(t)),
      )
    ) {
      title = text.replace(/\s+/g, ' ').trim();
      blocks.push({ start: span.start, end: span.end, role: 'heading' });
      continue;
    }
    if (i < HEAD_BLOCKS && text.length < 120 && BYLINE.test(text) && authors.length === 0) {
      const names = splitAuthors(text.split('\n')[0]!);
      if (names.length > 0) {
        authors = names;
        signals.push({ kind: 'byline', value: names.join('; '), detail: text });
        continue;
      }
    }
    if (i < HEAD_BLOCKS) {
      const d = dateLine(text);
      if (d) {
        if (d.updated) modified = modified ?? d.date;
        else published = published ?? d.date;
        continue;
      }
    }
    if (signals.every((s) => s.kind !== 'dateline') && blocks.length <= 2) {
      const m = WIRE_DATELINE.exec(text);
      if (m) signals.push({ kind: 'dateline', value: m[1]!.trim(), detail: 'wire dateline' });
    }
    blocks.push({ start: span.start, end: span.end, role: 'paragraph' });
  }
  return { source, blocks, title, authors, published, modified, signals };
}
