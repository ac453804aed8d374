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
import { readPolnearSplit } from '../src/stages/08-quotes/eval/polnear.js';
import {
  CONTENT_STARTS_PATH,
  ContentStartRanker,
  candidateStarts,
  prepareStart,
  startFeatures,
} from '../src/stages/08-quotes/model/content-starts.js';
import {
  type Example,
  type LoadedSplit,
  mostOverlapped,
  rawOffsets,
  StageRecorder,
  trainAndWrite,
} from './boundary-training.js';
import { option, wholeNumber } from './script-options.js';

const data = option('--data', '/work/shared/data/quotes/polnear');
const epochs = wholeNumber('--epochs', '12', 1);
const stage = new StageRecorder();

/** Where the PolNeAR mapping starts a content that starts at `at`: at a `that` right before it. */
function mappedStart(text: string, at: number): number {
  const before = /\bthat\s+$/u.exec(text.slice(Math.max(0, at - 6), at));
  return before ? at - before[0].length : at;
}

async function load(split: string, allAnnotators: boolean): Promise<LoadedSplit> {
  const articles = readPolnearSplit(data, split, allAnnotators);
  const stageRuns = await stage.runs(split, articles);
  const out: Example[] = [];
  let missing = 0;
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
      const gold = mostOverlapped(fragments, from, to);
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
  return { examples: out, missing };
}

await trainAndWrite({
  boundary: 'start',
  load,
  epochs,
  make: (weights) => new ContentStartRanker(weights),
  out: option('--out', fileURLToPath(CONTENT_STARTS_PATH)),
});
