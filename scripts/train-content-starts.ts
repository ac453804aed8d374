/**
 * Trains the content-start ranker (src/stages/08-quotes/model/content-starts.ts) and writes
 * models/quotes/content-starts.json.gz.
 *
 *   npx tsx scripts/train-content-starts.ts [--data DIR] [--taggers A.bin.gz,B.bin.gz] [--epochs N] [--out FILE]
 *                                           [--cache DIR]
 *
 * The twin of scripts/train-content-ends.ts, with the same stage runs (scripts/boundary-training.ts;
 * one `--cache` serves both): for every content the grouping gives a cue, the candidate
 * starts and their features are kept, the end being the one the shipped end ranker chose,
 * and the gold start is the start of the gold content it overlaps most, whatever its cue
 * (every annotator's reading on train, the first annotator's on dev). A candidate right
 * after `that` counts as starting at `that`, as the PolNeAR mapping (`quoteToPolnear`)
 * reads it. Cross-fitted with `--taggers` (one tagger per fold, `train:quotes --
 * --hold-out K/N`). An averaged perceptron over the candidates learns from train; the
 * epoch with the most dev contents started right is kept. Never reads `test`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Span } from '../src/core/span.js';
import { readPolnearSplit } from '../src/stages/08-quotes/eval/polnear.js';
import {
  CONTENT_STARTS_PATH,
  ContentStartRanker,
  candidateStarts,
  prepareStart,
  startFeatures,
} from '../src/stages/08-quotes/model/content-starts.js';
import { accuracy, type Example, rawOffsets, StageRecorder, trainRanker } from './boundary-training.js';
import { option, wholeNumber } from './script-options.js';

const data = option('--data', '/work/shared/data/quotes/polnear');
const epochs = wholeNumber('--epochs', '12', 1);
const stage = new StageRecorder();
let missing = 0;

/** Where the PolNeAR mapping starts a content that starts at `at`: at a `that` right before it. */
function mappedStart(text: string, at: number): number {
  const before = /\bthat\s+$/u.exec(text.slice(Math.max(0, at - 6), at));
  return before ? at - before[0].length : at;
}

async function load(split: string, allAnnotators: boolean): Promise<Example[]> {
  const articles = readPolnearSplit(data, split, allAnnotators);
  const stageRuns = await stage.runs(split, articles);
  const out: Example[] = [];
  for (const article of articles) {
    // Every annotator's reading of an article shares one run of the stage.
    const { text, toSource } = stageRuns.get(article.name)!;
    const contexts = stageRuns.get(article.name)!.starts.map((c) => ({ ...c, text }));
    const { start, end } = rawOffsets(toSource);
    const fragments = article.attributions.flatMap((a) => a.content);
    for (const context of contexts) {
      // The gold content this one overlaps most (whatever its cue); none, and the content
      // is spurious: nothing to learn.
      const from = start(context.ruleStart);
      const to = end(context.end);
      const overlap = (c: Span) => Math.min(to, c.end) - Math.max(from, c.start);
      const gold = fragments.filter((c) => overlap(c) > 0).sort((a, b) => overlap(b) - overlap(a))[0];
      if (!gold) continue;
      const starts = candidateStarts(context);
      const right = (s: number) => start(mappedStart(text, s)) === gold.start;
      const rules = starts.indexOf(context.ruleStart);
      const g = right(context.ruleStart) ? rules : starts.findIndex(right);
      if (g < 0) {
        missing++;
        continue;
      }
      const prepared = prepareStart(context);
      out.push({ candidates: starts.map((s) => startFeatures(prepared, s)), gold: g, rules });
    }
  }
  return out;
}

const started = performance.now();
const train = await load('train', true);
const trainMissing = missing;
missing = 0;
const dev = await load('dev', false);
console.log(
  `${train.length} train and ${dev.length} dev contents (gold start not a candidate: ${trainMissing} train, ${missing} dev) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
console.log(
  `rules' start right: train ${accuracy(train, (ex) => ex.rules)} / ${train.length}, dev ${accuracy(dev, (ex) => ex.rules)} / ${dev.length}`,
);

const best = trainRanker(train, dev, epochs, (weights) => new ContentStartRanker(weights));
const out = option('--out', fileURLToPath(CONTENT_STARTS_PATH));
const bytes = best.ranker.save();
writeFileSync(out, bytes);
console.log(`kept epoch ${best.epoch}; wrote ${out} (${(bytes.length / 1000).toFixed(0)} kB)`);
