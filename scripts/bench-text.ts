/**
 * Throughput of the text stages alone: cleanup (`cleanText`) and segmentation
 * (`segment`), on the plain-text articles given (files or directories of `.txt`;
 * default `examples/`). Each article is one run, as in the pipeline; the best of five
 * rounds after a warm-up is reported, by the process's CPU time (user + system) and by
 * wall-clock time: on a shared machine the wall clock mostly measures the neighbours.
 *
 *   npx tsx scripts/bench-text.ts [path ...]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Block } from '../src/core/annotations.js';
import { cleanText } from '../src/stages/03-clean/clean.js';
import { segment } from '../src/stages/04-segment/segment.js';

function collect(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) if (name.endsWith('.txt')) files.push(join(path, name));
    } else files.push(path);
  }
  return files;
}

/** One block per blank-line-separated paragraph, as extraction makes for plain text. */
function blocksOf(source: string): Block[] {
  const out: Block[] = [];
  for (const m of source.matchAll(/\S(?:[^\n]|\n(?![ \t]*\n))*/gu)) {
    out.push({ start: m.index, end: m.index + m[0].trimEnd().length, role: 'paragraph' });
  }
  return out;
}

interface Timing {
  readonly cpuMs: number;
  readonly wallMs: number;
}

function best(rounds: number, work: () => void): Timing {
  work();
  let cpuMs = Number.POSITIVE_INFINITY;
  let wallMs = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    work();
    wallMs = Math.min(wallMs, performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
  }
  return { cpuMs, wallMs };
}

const files = collect(process.argv.length > 2 ? process.argv.slice(2) : ['examples']);
const sources = files.map((f) => readFileSync(f, 'utf8'));
const blocks = sources.map(blocksOf);
const bytes = sources.reduce((sum, s) => sum + Buffer.byteLength(s), 0);
const cleaned = sources.map((s, i) => cleanText(s, blocks[i]!));
const mb = bytes / 1024 / 1024;

const cleanMs = best(5, () => {
  for (let i = 0; i < sources.length; i++) cleanText(sources[i]!, blocks[i]!);
});
let tokens = 0;
let sentences = 0;
const segmentMs = best(5, () => {
  tokens = 0;
  sentences = 0;
  for (const c of cleaned) {
    const result = segment(c.text, c.paragraphs);
    tokens += result.tokens.length;
    sentences += result.sentences.length;
  }
});
const rate = (ms: number) =>
  `${(mb / (ms / 1000)).toFixed(1)} MB/s, ${Math.round(sources.length / (ms / 1000)).toLocaleString('en-US')} articles/s`;
const line = (name: string, t: Timing) => `${name.padEnd(8)} cpu ${rate(t.cpuMs)}   wall ${rate(t.wallMs)}`;
console.log(`${sources.length} articles, ${mb.toFixed(2)} MB; ${tokens} tokens, ${sentences} sentences`);
console.log(line('clean', cleanMs));
console.log(line('segment', segmentMs));
console.log(
  line('both', { cpuMs: cleanMs.cpuMs + segmentMs.cpuMs, wallMs: cleanMs.wallMs + segmentMs.wallMs }),
);
