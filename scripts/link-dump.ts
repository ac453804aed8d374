/**
 * A canonical dump of what the link stage decides, to check that a speed-up changes
 * nothing: every text of test/eval/linking-*.jsonl (with its date) and the pipeline
 * bench's corpus (300 generated articles, as `npm run bench -- pipeline` makes them) go
 * through the default pipeline up to the link stage, then through `linkDocument`; each
 * document's entities (names, ids, mentions, evidence, confidences) are written as one
 * JSON line with sorted keys.
 *
 *   npx tsx scripts/link-dump.ts OUT.jsonl [--inputs CACHE.json] [--forget] [--time N]
 *
 * The texts also include the pipeline bench's real news (200 PolNeAR articles) when the
 * shared data is there. `--forget`: drop the stage's per-name answers before every
 * document, so the dump shows what each document gets on its own (a cache that changes a
 * decision shows up as a difference from a dump without it). `--time N`: then time N
 * passes of the linker per group of texts (see timeLinking).
 *
 * `--inputs`: the pipeline's output before linking is kept in CACHE.json (made on the
 * first run, read on later runs), so repeated dumps only run the linker. Delete the cache
 * when a stage before `link` changes. Compare two dumps with `cmp` or `diff`.
 */
import { writeFileSync } from 'node:fs';
import { benchDoc } from '../src/bench/corpus.js';
import type { Mention, Sentence, Token } from '../src/core/annotations.js';
import { Pipeline } from '../src/core/pipeline.js';
import { knowledgeBaseResource } from '../src/kb/resource.js';
import { defaultStages } from '../src/presets/default.js';
import { defaultResources } from '../src/presets/resources.js';
import { forgetLinkAnswers, linkDocument } from '../src/stages/07-link/index.js';
import { cachedInputs, canonical, dumpTexts, timePasses } from './stage-dump.js';

interface Prepared {
  readonly id: string;
  readonly date: string | null;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
}

async function prepare(resources: ReturnType<typeof defaultResources>): Promise<Prepared[]> {
  const pipeline = Pipeline.build(
    defaultStages().filter((s) => s.name !== 'link' && s.name !== 'quotes' && s.name !== 'provenance'),
    { resources },
  );
  const out: Prepared[] = [];
  for (const t of dumpTexts('linking')) {
    const doc = await pipeline.run(benchDoc(t.text, t.id, { published: t.date }));
    out.push({
      id: t.id,
      date: doc.meta.published ? doc.meta.published.slice(0, 10) : null,
      text: doc.text,
      sentences: doc.get('sentences'),
      tokens: doc.get('tokens'),
      mentions: doc.get('mentions'),
    });
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const out = args[0];
  if (!out || out.startsWith('--')) {
    process.stderr.write(
      'usage: tsx scripts/link-dump.ts OUT.jsonl [--inputs CACHE.json] [--forget] [--time N]\n',
    );
    process.exit(2);
  }
  const at = args.indexOf('--inputs');
  const cachePath = at >= 0 ? args[at + 1] : undefined;
  const resources = defaultResources();
  const inputs = await cachedInputs(cachePath, () => prepare(resources));
  const kb = resources.use(knowledgeBaseResource);
  const forget = args.includes('--forget');
  const lines: string[] = [];
  for (const input of inputs) {
    if (forget) forgetLinkAnswers(kb);
    const entities = linkDocument(kb, input);
    lines.push(canonical({ id: input.id, entities }));
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  process.stdout.write(`${inputs.length} documents, ${lines.join('').length} characters → ${out}\n`);
  const timeAt = args.indexOf('--time');
  // Answers dropped before every pass, as the pipeline bench does.
  if (timeAt >= 0)
    timePasses(inputs, Number(args[timeAt + 1] ?? 5), (doc) => linkDocument(kb, doc), {
      beforePass: () => forgetLinkAnswers(kb),
    });
}

await main();
