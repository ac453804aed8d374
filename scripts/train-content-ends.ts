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
import { fileURLToPath } from 'node:url';
import {
  CONTENT_ENDS_PATH,
  ContentEndRanker,
  candidateEnds,
  endFeatures,
  prepareContext,
} from '../src/stages/08-quotes/model/content-ends.js';
import { type LoadedSplit, loadBoundaryExamples, StageRecorder, trainAndWrite } from './boundary-training.js';
import { existingPath, option, wholeNumber } from './script-options.js';

const data = existingPath('--data', '/work/shared/data/quotes/polnear');
const epochs = wholeNumber('--epochs', '12', 1);
const stage = new StageRecorder();

async function load(split: string, allAnnotators: boolean): Promise<LoadedSplit> {
  return loadBoundaryExamples(stage, data, split, allAnnotators, 'end', (context, gold, { end }) => {
    const ends = candidateEnds(context);
    const g = ends.findIndex((e) => end(e) === gold.end);
    if (g < 0) return null;
    const prepared = prepareContext(context);
    return {
      candidates: ends.map((e) => endFeatures(prepared, e)),
      gold: g,
      rules: ends.indexOf(context.ruleEnd),
    };
  });
}

await trainAndWrite({
  boundary: 'end',
  load,
  epochs,
  make: (weights) => new ContentEndRanker(weights),
  out: option('--out', fileURLToPath(CONTENT_ENDS_PATH)),
});
