/**
 * A canonical dump of what the quotes stage finds, to check that a speed-up changes
 * nothing: every text of test/eval/quotes-*.jsonl (with its date), the pipeline bench's
 * generated corpus (300 articles, seed 11) and its real news (200 PolNeAR articles, when
 * the shared data is there) go through the default pipeline up to and including `link`,
 * then through the quotes stage alone with its default configuration (as the default
 * pipeline runs it); each document's quotes (every field) are written as one JSON line
 * with sorted keys.
 *
 *   npx tsx scripts/quotes-dump.ts OUT.jsonl [--inputs CACHE.json] [--time N] [--only GROUP]
 *
 * `--inputs`: the pipeline's output before the quotes stage is kept in CACHE.json (made
 * on the first run, read on later runs), so repeated dumps only run the quotes stage.
 * Delete the cache when a stage before `quotes` changes. Compare two dumps with `cmp`.
 * `--time N`: then time N passes of the stage per group of texts (eval cases, generated
 * articles, real news) and print the median CPU milliseconds per pass. `--only GROUP`
 * (eval, generated or news): time that group alone (for profiling).
 */
import { writeFileSync } from 'node:fs';
import { benchDoc } from '../src/bench/corpus.js';
import type { Entity, Mention, Paragraph, Sentence, Token } from '../src/core/annotations.js';
import { NewsDoc } from '../src/core/doc.js';
import { Pipeline } from '../src/core/pipeline.js';
import type { Resources } from '../src/core/resources.js';
import { defaultStages } from '../src/presets/default.js';
import { defaultResources } from '../src/presets/resources.js';
import { quotesStage } from '../src/stages/08-quotes/index.js';
import { cachedInputs, canonical, dumpTexts, timePasses } from './stage-dump.js';

interface Prepared {
  readonly id: string;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly entities: readonly Entity[] | null;
}

/** The default pipeline up to and including `link`, over every text. */
async function prepare(resources: Resources): Promise<Prepared[]> {
  const pipeline = Pipeline.build(
    defaultStages().filter((s) => s.name !== 'quotes' && s.name !== 'provenance'),
    { resources },
  );
  const out: Prepared[] = [];
  for (const t of dumpTexts('quotes')) {
    const doc = await pipeline.run(benchDoc(t.text, t.id, { published: t.date }));
    out.push({
      id: t.id,
      text: doc.text,
      paragraphs: doc.get('paragraphs'),
      sentences: doc.get('sentences'),
      tokens: doc.get('tokens'),
      mentions: doc.get('mentions'),
      entities: doc.maybe('entities') ?? null,
    });
  }
  return out;
}

/** A document holding the layers the quotes stage reads, as the pipeline leaves them. */
function docOf(input: Prepared): NewsDoc {
  const doc = new NewsDoc({
    id: input.id,
    raw: {
      content: input.text,
      mediaType: 'text/plain',
      origin: { kind: 'inline', label: 'dump' },
      byteLength: 0,
    },
  });
  doc.set('text', input.text);
  doc.set('paragraphs', input.paragraphs);
  doc.set('sentences', input.sentences);
  doc.set('tokens', input.tokens);
  doc.set('mentions', input.mentions);
  if (input.entities) doc.set('entities', input.entities);
  return doc;
}

/** The quotes stage alone, with its default configuration, over one prepared document. */
function runQuotes(resources: Resources, input: Prepared) {
  const doc = docOf(input);
  quotesStage.run(doc, { config: quotesStage.defaultConfig, resources });
  return doc.get('quotes');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const out = args[0];
  if (!out || out.startsWith('--')) {
    process.stderr.write(
      'usage: tsx scripts/quotes-dump.ts OUT.jsonl [--inputs CACHE.json] [--time N] [--only GROUP]\n',
    );
    process.exit(2);
  }
  const at = args.indexOf('--inputs');
  const cachePath = at >= 0 ? args[at + 1] : undefined;
  const resources = defaultResources();
  const inputs = await cachedInputs(cachePath, () => prepare(resources));
  const lines: string[] = [];
  for (const input of inputs) lines.push(canonical({ id: input.id, quotes: runQuotes(resources, input) }));
  writeFileSync(out, `${lines.join('\n')}\n`);
  process.stdout.write(`${inputs.length} documents, ${lines.join('').length} characters → ${out}\n`);
  const timeAt = args.indexOf('--time');
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  if (timeAt >= 0)
    timePasses(inputs, Number(args[timeAt + 1] ?? 5), (doc) => runQuotes(resources, doc), { only });
}

await main();
