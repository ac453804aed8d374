/**
 * PolNeAR (Newell et al., LREC 2018) reader and scorer. See
 * /work/shared/data/quotes/SOURCE.md: brat standoff, one `.ann` per annotator; we use
 * the first annotator listed in metadata.tsv (deterministic, unlike the upstream
 * loader's random pick). Scoring follows the published CofeNet metric: exact-match
 * spans per role (Source, Cue, Content), P/R/F1 pooled over all gold ∪ predicted
 * spans. A discontinuous span counts as its separate fragments, as it does once turned
 * into BIO tags. Unlike CofeNet's sentence-level sequences (only sequences containing
 * attributions), we score whole articles, so all the negative text counts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quote } from '../../../core/annotations.js';
import { CopydeskError } from '../../../core/errors.js';
import type { OffsetMap } from '../../../core/offsets.js';
import { lastSpanStartingBy, type Span } from '../../../core/span.js';

export const POLNEAR_ROLES = ['Source', 'Cue', 'Content'] as const;
export type PolnearRole = (typeof POLNEAR_ROLES)[number];

export interface PolnearAttribution {
  readonly source: readonly Span[];
  readonly cue: readonly Span[];
  readonly content: readonly Span[];
}

export interface PolnearArticle {
  readonly name: string;
  readonly text: string;
  readonly attributions: readonly PolnearAttribution[];
}

/** Is `dir` a PolNeAR data folder (or one split of it)? */
export function isPolnearDir(dir: string): boolean {
  return (
    existsSync(join(dir, 'metadata.tsv')) ||
    (existsSync(join(dir, 'text')) && existsSync(join(dir, 'attributions')))
  );
}

function parseSpans(field: string): Span[] {
  return field.split(';').map((part) => {
    const [s, e] = part.trim().split(' ').map(Number);
    return { start: s!, end: e! };
  });
}

/** Parses one brat `.ann` file into attributions (Source/Cue/Content by relation). */
export function parseAnn(content: string): PolnearAttribution[] {
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const relations: string[][] = [];
  for (const line of content.split('\n')) {
    if (/^T\d+\t/.test(line)) {
      const [id, head] = line.split('\t');
      const space = head!.indexOf(' ');
      spans.set(id!, { type: head!.slice(0, space), spans: parseSpans(head!.slice(space + 1)) });
    } else if (/^E\d+\t/.test(line)) {
      relations.push(line.split('\t')[1]!.trim().split(/\s+/));
    }
  }
  return relations.map((args) => {
    const out: Record<string, Span[]> = { Source: [], Cue: [], Content: [] };
    for (const arg of args) {
      const [role, id] = arg.split(':');
      if (role && id && role in out) out[role]!.push(...(spans.get(id)?.spans ?? []));
    }
    return { source: out.Source!, cue: out.Cue!, content: out.Content! };
  });
}

/** Reads one split (`train`, `dev`, `test`) with the first annotator of each article. */
export function readPolnearSplit(root: string, split: string, allAnnotators = false): PolnearArticle[] {
  const metaPath = join(root, 'metadata.tsv');
  if (!existsSync(metaPath)) throw new CopydeskError('INPUT_NOT_FOUND', `no metadata.tsv in ${root}`);
  const rows = readFileSync(metaPath, 'utf8').split('\n').slice(1);
  const out: PolnearArticle[] = [];
  for (const row of rows) {
    const cols = row.split('\t');
    if (cols[0] !== split) continue;
    const name = cols[1]!;
    const annotators = cols[3]!.split('|');
    const text = readFileSync(join(root, split, 'text', `${name}.txt`), 'utf8');
    // Scoring uses the first annotator; training may use every annotator's reading.
    for (const annotator of allAnnotators ? annotators : annotators.slice(0, 1)) {
      const annPath = join(root, split, 'attributions', `${name}_${annotator}.ann`);
      if (!existsSync(annPath)) {
        if (allAnnotators) continue;
        throw new CopydeskError('DATA_INVALID', `missing annotation ${annPath}`);
      }
      out.push({ name, text, attributions: parseAnn(readFileSync(annPath, 'utf8')) });
    }
  }
  if (out.length === 0) throw new CopydeskError('DATA_INVALID', `no "${split}" articles in ${metaPath}`);
  return out;
}

/**
 * Each article's fold (0 … `folds` − 1) for cross-fitting: its place among the split's
 * distinct article names, in file order, modulo `folds` (an article's annotators stay together).
 */
export function articleFolds(articles: readonly PolnearArticle[], folds: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of articles) if (!out.has(a.name)) out.set(a.name, out.size % folds);
  return out;
}

/**
 * Maps a copydesk quote onto PolNeAR's conventions: the content keeps a leading
 * "that"; a quote broken by its attribution is two content fragments around the
 * cue-and-source stretch; the source is the speaker phrase as written. With
 * `quotationAfterLead` (off only for the tagger's stacked features, which were trained
 * without it), a partial quote that is a lead into a whole quotation is the quotation.
 */
export function quoteToPolnear(text: string, quote: Quote, quotationAfterLead = true): PolnearAttribution {
  let start = quote.start;
  const before = /\bthat\s+$/u.exec(text.slice(Math.max(0, start - 6), start));
  if (before) start -= before[0].length;
  // `says of Clinton, “If she gets the chance…”`: a partial quote whose clause is only a
  // lead (ending in a comma or colon) into a quotation that runs to its end. PolNeAR's
  // content is the quotation; the lead holds the cue, or a frame the rules missed.
  if (quotationAfterLead && quote.kind === 'partial') {
    const lead = /^[^“”"]{1,160}?[,:]\s*(?=[“"])/u.exec(text.slice(start, quote.end));
    const mark = lead ? start + lead[0].length : -1;
    if (
      lead &&
      (!quote.cue || quote.cue.end <= mark) &&
      /[”"][.,!?]?$/u.test(text.slice(mark, quote.end)) &&
      !/[“”"]/u.test(text.slice(mark + 1, quote.end - 1).replace(/[”"][.,!?]?$/u, ''))
    )
      start = mark;
  }
  let content: Span[] = [{ start, end: quote.end }];
  const frame: Span[] = [];
  if (quote.cue) frame.push(quote.cue);
  if (quote.speaker?.mention) frame.push(quote.speaker.mention);
  if (frame.length > 0) {
    const fs = Math.min(...frame.map((f) => f.start));
    const fe = Math.max(...frame.map((f) => f.end));
    if (fs > start && fe < quote.end) {
      let a = fs;
      while (a > start && /[\s,—–-]/u.test(text[a - 1]!)) a--;
      let b = fe;
      while (b < quote.end && /[\s,—–:-]/u.test(text[b]!)) b++;
      content = [
        { start, end: a },
        { start: b, end: quote.end },
      ].filter((s) => s.end > s.start);
    }
  }
  return {
    source: quote.speaker?.mention ? [quote.speaker.mention] : [],
    cue: quote.cue ? [{ start: quote.cue.start, end: quote.cue.end }] : [],
    content,
  };
}

/**
 * An attribution whose spans are offsets into the cleaned text, mapped onto the input
 * text (where PolNeAR's gold spans are) through the document's offset map.
 */
export function mapAttribution(a: PolnearAttribution, offsets: OffsetMap): PolnearAttribution {
  // An end maps through its last character: cleanup may have deleted text right after it.
  const map = (spans: readonly Span[]) =>
    spans.map((s) => ({
      start: offsets.toSource(s.start),
      end: s.end > s.start ? offsets.toSource(s.end - 1) + 1 : offsets.toSource(s.end),
    }));
  return { source: map(a.source), cue: map(a.cue), content: map(a.content) };
}

export interface RoleCounts {
  tp: number;
  gold: number;
  predicted: number;
}

export type PolnearCounts = Record<PolnearRole, RoleCounts>;

export function emptyCounts(): PolnearCounts {
  return {
    Source: { tp: 0, gold: 0, predicted: 0 },
    Cue: { tp: 0, gold: 0, predicted: 0 },
    Content: { tp: 0, gold: 0, predicted: 0 },
  };
}

const key = (s: Span) => `${s.start}:${s.end}`;

/** Adds one article's exact-match counts per role. */
export function countArticle(
  gold: readonly PolnearAttribution[],
  predicted: readonly PolnearAttribution[],
  counts: PolnearCounts,
): void {
  const roles: [PolnearRole, keyof PolnearAttribution][] = [
    ['Source', 'source'],
    ['Cue', 'cue'],
    ['Content', 'content'],
  ];
  for (const [role, field] of roles) {
    const g = new Set(gold.flatMap((a) => a[field].map(key)));
    const p = new Set(predicted.flatMap((a) => a[field].map(key)));
    counts[role].gold += g.size;
    counts[role].predicted += p.size;
    for (const k of p) if (g.has(k)) counts[role].tp++;
  }
}

export function prf(c: RoleCounts): { p: number; r: number; f1: number } {
  const p = c.predicted === 0 ? 0 : c.tp / c.predicted;
  const r = c.gold === 0 ? 0 : c.tp / c.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/**
 * Predictions restricted to the paragraphs that hold at least one gold attribution: an
 * approximation of CofeNet's setting, which scores only segments containing attributions.
 * Paragraphs are PolNeAR's blank-line blocks.
 */
export function inAttributedParagraphs(
  text: string,
  gold: readonly PolnearAttribution[],
  predicted: readonly PolnearAttribution[],
): PolnearAttribution[] {
  const blocks: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n\s*\n/g)) {
    blocks.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  blocks.push({ start, end: text.length });
  const blockOf = (offset: number) => blocks.findIndex((b) => offset < b.end + 1);
  const attributed = new Set<number>();
  for (const a of gold)
    for (const s of [...a.source, ...a.cue, ...a.content]) attributed.add(blockOf(s.start));
  const keep = (spans: readonly Span[]) => spans.filter((s) => attributed.has(blockOf(s.start)));
  return predicted.map((a) => ({ source: keep(a.source), cue: keep(a.cue), content: keep(a.content) }));
}

/**
 * Predictions restricted to the attribution-bearing segments, as CofeNet scores PolNeAR:
 * each gold attribution's segment is the run of sentences from the one holding its first
 * span to the one holding its last (overlapping runs merge), and only predicted spans
 * that start inside a segment count. `sentences` are offsets into the same text as the
 * spans (the pipeline's sentences mapped back to the raw file). CofeNet's own segments
 * come from its preprocessing, not from our sentence splitter, and it uses every
 * annotator's file: close to its setting, not identical.
 */
export function inAttributedSegments(
  sentences: readonly Span[],
  gold: readonly PolnearAttribution[],
  predicted: readonly PolnearAttribution[],
): PolnearAttribution[] {
  const sentenceOf = (offset: number) => lastSpanStartingBy(sentences, offset);
  const segments: Span[] = [];
  for (const a of gold) {
    const spans = [...a.source, ...a.cue, ...a.content];
    if (spans.length === 0 || sentences.length === 0) continue;
    const first = sentenceOf(Math.min(...spans.map((x) => x.start)));
    const last = sentenceOf(Math.max(...spans.map((x) => x.end)) - 1);
    segments.push({ start: sentences[first]!.start, end: sentences[last]!.end });
  }
  const inside = (x: Span) => segments.some((g) => g.start <= x.start && x.start < g.end);
  const keep = (spans: readonly Span[]) => spans.filter(inside);
  return predicted.map((a) => ({ source: keep(a.source), cue: keep(a.cue), content: keep(a.content) }));
}
