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
import { readPolnearSplit } from '../src/stages/08-quotes/eval/polnear.js';
import {
  CONTENT_ENDS_PATH,
  ContentEndRanker,
  candidateEnds,
  endFeatures,
  prepareContext,
} from '../src/stages/08-quotes/model/content-ends.js';
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

async function load(split: string, allAnnotators: boolean): Promise<LoadedSplit> {
  const articles = readPolnearSplit(data, split, allAnnotators);
  const stageRuns = await stage.runs(split, articles);
  const out: Example[] = [];
  let missing = 0;
  for (const article of articles) {
    // Every annotator's reading of an article shares one run of the stage.
    const { text, toSource } = stageRuns.get(article.name)!;
    const contexts = stageRuns.get(article.name)!.ends.map((c) => ({ ...c, text }));
    // Compared in the raw file's offsets, as the scorer compares (an end maps through its last character).
    const { start, end } = rawOffsets(toSource);
    const fragments = article.attributions.flatMap((a) => a.content);
    for (const context of contexts) {
      // The gold content this one overlaps most (whatever its cue: contents are scored
      // apart from their cues); none, and the content is spurious: nothing to learn.
      const from = start(context.start);
      const to = end(context.ruleEnd);
      const gold = mostOverlapped(fragments, from, to);
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
  return { examples: out, missing };
}

await trainAndWrite({
  boundary: 'end',
  load,
  epochs,
  make: (weights) => new ContentEndRanker(weights),
  out: option('--out', fileURLToPath(CONTENT_ENDS_PATH)),
});
