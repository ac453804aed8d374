/**
 * What scripts/link-dump.ts and scripts/quotes-dump.ts share: the texts a stage is dumped
 * over (eval cases of one kind, the pipeline bench's generated corpus and real news), a
 * canonical JSON form two dumps compare byte for byte in, the inputs cache, and the
 * `--time N` pass timer.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticles, realNewsArticles, realNewsDir } from '../src/bench/corpus.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface DumpText {
  readonly id: string;
  readonly date: string;
  readonly text: string;
}

/**
 * Every text to dump: the cases of test/eval/`evalPrefix`-*.jsonl (their dates), the same
 * corpora as src/bench/pipeline.ts — 300 generated articles (seed 11) and, when the shared
 * data is there, 200 real news articles.
 */
export function dumpTexts(evalPrefix: 'linking' | 'quotes'): DumpText[] {
  const out: DumpText[] = [];
  const evalDir = join(ROOT, 'test/eval');
  for (const file of readdirSync(evalDir)
    .filter((f) => f.startsWith(`${evalPrefix}-`) && f.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(evalDir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const c = JSON.parse(line) as DumpText;
      out.push({ id: `${file}:${c.id}`, date: c.date, text: c.text });
    }
  }
  generateArticles(join(ROOT, 'examples'), 300, 11).forEach((text, i) => {
    out.push({ id: `bench:${i}`, date: '2025-02-14', text });
  });
  (realNewsArticles(realNewsDir(), 200) ?? []).forEach((a, i) => {
    out.push({ id: `news:${i}`, date: a.published, text: a.text });
  });
  return out;
}

/** The prepared inputs, read from `cachePath` when it exists, else made (and kept there when given). */
export async function cachedInputs<T>(cachePath: string | undefined, make: () => Promise<T[]>): Promise<T[]> {
  if (cachePath && existsSync(cachePath)) return JSON.parse(readFileSync(cachePath, 'utf8')) as T[];
  const inputs = await make();
  if (cachePath) writeFileSync(cachePath, JSON.stringify(inputs));
  return inputs;
}

/** JSON with object keys sorted, so two dumps compare byte for byte. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
      );
    }
    return v;
  });
}

/** The group a text's id puts it in: eval cases, generated articles or real news. */
export function groupOf(id: string): 'eval' | 'generated' | 'news' {
  return id.startsWith('bench:') ? 'generated' : id.startsWith('news:') ? 'news' : 'eval';
}

/**
 * `--time N`: N passes of `run` over each group of inputs (or the group `only`), `beforePass`
 * before each; prints the median CPU milliseconds per pass. CPU time of this process, so
 * other jobs on the machine disturb it less than wall time; pass 0 warms the JIT up.
 */
export function timePasses<T extends { readonly id: string }>(
  inputs: readonly T[],
  passes: number,
  run: (input: T) => unknown,
  options: { readonly beforePass?: () => void; readonly only?: string } = {},
): void {
  const groups = new Map<string, T[]>();
  for (const input of inputs) {
    const group = groupOf(input.id);
    if (options.only && group !== options.only) continue;
    groups.set(group, [...(groups.get(group) ?? []), input]);
  }
  for (const [group, docs] of groups) {
    const times: number[] = [];
    for (let p = 0; p <= passes; p++) {
      options.beforePass?.();
      const cpu = process.cpuUsage();
      for (const doc of docs) run(doc);
      const used = process.cpuUsage(cpu);
      if (p > 0) times.push((used.user + used.system) / 1000);
    }
    times.sort((a, b) => a - b);
    const med = times[Math.floor(times.length / 2)]!;
    process.stdout.write(
      `${group.padEnd(9)} ${docs.length} documents: median ${med.toFixed(0)} ms CPU per pass (${(med / docs.length).toFixed(3)} ms per document; passes ${times.map((t) => t.toFixed(0)).join(' ')})\n`,
    );
  }
}
