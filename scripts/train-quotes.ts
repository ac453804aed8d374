/**
 * Trains the PolNeAR attribution tagger (averaged perceptron over BIO Source/Cue/Content
 * tags) and writes models/quotes/attribution.bin.gz.
 *
 *   npm run train:quotes -- [--data DIR] [--epochs N] [--bits B] [--seed S]
 *                           [--features 1|2|3|4|5] [--seeds S1,S2] [--margin M] [--margin-miss M]
 *                           [--first-annotator] [--no-rules] [--no-mentions] [--out FILE]
 *                           [--doubled-apostrophes] [--hold-out K/N]
 *                           [--stack [--first-pass FILE] [--fold-out DIR]]
 *
 * Trains on PolNeAR `train` (every annotator's reading of each article, or the first
 * annotator's only with `--first-annotator`), picks the epoch with the best mean
 * exact-match F1 on `dev` (first annotator, as scored), then the O bias at decoding
 * (recall against precision) on `dev`; never reads `test`. Fixed seed: same data, same model.
 *
 * Each article goes through the default pipeline's stages before quotes (extract, clean,
 * segment, figures, ner, link), as at run time, so the tagger sees the tokens, sentences,
 * paragraphs and the rules' quotes the stage will give it. The gold spans (offsets into
 * the raw files) are mapped onto the cleaned text through the document's offset map; a
 * span whose text cleanup changed is counted and dropped.
 *
 * `--hold-out K/N` leaves fold K of N of the train articles out (`articleFolds`): the
 * content-end ranker (scripts/train-content-ends.ts) learns from the contents a tagger
 * gives articles it was not trained on, as the shipped tagger tags new text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceToClean } from '../src/core/offsets.js';
import { quotesUpstreamPipeline } from '../src/presets/quotes-runner.js';
import { articleFolds, readPolnearSplit } from '../src/stages/08-quotes/eval/polnear.js';
import { extractQuotes } from '../src/stages/08-quotes/extract.js';
import { FIRST_NAMES, PERSON_FACTS } from '../src/stages/08-quotes/gender.js';
import { quotesInput } from '../src/stages/08-quotes/index.js';
import { apostrophesAsMarks } from '../src/stages/08-quotes/model/doubled-apostrophes.js';
import { Perceptron } from '../src/stages/08-quotes/model/perceptron.js';
import {
  featureExtras,
  goldLabels,
  labelsToSpans,
  MODEL_PATH,
  type RoleSpan,
  ruleRoleSpans,
  type Sequence,
  sequences,
} from '../src/stages/08-quotes/model/tagger.js';
import { existingPath, foldOption, numberList, numberOption, option, wholeNumber } from './script-options.js';

const data = existingPath('--data', '/work/shared/data/quotes/polnear');
const epochs = wholeNumber('--epochs', '20', 1);
const bits = wholeNumber('--bits', '19', 1);
let seed = numberOption('--seed', '13');
const featureVersion = wholeNumber('--features', '4', 1);
const { fold: heldOut, folds } = foldOption('--hold-out', '-1/1');
const seeds = numberList('--seeds', String(seed));
const stack = process.argv.includes('--stack');
const foldOut = option('--fold-out', '');
const marginMiss = numberOption('--margin-miss', '0');
const margin = numberOption('--margin', '0');

/** Mulberry32: a small seeded PRNG, so the shuffle (and the model) is reproducible. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

interface Example {
  readonly seq: Sequence;
  readonly gold: Uint8Array;
  readonly spans: RoleSpan[];
}

/** One annotated article through the upstream stages: what its examples are built from. */
interface Prepared {
  readonly name: string;
  readonly input: ReturnType<typeof quotesInput>;
  readonly ruleSpans: RoleSpan[] | undefined;
  readonly spans: RoleSpan[];
}

/** How often each word of train occurs, and how often inside a cue span. */
function countCueWords(): { asCue: Map<string, number>; all: Map<string, number> } {
  const asCue = new Map<string, number>();
  const all = new Map<string, number>();
  for (const article of readPolnearSplit(data, 'train')) {
    for (const m of article.text.toLowerCase().matchAll(/[\p{L}’']+/gu))
      all.set(m[0], (all.get(m[0]) ?? 0) + 1);
    for (const a of article.attributions)
      for (const c of a.cue)
        for (const m of article.text
          .slice(c.start, c.end)
          .toLowerCase()
          .matchAll(/[\p{L}’']+/gu))
          asCue.set(m[0], (asCue.get(m[0]) ?? 0) + 1);
  }
  return { asCue, all };
}

/** Words that are cues in at least 30% of their occurrences in train (and at least 3 times). */
function learnCueWords(): string[] {
  const { asCue, all } = countCueWords();
  return [...asCue]
    .filter(([w, n]) => n >= 3 && n / (all.get(w) ?? n) >= 0.3)
    .map(([w]) => w)
    .sort();
}

/**
 * For every word seen as a cue at least twice in train, the share of its occurrences
 * that were cues, as a bucket 1–7 (feature set 2: "argued" is a cue more often than "called").
 */
function learnCueRates(): [string, number][] {
  const { asCue, all } = countCueWords();
  const limits = [0.05, 0.1, 0.2, 0.3, 0.5, 0.7];
  return [...asCue]
    .filter(([, n]) => n >= 2)
    .map(([w, n]): [string, number] => {
      const r = n / (all.get(w) ?? n);
      return [w, 1 + limits.filter((l) => r >= l).length];
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

const cueWords = learnCueWords();
const cueRates = featureVersion >= 2 ? learnCueRates() : [];
const extras = featureVersion >= 2 ? featureExtras(cueRates, featureVersion) : undefined;
const useRules = !process.argv.includes('--no-rules');
const useMentions = !process.argv.includes('--no-mentions');
const doubledApostrophes = process.argv.includes('--doubled-apostrophes');
const upstream = quotesUpstreamPipeline();
const firstNames = upstream.resources.use(FIRST_NAMES);
const facts = upstream.resources.use(PERSON_FACTS);
const cueSet = new Set(cueWords);
let spansKept = 0;
let spansChanged = 0;

async function load(split: string, allAnnotators = false): Promise<Prepared[]> {
  const out: Prepared[] = [];
  const articles = readPolnearSplit(data, split, allAnnotators);
  const foldOf = articleFolds(articles, folds);
  for (const article of articles) {
    if (split === 'train' && foldOf.get(article.name) === heldOut) continue;
    const doc = await upstream.run(article.name, article.text);
    const input = quotesInput(doc);
    const { text } = input;
    // The rules' quotes are features of the model (stacking: the rules are not trained).
    // Each quotation apart, as the stage reads the rules' quotes for the tagger.
    // With --doubled-apostrophes the rules read `''…''` as quotation marks, as the stage
    // does under POLNEAR_CONVENTIONS (the shipped model was trained without).
    const marked = doubledApostrophes ? apostrophesAsMarks(text) : null;
    const ruleInput = marked ? { ...input, text: marked } : input;
    const ruleQuotes = extractQuotes(ruleInput, { firstNames, facts, by: 'rules', joinContinued: false });
    const ruleSpans = useRules ? ruleRoleSpans(ruleInput.text, ruleQuotes) : undefined;
    const toClean = sourceToClean(doc.get('offsets'), text.length);
    const spans: RoleSpan[] = [];
    for (const a of article.attributions) {
      for (const [role, list] of [
        ['source', a.source],
        ['cue', a.cue],
        ['content', a.content],
      ] as const) {
        for (const s of list) {
          const mapped = { start: toClean.start(s.start), end: toClean.end(s.end), role };
          // Cleanup only collapses whitespace in PolNeAR's plain text; check it kept the words.
          const words = (t: string) => t.replace(/\s+/g, ' ').trim();
          if (words(text.slice(mapped.start, mapped.end)) === words(article.text.slice(s.start, s.end))) {
            spans.push(mapped);
            spansKept++;
          } else spansChanged++;
        }
      }
    }
    out.push({ name: article.name, input, ruleSpans, spans });
  }
  return out;
}

/** An article's paragraphs as training examples; a stacked pass's with the first pass's spans. */
function examplesOf(article: Prepared, firstPass?: readonly RoleSpan[]): Example[] {
  const { input, ruleSpans, spans } = article;
  return sequences(
    input.text,
    input.paragraphs,
    input.sentences,
    input.tokens,
    cueSet,
    undefined,
    ruleSpans,
    useMentions ? input.mentions : undefined,
    extras,
    firstPass,
  ).map((seq) => {
    const first = seq.tokens[0]!.start;
    const last = seq.tokens[seq.tokens.length - 1]!.end;
    const inside = spans.filter((s) => s.start >= first && s.end <= last);
    return { seq, gold: goldLabels(seq, inside), spans: inside };
  });
}

/** A first pass's spans over an article's examples (its paragraphs, decoded). */
function tagged(model: Perceptron, examples: readonly Example[]): RoleSpan[] {
  return examples.flatMap((ex) => labelsToSpans(ex.seq, model.decode(ex.seq.feats)));
}

function evaluate(model: Perceptron, examples: readonly Example[]): Record<string, number> {
  const c = { source: [0, 0, 0], cue: [0, 0, 0], content: [0, 0, 0] } as Record<string, number[]>;
  for (const ex of examples) {
    const pred = labelsToSpans(ex.seq, model.decode(ex.seq.feats));
    const key = (s: RoleSpan) => `${s.role}:${s.start}:${s.end}`;
    const gold = new Set(ex.spans.map(key));
    for (const s of ex.spans) c[s.role]![1]!++;
    for (const s of pred) {
      c[s.role]![2]!++;
      if (gold.has(key(s))) c[s.role]![0]!++;
    }
  }
  const f: Record<string, number> = {};
  for (const [role, [tp, g, p]] of Object.entries(c)) {
    const pr = p! ? tp! / p! : 0;
    const rc = g! ? tp! / g! : 0;
    f[role] = pr + rc ? (2 * pr * rc) / (pr + rc) : 0;
  }
  return f;
}

const started = performance.now();
const trainArticles = await load('train', !process.argv.includes('--first-annotator'));
const devArticles = await load('dev');
let trainByArticle = trainArticles.map((a) => examplesOf(a));
let devByArticle = devArticles.map((a) => examplesOf(a));
let train = trainByArticle.flat();
let dev = devByArticle.flat();
console.log(
  `loaded ${train.length} train and ${dev.length} dev paragraphs in ${((performance.now() - started) / 1000).toFixed(1)}s; ${spansKept} gold spans mapped onto the cleaned text, ${spansChanged} dropped (cleanup changed their words)`,
);
console.log(`${cueWords.length} cue words learned from train; feature set ${featureVersion}`);

/** One training run from `runSeed`: the averaged model of the epoch with the best mean dev F1. */
function trainOne(
  runSeed: number,
  trainSet: readonly Example[] = train,
): { score: number; epoch: number; model: Perceptron } {
  const train = trainSet;
  seed = runSeed;
  const model = new Perceptron(bits, undefined, undefined, true);
  model.cueWords = cueWords;
  model.usesRules = useRules;
  model.usesMentions = useMentions;
  model.featureVersion = featureVersion;
  model.margin = { miss: marginMiss, other: margin };
  model.cueRates = cueRates;
  let best: { score: number; epoch: number; model: Perceptron } | null = null;
  const order = train.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let wrong = 0;
    for (const i of order) wrong += model.train(train[i]!.seq.feats, train[i]!.gold);
    const averaged = model.averaged();
    const f = evaluate(averaged, dev);
    const score = (f.source! + f.cue! + f.content!) / 3;
    console.log(
      `seed ${runSeed} epoch ${epoch}: ${wrong} wrong labels; dev F1 source ${(100 * f.source!).toFixed(1)} cue ${(100 * f.cue!).toFixed(1)} content ${(100 * f.content!).toFixed(1)}`,
    );
    if (!best || score > best.score) best = { score, epoch, model: averaged };
  }
  return best!;
}

// `--stack`: a second tagger over the first one's labels. Train's first-pass labels come
// from two fold taggers, each tagging the half of the articles it was not trained on (so
// the second pass learns how far to trust the first on new text); dev's from the shipped
// tagger (`--first-pass FILE`), as at run time.
if (stack) {
  const folds = articleFolds(
    trainArticles.map((a) => ({ name: a.name, text: '', attributions: [] })),
    2,
  );
  const firstPass: RoleSpan[][] = trainArticles.map(() => []);
  const outside = (fold: number) =>
    trainByArticle.filter((_, i) => folds.get(trainArticles[i]!.name) !== fold).flat();
  for (const fold of [0, 1]) {
    const kept = outside(fold);
    const { model, epoch } = trainOne(seeds[0]!, kept);
    console.log(`fold tagger ${fold}: ${kept.length} paragraphs, epoch ${epoch} kept`);
    if (foldOut) writeFileSync(join(foldOut, `fold${fold}.bin.gz`), model.save());
    trainArticles.forEach((a, i) => {
      if (folds.get(a.name) === fold) firstPass[i] = tagged(model, trainByArticle[i]!);
    });
  }
  const shipped = Perceptron.load(readFileSync(option('--first-pass', fileURLToPath(MODEL_PATH))));
  const devFirst = devByArticle.map((ex) => tagged(shipped, ex));
  trainByArticle = trainArticles.map((a, i) => examplesOf(a, firstPass[i]));
  devByArticle = devArticles.map((a, i) => examplesOf(a, devFirst[i]));
  train = trainByArticle.flat();
  dev = devByArticle.flat();
  // `--fold-out DIR`: the fold taggers of both passes, for the scripts that learn from the
  // stage's output on train (the boundary rankers, the cue filter). Stacked tagger K learns
  // from the articles outside fold K, over their first-pass labels (given by fold tagger
  // 1 − K, which never saw them), and tags fold K over fold tagger K's labels: neither pass
  // saw fold K's gold.
  if (foldOut) {
    for (const fold of [0, 1]) {
      const { model, epoch } = trainOne(seeds[0]!, outside(fold));
      model.stacked = true;
      writeFileSync(join(foldOut, `stacked${fold}.bin.gz`), model.save());
      console.log(`stacked fold tagger ${fold}: epoch ${epoch} kept`);
    }
  }
  const f = evaluate(
    shipped,
    devArticles.flatMap((a) => examplesOf(a)),
  );
  console.log(
    `first pass on dev: F1 source ${(100 * f.source!).toFixed(1)} cue ${(100 * f.cue!).toFixed(1)} content ${(100 * f.content!).toFixed(1)}; stacked examples built`,
  );
}

// With several seeds (`--seeds 13,14`), the kept models' weights are averaged: one
// model of the same size, an ensemble of the runs (a linear model's scores average).
const runs = seeds.map((s) => trainOne(s));
let best = runs[0]!;
if (runs.length > 1) {
  const first = runs[0]!.model;
  const w = new Float32Array(first.weights.length);
  const t = new Float32Array(first.trans.length);
  for (const r of runs) {
    for (let i = 0; i < w.length; i++) w[i]! += r.model.weights[i]! / runs.length;
    for (let i = 0; i < t.length; i++) t[i]! += r.model.trans[i]! / runs.length;
  }
  const mean = new Perceptron(bits, w, t);
  mean.cueWords = first.cueWords;
  mean.usesRules = first.usesRules;
  mean.usesMentions = first.usesMentions;
  mean.featureVersion = first.featureVersion;
  mean.cueRates = first.cueRates;
  mean.extras = first.extras;
  const f = evaluate(mean, dev);
  const score = (f.source! + f.cue! + f.content!) / 3;
  console.log(
    `mean of ${runs.length} runs (epochs ${runs.map((r) => r.epoch).join(', ')}): dev F1 source ${(100 * f.source!).toFixed(1)} cue ${(100 * f.cue!).toFixed(1)} content ${(100 * f.content!).toFixed(1)}`,
  );
  best = { score, epoch: runs[0]!.epoch, model: mean };
}
// The O bias: the best epoch's model decoded with a penalty on O, the best mean dev F1 kept.
const kept = best!.model;
kept.stacked = stack;
let bestBias = { bias: 0, score: best!.score };
for (const bias of [0.5, 1, 2, 3, 4, 6, 8]) {
  kept.oBias = bias;
  const f = evaluate(kept, dev);
  const score = (f.source! + f.cue! + f.content!) / 3;
  console.log(
    `O bias ${bias}: dev F1 source ${(100 * f.source!).toFixed(1)} cue ${(100 * f.cue!).toFixed(1)} content ${(100 * f.content!).toFixed(1)}`,
  );
  if (score > bestBias.score) bestBias = { bias, score };
}
kept.oBias = bestBias.bias;
console.log(`O bias ${bestBias.bias} kept; ${((performance.now() - started) / 60000).toFixed(1)} min in all`);
const bytes = kept.save();
const out = option('--out', fileURLToPath(MODEL_PATH));
writeFileSync(out, bytes);
console.log(`kept epoch ${best!.epoch}; wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB)`);
