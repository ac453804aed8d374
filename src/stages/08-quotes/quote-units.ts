/**
 * A unit of quotations (one quotation, or several joined by a short attribution) and the
 * cheap reads of a quotation's inner text that every part of extraction makes: its last
 * character, whether it ends in punctuation or before a sentence end, its words. Separate so
 * the frame, scare-quote and contextual-speaker modules share them without importing the
 * assembly in extract.ts.
 */
import type { QuoteKind } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import type { CueMatch } from './cues.js';
import type { QuotedSpan } from './marks.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

/** An attribution found beside a quotation. */
export interface Frame {
  readonly cue: CueMatch;
  readonly phrase: SpeakerPhrase | null;
  /** Whether the cue stands before the quotation (`Berg said: “…”`). */
  readonly before: boolean;
  /** Text between the cue and the quotation is a clause: the quotation is partial. */
  readonly embedded: boolean;
}

/**
 * Is `s[from, to)` only spaces and the punctuation `,;:—–-` (what `/^[\s,;:—–-]*$/u` tests
 * on the slice)? Read by code, without the slice: the frames test the gap before each cue.
 */
export function onlyPunctuation(s: string, from = 0, to = s.length): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013 || c === 45) continue;
    if (!isSpaceAt(s, i)) return false;
  }
  return true;
}

export interface Unit {
  readonly parts: QuotedSpan[];
  frame: Frame | null;
  kind: QuoteKind;
  span: Span;
  /** Attributed by a neighbour, not by a cue of its own. */
  contextual: boolean;
}

/** Characters that end a sentence, and those that leave a quotation open to its next part. */
export const SENTENCE_END: ReadonlySet<number> = new Set([46, 63, 33]);
export const JOINING_END: ReadonlySet<number> = new Set([44, 0x2014, 0x2013, 0x2026, 45]);

/**
 * The last character of a quotation's words (after trailing spaces and, with
 * `pastMarks`, closing marks left inside), or -1 when it holds only spaces: the test
 * `/[…]$/` on its trimmed inner text needs no string.
 */
export function lastInnerCode(text: string, q: QuotedSpan, pastMarks = false): number {
  let i = q.innerEnd - 1;
  while (i >= q.innerStart && isSpaceAt(text, i)) i--;
  if (pastMarks) while (i >= q.innerStart && /["”’]/u.test(text[i]!)) i--;
  return i >= q.innerStart ? text.charCodeAt(i) : -1;
}

/**
 * Where `s` ends without its sentence end (spaces, one of `.?!`, closing marks, spaces):
 * the length of what `/^(.*?)[\s]*[.?!]?["”’]*\s*$/su` captures, read backwards with no
 * pattern (the lazy one retried its tail from every position).
 */
export function beforeSentenceEnd(s: string): number {
  let i = s.length;
  while (i > 0 && isSpaceAt(s, i - 1)) i--;
  while (i > 0 && isClosingMarkCode(s.charCodeAt(i - 1))) i--;
  const c = s.charCodeAt(i - 1);
  if (i > 0 && (c === 46 || c === 63 || c === 33)) i--;
  while (i > 0 && isSpaceAt(s, i - 1)) i--;
  return i;
}

/** `["”’]` */
function isClosingMarkCode(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x2019;
}

export function innerText(text: string, q: QuotedSpan): string {
  return text.slice(q.innerStart, q.innerEnd).trim();
}

/**
 * Does `s` end in . ? ! or … (or a comma too, with `comma`)? The test
 * /[.?!…]$/u (/[.?!,…]$/u) read from the last code unit: the pattern would try every start.
 */
export function endsInPunctuation(s: string, comma: boolean): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c === 46 || c === 63 || c === 33 || c === 0x2026 || (comma && c === 44);
}

/** `\s` at `s[i]` (ASCII answered without a pattern). */
export function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/u.test(s[i]!);
}
