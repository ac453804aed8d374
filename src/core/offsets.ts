/**
 * Maps offsets in the cleaned text back to the source text it was made from. Cleanup
 * records every edit here, so the UI can point from an annotation into the original.
 *
 * The map is a sorted list of anchors: runs copied unchanged map one-to-one; a
 * replaced run maps every offset inside it to the start of what it replaced.
 */
import { partitionPoint } from './span.js';

export interface OffsetMap {
  /** Offset in the source text for an offset (0..length) in the cleaned text. */
  toSource(cleanOffset: number): number;
}

interface Run {
  readonly cleanStart: number;
  readonly sourceStart: number;
  readonly length: number;
  /** Copied runs map linearly; replaced runs map to their source start. */
  readonly copied: boolean;
  readonly sourceLength: number;
}

export class OffsetMapBuilder {
  private readonly runs: Run[] = [];
  private cleanLength = 0;

  /** The next `length` characters of output are copied from `sourceStart`. */
  copy(sourceStart: number, length: number): this {
    if (length <= 0) return this;
    const last = this.runs.at(-1);
    if (last?.copied && last.sourceStart + last.length === sourceStart) {
      this.runs[this.runs.length - 1] = {
        ...last,
        length: last.length + length,
        sourceLength: last.sourceLength + length,
      };
    } else {
      this.runs.push({
        cleanStart: this.cleanLength,
        sourceStart,
        length,
        copied: true,
        sourceLength: length,
      });
    }
    this.cleanLength += length;
    return this;
  }

  /** The next `length` characters of output replace `sourceLength` characters at `sourceStart`. */
  replace(sourceStart: number, sourceLength: number, length: number): this {
    this.runs.push({ cleanStart: this.cleanLength, sourceStart, length, copied: false, sourceLength });
    this.cleanLength += length;
    return this;
  }

  get length(): number {
    return this.cleanLength;
  }

  build(): OffsetMap {
    const runs = this.runs.slice();
    const total = this.cleanLength;
    return {
      toSource(cleanOffset: number): number {
        if (runs.length === 0) return cleanOffset;
        const offset = Math.max(0, Math.min(cleanOffset, total));
        // The last run starting at or before the offset.
        const last = partitionPoint(runs.length, (i) => runs[i]!.cleanStart <= offset) - 1;
        const run = runs[Math.max(0, last)]!;
        const within = offset - run.cleanStart;
        if (run.copied) return run.sourceStart + within;
        return within >= run.length ? run.sourceStart + run.sourceLength : run.sourceStart;
      },
    };
  }
}

/** The map of a text that was not changed at all. */
export const IDENTITY_OFFSETS: OffsetMap = { toSource: (offset) => offset };

/**
 * The other direction of an {@link OffsetMap}: source offsets to cleaned-text offsets,
 * for spans someone marked on the source text (gold annotations of a corpus). A span
 * start goes to the first cleaned offset at or after it, a span end to the last cleaned
 * offset at or before it, so a span over text that cleanup copied maps exactly and one
 * whose edge sits in collapsed whitespace shrinks to the text it covers.
 */
export interface SourceToClean {
  start(sourceOffset: number): number;
  end(sourceOffset: number): number;
}

export function sourceToClean(map: OffsetMap, cleanLength: number): SourceToClean {
  // toSource is monotone, so one table of it answers both directions by binary search.
  const table = new Int32Array(cleanLength + 1);
  for (let c = 0; c <= cleanLength; c++) table[c] = map.toSource(c);
  return {
    // The first clean offset mapping at or after `s`.
    start: (s) => partitionPoint(cleanLength, (c) => table[c]! < s),
    // The last clean offset mapping at or before `e`.
    end: (e) => Math.max(0, partitionPoint(cleanLength + 1, (c) => table[c]! <= e) - 1),
  };
}
