/**
 * How the pipeline's cost per article depends on the batch size of `Pipeline.runBatch`
 * (docs/scaling.md, "Analysis batches"): the default pipeline over one of the pipeline
 * bench's corpora, every size in each round (the order rotating) after two warm-up rounds,
 * CPU time per pass, the link stage's answers dropped before each pass; prints each size's
 * median pass and its median per-round ratio to article by article (size 1 = `run`). Run
 * with `--expose-gc` it first prints the heap an analysed document retains.
 *
 *   node --expose-gc --import tsx scripts/batch-sizes.ts news|generated [1,8,16,32,64] [rounds]
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchDoc, generateArticles, realNewsArticles, realNewsDir } from '../src/bench/corpus.js';
import { Pipeline } from '../src/core/pipeline.js';
import { knowledgeBaseResource } from '../src/kb/resource.js';
import { defaultStages } from '../src/presets/default.js';
import { defaultResources } from '../src/presets/resources.js';
import { forgetLinkAnswers } from '../src/stages/07-link/index.js';

const which = process.argv[2] ?? 'news';
const sizes = (process.argv[3] ?? '1,8,16,32,64').split(',').map(Number);
if (!sizes.includes(1)) sizes.unshift(1);
const rounds = Number(process.argv[4] ?? 6);
const resources = defaultResources();
const full = Pipeline.build(defaultStages(), { resources });
const kb = resources.use(knowledgeBaseResource);
const arts =
  which === 'news'
    ? (realNewsArticles(realNewsDir(), 200) ??
      (() => {
        throw new Error(`no real news at ${realNewsDir()} (set COPYDESK_BENCH_NEWS)`);
      })())
    : generateArticles(fileURLToPath(new URL('../examples/', import.meta.url)), 300, 11).map((text) => ({
        text,
        published: '2025-02-14',
      }));
let n = 0;
const docs = () => arts.map((a) => benchDoc(a.text, `d${n++}`, { published: a.published }));
async function pass(size: number): Promise<number> {
  forgetLinkAnswers(kb);
  const all = docs();
  const c = process.cpuUsage();
  if (size === 1) for (const d of all) await full.run(d);
  else for (let i = 0; i < all.length; i += size) await full.runBatch(all.slice(i, i + size));
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
}
const gc = (globalThis as { gc?: () => void }).gc;
// Memory a batch holds: the documents of one batch alive together, after collection.
if (gc) {
  const all = docs();
  for (const d of all) await full.run(d);
  gc();
  const kept = process.memoryUsage().heapUsed;
  all.length = 0;
  gc();
  const released = process.memoryUsage().heapUsed;
  console.log(
    `${which}: analysed documents retain ${((kept - released) / arts.length / 1024).toFixed(0)} KB each on the heap`,
  );
}
for (let w = 0; w < 2; w++) for (const s of sizes) await pass(s);
const times = new Map<number, number[]>(sizes.map((s) => [s, []]));
for (let r = 0; r < rounds; r++)
  for (let k = 0; k < sizes.length; k++) {
    const s = sizes[(r + k) % sizes.length]!;
    times.get(s)!.push(await pass(s));
  }
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
const base = times.get(1)!;
for (const s of sizes) {
  const t = times.get(s)!;
  const paired = t.map((x, i) => x / base[i]! - 1);
  console.log(
    `${which} batch ${s}: ${med(t).toFixed(0)} ms CPU/pass (${arts.length} articles); vs 1: ${(100 * med(paired)).toFixed(1)}% (load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
}
