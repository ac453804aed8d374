/**
 * A canonical dump of what the quotes stage finds, to check that a speed-up changes
 * nothing: every text of test/eval/quotes-*.jsonl (with its date), the pipeline bench's
 * generated corpus (300 articles, seed 11), its real news (200 PolNeAR train articles) and
 * the PolNeAR dev split (when the shared data is there: the folder beside the real news
 * one) go through the default pipeline up to and including `link`, then through the quotes
 * stage alone with its default configuration (as the default pipeline runs it); each
 * document's quotes (every field) are written as one JSON line with sorted keys.
 *
 *   npx tsx scripts/quotes-dump.ts OUT.jsonl [--inputs CACHE.json] [--time N] [--pipeline N] [--only GROUP]
 *
 * `--inputs`: the pipeline's output before the quotes stage is kept in CACHE.json (made
 * on the first run, read on later runs), so repeated dumps only run the quotes stage.
 * Delete the cache when a stage before `quotes` changes. Compare two dumps with `cmp`.
 * `--time N`: then time N passes of the stage per group of texts (eval cases, generated
 * articles, real news; not the PolNeAR dev split) and print the median CPU milliseconds per
 * pass. `--pipeline N`: the same per article, with the stage timed where the pipeline runs
 * it, right after the stages before it (run again on every text in every pass, untimed):
 * there its code and data are cold and it costs about twice its time alone, and CPU time
 * leaves out the wait for a core that swells the bench's wall-clock figures on a busy
 * machine. `--only GROUP` (eval, generated or news): time that group alone (for profiling).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDoc, realNewsArticles, realNewsDir } from '../src/bench/corpus.js';
import type { Entity, Mention, Paragraph, Sentence, Token } from '../src/core/annotations.js';
import { NewsDoc } from '../src/core/doc.js';
import { Pipeline } from '../src/core/pipeline.js';
import type { Resources } from '../src/core/resources.js';
import { defaultStages } from '../src/presets/default.js';
import { defaultResources } from '../src/presets/resources.js';
import { quotesStage } from '../src/stages/08-quotes/index.js';
import { cachedInputs, canonical, type DumpText, dumpTexts, groupOf, timePasses } from './stage-dump.js';

interface Prepared {
  readonly id: string;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly entities: readonly Entity[] | null;
}

/** Ids of the PolNeAR dev articles start with this (they are dumped, not timed). */
const POLNEAR_DEV = 'polnear-dev:';

/** The quote eval cases, the bench's corpora and the PolNeAR dev articles (when there). */
function quotesTexts(): DumpText[] {
  const dev = realNewsArticles(join(realNewsDir(), '../../dev/text'), Number.MAX_SAFE_INTEGER) ?? [];
  return [
    ...dumpTexts('quotes'),
    ...dev.map((a, i) => ({ id: `${POLNEAR_DEV}${i}`, date: a.published, text: a.text })),
  ];
}

/** The default pipeline up to and including `link` (the stages the quotes stage runs after). */
function upstreamPipeline(resources: Resources): Pipeline {
  return Pipeline.build(
    defaultStages().filter((s) => s.name !== 'quotes' && s.name !== 'provenance'),
    { resources },
  );
}

/** The default pipeline up to and including `link`, over every text. */
async function prepare(resources: Resources): Promise<Prepared[]> {
  const pipeline = upstreamPipeline(resources);
  const out: Prepared[] = [];
  for (const t of quotesTexts()) {
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

/**
 * `--pipeline N`: N passes (after one to warm up) over the texts of each group, each text
 * through the stages before `quotes` and then the quotes stage, whose CPU time alone is
 * summed; prints the median milliseconds per article of each group.
 */
async function timeInPipeline(resources: Resources, passes: number, only: string | undefined): Promise<void> {
  const pipeline = upstreamPipeline(resources);
  const groups = new Map<string, DumpText[]>();
  for (const t of quotesTexts()) {
    const group = groupOf(t.id);
    if (t.id.startsWith(POLNEAR_DEV) || (only && group !== only)) continue;
    groups.set(group, [...(groups.get(group) ?? []), t]);
  }
  for (const [group, texts] of groups) {
    const perArticle: number[] = [];
    for (let p = 0; p <= passes; p++) {
      let micros = 0;
      for (const t of texts) {
        const doc = await pipeline.run(benchDoc(t.text, t.id, { published: t.date }));
        const cpu = process.cpuUsage();
        quotesStage.run(doc, { config: quotesStage.defaultConfig, resources });
        const used = process.cpuUsage(cpu);
        micros += used.user + used.system;
      }
      if (p > 0) perArticle.push(micros / 1000 / texts.length);
    }
    const sorted = [...perArticle].sort((a, b) => a - b);
    process.stdout.write(
      `${group.padEnd(9)} ${texts.length} documents in the pipeline: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(3)} ms CPU per document (passes ${perArticle.map((t) => t.toFixed(3)).join(' ')})\n`,
    );
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const out = args[0];
  if (!out || out.startsWith('--')) {
    process.stderr.write(
      'usage: tsx scripts/quotes-dump.ts OUT.jsonl [--inputs CACHE.json] [--time N] [--pipeline N] [--only GROUP]\n',
    );
    process.exit(2);
  }
  const timeAt = args.indexOf('--time');
  const pipelineAt = args.indexOf('--pipeline');
  const timePassCount = timeAt >= 0 ? passCount(args, timeAt) : 0;
  const pipelinePassCount = pipelineAt >= 0 ? passCount(args, pipelineAt) : 0;
  const at = args.indexOf('--inputs');
  const cachePath = at >= 0 ? args[at + 1] : undefined;
  const resources = defaultResources();
  const inputs = await cachedInputs(cachePath, () => prepare(resources));
  const lines: string[] = [];
  for (const input of inputs) lines.push(canonical({ id: input.id, quotes: runQuotes(resources, input) }));
  writeFileSync(out, `${lines.join('\n')}\n`);
  process.stdout.write(`${inputs.length} documents, ${lines.join('').length} characters → ${out}\n`);
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  if (timeAt >= 0)
    timePasses(
      inputs.filter((input) => !input.id.startsWith(POLNEAR_DEV)),
      timePassCount,
      (doc) => runQuotes(resources, doc),
      { only },
    );
  if (pipelineAt >= 0) await timeInPipeline(resources, pipelinePassCount, only);
}

/** The pass count after the option at `at` (5 when none follows); a bad one ends the script in one line. */
function passCount(args: readonly string[], at: number): number {
  const given = args[at + 1];
  if (given === undefined || given.startsWith('--')) return 5;
  const n = Number(given);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`quotes-dump: ${args[at]} wants a whole number of passes, got "${given}"\n`);
    process.exit(2);
  }
  return n;
}

await main();
