/**
 * How PolNeAR's contents go wrong where the rest of the attribution is right: every gold
 * attribution of a split (first annotator, as the eval scores) whose exact cue the stage
 * predicted under POLNEAR_CONVENTIONS, its content classed against the content of the
 * predicted attribution with that cue. Two columns: the source exact too (or both without
 * a source), and the cue alone.
 *
 *   npx tsx scripts/polnear-contents.ts [--data DIR] [--split dev] [--examples CLASS]
 *
 * Classes, the first that applies: exact; no predicted content overlaps the gold one (and
 * whether it overlaps another gold content: the pairing); the gold content in fragments
 * (split by its own cue or source, or otherwise); the predicted content in fragments; the
 * two differ by quotation marks or a final period only; a nested attribution (another gold
 * cue inside the gold content, the prediction stopping before it); over a paragraph break;
 * over a sentence break (the gold content spans sentences the prediction does not, or the
 * reverse); else the start, the end or both wrong, early or late by so many words. Below
 * the table: how many of the wrong boundaries lie outside the sentence the content rankers
 * pick from (their ceiling). `--examples CLASS` prints that class's cases in context.
 * Never reads `test`.
 */
import type { Span } from '../src/core/span.js';
import { pipelineQuotesRunner } from '../src/presets/quotes-runner.js';
import {
  mapAttribution,
  type PolnearAttribution,
  quoteToPolnear,
  readPolnearSplit,
} from '../src/stages/08-quotes/eval/polnear.js';
import { POLNEAR_CONVENTIONS } from '../src/stages/08-quotes/index.js';
import { existingPath, option, polnearStudySplit } from './script-options.js';

const data = existingPath('--data', '/work/shared/data/quotes/polnear');
const split = polnearStudySplit();
const examplesOf = option('--examples', '');

const key = (spans: readonly Span[]) =>
  [...spans]
    .sort((a, b) => a.start - b.start)
    .map((s) => `${s.start}:${s.end}`)
    .join(',');
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const inside = (s: Span, outer: Span) => s.start >= outer.start && s.end <= outer.end;

/** Words (whitespace-separated) between two offsets, signed: positive when `to` is later. */
function wordsBetween(text: string, from: number, to: number): number {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const n = text.slice(a, b).split(/\s+/u).filter(Boolean).length || (a === b ? 0 : 1);
  return from <= to ? n : -n;
}

const byWords = (n: number) => (Math.abs(n) >= 6 ? '6+' : Math.abs(n) >= 3 ? '3-5' : String(Math.abs(n)));
const bare = (s: string) => s.replace(/[“”"‘’'.,;:!?\s]/gu, '');

interface Case {
  readonly text: string;
  readonly gold: PolnearAttribution;
  readonly predicted: PolnearAttribution;
  readonly others: readonly PolnearAttribution[];
  readonly sentences: readonly Span[];
}

function sentenceOf(sentences: readonly Span[], offset: number): Span | undefined {
  return sentences.find((s) => s.start <= offset && offset < s.end);
}

function classOf(c: Case): string {
  const { text, gold, predicted, others, sentences } = c;
  const g = gold.content;
  const p = predicted.content;
  if (key(g) === key(p)) return 'exact';
  if (!p.some((x) => g.some((y) => overlaps(x, y)))) {
    const elsewhere = others.some((o) => o.content.some((y) => p.some((x) => overlaps(x, y))));
    return p.length === 0
      ? 'missing: no content predicted'
      : elsewhere
        ? 'missing: predicted content is another gold content'
        : 'missing: predicted content overlaps no gold';
  }
  if (g.length > 1) {
    const frame = [...gold.cue, ...gold.source];
    const sorted = [...g].sort((a, b) => a.start - b.start);
    const splitByFrame = frame.some((f) => f.start >= sorted[0]!.end && f.end <= sorted.at(-1)!.start);
    return splitByFrame ? 'gold in fragments around its cue' : 'gold in fragments, otherwise';
  }
  if (p.length > 1) return 'predicted in fragments, gold one span';
  const gs = g[0]!;
  const ps = p[0]!;
  if (bare(text.slice(gs.start, gs.end)) === bare(text.slice(ps.start, ps.end)))
    return 'marks or final period only';
  const nested = others.some(
    (o) =>
      o.cue.some((q) => inside(q, gs) && !inside(q, ps)) ||
      o.cue.some((q) => inside(q, ps) && !inside(q, gs)),
  );
  if (nested) return 'a nested attribution in one, not the other';
  const breaks = (s: Span) => /\n/u.test(text.slice(s.start, s.end));
  if (breaks(gs) !== breaks(ps)) return 'over a paragraph break';
  const sentenceCount = (s: Span) => new Set(sentences.filter((x) => overlaps(x, s))).size;
  const gn = sentenceCount(gs);
  const pn = sentenceCount(ps);
  if (gn > pn) return 'gold over more sentences';
  if (pn > gn) return 'predicted over more sentences';
  const ds = wordsBetween(text, gs.start, ps.start);
  const de = wordsBetween(text, gs.end, ps.end);
  const start = ds === 0 ? '' : `starts ${ds < 0 ? 'early' : 'late'} ${byWords(ds)}`;
  const end = de === 0 ? '' : `ends ${de < 0 ? 'early' : 'late'} ${byWords(de)}`;
  if (start && end) return 'start and end wrong';
  return start || end;
}

/** Whether a wrong single-span gold boundary lies outside the predicted content's sentence. */
function outOfReach(c: Case): string | null {
  if (c.gold.content.length !== 1 || c.predicted.content.length !== 1) return null;
  const gs = c.gold.content[0]!;
  const ps = c.predicted.content[0]!;
  const out: string[] = [];
  if (gs.start !== ps.start) {
    const s = sentenceOf(c.sentences, ps.start);
    if (s && gs.start < s.start) out.push('start');
  }
  if (gs.end !== ps.end) {
    const s = sentenceOf(c.sentences, ps.end - 1);
    if (s && gs.end > s.end) out.push('end');
  }
  return out.length ? out.join('+') : 'in reach';
}

/** Every gold fragment and every predicted one, pooled as the scorer pools them (identical spans once). */
const pooled = new Map<string, number>();
function pool(golds: readonly PolnearAttribution[], predicted: readonly PolnearAttribution[]): void {
  const count = (row: string) => pooled.set(row, (pooled.get(row) ?? 0) + 1);
  const predictedContents = new Map(
    predicted.flatMap((p) => p.content.map((x) => [`${x.start}:${x.end}`, x])),
  );
  const predictedCues = new Set(predicted.map((p) => key(p.cue)));
  const goldContents = new Map<string, Span>();
  for (const g of golds) {
    for (const x of g.content) {
      const k = `${x.start}:${x.end}`;
      if (goldContents.has(k)) continue;
      goldContents.set(k, x);
      if (predictedContents.has(k)) count('gold: exact');
      else {
        const cue = predictedCues.has(key(g.cue))
          ? 'its cue exact'
          : predicted.some((p) => p.cue.some((q) => g.cue.some((c) => overlaps(q, c))))
            ? 'its cue overlapped'
            : 'its cue missed';
        const near = [...predictedContents.values()].some((p) => overlaps(p, x));
        count(`gold: wrong, ${cue}, ${near ? 'a prediction overlaps it' : 'no prediction overlaps it'}`);
      }
    }
  }
  for (const [k, x] of predictedContents)
    count(
      goldContents.has(k)
        ? 'predicted: exact'
        : [...goldContents.values()].some((g) => overlaps(g, x))
          ? 'predicted: overlaps a gold content'
          : 'predicted: overlaps no gold content',
    );
}

const runner = pipelineQuotesRunner({ ...POLNEAR_CONVENTIONS });
const table = new Map<string, [number, number]>();
const reach = new Map<string, number>();
const fragments = new Map<string, [number, number]>();
const add = (cls: string, col: 0 | 1) => {
  const row = table.get(cls) ?? [0, 0];
  row[col]++;
  table.set(cls, row);
};
const show = (text: string, s: Span) =>
  `${text.slice(Math.max(0, s.start - 50), s.start)}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, s.end + 40)}`.replace(
    /\s+/gu,
    ' ',
  );
for (const article of readPolnearSplit(data, split)) {
  const run = await runner.run(article.name, article.text, null);
  const predicted = run.quotes.map((q) => mapAttribution(quoteToPolnear(run.text, q), run.offsets));
  const sentences = run.sentences.map((s) => ({
    start: run.offsets.toSource(s.start),
    end: run.offsets.toSource(s.end - 1) + 1,
  }));
  const text = article.text;
  pool(article.attributions, predicted);
  for (const gold of article.attributions) {
    if (gold.cue.length === 0 || gold.content.length === 0) continue;
    const withCue = predicted.filter((p) => key(p.cue) === key(gold.cue));
    if (withCue.length === 0) continue;
    const best = withCue.find((p) => key(p.source) === key(gold.source)) ?? withCue[0]!;
    const sourceRight = key(best.source) === key(gold.source);
    const others = article.attributions.filter((o) => o !== gold);
    const c: Case = { text, gold, predicted: best, others, sentences };
    const cls = classOf(c);
    add(cls, 1);
    if (sourceRight) add(cls, 0);
    if (gold.content.length > 1) {
      const pooled = new Set(predicted.flatMap((p) => p.content.map((x) => `${x.start}:${x.end}`)));
      const hit = gold.content.filter((g) => pooled.has(`${g.start}:${g.end}`)).length;
      const row = `fragments exact anywhere (${cls.startsWith('gold') ? 'fragment classes' : 'other'})`;
      if (examplesOf === 'missing fragments')
        for (const g of gold.content)
          if (!pooled.has(`${g.start}:${g.end}`)) {
            const near = predicted.flatMap((p) => p.content).filter((x) => overlaps(x, g));
            console.log(
              `${article.name} [${gold.cue.map((q) => text.slice(q.start, q.end)).join(' … ')}]\n  gold: ${show(text, g)}`,
            );
            for (const x of near) console.log(`  pred: ${show(text, x)}`);
          }
      fragments.set(row, [
        (fragments.get(row)?.[0] ?? 0) + hit,
        (fragments.get(row)?.[1] ?? 0) + gold.content.length,
      ]);
    }
    if (cls !== 'exact' && !cls.startsWith('missing')) {
      const r = outOfReach(c);
      if (r) reach.set(r, (reach.get(r) ?? 0) + 1);
    }
    if (examplesOf && cls.startsWith(examplesOf)) {
      const cue = gold.cue.map((q) => text.slice(q.start, q.end)).join(' … ');
      console.log(`${article.name} [${cue}] ${cls}`);
      for (const g of gold.content) console.log(`  gold: ${show(text, g)}`);
      for (const p of best.content) console.log(`  pred: ${show(text, p)}`);
    }
  }
}
console.log(
  `| content (${split}), gold attributions with their exact cue predicted | source exact too | cue exact |`,
);
console.log('| --- | ---: | ---: |');
const rows = [...table].sort((a, b) => b[1][1] - a[1][1]);
for (const [cls, [both, cue]] of rows) console.log(`| ${cls} | ${both} | ${cue} |`);
const total = rows.reduce((n, [, r]) => [n[0]! + r[0], n[1]! + r[1]], [0, 0]);
console.log(`| all | ${total[0]} | ${total[1]} |`);
console.log('\nWrong single-span boundaries against the predicted content sentence (cue exact):');
for (const [r, n] of reach) console.log(`  ${r}: ${n}`);
for (const [r, [hit, all]] of fragments) console.log(`  ${r}: ${hit} of ${all}`);
console.log('\nPooled over the split (as scored):');
for (const [row, n] of [...pooled].sort()) console.log(`  ${row}: ${n}`);
