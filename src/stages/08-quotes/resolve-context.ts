/**
 * What every speaker resolver shares: the context of one document (`ResolveContext`,
 * the paragraph's speaker turns), the `Resolved` answer and how a referent becomes one, and
 * the position helpers over sorted occurrences (`countBefore`, `insideQuote`). Separate so
 * the pronoun, description and organisation resolvers need not import one another.
 */
import type { Speaker } from '../../core/annotations.js';
import { partitionPoint, type Span } from '../../core/span.js';
import type { Referent, ReferentIndex } from './referents.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

/** A speaker already attributed, for the "current speaker" of a paragraph. */
export interface SpeakerTurn {
  readonly at: number;
  readonly paragraph: number;
  /** The paragraph the quote ends in (a quotation may run over several). */
  readonly lastParagraph?: number;
  readonly speaker: Speaker;
  readonly referent: Referent | null;
}

export interface ResolveContext {
  readonly text: string;
  readonly index: ReferentIndex;
  /** Quotation spans: mentions inside them are not candidate antecedents. */
  readonly quoted: readonly Span[];
  readonly paragraphOf: (offset: number) => number;
  readonly turns: readonly SpeakerTurn[];
}

export interface Resolved {
  readonly speaker: Speaker;
  readonly referent: Referent | null;
  /** How sure the resolution is, multiplied into the quote's confidence. */
  readonly certainty: number;
}

export const OPENING_MARKS: ReadonlySet<string> = new Set(['"', '“', '«', '„']);

/**
 * How many of `list` (ordered by start) start before `at`: a loop backwards from `at`
 * that skips every one starting at or after it may start at the one before this.
 */
export function countBefore(list: readonly Span[], at: number): number {
  return partitionPoint(list.length, (i) => list[i]!.start < at);
}

/** True when `at` lies inside one of the quotations. */
export function insideQuote(quoted: readonly Span[], at: number): boolean {
  // Quotes are few per article; a linear scan is cheaper than an index here.
  for (const q of quoted) if (q.start <= at && at < q.end) return true;
  return false;
}

function fromReferent(r: Referent, mention: Span): Speaker {
  return { name: r.name, entityId: r.entityId, mention: { start: mention.start, end: mention.end } };
}

/** The speaker named by `mention` of referent `r`, with how sure the rule that found it is. */
export function resolvedAs(r: Referent, mention: Span, certainty: number): Resolved {
  return { speaker: fromReferent(r, mention), referent: r, certainty };
}

/**
 * `s` with every run of spaces made one space and none at either end:
 * `s.replace(/\s+/g, ' ').trim()`, which most phrases already are — they are returned as
 * they are, after one pass over their char codes, with no pattern run.
 */
export function singleSpaced(s: string): string {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    // Any \s other than a lone inner space (a tab, a newline, U+00A0, a space at an end or
    // after another) takes the pattern.
    if (c === 32) {
      if (i === 0 || i === n - 1 || s.charCodeAt(i - 1) === 32) return s.replace(/\s+/g, ' ').trim();
    } else if ((c >= 9 && c <= 13) || (c >= 128 && /\s/.test(s[i]!))) return s.replace(/\s+/g, ' ').trim();
  }
  return s;
}

export function lastTurnIn(
  context: ResolveContext,
  paragraph: number,
  before: number,
): SpeakerTurn | undefined {
  for (let i = context.turns.length - 1; i >= 0; i--) {
    const t = context.turns[i]!;
    if (t.at < before && t.paragraph === paragraph) return t;
    if (t.paragraph < paragraph) return undefined;
  }
  return undefined;
}

/**
 * A sentence's end (a full stop, question or exclamation mark, perhaps a closing mark, then
 * a capital or an opening mark: "1 a.m. on Friday" goes on) or a line break.
 */
export const SENTENCE_BREAK = /[.!?][”"’]?\s+(?=[\p{Lu}“"‘])|\n/u;

/** The last speaker turn before the phrase, when it is in the phrase's paragraph or the one before. */
export function lastTurnNear(phrase: SpeakerPhrase, context: ResolveContext): SpeakerTurn | undefined {
  const t = context.turns.findLast((x) => x.at < phrase.start);
  return t && t.paragraph >= context.paragraphOf(phrase.start) - 1 ? t : undefined;
}

/** The word right after `at` (after spaces), or ''. */
export function wordAfter(text: string, at: number): string {
  return /^\s+([\p{L}-]+)/u.exec(text.slice(at, at + 30))?.[1] ?? '';
}
