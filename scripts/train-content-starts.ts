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
import { fileURLToPath } from 'node:url';
import {
  CONTENT_STARTS_PATH,
  ContentStartRanker,
  candidateStarts,
  prepareStart,
  startFeatures,
} from '../src/stages/08-quotes/model/content-starts.js';
import { type LoadedSplit, loadBoundaryExamples, StageRecorder, trainAndWrite } from './boundary-training.js';
import { existingPath, option, wholeNumber } from './script-options.js';

const data = existingPath('--data', '/work/shared/data/quotes/polnear');
const epochs = wholeNumber('--epochs', '12', 1);
const stage = new StageRecorder();

/** Where the PolNeAR mapping starts a content that starts at `at`: at a `that` right before it. */
function mappedStart(text: string, at: number): number {
  const before = /\bthat\s+$/u.exec(text.slice(Math.max(0, at - 6), at));
  return before ? at - before[0].length : at;
}

async function load(split: string, allAnnotators: boolean): Promise<LoadedSplit> {
  return loadBoundaryExamples(stage, data, split, allAnnotators, 'start', (context, gold, { start }) => {
    const starts = candidateStarts(context);
    const right = (s: number) => start(mappedStart(context.text, s)) === gold.start;
    const rules = starts.indexOf(context.ruleStart);
    const g = right(context.ruleStart) ? rules : starts.findIndex(right);
    if (g < 0) return null;
    const prepared = prepareStart(context);
    return { candidates: starts.map((s) => startFeatures(prepared, s)), gold: g, rules };
  });
}

await trainAndWrite({
  boundary: 'start',
  load,
  epochs,
  make: (weights) => new ContentStartRanker(weights),
  out: option('--out', fileURLToPath(CONTENT_STARTS_PATH)),
});
