/**
 * What the cue filter (model/cue-filter.ts) drops, and what each drop is worth: every cue
 * the tagger tagged in a split, with the filter's probability, whether a gold cue (first
 * annotator, as scored) overlaps it, and what the stage under POLNEAR_CONVENTIONS outputs
 * over it with the filter and without it — a right cue (exact), a wrong one, none. A drop
 * costs a right cue when the output without the filter had one there and the output with
 * it has none; it saves a wrong one in the mirror case. Classed by the cue's head word, its
 * lexicon class, the spans the tagger put beside it, and the probability's band.
 *
 *   npx tsx scripts/polnear-cue-drops.ts [--data DIR] [--split dev] [--rows FILE] [--examples]
 *
 * `--rows FILE` writes every candidate (features, probability, outcome) as JSON lines for
 * slicing elsewhere; `--examples` prints the drops that cost a right cue, in context.
 * Never reads `test`.
 */
import { writeFileSync } from 'node:fs';
import type { Span } from '../src/core/span.js';
import { quotesUpstreamPipeline } from '../src/presets/quotes-runner.js';
import { mapAttribution, quoteToPolnear, readPolnearSplit } from '../src/stages/08-quotes/eval/polnear.js';
import { extractQuotes } from '../src/stages/08-quotes/extract.js';
import { FIRST_NAMES, PERSON_FACTS } from '../src/stages/08-quotes/gender.js';
import { quotesInput } from '../src/stages/08-quotes/index.js';
import { CONTENT_ENDS } from '../src/stages/08-quotes/model/content-ends.js';
import { CONTENT_STARTS } from '../src/stages/08-quotes/model/content-starts.js';
import { CUE_FILTER, cueCandidates } from '../src/stages/08-quotes/model/cue-filter.js';
import { type RoleSpan, shippedTagger } from '../src/stages/08-quotes/model/tagger.js';
import { taggedArticle } from './boundary-training.js';
import { existingPath, option, polnearStudySplit } from './script-options.js';

const data = existingPath('--data', '/work/shared/data/quotes/polnear');
const split = polnearStudySplit();
const rowsOut = option('--rows', '');
const examples = process.argv.includes('--examples');

/** One tagged cue and what became of it. */
interface Row {
  readonly article: string;
  readonly text: string;
  readonly context: string;
  readonly features: readonly string[];
  readonly probability: number;
  readonly gold: 'exact' | 'overlap' | 'none';
  /** The output cue over it with the filter, and without: exact (a gold cue), wrong, none. */
  readonly kept: 'exact' | 'wrong' | 'none';
  readonly unfiltered: 'exact' | 'wrong' | 'none';
}

const upstream = quotesUpstreamPipeline();
const base = {
  firstNames: upstream.resources.use(FIRST_NAMES),
  facts: upstream.resources.use(PERSON_FACTS),
  by: 'quotes',
};
const tagger = shippedTagger();
const filter = upstream.resources.use(CUE_FILTER);
const rates = new Map(tagger.cueRates);
const rows: Row[] = [];
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

for (const article of readPolnearSplit(data, split)) {
  const doc = await upstream.run(article.name, article.text);
  const input = quotesInput(doc);
  const offsets = doc.get('offsets');
  const { marked, modelSpans } = taggedArticle(input, tagger, base);
  const candidates = cueCandidates(
    input.text,
    input.sentences,
    input.tokens,
    input.mentions,
    modelSpans,
    rates,
  );
  const rejected = new Set<RoleSpan>(
    candidates.filter((c) => filter.probability(c.features) < filter.threshold).map((c) => c.cue),
  );
  const outputCues = (spans: readonly RoleSpan[]) =>
    extractQuotes(marked, {
      ...base,
      modelSpans: spans,
      indirect: 'model',
      modelOverQuotes: true,
      modelKeep: 'all',
      joinContinued: false,
      contentEnds: upstream.resources.use(CONTENT_ENDS),
      contentStarts: upstream.resources.use(CONTENT_STARTS),
    }).flatMap((q) => mapAttribution(quoteToPolnear(marked.text, q), offsets).cue);
  const withFilter = outputCues(modelSpans.filter((s) => !rejected.has(s)));
  const without = outputCues(modelSpans);
  const goldCues = article.attributions.flatMap((a) => a.cue);
  const outcome = (cues: readonly Span[], at: Span): Row['kept'] => {
    const over = cues.filter((c) => overlaps(c, at));
    if (over.length === 0) return 'none';
    return over.some((c) => goldCues.some((g) => same(g, c))) ? 'exact' : 'wrong';
  };
  for (const c of candidates) {
    const raw = { start: offsets.toSource(c.cue.start), end: offsets.toSource(c.cue.end - 1) + 1 };
    const gold = goldCues.some((g) => same(g, raw))
      ? 'exact'
      : goldCues.some((g) => overlaps(g, raw))
        ? 'overlap'
        : 'none';
    const sentence = input.sentences.find((s) => s.start <= c.cue.start && c.cue.start < s.end);
    const from = Math.max(sentence?.start ?? 0, c.cue.start - 120);
    const to = Math.min(sentence?.end ?? input.text.length, c.cue.end + 120);
    rows.push({
      article: article.name,
      text: input.text.slice(c.cue.start, c.cue.end),
      context:
        `${input.text.slice(from, c.cue.start)}[[${input.text.slice(c.cue.start, c.cue.end)}]]${input.text.slice(c.cue.end, to)}`.replace(
          /\s+/gu,
          ' ',
        ),
      features: c.features,
      probability: filter.probability(c.features),
      gold,
      kept: outcome(withFilter, raw),
      unfiltered: outcome(without, raw),
    });
  }
}

const dropped = rows.filter((r) => r.probability < filter.threshold);
const cost = (r: Row) => (r.unfiltered === 'exact' && r.kept !== 'exact' ? 1 : 0);
const saved = (r: Row) => (r.unfiltered === 'wrong' && r.kept === 'none' ? 1 : 0);
console.log(
  `${split}: ${rows.length} tagged cues, ${dropped.length} dropped (${dropped.filter((r) => r.gold !== 'none').length} over a gold cue, ${dropped.filter((r) => r.gold === 'exact').length} exact); drops that cost a right output cue ${dropped.reduce((n, r) => n + cost(r), 0)}, that removed a wrong one ${dropped.reduce((n, r) => n + saved(r), 0)}`,
);
const feature = (r: Row, name: string) =>
  r.features.find((f) => f.startsWith(`${name}=`))?.slice(name.length + 1) ?? '';
const band = (p: number) => (p < 0.1 ? '<0.1' : p < 0.2 ? '0.1-0.2' : p < 0.3 ? '0.2-0.3' : '0.3-1/3');
for (const [title, key] of [
  ['head word', (r: Row) => feature(r, 'head')],
  ['lexicon class', (r: Row) => feature(r, 'lex')],
  ['source | content beside it', (r: Row) => feature(r, 'source+content')],
  ['probability', (r: Row) => band(r.probability)],
] as const) {
  const groups = new Map<string, { n: number; gold: number; cost: number; saved: number }>();
  for (const r of dropped) {
    const g = groups.get(key(r)) ?? { n: 0, gold: 0, cost: 0, saved: 0 };
    g.n++;
    if (r.gold !== 'none') g.gold++;
    g.cost += cost(r);
    g.saved += saved(r);
    groups.set(key(r), g);
  }
  console.log(`\ndropped, by ${title} (dropped / over gold / cost a right cue / removed a wrong one):`);
  for (const [k, g] of [...groups].sort((a, b) => b[1].n - a[1].n).slice(0, 15))
    console.log(`  ${k.padEnd(24)} ${g.n} / ${g.gold} / ${g.cost} / ${g.saved}`);
}
if (examples)
  for (const r of dropped.filter((x) => cost(x) > 0))
    console.log(
      `\n${r.probability.toFixed(2)} ${feature(r, 'source+content')} ${feature(r, 'subj')}: ${r.context}`,
    );
if (rowsOut) writeFileSync(rowsOut, rows.map((r) => JSON.stringify(r)).join('\n'));
