/**
 * Trains the cue filter (src/stages/08-quotes/model/cue-filter.ts): a logistic classifier
 * over the tagger's cues, labelled by whether a gold cue (first annotator) overlaps them.
 * Train's cues come from fold taggers on the articles they did not see (cross-fitted, as
 * for the content rankers: `--taggers fold0,fold1`), dev's from the shipped tagger, so the
 * classifier learns how far to trust the tagger on new text. Dev only reports; the
 * threshold is not tuned on it (`--threshold`, default 1/3: dropping a prediction right
 * with probability p gains F1 when p < F1 / 2, and cue F1 is about 2/3).
 *
 *   npx tsx scripts/train-cue-filter.ts --taggers /tmp/fold0.bin.gz,/tmp/fold1.bin.gz
 *                                       [--stacked-taggers /tmp/stacked0.bin.gz,/tmp/stacked1.bin.gz]
 *                                       [--cache DIR] [--out FILE] [--without PREFIX,…]
 *
 * With a stacked tagger shipped (models/quotes/attribution-stacked.bin.gz), train's cues
 * come from the stacked fold taggers over the first-pass fold taggers (`train:quotes --
 * --stack --fold-out DIR` writes both) and dev's from the stacked pass, as the stage runs.
 *
 * Never reads `test`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { quotesUpstreamPipeline } from '../src/presets/quotes-runner.js';
import { articleFolds, readPolnearSplit } from '../src/stages/08-quotes/eval/polnear.js';
import { FIRST_NAMES, PERSON_FACTS } from '../src/stages/08-quotes/gender.js';
import { quotesInput } from '../src/stages/08-quotes/index.js';
import { CUE_FILTER_PATH, cueCandidates } from '../src/stages/08-quotes/model/cue-filter.js';
import { shippedTagger } from '../src/stages/08-quotes/model/tagger.js';
import { foldTaggers, taggedArticle } from './boundary-training.js';
import {
  existingPath,
  existingPaths,
  numberOption,
  option,
  optionalPaths,
  wholeNumber,
} from './script-options.js';

interface Example {
  readonly features: readonly string[];
  readonly gold: boolean;
}

const data = existingPath('--data', '/work/shared/data/quotes/polnear');
const taggerPaths = existingPaths('--taggers', '');
const stackedPaths = optionalPaths('--stacked-taggers');
const cacheDir = option('--cache', '');
const out = option('--out', fileURLToPath(CUE_FILTER_PATH));
const threshold = numberOption('--threshold', String(1 / 3));
const epochs = wholeNumber('--epochs', '20', 1);
const l2 = numberOption('--l2', '0.01');
const rate = numberOption('--rate', '0.1');
const shuffleSeed = wholeNumber('--seed', '7', 1);
/** `--without P1,P2`: leave out the features whose names start with these (ablations over one cache). */
const without = option('--without', '').split(',').filter(Boolean);
const kept = (features: readonly string[]) => features.filter((f) => !without.some((p) => f.startsWith(p)));

/** The tagger's cues of a split, with their features and labels (cached under --cache). */
async function examples(split: 'train' | 'dev'): Promise<Example[]> {
  const cached = cacheDir
    ? join(cacheDir, `${split}-${[...taggerPaths, ...stackedPaths].join('+').replace(/\//gu, '_')}.json`)
    : '';
  if (cached && existsSync(cached))
    return (JSON.parse(readFileSync(cached, 'utf8')) as Example[]).map((r) => ({
      ...r,
      features: kept(r.features),
    }));
  const articles = readPolnearSplit(data, split);
  const folds = split === 'train' ? foldTaggers(taggerPaths, stackedPaths) : [shippedTagger()];
  const foldOf = articleFolds(articles, folds.length);
  const upstream = quotesUpstreamPipeline();
  const base = {
    firstNames: upstream.resources.use(FIRST_NAMES),
    facts: upstream.resources.use(PERSON_FACTS),
    by: 'quotes',
  };
  const rows: Example[] = [];
  for (const article of articles) {
    const tagger = folds[foldOf.get(article.name)!]!;
    const doc = await upstream.run(article.name, article.text);
    const input = quotesInput(doc);
    const { modelSpans } = taggedArticle(input, tagger, base);
    const offsets = doc.get('offsets');
    const rates = new Map(tagger.cueRates);
    for (const c of cueCandidates(
      input.text,
      input.sentences,
      input.tokens,
      input.mentions,
      modelSpans,
      rates,
    )) {
      const start = offsets.toSource(c.cue.start);
      const end = offsets.toSource(c.cue.end - 1) + 1;
      const gold = article.attributions.some((a) => a.cue.some((q) => q.start < end && start < q.end));
      rows.push({ features: c.features, gold });
    }
  }
  if (cached) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cached, JSON.stringify(rows));
  }
  return rows.map((r) => ({ ...r, features: kept(r.features) }));
}

/** Logistic regression by stochastic gradient with L2 and a falling rate, examples shuffled by a fixed seed. */
function train(rows: readonly Example[]): { weights: Map<string, number>; bias: number } {
  const weights = new Map<string, number>();
  let bias = 0;
  let seed = shuffleSeed;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const order = rows.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    // A rate falling with the epochs, so the weights settle rather than follow the last examples.
    const step = rate / (1 + e);
    for (const i of order) {
      const row = rows[i]!;
      let z = bias;
      for (const f of row.features) z += weights.get(f) ?? 0;
      const g = (row.gold ? 1 : 0) - 1 / (1 + Math.exp(-z));
      for (const f of row.features) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w + step * (g - l2 * w));
      }
      bias += step * g;
    }
  }
  return { weights, bias };
}

const trainRows = await examples('train');
const devRows = await examples('dev');
console.log(
  `train: ${trainRows.length} tagged cues, ${trainRows.filter((r) => r.gold).length} over a gold cue; dev: ${devRows.length}, ${devRows.filter((r) => r.gold).length}`,
);
const model = train(trainRows);
const probability = (r: Example) => {
  let z = model.bias;
  for (const f of r.features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
};
for (const t of [0.1, 0.2, 0.25, threshold, 0.4, 0.5]) {
  const dropped = devRows.filter((r) => probability(r) < t);
  console.log(
    `dev, probability < ${t.toFixed(2)}: ${dropped.length} cues dropped, ${dropped.filter((r) => r.gold).length} of them over a gold cue`,
  );
}
const weights: Record<string, number> = {};
for (const [f, w] of [...model.weights].sort((a, b) => a[0].localeCompare(b[0])))
  if (Math.abs(w) >= 1e-3) weights[f] = Math.round(w * 1e4) / 1e4;
writeFileSync(out, gzipSync(JSON.stringify({ bias: model.bias, threshold, weights })));
console.log(`wrote ${out} (${Object.keys(weights).length} weights)`);
