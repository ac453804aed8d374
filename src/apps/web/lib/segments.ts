/**
 * Lays an analysis out for reading: paragraphs of pieces, each piece a run of text with
 * at most one inline mark (an entity mention or a figure) and the quote it belongs to.
 * Pure and DOM-free, so the tricky part of the article view is unit-tested.
 *
 * Overlaps: mentions win over figures, the earlier (then longer) span wins among equals;
 * quotes are a separate layer, so a mention inside a quote keeps both.
 */
import type { AnalysisJson } from '../../../core/analysis.js';

export type Analysis = AnalysisJson;
export type AnalysisEntity = Analysis['entities'][number];
export type AnalysisQuote = Analysis['quotes'][number];
export type AnalysisFigure = Analysis['figures'][number];

export type Mark =
  | { kind: 'entity'; entity: AnalysisEntity; repaired: boolean; start: number; end: number }
  | { kind: 'figure'; figure: AnalysisFigure; start: number; end: number };

export interface Piece {
  readonly text: string;
  readonly start: number;
  readonly mark: Mark | null;
  /** Index into `analysis.quotes`, or -1. */
  readonly quote: number;
  /** True on the last piece of a quote, where its speaker is shown. */
  readonly quoteEnds: boolean;
}

export interface LaidParagraph {
  readonly start: number;
  readonly role: string;
  readonly pieces: readonly Piece[];
}

function inlineMarks(a: Analysis): Mark[] {
  const marks: Mark[] = [];
  for (const entity of a.entities) {
    for (const m of entity.mentions)
      marks.push({ kind: 'entity', entity, repaired: m.repaired, start: m.start, end: m.end });
  }
  for (const figure of a.figures)
    marks.push({ kind: 'figure', figure, start: figure.start, end: figure.end });
  const rank = (m: Mark) => (m.kind === 'entity' ? 0 : 1);
  marks.sort((x, y) => x.start - y.start || rank(x) - rank(y) || y.end - y.start - (x.end - x.start));
  const kept: Mark[] = [];
  for (const m of marks) {
    if (m.end <= m.start || m.start < 0 || m.end > a.text.length) continue;
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      // An entity overlapping an earlier figure replaces it; anything else overlapping is dropped.
      if (m.kind === 'entity' && last.kind === 'figure') kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}

/** The paragraphs of the analysis, or blank-line-separated blocks when it has none. */
function paragraphSpans(a: Analysis): { start: number; end: number; role: string }[] {
  if (a.paragraphs.length > 0) return a.paragraphs.map((p) => ({ ...p }));
  const spans: { start: number; end: number; role: string }[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = re.exec(a.text); m; m = re.exec(a.text)) {
    spans.push({ start: m.index, end: m.index + m[0].length, role: 'paragraph' });
  }
  return spans;
}

export function layoutArticle(a: Analysis): LaidParagraph[] {
  const marks = inlineMarks(a);
  const quotes = a.quotes.map((q, i) => ({ start: q.start, end: q.end, i })).filter((q) => q.end > q.start);
  const quoteAt = (pos: number) => quotes.find((q) => q.start <= pos && pos < q.end)?.i ?? -1;
  const out: LaidParagraph[] = [];
  let mi = 0;
  for (const p of paragraphSpans(a)) {
    // Cut points: paragraph ends, mark edges and quote edges inside the paragraph.
    const cuts = new Set<number>([p.start, p.end]);
    while (mi < marks.length && (marks[mi] as Mark).end <= p.start) mi++;
    const local: Mark[] = [];
    for (let j = mi; j < marks.length && (marks[j] as Mark).start < p.end; j++) {
      const m = marks[j] as Mark;
      if (m.start >= p.start && m.end <= p.end) {
        local.push(m);
        cuts.add(m.start);
        cuts.add(m.end);
      }
    }
    for (const q of quotes) {
      if (q.start > p.start && q.start < p.end) cuts.add(q.start);
      if (q.end > p.start && q.end < p.end) cuts.add(q.end);
    }
    const sorted = [...cuts].sort((x, y) => x - y);
    const pieces: Piece[] = [];
    for (let k = 0; k < sorted.length - 1; k++) {
      const start = sorted[k] as number;
      let end = sorted[k + 1] as number;
      const mark = local.find((m) => m.start === start) ?? null;
      if (mark) {
        end = mark.end;
        while ((sorted[k + 1] as number) < end) k++;
      } else if (local.some((m) => m.start < start && start < m.end)) {
        continue; // inside a mark already emitted
      }
      if (end <= start) continue;
      pieces.push({ text: a.text.slice(start, end), start, mark, quote: quoteAt(start), quoteEnds: false });
    }
    out.push({
      start: p.start,
      role: p.role,
      pieces: pieces.map((piece, i) => {
        const q = piece.quote;
        const next = pieces[i + 1];
        const ends =
          q >= 0 && (!next || next.quote !== q) && piece.start + piece.text.length >= (a.quotes[q]?.end ?? 0);
        return ends ? { ...piece, quoteEnds: true } : piece;
      }),
    });
  }
  return out;
}

/** Splits a search snippet at its «match» markers into plain and matched runs (no HTML). */
export function snippetRuns(snippet: string): { text: string; match: boolean }[] {
  const runs: { text: string; match: boolean }[] = [];
  const re = /«([^»]*)»/g;
  let at = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    if (m.index > at) runs.push({ text: snippet.slice(at, m.index), match: false });
    runs.push({ text: m[1] ?? '', match: true });
    at = m.index + m[0].length;
  }
  if (at < snippet.length) runs.push({ text: snippet.slice(at), match: false });
  return runs;
}

/** An http(s) URL safe to put in an href, or null (javascript:, data: and the like). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
