/**
 * cleanText: source text + blocks in, cleaned body out. Lines are classified for scraper
 * debris, the kept lines are grouped into paragraphs, each paragraph is normalised
 * (Unicode, whitespace) and its spacing artifacts repaired, and the paragraphs are
 * joined with blank lines. Every character of the result maps back to the source.
 */
import type { Block, BlockRole, Paragraph, ProvenanceSignal, Removed } from '../../core/annotations.js';
import { CopydeskError } from '../../core/errors.js';
import { type OffsetMap, OffsetMapBuilder } from '../../core/offsets.js';
import type { Span } from '../../core/span.js';
import { type ArtifactRule, findArtifacts } from './artifacts.js';
import { CREDIT_HINT } from './credit.js';
import { classifyLine, findCaptions, type LineVerdict, type SourceLine } from './debris.js';
import { type MappedText, resolveEdits } from './mapped-text.js';
import { normaliseRanges } from './normalise.js';

const BY = 'clean';
const PARAGRAPH_SEPARATOR = '\n\n';

export interface CleanOptions {
  /** Remove scraper debris (default true). When false, debris stays in the text. */
  readonly removeDebris?: boolean;
  /** Repair machine-translation spacing artifacts (default true). */
  readonly repairArtifacts?: boolean;
}

export interface CleanResult {
  readonly text: string;
  readonly offsets: OffsetMap;
  readonly paragraphs: Paragraph[];
  readonly removed: Removed[];
  readonly signals: ProvenanceSignal[];
  /**
   * How many repairs of each kind were made. Not emitted as signals: the provenance
   * stage reads translation artifacts from the source text itself.
   */
  readonly repairs: ReadonlyMap<ArtifactRule, number>;
}

/** Spaces and invisible characters, trimmed from the ends of lines. */
function isLineSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0xad ||
    (c >= 0x200b && c <= 0x200f) ||
    c === 0x2060 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x200b ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** The non-blank lines of `[start, end)`, trimmed. */
function linesOf(source: string, start: number, end: number, block: number, role: BlockRole): SourceLine[] {
  const out: SourceLine[] = [];
  let i = start;
  while (i < end) {
    let j = i;
    while (j < end && !isLineBreak(source.charCodeAt(j))) j++;
    let a = i;
    let b = j;
    while (a < b && isLineSpace(source.charCodeAt(a))) a++;
    while (b > a && isLineSpace(source.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b, block, role });
    i = j + 1;
  }
  return out;
}

const TERMINAL = /[.!?:;,"”’)…]$/u;

/**
 * Whether a block's lines are one paragraph hard-wrapped at a fixed width (join them)
 * rather than one paragraph or heading per line (keep them apart): wrapped lines are
 * long and mostly end mid-sentence.
 */
function isHardWrapped(source: string, lines: readonly SourceLine[]): boolean {
  if (lines.length < 2) return false;
  let open = 0;
  for (let k = 0; k < lines.length - 1; k++) {
    const line = lines[k]!;
    if (line.end - line.start < 30) return false;
    // A line ending in a photo credit or a link is complete, as if it ended in a stop.
    const tail = source.slice(Math.max(line.start, line.end - 60), line.end);
    if (!TERMINAL.test(tail.slice(-1)) && !CREDIT_HINT.test(tail) && !/\/\S+$/u.test(tail)) open++;
  }
  return open * 2 >= lines.length - 1;
}

/** A line kept as its own paragraph that reads like a subheading. */
function isHeadingLine(text: string): boolean {
  if (TERMINAL.test(text)) return false;
  if (!/^[\p{Lu}\d"“‘']/u.test(text)) return false;
  return text.split(/\s+/u).length <= 12;
}

interface DraftParagraph {
  readonly ranges: Span[];
  readonly role: BlockRole;
}

/** The parts of `line` that no debris piece covers. */
function keptRanges(line: SourceLine, verdict: LineVerdict): Span[] {
  if (verdict.pieces.length === 0) return [{ start: line.start, end: line.end }];
  const pieces = verdict.pieces.slice().sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let at = line.start;
  for (const p of pieces) {
    if (p.start > at) out.push({ start: at, end: p.start });
    at = Math.max(at, p.end);
  }
  if (at < line.end) out.push({ start: at, end: line.end });
  return out;
}

function checkedBlocks(source: string, blocks: readonly Block[]): Block[] {
  const sorted = blocks.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Block[] = [];
  let previousEnd = 0;
  for (const block of sorted) {
    if (
      !Number.isInteger(block.start) ||
      !Number.isInteger(block.end) ||
      block.start < 0 ||
      block.end > source.length ||
      block.start > block.end
    ) {
      throw new CopydeskError(
        'DATA_INVALID',
        `block [${block.start}, ${block.end}) does not lie inside the source text (length ${source.length})`,
      );
    }
    const start = Math.max(block.start, previousEnd);
    if (block.end > start) out.push({ start, end: block.end, role: block.role });
    previousEnd = Math.max(previousEnd, block.end);
  }
  return out;
}

/**
 * Cleans `source` given its `blocks`: see the module comment and README.md. Throws
 * `DATA_INVALID` when a block lies outside the source.
 */
export function cleanText(source: string, blocks: readonly Block[], options: CleanOptions = {}): CleanResult {
  const removeDebris = options.removeDebris ?? true;
  const repair = options.repairArtifacts ?? true;
  const checked = checkedBlocks(source, blocks);

  // 1. Lines. A hard-wrapped paragraph is classified as one line.
  const lines: SourceLine[] = [];
  const wrapped: boolean[] = [];
  checked.forEach((block, index) => {
    const blockLines = linesOf(source, block.start, block.end, index, block.role);
    const isWrapped = isHardWrapped(source, blockLines);
    wrapped.push(isWrapped);
    if (isWrapped) {
      lines.push({
        start: blockLines[0]!.start,
        end: blockLines.at(-1)!.end,
        block: index,
        role: block.role,
      });
    } else lines.push(...blockLines);
  });

  // 2. Debris.
  const verdicts: LineVerdict[] = lines.map((line, i) =>
    removeDebris
      ? classifyLine(source, line, i >= lines.length - 3)
      : { pieces: [], signals: [], credit: false },
  );
  if (removeDebris) findCaptions(source, lines, verdicts);

  // 3. Paragraphs: one per block, or one per line where a block holds one per line.
  const drafts: DraftParagraph[] = [];
  for (let i = 0; i < lines.length; ) {
    const block = lines[i]!.block;
    let j = i;
    while (j < lines.length && lines[j]!.block === block) j++;
    const role = checked[block]!.role;
    const perLine = role === 'paragraph' && !wrapped[block] && j - i > 1;
    if (perLine) {
      for (let k = i; k < j; k++) {
        const ranges = keptRanges(lines[k]!, verdicts[k]!);
        if (ranges.length === 0) continue;
        const text = source.slice(ranges[0]!.start, ranges.at(-1)!.end);
        drafts.push({ ranges, role: k < j - 1 && isHeadingLine(text) ? 'heading' : 'paragraph' });
      }
    } else {
      const ranges: Span[] = [];
      for (let k = i; k < j; k++) ranges.push(...keptRanges(lines[k]!, verdicts[k]!));
      if (ranges.length > 0) drafts.push({ ranges, role });
    }
    i = j;
  }

  // 4. Normalise and repair each paragraph, then join them.
  const builder = new OffsetMapBuilder();
  const paragraphs: Paragraph[] = [];
  const parts: string[] = [];
  const repairs = new Map<ArtifactRule, number>();
  let length = 0;
  let previous: MappedText | null = null;
  for (const draft of drafts) {
    let mapped = normaliseRanges(source, draft.ranges);
    if (mapped.length === 0) continue;
    // Repairs can uncover one another (`to ..` → `to .` → `to.`): repeat until none
    // apply (a handful of rounds at most; almost every paragraph needs none or one).
    for (let round = 0; repair && round < 6; round++) {
      const found = findArtifacts(mapped.text);
      if (found.length === 0) break;
      const edits = resolveEdits(found);
      for (const e of edits) repairs.set(e.rule, (repairs.get(e.rule) ?? 0) + 1);
      mapped = mapped.applyEdits(edits);
    }
    if (previous) {
      const from = previous.srcEnd[previous.length - 1]!;
      const to = mapped.srcStart[0]!;
      builder.replace(from, Math.max(0, to - from), PARAGRAPH_SEPARATOR.length);
      parts.push(PARAGRAPH_SEPARATOR);
      length += PARAGRAPH_SEPARATOR.length;
    }
    mapped.appendTo(builder);
    paragraphs.push({ start: length, end: length + mapped.length, role: draft.role });
    parts.push(mapped.text);
    length += mapped.length;
    previous = mapped;
  }

  const removed: Removed[] = [];
  const signals: ProvenanceSignal[] = [];
  verdicts.forEach((verdict) => {
    for (const p of verdict.pieces) {
      removed.push({
        kind: p.kind,
        text: source.slice(p.start, p.end).replace(/\s+/gu, ' ').trim(),
        source: { start: p.start, end: p.end },
        by: BY,
        confidence: p.confidence,
      });
    }
    signals.push(...verdict.signals);
  });
  removed.sort((a, b) => a.source.start - b.source.start);
  return {
    text: parts.join(''),
    offsets: builder.build(),
    paragraphs,
    removed,
    signals: dedupeSignals(signals),
    repairs,
  };
}

function dedupeSignals(signals: ProvenanceSignal[]): ProvenanceSignal[] {
  const seen = new Set<string>();
  return signals.filter((s) => {
    const key = `${s.kind}\u0000${s.value}\u0000${s.detail ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
