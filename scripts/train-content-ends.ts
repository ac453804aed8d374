/**
 * Trains the content-end ranker (src/stages/08-quotes/model/content-ends.ts) and writes
 * models/quotes/content-ends.json.gz.
 *
 *   npx tsx scripts/train-content-ends.ts [--data DIR] [--taggers A.bin.gz,B.bin.gz] [--epochs N] [--out FILE]
 *                                         [--cache DIR]
 *
 * Each PolNeAR article goes through the stage as under POLNEAR_CONVENTIONS (rules, tagger,
 * grouping), with a recorder in place of the ranker: for every content the grouping gives
 * a cue, the candidate ends and their features are kept, and the gold end is the end of
 * the gold content it overlaps most, whatever its cue (every annotator's reading on train,
 * the first annotator's on dev: contents are scored apart from their cues). Cross-fitting: `--taggers` names one tagger per
 * fold (`train:quotes -- --hold-out K/N`), and fold K's train articles are tagged by the
 * tagger that never saw them, so the ranker learns how far to trust the tagger on new
 * text; without it, the shipped tagger tags its own training articles. An averaged
 * perceptron over the candidates learns from train; the epoch with the most dev contents
 * ended right is kept. Never reads `test`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Span } from '../src/core/span.js';
import { quotesUpstreamPipeline } from '../src/presets/quotes-runner.js';
import { articleFolds, type PolnearArticle, readPolnearSplit } from '../src/stages/08-quotes/eval/polnear.js';
import { extractQuotes } from '../src/stages/08-quotes/extract.js';
import { FIRST_NAMES, PERSON_FACTS } from '../src/stages/08-quotes/gender.js';
import { quotesInput } from '../src/stages/08-quotes/index.js';
import {
  CONTENT_ENDS_PATH,
  type ContentEndChooser,
  type ContentEndContext,
  ContentEndRanker,
  candidateEnds,
  endFeatures,
  prepareContext,
} from '../src/stages/08-quotes/model/content-ends.js';
import { apostrophesAsMarks } from '../src/stages/08-quotes/model/doubled-apostrophes.js';
import { Perceptron } from '../src/stages/08-quotes/model/perceptron.js';
import {
  featureExtras,
  MODEL_PATH,
  ruleRoleSpans,
  tagAttributions,
} from '../src/stages/08-quotes/model/tagger.js';
import { option, wholeNumber } from './script-options.js';

const data = option('--data', '/work/shared/data/quotes/polnear');
const epochs = wholeNumber('--epochs', '12', 1);
const taggerPaths = option('--taggers', fileURLToPath(MODEL_PATH)).split(',');
const shippedTagger = loadTagger(fileURLToPath(MODEL_PATH));
const foldTaggers = taggerPaths.map(loadTagger);

function loadTagger(path: string): Perceptron {
  const model = Perceptron.load(readFileSync(path));
  if (model.featureVersion >= 2) model.extras = featureExtras(model.cueRates, model.featureVersion);
  return model;
}

/** One content to end: its candidates' features and the index of the gold end among them. */
interface Example {
  readonly candidates: string[][];
  readonly gold: number;
  /** Index of the rules' end (the end kept before the ranker). */
  readonly rules: number;
}

/** Stands in for the ranker inside the stage: keeps every context and ends as the rules do. */
class Recorder implements ContentEndChooser {
  readonly contexts: ContentEndContext[] = [];
  choose(context: ContentEndContext): number {
    this.contexts.push(context);
    return context.ruleEnd;
  }
}

const upstream = quotesUpstreamPipeline();
const firstNames = upstream.resources.use(FIRST_NAMES);
const facts = upstream.resources.use(PERSON_FACTS);
let missing = 0;

/** One article through the stage: the contexts the ranker was asked about, and the clean-to-raw offsets. */
interface Run {
  readonly text: string;
  readonly contexts: Omit<ContentEndContext, 'text'>[];
  /** Raw-file offset of every clean offset. */
  readonly toSource: Int32Array;
}

async function runStage(article: PolnearArticle, tagger: Perceptron): Promise<Run> {
  const doc = await upstream.run(article.name, article.text);
  const input = quotesInput(doc);
  const marked = { ...input, text: apostrophesAsMarks(input.text) ?? input.text };
  const base = { firstNames, facts, by: 'quotes' };
  const rulesOnly = extractQuotes(marked, { ...base, joinContinued: false });
  const modelSpans = tagAttributions(
    tagger,
    input.text,
    input.paragraphs,
    input.sentences,
    input.tokens,
    ruleRoleSpans(marked.text, rulesOnly),
    input.mentions,
  );
  const recorder = new Recorder();
  extractQuotes(marked, {
    ...base,
    modelSpans,
    indirect: 'model',
    modelOverQuotes: true,
    modelKeep: 'all',
    joinContinued: false,
    contentEnds: recorder,
  });
  const offsets = doc.get('offsets');
  const toSource = new Int32Array(input.text.length + 1);
  for (let c = 0; c <= input.text.length; c++) toSource[c] = offsets.toSource(c);
  return { text: marked.text, contexts: recorder.contexts.map(({ text: _, ...rest }) => rest), toSource };
}

/**
 * Every article of a split through the stage, or the runs kept by an earlier call with the
 * same `--cache` folder, split and taggers (the slow part; the features are computed after).
 */
async function runs(split: string, articles: readonly PolnearArticle[]): Promise<Map<string, Run>> {
  const cacheDir = option('--cache', '');
  const cacheFile = cacheDir
    ? join(cacheDir, `${split}-${taggerPaths.map((p) => basename(p)).join('+')}.v8`)
    : '';
  if (cacheFile && existsSync(cacheFile)) return deserialize(readFileSync(cacheFile)) as Map<string, Run>;
  const foldOf = articleFolds(articles, foldTaggers.length);
  const out = new Map<string, Run>();
  for (const article of articles) {
    if (out.has(article.name)) continue;
    const tagger = split === 'train' ? foldTaggers[foldOf.get(article.name)!]! : shippedTagger;
    out.set(article.name, await runStage(article, tagger));
  }
  if (cacheFile) writeFileSync(cacheFile, serialize(out));
  return out;
}

async function load(split: string, allAnnotators: boolean): Promise<Example[]> {
  const articles = readPolnearSplit(data, split, allAnnotators);
  const stageRuns = await runs(split, articles);
  const out: Example[] = [];
  for (const article of articles) {
    // Every annotator's reading of an article shares one run of the stage.
    const { text, toSource } = stageRuns.get(article.name)!;
    const contexts = stageRuns.get(article.name)!.contexts.map((c) => ({ ...c, text }));
    // Compared in the raw file's offsets, as the scorer compares (an end maps through its last character).
    const start = (at: number) => toSource[at]!;
    const end = (at: number) => toSource[at - 1]! + 1;
    const fragments = article.attributions.flatMap((a) => a.content);
    for (const context of contexts) {
      // The gold content this one overlaps most (whatever its cue: contents are scored
      // apart from their cues); none, and the content is spurious: nothing to learn.
      const from = start(context.start);
      const to = end(context.ruleEnd);
      const overlap = (c: Span) => Math.min(to, c.end) - Math.max(from, c.start);
      const gold = fragments.filter((c) => overlap(c) > 0).sort((a, b) => overlap(b) - overlap(a))[0];
      if (!gold) continue;
      const goldEnd = gold.end;
      const ends = candidateEnds(context);
      const prepared = prepareContext(context);
      const g = ends.findIndex((e) => end(e) === goldEnd);
      if (g < 0) {
        missing++;
        continue;
      }
      out.push({
        candidates: ends.map((e) => endFeatures(prepared, e)),
        gold: g,
        rules: ends.indexOf(context.ruleEnd),
      });
    }
  }
  return out;
}

/** Contents ended right by a chooser (a candidate index per example). */
function accuracy(examples: readonly Example[], pick: (ex: Example) => number): number {
  return examples.filter((ex) => pick(ex) === ex.gold).length;
}

const argmax = (ranker: ContentEndRanker, ex: Example) => {
  let best = ex.rules;
  let bestScore = ranker.score(ex.candidates[best]!);
  ex.candidates.forEach((c, i) => {
    const s = ranker.score(c);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  return best;
};

const started = performance.now();
const train = await load('train', true);
const trainMissing = missing;
missing = 0;
const dev = await load('dev', false);
console.log(
  `${train.length} train and ${dev.length} dev contents (gold end not a candidate: ${trainMissing} train, ${missing} dev) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
console.log(
  `rules' end right: train ${accuracy(train, (ex) => ex.rules)} / ${train.length}, dev ${accuracy(dev, (ex) => ex.rules)} / ${dev.length}`,
);

// Averaged perceptron over the candidates (the usual lazy averaging: weights minus
// the step-weighted sum of updates over the step count).
const weights = new Map<string, number>();
const totals = new Map<string, number>();
let step = 1;
const update = (features: readonly string[], delta: number) => {
  for (const f of features) {
    weights.set(f, (weights.get(f) ?? 0) + delta);
    totals.set(f, (totals.get(f) ?? 0) + step * delta);
  }
};
const averaged = () => {
  const out = new Map<string, number>();
  for (const [f, w] of weights) out.set(f, Math.round((w - (totals.get(f) ?? 0) / step) * 1000) / 1000);
  return new ContentEndRanker(out);
};
let seed = 13;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const order = train.map((_, i) => i);
let best: { epoch: number; right: number; ranker: ContentEndRanker } | null = null;
for (let epoch = 1; epoch <= epochs; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const live = new ContentEndRanker(weights);
  let wrong = 0;
  for (const i of order) {
    const ex = train[i]!;
    const p = argmax(live, ex);
    if (p !== ex.gold) {
      wrong++;
      update(ex.candidates[ex.gold]!, 1);
      update(ex.candidates[p]!, -1);
    }
    step++;
  }
  const ranker = averaged();
  const right = accuracy(dev, (ex) => argmax(ranker, ex));
  console.log(`epoch ${epoch}: ${wrong} train mistakes; dev ${right} / ${dev.length} ended right`);
  if (!best || right > best.right) best = { epoch, right, ranker };
}
const out = option('--out', fileURLToPath(CONTENT_ENDS_PATH));
const bytes = best!.ranker.save();
writeFileSync(out, bytes);
console.log(`kept epoch ${best!.epoch}; wrote ${out} (${(bytes.length / 1000).toFixed(0)} kB)`);
