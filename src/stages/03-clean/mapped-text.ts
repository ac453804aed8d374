/**
 * A string that remembers, for every UTF-16 code unit, which range of the source text it
 * came from. Cleanup works in passes (character normalisation, then artifact repair);
 * each pass rewrites the string through {@link applyEdits} and the source ranges travel
 * along, so the final text can emit an exact cleaned→source {@link OffsetMapBuilder} map
 * without composing maps pass by pass.
 */
import type { OffsetMapBuilder } from '../../core/offsets.js';

/** One edit of a pass: replace `[start, end)` of the current text with `text`. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export class MappedText {
  /**
   * @param text the current string
   * @param srcStart source offset each code unit stands for
   * @param srcEnd end of the source range each code unit stands for
   * @param copied 1 where the code unit is an unchanged copy of `source[srcStart]`
   */
  constructor(
    readonly text: string,
    readonly srcStart: Int32Array,
    readonly srcEnd: Int32Array,
    readonly copied: Uint8Array,
  ) {}

  get length(): number {
    return this.text.length;
  }

  /**
   * Applies sorted, non-overlapping edits. Inserted text stands for the source range of
   * what it replaced (an empty range at the insertion point for pure insertions).
   */
  applyEdits(edits: readonly Edit[]): MappedText {
    if (edits.length === 0) return this;
    let newLength = this.text.length;
    for (const e of edits) newLength += e.text.length - (e.end - e.start);
    const srcStart = new Int32Array(newLength);
    const srcEnd = new Int32Array(newLength);
    const copied = new Uint8Array(newLength);
    const parts: string[] = [];
    let read = 0;
    let write = 0;
    for (const e of edits) {
      const keep = e.start - read;
      if (keep > 0) {
        srcStart.set(this.srcStart.subarray(read, e.start), write);
        srcEnd.set(this.srcEnd.subarray(read, e.start), write);
        copied.set(this.copied.subarray(read, e.start), write);
        parts.push(this.text.slice(read, e.start));
        write += keep;
      }
      if (e.text.length > 0) {
        const [a, b] = this.sourceRange(e.start, e.end);
        srcStart.fill(a, write, write + e.text.length);
        srcEnd.fill(b, write, write + e.text.length);
        parts.push(e.text);
        write += e.text.length;
      }
      read = e.end;
    }
    if (read < this.text.length) {
      srcStart.set(this.srcStart.subarray(read), write);
      srcEnd.set(this.srcEnd.subarray(read), write);
      copied.set(this.copied.subarray(read), write);
      parts.push(this.text.slice(read));
    }
    return new MappedText(parts.join(''), srcStart, srcEnd, copied);
  }

  /** Source range covered by `[start, end)`; for an empty range, the point before `start`. */
  sourceRange(start: number, end: number): [number, number] {
    if (end > start) return [this.srcStart[start]!, this.srcEnd[end - 1]!];
    if (start > 0) {
      const p = this.srcEnd[start - 1]!;
      return [p, p];
    }
    const p = this.srcStart[0] ?? 0;
    return [p, p];
  }

  /** Appends this text's runs to a document-wide offset map. */
  appendTo(builder: OffsetMapBuilder): void {
    const n = this.text.length;
    let i = 0;
    while (i < n) {
      let j = i + 1;
      if (this.copied[i]) {
        while (j < n && this.copied[j] && this.srcStart[j] === this.srcStart[j - 1]! + 1) j++;
        builder.copy(this.srcStart[i]!, j - i);
      } else {
        while (
          j < n &&
          !this.copied[j] &&
          this.srcStart[j] === this.srcStart[i] &&
          this.srcEnd[j] === this.srcEnd[i]
        )
          j++;
        builder.replace(this.srcStart[i]!, this.srcEnd[i]! - this.srcStart[i]!, j - i);
      }
      i = j;
    }
  }
}

/**
 * Keeps the edits that do not overlap an earlier-starting one (ties: first listed wins),
 * sorted by position. Two insertions at the same point are merged in order.
 */
export function resolveEdits<E extends Edit>(edits: E[]): E[] {
  if (edits.length <= 1) return edits;
  const sorted = edits
    .map((e, index) => ({ e, index }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.index - b.index);
  const out: E[] = [];
  let lastEnd = -1;
  for (const { e } of sorted) {
    const prev = out.at(-1);
    if (prev && e.start === e.end && prev.start === prev.end && prev.start === e.start) continue;
    if (e.start < lastEnd || (prev && e.start === prev.start && prev.end > prev.start)) continue;
    out.push(e);
    lastEnd = Math.max(lastEnd, e.end);
  }
  return out;
}
