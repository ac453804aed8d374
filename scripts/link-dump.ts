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
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDoc, generateArticles, realNewsArticles, realNewsDir } from '../src/bench/corpus.js';
import type { Mention, Sentence, Token } from '../src/core/annotations.js';
import { Pipeline } from '../src/core/pipeline.js';
import { knowledgeBaseResource } from '../src/kb/resource.js';
import type { KnowledgeBase } from '../src/ports/knowledge-base.js';
import { defaultStages } from '../src/presets/default.js';
import { defaultResources } from '../src/presets/resources.js';
import { forgetLinkAnswers, linkDocument } from '../src/stages/07-link/index.js';

interface Prepared {
  readonly id: string;
  readonly date: string | null;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Every text to link: eval cases (their dates) and the pipeline bench's articles (its date). */
function texts(): { id: string; date: string; text: string }[] {
  const out: { id: string; date: string; text: string }[] = [];
  const evalDir = join(ROOT, 'test/eval');
  for (const file of readdirSync(evalDir)
    .filter((f) => /^linking-.*\.jsonl$/.test(f))
    .sort()) {
    for (const line of readFileSync(join(evalDir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const c = JSON.parse(line) as { id: string; date: string; text: string };
      out.push({ id: `${file}:${c.id}`, date: c.date, text: c.text });
    }
  }
  // The same corpus as src/bench/pipeline.ts (300 articles, seed 11).
  generateArticles(join(ROOT, 'examples'), 300, 11).forEach((text, i) => {
    out.push({ id: `bench:${i}`, date: '2025-02-14', text });
  });
  // The bench's real news (when the shared data is there): distinct articles, names met once.
  (realNewsArticles(realNewsDir(), 200) ?? []).forEach((a, i) => {
    out.push({ id: `news:${i}`, date: a.published, text: a.text });
  });
  return out;
}

async function prepare(resources: ReturnType<typeof defaultResources>): Promise<Prepared[]> {
  const pipeline = Pipeline.build(
    defaultStages().filter((s) => s.name !== 'link' && s.name !== 'quotes' && s.name !== 'provenance'),
    { resources },
  );
  const out: Prepared[] = [];
  for (const t of texts()) {
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
  let inputs: Prepared[];
  if (cachePath && existsSync(cachePath)) inputs = JSON.parse(readFileSync(cachePath, 'utf8')) as Prepared[];
  else {
    inputs = await prepare(resources);
    if (cachePath) writeFileSync(cachePath, JSON.stringify(inputs));
  }
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
  if (timeAt >= 0) timeLinking(kb, inputs, Number(args[timeAt + 1] ?? 5));
}

/**
 * `--time N`: N passes of the linker over each group of inputs (eval cases, generated
 * articles, real news), the stage's per-name answers dropped before every pass as the
 * pipeline bench does; prints the median CPU milliseconds per pass. CPU time of this
 * process, so other jobs on the machine disturb it less than wall time.
 */
function timeLinking(kb: KnowledgeBase, inputs: readonly Prepared[], passes: number): void {
  const groups = new Map<string, Prepared[]>();
  for (const input of inputs) {
    const group = input.id.startsWith('bench:')
      ? 'generated'
      : input.id.startsWith('news:')
        ? 'news'
        : 'eval';
    groups.set(group, [...(groups.get(group) ?? []), input]);
  }
  for (const [group, docs] of groups) {
    const times: number[] = [];
    for (let p = 0; p <= passes; p++) {
      forgetLinkAnswers(kb);
      const cpu = process.cpuUsage();
      for (const doc of docs) linkDocument(kb, doc);
      const used = process.cpuUsage(cpu);
      if (p > 0) times.push((used.user + used.system) / 1000); // pass 0 warms the JIT up
    }
    times.sort((a, b) => a - b);
    const med = times[Math.floor(times.length / 2)]!;
    process.stdout.write(
      `${group.padEnd(9)} ${docs.length} documents: median ${med.toFixed(0)} ms CPU per pass (${(med / docs.length).toFixed(2)} ms per document; passes ${times.map((t) => t.toFixed(0)).join(' ')})\n`,
    );
  }
}

await main();
