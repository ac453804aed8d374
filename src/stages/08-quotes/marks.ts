/**
 * Finding quoted stretches of text from quotation marks, as they really occur in news
 * copy: curly and straight, double and single, mis-oriented curly marks and lost
 * closing marks from scrapers, and the continuing-paragraph convention (a paragraph
 * that ends inside a quotation and a next paragraph that opens with a mark again).
 * One linear pass over the marks; direction comes from the characters around a mark
 * first and from its glyph second, because scraped copy often has the wrong glyph.
 */
import type { Paragraph } from '../../core/annotations.js';
import { isSpaceAt } from './quote-units.js';

/** A stretch between an opening and a closing mark (marks included in the span). */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  readonly start: number;
  /** Offset just after the closing mark (or the end of the text where the quote stops). */
  readonly end: number;
  /** The quoted words: after the opening mark, before the closing mark. */
  readonly innerStart: number;
  readonly innerEnd: number;
  /** False when no closing mark was found and the end was inferred. */
  readonly closed: boolean;
  /** Paragraph indices the quote starts and ends in. */
  readonly firstParagraph: number;
  readonly lastParagraph: number;
  readonly single: boolean;
}

const DOUBLE_OPEN = new Set(['“', '„', '«', '‟']);
const DOUBLE_CLOSE = new Set(['”', '»']);
/** Every quotation mark, double (`["“„«‟”»]`) or single (`['‘’‚]`): the text is scanned once for both. */
const ANY_MARK = /["“„«‟”»'‘’‚]/g;
const SINGLE_MARKS: ReadonlySet<string> = new Set(["'", '‘', '’', '‚']);

/** Offsets of the double and of the single quotation marks of `text`, in order. */
function markOffsets(text: string): { doubles: number[]; singles: number[] } {
  const doubles: number[] = [];
  const singles: number[] = [];
  ANY_MARK.lastIndex = 0;
  for (let m = ANY_MARK.exec(text); m; m = ANY_MARK.exec(text))
    (SINGLE_MARKS.has(m[0]) ? singles : doubles).push(m.index);
  return { doubles, singles };
}
const SPACE_OR_OPENER = /[\s([{—–\-/]/;
const CLOSER_FOLLOW = /[\s.,;:!?)\]}—–\-…]/;
/** {@link SPACE_OR_OPENER} but its spaces. */
const OPENER_PUNCTUATION: ReadonlySet<string> = new Set(['(', '[', '{', '—', '–', '-', '/']);
/** {@link CLOSER_FOLLOW} but its spaces. */
const CLOSER_PUNCTUATION: ReadonlySet<string> = new Set([
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '}',
  '—',
  '–',
  '-',
  '…',
]);

export type Direction = 'open' | 'close' | 'either';

/** `, said NAME` / `, NAME said` / `, she said` inside a quotation that lost its closer. */
const LOST_BEFORE_ATTRIBUTION =
  /,(['’]?)\s+(?:(?:said|says|added|told|asked|explained|insisted|warned|replied|wrote)\s+(?:\p{Lu}|the\s|a\s|an\s|one\s)|(?:he|she|they|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:said|says|added|told|asked|explained|insisted|warned|replied|wrote)\b)/u;

/** Which way the mark at `i` faces, from its neighbours first and its glyph second (exported for its test). */
export function directionAt(text: string, i: number, glyphOpen: boolean, glyphClose: boolean): Direction {
  const prev = i > 0 ? text[i - 1]! : ' ';
  const next = i + 1 < text.length ? text[i + 1]! : ' ';
  // The characters on either side, read once each (the text's edges count as spaces):
  // {@link SPACE_OR_OPENER} and {@link CLOSER_FOLLOW} are a space or one of these sets.
  const spaceBefore = i === 0 || isSpaceAt(text, i - 1);
  const spaceAfter = i + 1 >= text.length || isSpaceAt(text, i + 1);
  const leftFlank =
    !spaceAfter && (spaceBefore || OPENER_PUNCTUATION.has(prev) || DOUBLE_OPEN.has(prev) || prev === '"');
  const rightFlank =
    !spaceBefore && (spaceAfter || CLOSER_PUNCTUATION.has(next) || DOUBLE_CLOSE.has(next) || next === '"');
  if (leftFlank && !rightFlank) return 'open';
  if (rightFlank && !leftFlank) return 'close';
  if (glyphOpen) return 'open';
  if (glyphClose) return 'close';
  return 'either';
}

interface Mark {
  readonly at: number;
  readonly dir: Direction;
  readonly paragraph: number;
}

function paragraphIndexer(paragraphs: readonly Paragraph[]): (offset: number) => number {
  let p = 0;
  // Marks arrive in increasing order, so a moving pointer suffices (linear overall).
  return (offset) => {
    while (p + 1 < paragraphs.length && paragraphs[p]!.end <= offset) p++;
    return p;
  };
}

function doubleMarks(text: string, paragraphs: readonly Paragraph[], offsets: readonly number[]): Mark[] {
  const marks: Mark[] = [];
  const paragraphOf = paragraphIndexer(paragraphs);
  for (const i of offsets) {
    const c = text[i]!;
    marks.push({
      at: i,
      dir: directionAt(text, i, DOUBLE_OPEN.has(c), DOUBLE_CLOSE.has(c)),
      paragraph: paragraphOf(i),
    });
  }
  return marks;
}

/**
 * Single quotation marks are also apostrophes, so only a clear opener (after a space
 * or an opening double mark, before a letter) followed by a clear closer in the same
 * paragraph counts. Apostrophes inside words never qualify.
 */
function singleQuoted(
  text: string,
  paragraphs: readonly Paragraph[],
  marks: readonly number[],
): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  // `marks`: every single mark once, in order (searching from each paragraph's start
  // would scan on to the next apostrophe however far it is: quadratic in the paragraphs).
  let k = 0;
  // A quotation continued from earlier paragraphs (single-quote continuing convention).
  let carry: { start: number; paragraph: number } | null = null;
  paragraphs.forEach((p, index) => {
    let openAt = -1;
    const continued = carry;
    carry = null;
    while (k < marks.length && marks[k]! < p.start) k++;
    for (; k < marks.length && marks[k]! < p.end; k++) {
      const i = marks[k]!;
      const c = text[i]!;
      const prev = i > p.start ? text[i - 1]! : ' ';
      const next = i + 1 < p.end ? text[i + 1]! : ' ';
      const opener =
        (SPACE_OR_OPENER.test(prev) || DOUBLE_OPEN.has(prev) || prev === '"') && /[\p{L}\p{N}]/u.test(next);
      const closer =
        /[\p{L}\p{N}.,!?…]/u.test(prev) &&
        (CLOSER_FOLLOW.test(next) || next === '"' || DOUBLE_CLOSE.has(next));
      if (openAt < 0 && opener && c !== '’') openAt = i;
      else if (
        openAt >= 0 &&
        closer &&
        c !== '‘' &&
        !(prev === 's' && /\s/.test(next) && text.slice(openAt, i).split(/\s+/).length > 12)
      ) {
        const from = continued && openAt === p.start ? continued : { start: openAt, paragraph: index };
        out.push({
          start: from.start,
          end: i + 1,
          innerStart: from.start + 1,
          innerEnd: i,
          closed: true,
          firstParagraph: from.paragraph,
          lastParagraph: index,
          single: true,
        });
        openAt = -1;
      }
    }
    // `‘We sold forty percent …` with no closer, and the next paragraph opening with a
    // single mark again: the continuing-paragraph convention, in single quotes.
    if (openAt === p.start) {
      const from = continued ?? { start: openAt, paragraph: index };
      const following = paragraphs[index + 1];
      if (following && /^['‘][\p{L}\p{N}]/u.test(text.slice(following.start, following.start + 2)))
        carry = from;
      else if (continued) {
        const end = trimEnd(text, p.end, from.start + 1);
        out.push({
          start: from.start,
          end,
          innerStart: from.start + 1,
          innerEnd: end,
          closed: false,
          firstParagraph: from.paragraph,
          lastParagraph: index,
          single: true,
        });
      }
    }
  });
  return out;
}

function wordCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text[i] === ' ') n++;
  return n + 1;
}

function trimEnd(text: string, end: number, floor: number): number {
  let e = end;
  while (e > floor && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/**
 * All quoted stretches of the text, in order. Double-quoted stretches win; single
 * quotes count only outside them (inside, they are nested quotations).
 */
export function findQuotedSpans(text: string, paragraphs: readonly Paragraph[]): QuotedSpan[] {
  const offsets = markOffsets(text);
  const marks = doubleMarks(text, paragraphs, offsets.doubles);
  const out: QuotedSpan[] = [];
  let open: Mark | null = null;
  const closeAt = (o: Mark, endMark: number | null, stopAt: number, lastParagraph: number) => {
    let innerEnd = endMark ?? trimEnd(text, stopAt, o.at + 1);
    let end = endMark === null ? innerEnd : endMark + 1;
    if (endMark === null) {
      // `"The water came up fast, said Franz Huber, who …`: the closer lost before a
      // comma and an attribution; the quotation stops at the comma. `"We will not rest,'
      // said NAME`: a single mark there closes it (the wrong glyph), and ends its span.
      const lost = LOST_BEFORE_ATTRIBUTION.exec(text.slice(o.at + 1, innerEnd));
      if (lost) {
        innerEnd = o.at + 1 + lost.index + 1;
        end = innerEnd + lost[1]!.length;
      }
    }
    if (innerEnd <= o.at + 1) return;
    out.push({
      start: o.at,
      end,
      innerStart: o.at + 1,
      innerEnd,
      closed: endMark !== null,
      firstParagraph: o.paragraph,
      lastParagraph,
      single: false,
    });
  };
  let lastParagraphOfOpen = -1;
  let nested = 0;
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    // `""This sends a signal,"`: a doubled opening mark is one.
    if (open && open.at === m.at - 1 && m.dir === 'open') continue;
    if (open && m.paragraph !== lastParagraphOfOpen) {
      // Crossing into a new paragraph with a quotation still open: the continuing-
      // paragraph convention when this paragraph opens with a mark, else a lost closer.
      const para = paragraphs[m.paragraph]!;
      const continues = m.dir !== 'close' && m.at === para.start && m.paragraph === lastParagraphOfOpen + 1;
      if (continues) {
        lastParagraphOfOpen = m.paragraph;
        continue;
      }
      closeAt(open, null, paragraphs[lastParagraphOfOpen]!.end, lastParagraphOfOpen);
      open = null;
      nested = 0;
    }
    const dir: Direction = m.dir === 'either' ? (open ? 'close' : 'open') : m.dir;
    if (dir === 'open') {
      if (open) {
        // An opener inside an open quotation: a nested quotation when no sentence ends
        // in between, else the earlier quotation lost its closing mark.
        const between = text.slice(open.at + 1, m.at);
        // (A sentence end right before the opener counts: `… by the quay. "We lost …`.)
        if (nested === 0 && !/[.?!…]["”’]?\s+(?:\S|$)/u.test(between)) {
          nested = 1;
          continue;
        }
        const stop = /^(.*[.?!…])\s+/su.exec(between);
        closeAt(open, null, stop ? open.at + 1 + stop[1]!.length : m.at, lastParagraphOfOpen);
        nested = 0;
      }
      open = m;
      lastParagraphOfOpen = m.paragraph;
    } else if (open) {
      if (nested > 0) {
        nested--;
        continue;
      }
      closeAt(open, m.at, m.at, m.paragraph);
      open = null;
    } else if (k === 0 || marks[k - 1]!.paragraph !== m.paragraph) {
      // `We have 40,000 residents …," Šuta said.`: the first mark of a paragraph closes a
      // quotation after words, with nothing open — the opening mark was lost (or is a
      // single one): the quotation runs from the paragraph's start.
      const para = paragraphs[m.paragraph]!;
      const opener = singleOpenerBefore(text, para.start, m.at);
      let from = opener ?? para.start;
      while (from < m.at && /[\s'‘]/u.test(text[from]!)) from++;
      if (/[,.?!…]/u.test(text[m.at - 1] ?? '') && wordCount(text, from, m.at) >= 3)
        out.push({
          start: opener ?? from,
          end: m.at + 1,
          innerStart: from,
          innerEnd: m.at,
          closed: true,
          firstParagraph: m.paragraph,
          lastParagraph: m.paragraph,
          single: false,
        });
    }
    // Any other closer with nothing open is a stray mark; it opens nothing.
  }
  if (open) {
    closeAt(open, null, paragraphs[lastParagraphOfOpen]?.end ?? text.length, lastParagraphOfOpen);
  }
  const singles = singleQuoted(text, paragraphs, offsets.singles).filter(
    (s) =>
      !out.some((d) => d.start <= s.start && s.end <= d.end) &&
      !out.some((d) => s.start <= d.start && d.end <= s.end),
  );
  // The sort is stable: a list already in order (no single quotations, the usual case)
  // comes out as it went in, so it is not sorted again.
  if (singles.length === 0 && inStartOrder(out)) return out;
  return out.concat(singles).sort((a, b) => a.start - b.start);
}

/** A single mark opening a sentence: `said …. 'The country has …`. */
const SENTENCE_SINGLE_OPENER = /(?:^|[.?!:]\s+)['‘](?=\p{L})/gu;

/**
 * `Gandhi said voters had spoken. 'The country has said: …," he told reporters.`: a
 * closer with nothing open, after a single mark that opens a sentence of its paragraph —
 * the quotation opened with the wrong glyph and runs from that mark, not from the
 * paragraph's start. The last such mark before the closer (offset of the mark), or null.
 */
function singleOpenerBefore(text: string, from: number, to: number): number | null {
  const lead = text.slice(from, to);
  let at: number | null = null;
  SENTENCE_SINGLE_OPENER.lastIndex = 0;
  for (let m = SENTENCE_SINGLE_OPENER.exec(lead); m; m = SENTENCE_SINGLE_OPENER.exec(lead))
    at = from + m.index + m[0].length - 1;
  return at;
}

/** Are the spans' starts non-decreasing? */
function inStartOrder(spans: readonly QuotedSpan[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.start) return false;
  return true;
}
