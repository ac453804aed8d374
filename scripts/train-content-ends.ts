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
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Span } from '../src/core/span.js';
import { readPolnearSplit } from '../src/stages/08-quotes/eval/polnear.js';
import {
  CONTENT_ENDS_PATH,
  ContentEndRanker,
  candidateEnds,
  endFeatures,
  prepareContext,
} from '../src/stages/08-quotes/model/content-ends.js';
import { accuracy, type Example, rawOffsets, StageRecorder, trainRanker } from './boundary-training.js';
import { option, wholeNumber } from './script-options.js';

const data = option('--data', '/work/shared/data/quotes/polnear');
const epochs = wholeNumber('--epochs', '12', 1);
const stage = new StageRecorder();
let missing = 0;

async function load(split: string, allAnnotators: boolean): Promise<Example[]> {
  const articles = readPolnearSplit(data, split, allAnnotators);
  const stageRuns = await stage.runs(split, articles);
  const out: Example[] = [];
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

const best = trainRanker(train, dev, epochs, (weights) => new ContentEndRanker(weights));
const out = option('--out', fileURLToPath(CONTENT_ENDS_PATH));
const bytes = best.ranker.save();
writeFileSync(out, bytes);
console.log(`kept epoch ${best.epoch}; wrote ${out} (${(bytes.length / 1000).toFixed(0)} kB)`);
