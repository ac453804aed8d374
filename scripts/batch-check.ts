/**
 * Checks that the pipeline's batch mode changes nothing: every text of the stage dumps
 * (the eval cases of both kinds, the pipeline bench's generated corpus and real news, as
 * scripts/stage-dump.ts lists them) goes through the default pipeline article by article
 * (`run`) and stage by stage in batches (`runBatch`), and each document's analysis JSON
 * (without the stages' times) is compared byte for byte. Prints the documents that differ.
 *
 *   npx tsx scripts/batch-check.ts [--batch N] [--forget]
 *
 * `--forget`: drop the link stage's per-name answers before each mode, so both start cold.
 */

import { benchDoc } from '../src/bench/corpus.js';
import { toAnalysisJson } from '../src/core/analysis.js';
import { Pipeline } from '../src/core/pipeline.js';
import { knowledgeBaseResource } from '../src/kb/resource.js';
import { defaultStages } from '../src/presets/default.js';
import { defaultResources } from '../src/presets/resources.js';
import { forgetLinkAnswers } from '../src/stages/07-link/index.js';
import { canonical, dumpTexts } from './stage-dump.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--batch');
  const batch = at >= 0 ? Number(args[at + 1]) : 16;
  const resources = defaultResources();
  const pipeline = Pipeline.build(defaultStages(), { resources });
  const kb = resources.use(knowledgeBaseResource);
  const seen = new Set<string>();
  const texts = [...dumpTexts('linking'), ...dumpTexts('quotes')].filter(
    (t) => !seen.has(t.id) && seen.add(t.id),
  );
  const docs = () => texts.map((t) => benchDoc(t.text, t.id, { published: t.date }));
  const dump = (doc: Parameters<typeof toAnalysisJson>[0]) =>
    canonical({ ...toAnalysisJson(doc), pipeline: [] });

  if (args.includes('--forget')) forgetLinkAnswers(kb);
  const single: string[] = [];
  for (const doc of docs()) {
    try {
      single.push(dump(await pipeline.run(doc)));
    } catch (error) {
      single.push(`error ${(error as Error).message}`);
    }
  }
  if (args.includes('--forget')) forgetLinkAnswers(kb);
  const batched: string[] = [];
  const all = docs();
  for (let i = 0; i < all.length; i += batch) {
    for (const outcome of await pipeline.runBatch(all.slice(i, i + batch)))
      batched.push(outcome.ok ? dump(outcome.doc) : `error ${outcome.error.message}`);
  }
  let differ = 0;
  texts.forEach((t, i) => {
    if (single[i] === batched[i]) return;
    differ++;
    process.stdout.write(`differs: ${t.id}\n`);
  });
  process.stdout.write(`${texts.length} documents, batches of ${batch}: ${differ} differ\n`);
  process.exitCode = differ > 0 ? 1 : 0;
}

await main();
