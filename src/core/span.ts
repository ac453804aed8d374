/**
 * Spans are half-open `[start, end)` ranges of UTF-16 code units (JavaScript string
 * indices) into a document's cleaned text. Every annotation layer is built from them,
 * so substrings are always derived from the text, never stored as the source of truth.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function spanLength(span: Span): number {
  return span.end - span.start;
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when `span` is a well-formed, non-empty range inside a text of `length`. */
export function isValidSpan(span: Span, length: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start < span.end &&
    span.end <= length
  );
}

export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Index of the first span in `sorted` (ordered by start, non-overlapping) that ends
 * after `offset`; `sorted.length` when none does. Binary search: layers can be long.
 */
export function firstSpanEndingAfter(sorted: readonly Span[], offset: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i]!.end <= offset);
}

/**
 * Index of the last span in `sorted` (ordered by start) that starts at or before
 * `offset` — the one containing it, for a tiling layer such as sentences; 0 when none does.
 */
export function lastSpanStartingBy(sorted: readonly Span[], offset: number): number {
  return Math.max(0, partitionPoint(sorted.length, (i) => sorted[i]!.start <= offset) - 1);
}

/**
 * The first index in `[0, length)` for which `before` is false, `length` when there is
 * none; `before` must hold for a prefix of the indices and for none after it. The one
 * binary search the layers' lookups share.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans of `sorted` (non-overlapping, ordered) that overlap `range`. */
export function spansWithin<T extends Span>(sorted: readonly T[], range: Span): T[] {
  const out: T[] = [];
  for (let i = firstSpanEndingAfter(sorted, range.start); i < sorted.length; i++) {
    const s = sorted[i]!;
    if (s.start >= range.end) break;
    out.push(s);
  }
  return out;
}
