/**
 * Throughput of the figures stage's two extractors on a folder of plain-text articles
 * (default: test/fixtures/figures). The publication date is read from a `_YYYY-MM-DD_`
 * part of the file name when there is one (PolNeAR names its files that way), else
 * articles are undated. Sentences come from the rough test segmenter and are split
 * before timing starts: only extractDates + extractFigures are timed.
 *
 *   npx tsx scripts/bench-figures.ts [folder] [--rounds N] [--sample N]
 *
 * `--sample N` prints the figures and dates of N articles, for reading by eye.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDates, extractFigures } from '../src/stages/05-figures/index.js';
import { roughSentences, roughTokens } from '../test/helpers/rough-segment.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const folder =
  args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'test/fixtures/figures';
const rounds = flag('--rounds', 3);
const sample = flag('--sample', 0);

const articles = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const text = readFileSync(join(folder, f), 'utf8');
    const published = /_(\d{4}-\d{2}-\d{2})_/.exec(f)?.[1] ?? null;
    return { name: f, text, published, sentences: roughSentences(text), tokens: roughTokens(text) };
  });
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const sentenceCount = articles.reduce((n, a) => n + a.sentences.length, 0);

let figures = 0;
let dates = 0;
let best = Number.POSITIVE_INFINITY;
let bestDates = Number.POSITIVE_INFINITY;
let bestCpu = Number.POSITIVE_INFINITY;
for (let r = 0; r < rounds; r++) {
  figures = 0;
  dates = 0;
  let dateMs = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const a of articles) {
    const d0 = performance.now();
    const ds = extractDates(a.text, a.sentences, a.published);
    dateMs += performance.now() - d0;
    const fs = extractFigures(a.text, { sentences: a.sentences, tokens: a.tokens, exclude: ds });
    figures += fs.length;
    dates += ds.length;
  }
  const cpu = process.cpuUsage(cpu0);
  best = Math.min(best, performance.now() - t0);
  bestDates = Math.min(bestDates, dateMs);
  // CPU time of this process: on a shared, loaded machine it says more than wall time
  bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
}

const mb = bytes / 1e6;
const line = (label: string, ms: number) =>
  `${label.padEnd(16)} ${(ms / 1000).toFixed(3)} s  ${(mb / (ms / 1000)).toFixed(2)} MB/s  ${Math.round(sentenceCount / (ms / 1000))} sentences/s  ${Math.round(articles.length / (ms / 1000))} articles/s`;
process.stdout.write(
  `${articles.length} articles, ${sentenceCount} sentences, ${mb.toFixed(2)} MB; best of ${rounds} rounds\n` +
    `${line('figures + dates', best)}\n${line('dates only', bestDates)}\n${line('figures only', best - bestDates)}\n` +
    `${line('both, CPU time', bestCpu)}\n` +
    `${figures} figures, ${dates} dates\n`,
);

for (const a of articles.slice(0, sample)) {
  process.stdout.write(`\n== ${a.name} (published ${a.published ?? 'unknown'})\n`);
  const ds = extractDates(a.text, a.sentences, a.published);
  for (const d of ds)
    process.stdout.write(`DATE ${JSON.stringify(a.text.slice(d.start, d.end))} ${d.value} ${d.grain}\n`);
  for (const f of extractFigures(a.text, { sentences: a.sentences, tokens: a.tokens, exclude: ds })) {
    const context = a.text.slice(Math.max(0, f.start - 30), f.end + 30).replace(/\s+/g, ' ');
    process.stdout.write(
      `FIG  ${JSON.stringify(a.text.slice(f.start, f.end))} ${f.kind} ${f.value} ${f.unit} ${JSON.stringify(f.subject)} ${f.qualifier ?? ''}  …${context}…\n`,
    );
  }
}
