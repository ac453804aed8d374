/**
 * What the content-end and content-start rankers' training scripts share
 * (scripts/train-content-ends.ts, scripts/train-content-starts.ts): running PolNeAR
 * articles through the stage as under POLNEAR_CONVENTIONS with a recorder that keeps every
 * question the two rankers are asked (cross-fitted on train: fold K's articles are tagged
 * by the tagger that never saw them; dev by the shipped tagger), and an averaged
 * perceptron over candidate lists, the epoch with the most dev examples right kept.
 *
 * One run records both rankers' contexts: the end contexts do not depend on the ends
 * chosen, and the start contexts take the end the shipped end ranker chooses, as at run
 * time. The recorder answers as the rules do for starts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Span } from '../src/core/span.js';
import { quotesUpstreamPipeline } from '../src/presets/quotes-runner.js';
import { articleFolds, type PolnearArticle, readPolnearSplit } from '../src/stages/08-quotes/eval/polnear.js';
import { type ExtractOptions, extractQuotes } from '../src/stages/08-quotes/extract.js';
import { FIRST_NAMES, PERSON_FACTS } from '../src/stages/08-quotes/gender.js';
import { quotesInput } from '../src/stages/08-quotes/index.js';
import { loadWeights } from '../src/stages/08-quotes/model/boundary-ranker.js';
import {
  CONTENT_ENDS_PATH,
  type ContentEndChooser,
  type ContentEndContext,
  ContentEndRanker,
} from '../src/stages/08-quotes/model/content-ends.js';
import type {
  ContentStartChooser,
  ContentStartContext,
} from '../src/stages/08-quotes/model/content-starts.js';
import { apostrophesAsMarks } from '../src/stages/08-quotes/model/doubled-apostrophes.js';
import type { Perceptron } from '../src/stages/08-quotes/model/perceptron.js';
import {
  loadTagger,
  MODEL_PATH,
  type RoleSpan,
  ruleRoleSpans,
  shippedTagger,
  tagAttributions,
  taggerPair,
} from '../src/stages/08-quotes/model/tagger.js';
import { existingPaths, option, optionalPaths } from './script-options.js';

export { loadTagger };

/** One tagger per fold: `first[k]`, or `stacked[k]` over it when stacked taggers are given. */
export function foldTaggers(first: readonly string[], stacked: readonly string[]): Perceptron[] {
  if (stacked.length > 0 && stacked.length !== first.length)
    throw new Error(`--stacked-taggers names ${stacked.length} files for ${first.length} --taggers`);
  return first.map((path, k) => taggerPair(path, stacked[k]));
}

/** Stands in for both rankers inside the stage: keeps every context; ends as the shipped end ranker, starts as the rules. */
class Recorder implements ContentEndChooser, ContentStartChooser {
  readonly ends: ContentEndContext[] = [];
  readonly starts: ContentStartContext[] = [];
  constructor(private readonly endRanker: ContentEndChooser) {}
  choose(context: ContentEndContext | ContentStartContext): number {
    if ('ruleEnd' in context) {
      this.ends.push(context);
      return this.endRanker.choose(context);
    }
    this.starts.push(context);
    return context.ruleStart;
  }
}

/** An article's text with doubled apostrophes read as marks, the rules' role spans and the tagger's. */
export interface TaggedArticle {
  readonly marked: ReturnType<typeof quotesInput>;
  readonly ruleSpans: RoleSpan[];
  readonly modelSpans: RoleSpan[];
}

/**
 * The first half of the stage under POLNEAR_CONVENTIONS, as the scripts that study the model
 * run it (the stage itself, index.ts, reads the apostrophes elsewhere): the rules alone, each
 * quotation apart as in training, then the tagger with their spans as features.
 */
export function taggedArticle(
  input: ReturnType<typeof quotesInput>,
  tagger: Perceptron,
  base: Omit<ExtractOptions, 'joinContinued'>,
): TaggedArticle {
  const marked = { ...input, text: apostrophesAsMarks(input.text) ?? input.text };
  const rulesOnly = extractQuotes(marked, { ...base, joinContinued: false });
  const ruleSpans = ruleRoleSpans(marked.text, rulesOnly);
  const modelSpans = tagAttributions(
    tagger,
    input.text,
    input.paragraphs,
    input.sentences,
    input.tokens,
    ruleSpans,
    input.mentions,
  );
  return { marked, ruleSpans, modelSpans };
}

/** One article through the stage: the contexts the rankers were asked about, and the clean-to-raw offsets. */
export interface Run {
  readonly text: string;
  readonly ends: Omit<ContentEndContext, 'text'>[];
  readonly starts: Omit<ContentStartContext, 'text'>[];
  /** Raw-file offset of every clean offset. */
  readonly toSource: Int32Array;
}

/** Runs articles through the stage with a tagger per fold (train) or the shipped one (dev). */
export class StageRecorder {
  private readonly upstream = quotesUpstreamPipeline();
  private readonly firstNames = this.upstream.resources.use(FIRST_NAMES);
  private readonly facts = this.upstream.resources.use(PERSON_FACTS);
  private readonly endRanker = new ContentEndRanker(loadWeights(readFileSync(CONTENT_ENDS_PATH)));
  private readonly shippedTagger = shippedTagger();
  readonly taggerPaths = existingPaths('--taggers', fileURLToPath(MODEL_PATH));
  /** `--stacked-taggers`: a stacked second pass per fold, over the `--taggers` of the same fold. */
  readonly stackedPaths = optionalPaths('--stacked-taggers');
  private readonly foldTaggers = foldTaggers(this.taggerPaths, this.stackedPaths);

  private async runStage(article: PolnearArticle, tagger: Perceptron): Promise<Run> {
    const doc = await this.upstream.run(article.name, article.text);
    const input = quotesInput(doc);
    const base = { firstNames: this.firstNames, facts: this.facts, by: 'quotes' };
    const { marked, modelSpans } = taggedArticle(input, tagger, base);
    const recorder = new Recorder(this.endRanker);
    extractQuotes(marked, {
      ...base,
      modelSpans,
      indirect: 'model',
      modelOverQuotes: true,
      modelKeep: 'all',
      joinContinued: false,
      contentEnds: recorder,
      contentStarts: recorder,
    });
    const offsets = doc.get('offsets');
    const toSource = new Int32Array(input.text.length + 1);
    for (let c = 0; c <= input.text.length; c++) toSource[c] = offsets.toSource(c);
    const bare = <C extends { text: string }>({ text: _, ...rest }: C) => rest;
    return {
      text: marked.text,
      ends: recorder.ends.map(bare),
      starts: recorder.starts.map(bare),
      toSource,
    };
  }

  /**
   * Every article of a split through the stage, or the runs kept by an earlier call with
   * the same `--cache` folder, split and taggers (the slow part; features come after).
   */
  async runs(split: string, articles: readonly PolnearArticle[]): Promise<Map<string, Run>> {
    const cacheDir = option('--cache', '');
    const cacheFile = cacheDir
      ? join(
          cacheDir,
          `${split}-${[...this.taggerPaths, ...this.stackedPaths].map((p) => basename(p)).join('+')}.runs.v8`,
        )
      : '';
    if (cacheFile && existsSync(cacheFile)) return deserialize(readFileSync(cacheFile)) as Map<string, Run>;
    const foldOf = articleFolds(articles, this.foldTaggers.length);
    const out = new Map<string, Run>();
    for (const article of articles) {
      if (out.has(article.name)) continue;
      const tagger = split === 'train' ? this.foldTaggers[foldOf.get(article.name)!]! : this.shippedTagger;
      out.set(article.name, await this.runStage(article, tagger));
    }
    if (cacheFile) writeFileSync(cacheFile, serialize(out));
    return out;
  }
}

/** Raw-file offsets of a boundary: a start maps through its character, an end through its last one. */
export function rawOffsets(toSource: Int32Array) {
  return { start: (at: number) => toSource[at]!, end: (at: number) => toSource[at - 1]! + 1 };
}

/** One content to place: its candidates' features and the index of the gold boundary among them. */
export interface Example {
  readonly candidates: string[][];
  readonly gold: number;
  /** Index of the rules' boundary (the one kept before the ranker). */
  readonly rules: number;
}

/** Examples a chooser gets right (a candidate index per example). */
export function accuracy(examples: readonly Example[], pick: (ex: Example) => number): number {
  return examples.filter((ex) => pick(ex) === ex.gold).length;
}

/** What the perceptron needs of a ranker: a score for feature names. */
interface Scorer {
  score(features: readonly string[]): number;
}

function argmax(ranker: Scorer, ex: Example): number {
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
}

/**
 * An averaged perceptron over the candidates (the usual lazy averaging: weights minus the
 * step-weighted sum of updates over the step count); the epoch with the most dev examples
 * right is kept. Deterministic (seeded shuffles).
 */
export function trainRanker<R extends Scorer>(
  train: readonly Example[],
  dev: readonly Example[],
  epochs: number,
  make: (weights: ReadonlyMap<string, number>) => R,
): { epoch: number; right: number; ranker: R } {
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
    return make(out);
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
  let best: { epoch: number; right: number; ranker: R } | null = null;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const live = make(weights);
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
    console.log(`epoch ${epoch}: ${wrong} train mistakes; dev ${right} / ${dev.length} right`);
    if (!best || right > best.right) best = { epoch, right, ranker };
  }
  return best!;
}

/**
 * The gold content fragment a predicted content from `from` to `to` overlaps most, whatever
 * its cue (contents are scored apart from their cues); undefined when it overlaps none — the
 * content is spurious and there is nothing to learn from it.
 */
export function mostOverlapped(fragments: readonly Span[], from: number, to: number): Span | undefined {
  const overlap = (c: Span) => Math.min(to, c.end) - Math.max(from, c.start);
  return fragments.filter((c) => overlap(c) > 0).sort((a, b) => overlap(b) - overlap(a))[0];
}

/** A split's examples, and how many contents had no gold boundary among their candidates. */
export interface LoadedSplit {
  readonly examples: Example[];
  readonly missing: number;
}

/**
 * The common run of both boundary trainers: load train (every annotator) and dev (the first),
 * report how often the rules' boundary is right, train the ranker, keep its best dev epoch and
 * write it to `out`.
 */
export async function trainAndWrite<R extends Scorer & { save(): Uint8Array }>(options: {
  readonly boundary: 'start' | 'end';
  readonly load: (split: string, allAnnotators: boolean) => Promise<LoadedSplit>;
  readonly epochs: number;
  readonly make: (weights: ReadonlyMap<string, number>) => R;
  readonly out: string;
}): Promise<void> {
  const { boundary } = options;
  const started = performance.now();
  const train = await options.load('train', true);
  const dev = await options.load('dev', false);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(
    `${train.examples.length} train and ${dev.examples.length} dev contents (gold ${boundary} not a candidate: ${train.missing} train, ${dev.missing} dev) in ${seconds} s`,
  );
  const rules = (examples: readonly Example[]) => accuracy(examples, (ex) => ex.rules);
  console.log(
    `rules' ${boundary} right: train ${rules(train.examples)} / ${train.examples.length}, dev ${rules(dev.examples)} / ${dev.examples.length}`,
  );
  const best = trainRanker(train.examples, dev.examples, options.epochs, options.make);
  const bytes = best.ranker.save();
  writeFileSync(options.out, bytes);
  console.log(`kept epoch ${best.epoch}; wrote ${options.out} (${(bytes.length / 1000).toFixed(0)} kB)`);
}

/** Which contexts a trainer learns from: the end ranker's or the start ranker's. */
export type Boundary = 'start' | 'end';

/**
 * A split's examples for one boundary: each article through the stage once (every
 * annotator's reading shares the run), and for every content the stage asked the ranker
 * about, the gold content it overlaps most in the raw file's offsets (`mostOverlapped`; none,
 * and the content is spurious: nothing to learn). `example` builds the training example from
 * the context, that gold content and the raw offsets, or gives null when the gold boundary is
 * not among the candidates (counted as missing).
 */
export async function loadBoundaryExamples<B extends Boundary>(
  stage: StageRecorder,
  data: string,
  split: string,
  allAnnotators: boolean,
  boundary: B,
  example: (
    context: B extends 'start' ? ContentStartContext : ContentEndContext,
    gold: Span,
    raw: ReturnType<typeof rawOffsets>,
  ) => Example | null,
): Promise<LoadedSplit> {
  const articles = readPolnearSplit(data, split, allAnnotators);
  const stageRuns = await stage.runs(split, articles);
  const examples: Example[] = [];
  let missing = 0;
  for (const article of articles) {
    const run = stageRuns.get(article.name)!;
    // Compared in the raw file's offsets, as the scorer compares (an end maps through its last character).
    const raw = rawOffsets(run.toSource);
    const fragments = article.attributions.flatMap((a) => a.content);
    // Each content as the rules placed it: the start ranker's contexts end where the end
    // ranker ended them, the end ranker's start where the rules started them.
    const asked =
      boundary === 'start'
        ? run.starts.map((c) => ({ context: { ...c, text: run.text }, from: c.ruleStart, to: c.end }))
        : run.ends.map((c) => ({ context: { ...c, text: run.text }, from: c.start, to: c.ruleEnd }));
    for (const { context, from, to } of asked) {
      const gold = mostOverlapped(fragments, raw.start(from), raw.end(to));
      if (!gold) continue;
      const made = example(context as B extends 'start' ? ContentStartContext : ContentEndContext, gold, raw);
      if (made) examples.push(made);
      else missing++;
    }
  }
  return { examples, missing };
}
