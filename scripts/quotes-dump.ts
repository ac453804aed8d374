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
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDoc, generateArticles, realNewsArticles, realNewsDir } from '../src/bench/corpus.js';
import type { Entity, Mention, Paragraph, Sentence, Token } from '../src/core/annotations.js';
import { NewsDoc } from '../src/core/doc.js';
import { Pipeline } from '../src/core/pipeline.js';
import type { Resources } from '../src/core/resources.js';
import { defaultStages } from '../src/presets/default.js';
import { defaultResources } from '../src/presets/resources.js';
import { quotesStage } from '../src/stages/08-quotes/index.js';

interface Prepared {
  readonly id: string;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly entities: readonly Entity[] | null;
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Every text for the quotes stage: eval cases (their dates) and the pipeline bench's articles. */
function texts(): { id: string; date: string; text: string }[] {
  const out: { id: string; date: string; text: string }[] = [];
  const evalDir = join(ROOT, 'test/eval');
  for (const file of readdirSync(evalDir)
    .filter((f) => /^quotes-.*\.jsonl$/.test(f))
    .sort()) {
    for (const line of readFileSync(join(evalDir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const c = JSON.parse(line) as { id: string; date: string; text: string };
      out.push({ id: `${file}:${c.id}`, date: c.date, text: c.text });
    }
  }
  // The same corpora as src/bench/pipeline.ts: 300 generated articles (seed 11) and real news.
  generateArticles(join(ROOT, 'examples'), 300, 11).forEach((text, i) => {
    out.push({ id: `bench:${i}`, date: '2025-02-14', text });
  });
  (realNewsArticles(realNewsDir(), 200) ?? []).forEach((a, i) => {
    out.push({ id: `news:${i}`, date: a.published, text: a.text });
  });
  return out;
}

/** The default pipeline up to and including `link`, over every text. */
async function prepare(resources: Resources): Promise<Prepared[]> {
  const pipeline = Pipeline.build(
    defaultStages().filter((s) => s.name !== 'quotes' && s.name !== 'provenance'),
    { resources },
  );
  const out: Prepared[] = [];
  for (const t of texts()) {
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

/** JSON with object keys sorted, so two dumps compare byte for byte. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
      );
    }
    return v;
  });
}

function groupOf(id: string): string {
  return id.startsWith('bench:') ? 'generated' : id.startsWith('news:') ? 'news' : 'eval';
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
  let inputs: Prepared[];
  if (cachePath && existsSync(cachePath)) inputs = JSON.parse(readFileSync(cachePath, 'utf8')) as Prepared[];
  else {
    inputs = await prepare(resources);
    if (cachePath) writeFileSync(cachePath, JSON.stringify(inputs));
  }
  const lines: string[] = [];
  for (const input of inputs) lines.push(canonical({ id: input.id, quotes: runQuotes(resources, input) }));
  writeFileSync(out, `${lines.join('\n')}\n`);
  process.stdout.write(`${inputs.length} documents, ${lines.join('').length} characters → ${out}\n`);
  const timeAt = args.indexOf('--time');
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  if (timeAt >= 0) timeQuotes(resources, inputs, Number(args[timeAt + 1] ?? 5), only);
}

/**
 * `--time N`: N passes of the quotes stage over each group of inputs (eval cases,
 * generated articles, real news); prints the median CPU milliseconds per pass. CPU time
 * of this process, so other jobs on the machine disturb it less than wall time.
 */
function timeQuotes(resources: Resources, inputs: readonly Prepared[], passes: number, only?: string): void {
  const groups = new Map<string, Prepared[]>();
  for (const input of inputs) {
    const group = groupOf(input.id);
    if (only && group !== only) continue;
    groups.set(group, [...(groups.get(group) ?? []), input]);
  }
  for (const [group, docs] of groups) {
    const times: number[] = [];
    for (let p = 0; p <= passes; p++) {
      const cpu = process.cpuUsage();
      for (const doc of docs) runQuotes(resources, doc);
      const used = process.cpuUsage(cpu);
      if (p > 0) times.push((used.user + used.system) / 1000); // pass 0 warms the JIT up
    }
    times.sort((a, b) => a - b);
    const med = times[Math.floor(times.length / 2)]!;
    process.stdout.write(
      `${group.padEnd(9)} ${docs.length} documents: median ${med.toFixed(0)} ms CPU per pass (${(med / docs.length).toFixed(3)} ms per document; passes ${times.map((t) => t.toFixed(0)).join(' ')})\n`,
    );
  }
}

await main();
