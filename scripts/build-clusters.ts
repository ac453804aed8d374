/**
 * Learns word clusters for the NER model: `npm run build:clusters`.
 *
 * Corpus (read-only, never shipped), all under ../shared/data: the words of CoNLL-2003
 * `eng.train`, and the PolNeAR articles of the `train/`, `dev/` and `annotator-training/`
 * compartments. Only training and dev text, because the clusters feed the NER model and
 * the quotes tagger, whose test figures we report: unsupervised learning from test text
 * is still learning from it. Left out, for that reason:
 * - PolNeAR `test/` (upstream asks it be used only for final figures);
 * - PolNeAR `parc3-replication/` (annotations only, its WSJ texts are not staged);
 * - CoNLL `eng.testa` (dev, tunes the NER model's early stopping) and `eng.testb` (test):
 *   CoNLL text here is train only, as before;
 * - the extraction benchmarks' HTML pages (article-extraction, trafilatura-eval): their
 *   SOURCE.md describe evaluation sets with no training split, so every page is test data.
 * Words seen at least `--min-count` times are clustered at three
 * granularities (64, 256 and 1000 classes), a stand-in for the prefixes of Brown
 * clusters.
 *
 * `--method exchange` (default): the exchange algorithm, classes that maximise the
 * likelihood of a class bigram model (what Brown clustering optimises, found by
 * moving words rather than merging classes). `--method kmeans`: spherical k-means
 * over randomly projected PPMI context vectors (the first version; kept to compare).
 * Only the word → cluster table ships (resources/clusters/news-clusters.tsv).
 * Deterministic: fixed seed, fixed file order.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConll } from '../src/stages/06-ner/conll.js';
import { clustersFile, sharedDataDir } from '../src/stages/06-ner/gazetteer-source.js';
import { seededRandom } from '../src/stages/06-ner/perceptron.js';
import { simpleTokenize } from '../src/stages/06-ner/simple-tokenizer.js';

const { values: opts } = parseArgs({
  options: {
    data: { type: 'string', default: sharedDataDir() ?? '../shared/data' },
    out: { type: 'string', default: clustersFile() },
    'min-count': { type: 'string', default: '4' },
    vocab: { type: 'string', default: '60000' },
    contexts: { type: 'string', default: '3000' },
    dims: { type: 'string', default: '256' },
    iterations: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    method: { type: 'string', default: 'exchange' },
  },
});

const started = performance.now();
const log = (line: string) =>
  process.stdout.write(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${line}\n`);

function dataDir(): string {
  try {
    readdirSync(join(opts.data!, 'conll2003'));
    return opts.data!;
  } catch {
    throw new Error(`no shared data under ${opts.data} (pass --data DIR)`);
  }
}

function* walk(dir: string): Generator<string> {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    try {
      readdirSync(path);
      yield* walk(path);
    } catch {
      yield path;
    }
  }
}

const ENGLISH = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'is',
  'was',
  'for',
  'that',
  'on',
  'with',
  'he',
]);

/** Keeps English sentences only (a guard kept from when German and Russian web pages were read). */
function looksEnglish(words: readonly string[]): boolean {
  let hits = 0;
  for (const w of words) if (ENGLISH.has(w.toLowerCase())) hits++;
  return hits >= 2 || hits / words.length >= 0.15;
}

/** PolNeAR compartments whose text may be learned from: not `test`. */
const POLNEAR_COMPARTMENTS = ['train', 'dev', 'annotator-training'] as const;

/** Sentences of tokens from the training and dev sources. */
function corpus(): string[][] {
  const root = dataDir();
  const sentences: string[][] = [];
  for (const doc of parseConll(readFileSync(join(root, 'conll2003', 'eng.train'), 'utf8'))) {
    for (const s of doc.sentences) sentences.push([...s.words]);
  }
  log(`CoNLL train: ${sentences.length} sentences`);
  const addText = (text: string) => {
    for (const para of text.split(/\n+/)) {
      if (para.split(/\s+/).length < 6) continue;
      const seq = simpleTokenize(para);
      for (let s = 0; s + 1 < seq.sentStarts.length; s++) {
        const words: string[] = [];
        for (let k = seq.sentStarts[s]!; k < seq.sentStarts[s + 1]!; k++) {
          words.push(para.slice(seq.starts[k]!, seq.ends[k]!));
        }
        if (words.length > 3 && looksEnglish(words)) sentences.push(words);
      }
    }
  };
  // Named compartments only (never a walk over the whole corpus), so a test split
  // cannot slip in; see the header comment.
  for (const compartment of POLNEAR_COMPARTMENTS) {
    for (const file of walk(join(root, 'quotes', 'polnear', compartment, 'text'))) {
      if (file.endsWith('.txt')) addText(readFileSync(file, 'utf8'));
    }
  }
  log(`+ PolNeAR ${POLNEAR_COMPARTMENTS.join(', ')}: ${sentences.length} sentences`);
  return sentences;
}

function kmeans(
  vectors: Float32Array,
  weights: Float32Array,
  n: number,
  d: number,
  k: number,
  iterations: number,
  random: () => number,
): Int32Array {
  const centroids = new Float32Array(k * d);
  // Seed with distinct random members.
  const chosen = new Set<number>();
  while (chosen.size < Math.min(k, n)) chosen.add(Math.floor(random() * n));
  for (const [c, v] of [...chosen].entries()) centroids.set(vectors.subarray(v * d, (v + 1) * d), c * d);
  const assign = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let v = 0; v < n; v++) {
      let best = -1;
      let bestScore = Number.NEGATIVE_INFINITY;
      const vo = v * d;
      for (let c = 0; c < k; c++) {
        const co = c * d;
        let s = 0;
        for (let j = 0; j < d; j++) s += vectors[vo + j]! * centroids[co + j]!;
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      assign[v] = best;
    }
    centroids.fill(0);
    for (let v = 0; v < n; v++) {
      const co = assign[v]! * d;
      const w = weights[v]!;
      for (let j = 0; j < d; j++) centroids[co + j]! += w * vectors[v * d + j]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let j = 0; j < d; j++) norm += centroids[c * d + j]! ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) {
        const v = Math.floor(random() * n);
        centroids.set(vectors.subarray(v * d, (v + 1) * d), c * d);
      } else for (let j = 0; j < d; j++) centroids[c * d + j]! /= norm;
    }
    log(`k-means k=${k} iteration ${it + 1}`);
  }
  return assign;
}

/**
 * The exchange algorithm (Kneser & Ney 1993; Martin et al. 1998): word classes that
 * maximise the likelihood of a class bigram model. Words are moved one at a time to
 * the class that most improves Σ N(c,d) log N(c,d) − 2 Σ N(c) log N(c). Words outside
 * the vocabulary share one fixed class, sentence boundaries another.
 */
function exchangeClusters(
  sentences: readonly string[][],
  vocabIndex: ReadonlyMap<string, number>,
  vocabCounts: Float64Array,
  k: number,
  iterations: number,
): Int32Array {
  const V = vocabCounts.length;
  const RARE = V;
  const EDGE = V + 1;
  const W = V + 2;
  // Word bigram counts as sparse maps, left and right.
  const right: Map<number, number>[] = Array.from({ length: W }, () => new Map());
  const left: Map<number, number>[] = Array.from({ length: W }, () => new Map());
  const unigram = new Float64Array(W);
  for (const s of sentences) {
    let prev = EDGE;
    unigram[EDGE]! += 1;
    for (const w of s) {
      const id = vocabIndex.get(w) ?? RARE;
      unigram[id]! += 1;
      right[prev]!.set(id, (right[prev]!.get(id) ?? 0) + 1);
      left[id]!.set(prev, (left[id]!.get(prev) ?? 0) + 1);
      prev = id;
    }
    right[prev]!.set(EDGE, (right[prev]!.get(EDGE) ?? 0) + 1);
    left[EDGE]!.set(prev, (left[EDGE]!.get(prev) ?? 0) + 1);
  }
  const C = k + 2; // k movable classes + rare + edge
  const cls = new Int32Array(W);
  for (let w = 0; w < V; w++) cls[w] = w % k;
  cls[RARE] = k;
  cls[EDGE] = k + 1;
  const pair = new Float64Array(C * C);
  const single = new Float64Array(C);
  for (let w = 0; w < W; w++) {
    single[cls[w]!]! += unigram[w]!;
    for (const [v, n] of right[w]!) pair[cls[w]! * C + cls[v]!]! += n;
  }
  const f = (x: number) => (x > 0 ? x * Math.log(x) : 0);
  const L = new Float64Array(C);
  const R = new Float64Array(C);
  const touchedL: number[] = [];
  const touchedR: number[] = [];
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let w = 0; w < V; w++) {
      touchedL.length = 0;
      touchedR.length = 0;
      for (const [v, n] of left[w]!) {
        if (v === w) continue;
        const c = cls[v]!;
        if (L[c] === 0) touchedL.push(c);
        L[c]! += n;
      }
      for (const [v, n] of right[w]!) {
        if (v === w) continue;
        const c = cls[v]!;
        if (R[c] === 0) touchedR.push(c);
        R[c]! += n;
      }
      const old = cls[w]!;
      const nw = unigram[w]!;
      for (const c of touchedL) pair[c * C + old]! -= L[c]!;
      for (const c of touchedR) pair[old * C + c]! -= R[c]!;
      single[old]! -= nw;
      let best = old;
      let bestGain = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        let gain = -2 * (f(single[c]! + nw) - f(single[c]!));
        for (const d of touchedL) {
          const x = pair[d * C + c]!;
          gain += f(x + L[d]!) - f(x);
        }
        for (const d of touchedR) {
          const x = pair[c * C + d]!;
          gain += f(x + R[d]!) - f(x);
        }
        if (gain > bestGain) {
          bestGain = gain;
          best = c;
        }
      }
      if (best !== old) moved++;
      cls[w] = best;
      for (const c of touchedL) pair[c * C + best]! += L[c]!;
      for (const c of touchedR) pair[best * C + c]! += R[c]!;
      single[best]! += nw;
      for (const c of touchedL) L[c] = 0;
      for (const c of touchedR) R[c] = 0;
    }
    log(`exchange k=${k} iteration ${it + 1}: ${moved} words moved`);
  }
  return cls.subarray(0, V);
}

const random = seededRandom(Number(opts.seed));
const sentences = corpus();
const counts = new Map<string, number>();
const lowerCounts = new Map<string, number>();
for (const s of sentences) {
  for (const w of s) {
    counts.set(w, (counts.get(w) ?? 0) + 1);
    const l = w.toLowerCase();
    lowerCounts.set(l, (lowerCounts.get(l) ?? 0) + 1);
  }
}
const vocab = [...counts]
  .filter(([, c]) => c >= Number(opts['min-count']))
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, Number(opts.vocab))
  .map(([w]) => w);
const vocabIndex = new Map(vocab.map((w, i) => [w, i]));
if (opts.method === 'exchange') {
  const vocabCounts = Float64Array.from(vocab, (w) => counts.get(w)!);
  const iterations = Number(opts.iterations);
  const coarse = exchangeClusters(sentences, vocabIndex, vocabCounts, 64, iterations);
  const mid = exchangeClusters(sentences, vocabIndex, vocabCounts, 256, iterations);
  const fine = exchangeClusters(sentences, vocabIndex, vocabCounts, 1000, Math.max(2, iterations >> 1));
  const lines = vocab.map((w, v) => `${w}\t${coarse[v]}\t${mid[v]}\t${fine[v]}`);
  mkdirSync(dirname(opts.out!), { recursive: true });
  writeFileSync(opts.out!, `${lines.join('\n')}\n`);
  log(`wrote ${opts.out}: ${lines.length} words`);
  process.exit(0);
}
const contextWords = [...lowerCounts]
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, Number(opts.contexts))
  .map(([w]) => w);
const contextIndex = new Map(contextWords.map((w, i) => [w, i]));
const C = contextWords.length;
const positions = [-2, -1, 1, 2];
log(`${vocab.length} words to cluster, ${C} context words`);

// Sparse co-occurrence counts: word → (position × context) → count.
const cooc: Map<number, number>[] = vocab.map(() => new Map());
const colTotals = new Float64Array(positions.length * C);
let total = 0;
for (const s of sentences) {
  const lower = s.map((w) => contextIndex.get(w.toLowerCase()) ?? -1);
  for (let i = 0; i < s.length; i++) {
    const v = vocabIndex.get(s[i]!);
    if (v === undefined) continue;
    positions.forEach((off, p) => {
      const j = i + off;
      const c = j < 0 || j >= s.length ? -1 : lower[j]!;
      if (c < 0) return;
      const key = p * C + c;
      cooc[v]!.set(key, (cooc[v]!.get(key) ?? 0) + 1);
      colTotals[key]! += 1;
      total++;
    });
  }
}

// PPMI-weighted vectors, randomly projected to `dims` dimensions and L2-normalised.
const D = Number(opts.dims);
const projection = new Float32Array(positions.length * C * D);
for (let i = 0; i < projection.length; i++) projection[i] = random() < 0.5 ? -1 : 1;
const vectors = new Float32Array(vocab.length * D);
const freq = new Float32Array(vocab.length);
vocab.forEach((w, v) => {
  let rowTotal = 0;
  for (const c of cooc[v]!.values()) rowTotal += c;
  freq[v] = Math.log(1 + counts.get(w)!);
  if (rowTotal === 0) return;
  for (const [key, c] of cooc[v]!) {
    const pmi = Math.log((c * total) / (rowTotal * colTotals[key]!));
    if (pmi <= 0) continue;
    for (let j = 0; j < D; j++) vectors[v * D + j]! += pmi * projection[key * D + j]!;
  }
  let norm = 0;
  for (let j = 0; j < D; j++) norm += vectors[v * D + j]! ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < D; j++) vectors[v * D + j]! /= norm;
});
log('vectors built');
if (process.env.NEIGHBOURS) {
  for (const w of process.env.NEIGHBOURS.split(',')) {
    const v = vocabIndex.get(w);
    if (v === undefined) continue;
    const scored = vocab.map((_, u) => {
      let s = 0;
      for (let j = 0; j < D; j++) s += vectors[v * D + j]! * vectors[u * D + j]!;
      return [u, s] as const;
    });
    scored.sort((a, b) => b[1] - a[1]);
    log(
      `${w}: ${scored
        .slice(1, 12)
        .map(([u, s]) => `${vocab[u]}:${s.toFixed(2)}`)
        .join(' ')}`,
    );
  }
  process.exit(0);
}

const iterations = Number(opts.iterations);
const fine = kmeans(vectors, freq, vocab.length, D, 1024, iterations, random);
// Centroids of the fine clusters, clustered again for the coarser levels.
const fineCentroids = new Float32Array(1024 * D);
const fineWeights = new Float32Array(1024);
for (let v = 0; v < vocab.length; v++) {
  const c = fine[v]!;
  fineWeights[c]! += freq[v]!;
  for (let j = 0; j < D; j++) fineCentroids[c * D + j]! += freq[v]! * vectors[v * D + j]!;
}
for (let c = 0; c < 1024; c++) {
  let norm = 0;
  for (let j = 0; j < D; j++) norm += fineCentroids[c * D + j]! ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < D; j++) fineCentroids[c * D + j]! /= norm;
}
const mid = kmeans(fineCentroids, fineWeights, 1024, D, 256, iterations * 2, random);
const coarse = kmeans(fineCentroids, fineWeights, 1024, D, 64, iterations * 2, random);

const lines = vocab.map((w, v) => `${w}\t${coarse[fine[v]!]}\t${mid[fine[v]!]}\t${fine[v]}`);
mkdirSync(dirname(opts.out!), { recursive: true });
writeFileSync(opts.out!, `${lines.join('\n')}\n`);
log(`wrote ${opts.out}: ${lines.length} words`);
