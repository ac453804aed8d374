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

/**
 * The source map as runs: `length` code units that are a copy of the source from
 * `srcStart` (`copied` 1), or that stand for the source range `[srcStart, srcEnd)`.
 * Normalisation produces this compact form; most paragraphs are never edited after it, so
 * the per-code-unit arrays are only built when an edit needs them.
 */
export interface SourceRuns {
  readonly srcStart: number[];
  readonly srcEnd: number[];
  readonly length: number[];
  readonly copied: number[];
}

interface PerUnit {
  readonly srcStart: Int32Array;
  readonly srcEnd: Int32Array;
  readonly copied: Uint8Array;
}

export class MappedText {
  private units: PerUnit | null;

  /**
   * @param text the current string
   * @param map either per-code-unit arrays — source offset each unit stands for, end of
   *   its source range, 1 where it is an unchanged copy — or {@link SourceRuns}
   */
  constructor(
    readonly text: string,
    map: PerUnit | SourceRuns,
  ) {
    if ('length' in map && Array.isArray(map.length)) {
      this.runs = map as SourceRuns;
      this.units = null;
    } else {
      this.runs = null;
      this.units = map as PerUnit;
    }
  }

  private readonly runs: SourceRuns | null;

  get length(): number {
    return this.text.length;
  }

  /** Per-code-unit arrays, built from the runs on first use. */
  private perUnit(): PerUnit {
    if (this.units) return this.units;
    const runs = this.runs!;
    const n = this.text.length;
    const srcStart = new Int32Array(n);
    const srcEnd = new Int32Array(n);
    const copied = new Uint8Array(n);
    let k = 0;
    for (let r = 0; r < runs.length.length; r++) {
      const length = runs.length[r]!;
      const start = runs.srcStart[r]!;
      if (runs.copied[r]) {
        for (let j = 0; j < length; j++, k++) {
          srcStart[k] = start + j;
          srcEnd[k] = start + j + 1;
        }
        copied.fill(1, k - length, k);
      } else {
        srcStart.fill(start, k, k + length);
        srcEnd.fill(runs.srcEnd[r]!, k, k + length);
        k += length;
      }
    }
    this.units = { srcStart, srcEnd, copied };
    return this.units;
  }

  get srcStart(): Int32Array {
    return this.perUnit().srcStart;
  }

  get srcEnd(): Int32Array {
    return this.perUnit().srcEnd;
  }

  get copied(): Uint8Array {
    return this.perUnit().copied;
  }

  /** Source offset of the first code unit. */
  firstSource(): number {
    if (this.runs && !this.units) return this.runs.srcStart[0] ?? 0;
    return this.srcStart[0] ?? 0;
  }

  /** End of the source range of the last code unit. */
  lastSourceEnd(): number {
    if (this.runs && !this.units) {
      const r = this.runs.length.length - 1;
      if (r < 0) return 0;
      return this.runs.copied[r] ? this.runs.srcStart[r]! + this.runs.length[r]! : this.runs.srcEnd[r]!;
    }
    return this.srcEnd[this.text.length - 1] ?? 0;
  }

  /**
   * Applies sorted, non-overlapping edits. Inserted text stands for the source range of
   * what it replaced (an empty range at the insertion point for pure insertions).
   */
  applyEdits(edits: readonly Edit[]): MappedText {
    if (edits.length === 0) return this;
    const { srcStart: oldStart, srcEnd: oldEnd, copied: oldCopied } = this.perUnit();
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
        srcStart.set(oldStart.subarray(read, e.start), write);
        srcEnd.set(oldEnd.subarray(read, e.start), write);
        copied.set(oldCopied.subarray(read, e.start), write);
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
      srcStart.set(oldStart.subarray(read), write);
      srcEnd.set(oldEnd.subarray(read), write);
      copied.set(oldCopied.subarray(read), write);
      parts.push(this.text.slice(read));
    }
    return new MappedText(parts.join(''), { srcStart, srcEnd, copied });
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
    if (this.runs && !this.units) {
      const runs = this.runs;
      for (let r = 0; r < runs.length.length; r++) {
        const start = runs.srcStart[r]!;
        if (runs.copied[r]) builder.copy(start, runs.length[r]!);
        else builder.replace(start, runs.srcEnd[r]! - start, runs.length[r]!);
      }
      return;
    }
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
 * Sorts edits by position and drops those that overlap one kept before: the earliest
 * start wins, at the same start the shorter edit, then the one listed first. Of several
 * insertions at one point only the first is kept (they are the same repair found twice).
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
