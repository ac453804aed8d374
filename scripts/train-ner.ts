/**
 * Trains the NER model: `npm run train:ner`. Reads CoNLL-2003 train (learning) and
 * dev (early stopping) from ../shared/data/conll2003 (or --data DIR), gazetteers and
 * word clusters from resources/, and writes models/ner/ner.model. Reproducible: the
 * only randomness is the sentence order, drawn from a fixed seed.
 *
 * Two passes are trained. The first sees the sentence; the second also sees how the
 * same word was labelled by the first pass elsewhere in the article. The second pass
 * is trained on first-pass labels for the training set produced by k-fold
 * jackknifing, so that at training time those labels are as noisy as at run time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type ConllDocument, parseConll } from '../src/stages/06-ner/conll.js';
import { scoreSentences } from '../src/stages/06-ner/conlleval.js';
import { FeatureExtractor, MAX_FEATURES } from '../src/stages/06-ner/features.js';
import { loadLexiconSources, packageRoot, sharedDataDir } from '../src/stages/06-ner/gazetteer-source.js';
import type { Lexicon } from '../src/stages/06-ner/lexicon.js';
import { LinearModel } from '../src/stages/06-ner/model.js';
import { writeModelFile } from '../src/stages/06-ner/model-file.js';
import { Perceptron, seededRandom, type TrainingSentence } from '../src/stages/06-ner/perceptron.js';
import { NerTagger } from '../src/stages/06-ner/tagger.js';
import { labelsToSpans, spansToIob2, spansToLabels, tagsToSpans } from '../src/stages/06-ner/tags.js';
import { seqFromWords, type TokenSeq } from '../src/stages/06-ner/token-seq.js';

const { values: opts } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(sharedDataDir() ?? '../shared/data', 'conll2003') },
    out: { type: 'string', default: resolve(packageRoot(), 'models', 'ner', 'ner.model') },
    epochs: { type: 'string', default: '15' },
    'min-count': { type: 'string', default: '2' },
    folds: { type: 'string', default: '4' },
    seed: { type: 'string', default: '20031' },
    'first-only': { type: 'boolean', default: false },
  },
});

const started = performance.now();
const log = (line: string) =>
  process.stdout.write(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${line}\n`);

function dataFile(name: string): string {
  try {
    return readFileSync(resolve(opts.data!, name), 'utf8');
  } catch {
    throw new Error(`cannot read ${name} under ${opts.data} (pass --data DIR)`);
  }
}

interface PreparedDoc {
  readonly seq: TokenSeq;
  readonly gold: Uint8Array;
  readonly goldTags: readonly (readonly string[])[];
}

function prepare(docs: readonly ConllDocument[]): PreparedDoc[] {
  return docs.map((doc) => {
    const seq = seqFromWords(doc.sentences.map((s) => s.words));
    const gold = new Uint8Array(seq.starts.length);
    doc.sentences.forEach((s, i) => {
      gold.set(spansToLabels(tagsToSpans(s.tags), s.words.length), seq.sentStarts[i]!);
    });
    return { seq, gold, goldTags: doc.sentences.map((s) => s.tags) };
  });
}

/** Feature hashes of every token of every document, with or without a prior. */
function extractAll(
  lexicon: Lexicon,
  docs: readonly PreparedDoc[],
  priors: readonly Uint8Array[] | null,
): Uint32Array[] {
  const ex = new FeatureExtractor(lexicon);
  return docs.map((d, i) => {
    ex.prepare(d.seq);
    if (priors) ex.setPrior(priors[i]!);
    const n = d.seq.starts.length;
    const feats = new Uint32Array(n * MAX_FEATURES);
    for (let k = 0; k < n; k++) ex.extract(d.seq, k, feats, k * MAX_FEATURES);
    return feats;
  });
}

/** Feature hash → row, for features seen at least `minCount` times. */
function buildIndex(feats: readonly Uint32Array[], minCount: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const f of feats) {
    for (let i = 0; i < f.length; i++) {
      const h = f[i]!;
      if (h !== 0) counts.set(h, (counts.get(h) ?? 0) + 1);
    }
  }
  const index = new Map<number, number>();
  for (const [h, c] of counts) if (c >= minCount) index.set(h, index.size);
  return index;
}

function toSentences(
  docs: readonly PreparedDoc[],
  feats: readonly Uint32Array[],
  index: Map<number, number>,
): TrainingSentence[] {
  const out: TrainingSentence[] = [];
  docs.forEach((d, di) => {
    const f = feats[di]!;
    for (let s = 0; s + 1 < d.seq.sentStarts.length; s++) {
      const from = d.seq.sentStarts[s]!;
      const to = d.seq.sentStarts[s + 1]!;
      const rows = new Int32Array((to - from) * MAX_FEATURES).fill(-1);
      for (let i = 0; i < rows.length; i++) {
        const h = f[from * MAX_FEATURES + i]!;
        if (h !== 0) rows[i] = index.get(h) ?? -1;
      }
      out.push({ rows, width: MAX_FEATURES, gold: d.gold.slice(from, to) });
    }
  });
  return out;
}

function toModel(index: Map<number, number>, weights: Float32Array, transitions: Float32Array): LinearModel {
  // Drop rows whose weights are all zero: they never change a score.
  const keys: number[] = [];
  const kept: number[] = [];
  const width = weights.length / index.size;
  for (const [h, r] of index) {
    let any = false;
    for (let y = 0; y < width; y++) if (Math.abs(weights[r * width + y]!) > 1e-6) any = true;
    if (any) {
      keys.push(h);
      kept.push(r);
    }
  }
  const w = new Float32Array(kept.length * width);
  for (const [i, r] of kept.entries()) w.set(weights.subarray(r * width, (r + 1) * width), i * width);
  return LinearModel.fromFloat(Uint32Array.from(keys), w, transitions);
}

function evaluate(tagger: NerTagger, docs: readonly PreparedDoc[]): { f1: number; labels: Uint8Array[] } {
  const sentences: { gold: readonly string[]; guessed: readonly string[] }[] = [];
  const all: Uint8Array[] = [];
  for (const d of docs) {
    const labels = tagger.tagLabels(d.seq).slice();
    all.push(labels);
    d.goldTags.forEach((gold, s) => {
      const from = d.seq.sentStarts[s]!;
      const guessed = spansToIob2(labelsToSpans(labels.subarray(from, from + gold.length)), gold.length);
      sentences.push({ gold, guessed });
    });
  }
  return { f1: scoreSentences(sentences).overall.f1, labels: all };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Trains one pass. With `dev`, evaluates after each epoch and keeps the best; without,
 * trains exactly `epochs` epochs.
 */
function trainPass(
  name: string,
  sentences: TrainingSentence[],
  index: Map<number, number>,
  epochs: number,
  seed: number,
  dev: ((m: LinearModel) => number) | null,
): { model: LinearModel; epochs: number; devF1: number } {
  const p = new Perceptron(index.size);
  const random = seededRandom(seed);
  const order = sentences.slice();
  let best: { model: LinearModel; epochs: number; devF1: number } | null = null;
  for (let e = 1; e <= epochs; e++) {
    shuffle(order, random);
    let mistakes = 0;
    for (const s of order) if (p.learn(s)) mistakes++;
    if (!dev && e < epochs) continue;
    const avg = p.averaged();
    const model = toModel(index, avg.weights, avg.transitions);
    const f1 = dev ? dev(model) : Number.NaN;
    log(`${name} epoch ${e}: ${mistakes} mistaken sentences, dev F1 ${f1.toFixed(2)}, ${model.rows} rows`);
    if (!best || !dev || f1 > best.devF1) best = { model, epochs: e, devF1: f1 };
  }
  return best!;
}

const seed = Number(opts.seed);
const epochs = Number(opts.epochs);
const minCount = Number(opts['min-count']);
const folds = Number(opts.folds);

const lexicon = loadLexiconSources();
log(
  `lexicon: ${lexicon.clusters.size} clustered words, ${lexicon.gazetteer.listNames.length} gazetteer lists`,
);
const train = prepare(parseConll(dataFile('eng.train'), 'eng.train'));
const dev = prepare(parseConll(dataFile('eng.testa'), 'eng.testa'));
log(`train ${train.length} docs, dev ${dev.length} docs`);

// Pass 1 on all of train, early-stopped on dev.
const feats1 = extractAll(lexicon, train, null);
const index1 = buildIndex(feats1, minCount);
log(`pass 1: ${index1.size} features`);
const first = trainPass('pass1', toSentences(train, feats1, index1), index1, epochs, seed, (m) => {
  return evaluate(new NerTagger(lexicon, m, null), dev).f1;
});
log(`pass 1 best: epoch ${first.epochs}, dev F1 ${first.devF1.toFixed(2)}`);

let second: { model: LinearModel; epochs: number; devF1: number } | null = null;
if (!opts['first-only']) {
  // Jackknifed first-pass labels for train.
  const priors: Uint8Array[] = new Array(train.length);
  for (let fold = 0; fold < folds; fold++) {
    const inFold = (i: number) => i % folds === fold;
    const rest = train.filter((_, i) => !inFold(i));
    const restFeats = feats1.filter((_, i) => !inFold(i));
    const idx = buildIndex(restFeats, minCount);
    const m = trainPass(
      `fold ${fold + 1}/${folds}`,
      toSentences(rest, restFeats, idx),
      idx,
      first.epochs,
      seed + fold + 1,
      null,
    ).model;
    const tagger = new NerTagger(lexicon, m, null);
    train.forEach((d, i) => {
      if (inFold(i)) priors[i] = tagger.tagLabels(d.seq).slice();
    });
  }
  const feats2 = extractAll(lexicon, train, priors);
  const index2 = buildIndex(feats2, minCount);
  log(`pass 2: ${index2.size} features`);
  second = trainPass('pass2', toSentences(train, feats2, index2), index2, epochs, seed, (m) => {
    return evaluate(new NerTagger(lexicon, first.model, m), dev).f1;
  });
  log(`pass 2 best: epoch ${second.epochs}, dev F1 ${second.devF1.toFixed(2)}`);
}

const bytes = writeModelFile({
  lexicon,
  first: first.model,
  second: second?.model ?? null,
  info: {
    trainedOn: 'CoNLL-2003 eng.train; early stopping on eng.testa',
    seed,
    minCount,
    folds,
    firstEpochs: first.epochs,
    firstDevF1: Number(first.devF1.toFixed(2)),
    secondEpochs: second?.epochs ?? null,
    secondDevF1: second ? Number(second.devF1.toFixed(2)) : null,
  },
});
mkdirSync(dirname(opts.out!), { recursive: true });
writeFileSync(opts.out!, bytes);
log(`wrote ${opts.out} (${(bytes.length / 1e6).toFixed(1)} MB)`);
