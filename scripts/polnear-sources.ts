/**
 * How PolNeAR's sources and cues go wrong (study, never reads `test`): every gold source and
 * cue span of a split (first annotator), pooled as the scorer pools them, classed by what the
 * stage predicted under POLNEAR_CONVENTIONS; and the predicted ones that match no gold span.
 *
 *   npx tsx scripts/polnear-sources.ts [--data DIR] [--split dev] [--examples CLASS]
 */
import type { Span } from '../src/core/span.js';
import { pipelineQuotesRunner } from '../src/presets/quotes-runner.js';
import { mapAttribution, quoteToPolnear, readPolnearSplit } from '../src/stages/08-quotes/eval/polnear.js';
import { POLNEAR_CONVENTIONS } from '../src/stages/08-quotes/index.js';
import { existingPath, option, polnearStudySplit } from './script-options.js';

const data = existingPath('--data', '/work/shared/data/quotes/polnear');
const split = polnearStudySplit();
const examplesOf = option('--examples', '');

const k = (s: Span) => `${s.start}:${s.end}`;
const keyOf = (spans: readonly Span[]) => spans.map(k).sort().join(',');
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const show = (text: string, s: Span) =>
  `${text.slice(Math.max(0, s.start - 60), s.start)}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, s.end + 50)}`.replace(
    /\s+/gu,
    ' ',
  );

const table = new Map<string, number>();
const count = (row: string, text: string, s: Span, extra = '') => {
  table.set(row, (table.get(row) ?? 0) + 1);
  if (examplesOf && row.includes(examplesOf)) console.log(`${row}: ${show(text, s)}${extra}`);
};

const runner = pipelineQuotesRunner({ ...POLNEAR_CONVENTIONS });
for (const article of readPolnearSplit(data, split)) {
  const run = await runner.run(article.name, article.text, null);
  const predicted = run.quotes.map((q) => mapAttribution(quoteToPolnear(run.text, q), run.offsets));
  const text = article.text;
  const gold = article.attributions;
  for (const role of ['source', 'cue'] as const) {
    const pred = new Map(predicted.flatMap((p) => p[role].map((s) => [k(s), s])));
    const golds = new Map(gold.flatMap((g) => g[role].map((s) => [k(s), s])));
    for (const [key, g] of golds) {
      if (pred.has(key)) {
        count(`${role} gold: exact`, text, g);
        continue;
      }
      const owner = gold.find((a) => a[role].some((s) => k(s) === key))!;
      const cueFound = predicted.filter((p) => keyOf(p.cue) === keyOf(owner.cue));
      const near = [...pred.values()].filter((p) => overlaps(p, g));
      let cls: string;
      if (role === 'source') {
        if (cueFound.length) {
          const ps = cueFound.flatMap((p) => p.source);
          cls =
            ps.length === 0
              ? 'cue exact, no source predicted for it'
              : ps.some((p) => overlaps(p, g))
                ? 'cue exact, its source mis-bounded'
                : 'cue exact, another source predicted for it';
        } else
          cls = predicted.some((p) => p.cue.some((q) => owner.cue.some((c) => overlaps(q, c))))
            ? 'cue overlapped'
            : 'cue missed';
        cls += near.length ? ' (a prediction overlaps)' : '';
      } else cls = near.length ? 'overlapped (boundary)' : 'missed';
      const p = near[0];
      count(`${role} gold: ${cls}`, text, g, p ? `  PRED ${text.slice(p.start, p.end)}` : '');
    }
    for (const [key, p] of pred) {
      if (golds.has(key)) continue;
      const near = [...golds.values()].filter((g) => overlaps(p, g));
      const owners = predicted.filter((a) => a[role].some((s) => k(s) === key));
      let cls = near.length ? 'overlaps gold' : 'overlaps no gold';
      if (role === 'source') {
        // Does the attribution it belongs to have a right cue?
        const cueRight = owners.some((o) => gold.some((g) => keyOf(g.cue) === keyOf(o.cue)));
        cls += cueRight ? ', its cue exact' : ', its cue wrong';
        if (cueRight) {
          const g = gold.find((g) => owners.some((o) => keyOf(g.cue) === keyOf(o.cue)))!;
          cls += g.source.length === 0 ? ' (gold has no source)' : '';
        }
      }
      const g = near[0];
      count(`${role} predicted: ${cls}`, text, p, g ? `  GOLD ${text.slice(g.start, g.end)}` : '');
    }
  }
}
for (const [row, n] of [...table].sort()) console.log(`${row}: ${n}`);
