/**
 * `copydesk eval extraction --data DIR`: scores copydesk's HTML extraction and the peer
 * (Readability.js on linkedom) on either benchmark, with the scoring that benchmark
 * publishes, and prints precision, recall, F1, metadata accuracy (where gold exists) and
 * pages per second side by side. The last line is `F1 <value>` for copydesk.
 */
import { performance } from 'node:perf_hooks';
import type { Command } from 'commander';
import { CopydeskError } from '../../../../core/errors.js';
import type { CommandModule } from '../../command.js';
import { type EvalDataset, type EvalPage, loadDataset, loadPredictions } from './extraction-data.js';
import {
  addSegmentCounts,
  type Scores,
  type SegmentCounts,
  segmentScores,
  shingleScores,
} from './extraction-metrics.js';
import {
  copydeskSystem,
  type ExtractionSystem,
  readabilitySystem,
  type SystemOutput,
} from './extraction-systems.js';

interface MetaTally {
  title: [number, number];
  author: [number, number];
  date: [number, number];
}

export interface SystemResult {
  readonly name: string;
  readonly scores: Scores;
  readonly pagesPerSecond: number;
  readonly meta: MetaTally | null;
  readonly outputs: Map<string, SystemOutput>;
}

const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

function tallyMeta(tally: MetaTally, page: EvalPage, out: SystemOutput): void {
  const gold = page.gold;
  if (!gold) return;
  if (gold.title) {
    tally.title[1]++;
    if (norm(out.title) === norm(gold.title)) tally.title[0]++;
  }
  if (gold.author) {
    tally.author[1]++;
    if (norm(out.author) === norm(gold.author)) tally.author[0]++;
  }
  if (gold.date) {
    tally.date[1]++;
    if ((out.date ?? '').slice(0, 10) === gold.date) tally.date[0]++;
  }
}

export function runSystem(dataset: EvalDataset, system: ExtractionSystem): SystemResult {
  const outputs = new Map<string, SystemOutput>();
  const empty: SystemOutput = { text: '', title: null, author: null, date: null };
  let ms = 0;
  let timed = 0;
  for (const page of dataset.pages) {
    if (page.html === null) {
      outputs.set(page.id, empty);
      continue;
    }
    const t0 = performance.now();
    const out = system.run(page.html, page.url);
    ms += performance.now() - t0;
    timed++;
    outputs.set(page.id, out);
  }
  const pagesPerSecond = ms > 0 ? (timed * 1000) / ms : 0;
  if (dataset.kind === 'article-extraction') {
    const scores = shingleScores(
      dataset.pages.map((p) => ({ truth: p.body ?? '', prediction: outputs.get(p.id)?.text ?? '' })),
    );
    return { name: system.name, scores, pagesPerSecond, meta: null, outputs };
  }
  const counts: SegmentCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const meta: MetaTally = { title: [0, 0], author: [0, 0], date: [0, 0] };
  for (const page of dataset.pages) {
    const out = outputs.get(page.id) ?? empty;
    addSegmentCounts(counts, out.text, page.with ?? [], page.without ?? []);
    tallyMeta(meta, page, out);
  }
  return { name: system.name, scores: segmentScores(counts), pagesPerSecond, meta, outputs };
}

const f3 = (n: number) => n.toFixed(3);
const share = ([hit, all]: [number, number]) => (all > 0 ? `${f3(hit / all)} (${hit}/${all})` : 'n/a');

function formatTable(results: readonly SystemResult[]): string {
  const lines = [
    `${'system'.padEnd(16)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'acc'.padStart(6)} ${'pages/s'.padStart(8)}  title          author         date`,
  ];
  for (const r of results) {
    const meta = r.meta
      ? `${share(r.meta.title).padEnd(14)} ${share(r.meta.author).padEnd(14)} ${share(r.meta.date)}`
      : 'n/a (no gold)';
    lines.push(
      `${r.name.padEnd(16)} ${f3(r.scores.precision).padStart(6)} ${f3(r.scores.recall).padStart(6)} ${f3(r.scores.f1).padStart(6)} ${f3(r.scores.accuracy).padStart(6)} ${r.pagesPerSecond.toFixed(1).padStart(8)}  ${meta}`,
    );
  }
  return lines.join('\n');
}

interface Options {
  data?: string;
  limit?: string;
  peer: boolean;
  checkPredictions?: string;
  worst?: string;
}

export const extractionEval: CommandModule = (group: Command) => {
  group
    .command('extraction')
    .description(
      'HTML article extraction on article-extraction (Zyte) or trafilatura-eval, beside Readability.js',
    )
    .requiredOption('--data <dir>', 'dataset directory (…/article-extraction or …/trafilatura-eval)')
    .option('--limit <n>', 'only the first N pages')
    .option('--no-peer', 'skip the Readability.js peer')
    .option(
      '--check-predictions <system>',
      'article-extraction only: score a stored prediction file (scorer check)',
    )
    .option('--worst <n>', 'list the N pages where copydesk scores lowest')
    .action((options: Options) => {
      const limit = options.limit ? Number(options.limit) : Number.POSITIVE_INFINITY;
      if (!Number.isFinite(limit) && options.limit)
        throw new CopydeskError('USAGE', '--limit takes a number');
      const dataset = loadDataset(options.data ?? '', limit);
      const out = (s: string) => process.stdout.write(`${s}\n`);
      out(`${dataset.kind}: ${dataset.pages.length} pages from ${dataset.dir}`);
      if (options.checkPredictions) {
        if (dataset.kind !== 'article-extraction')
          throw new CopydeskError('USAGE', '--check-predictions needs article-extraction');
        const stored = loadPredictions(dataset.dir, options.checkPredictions);
        const s = shingleScores(
          dataset.pages.map((p) => ({ truth: p.body ?? '', prediction: stored.get(p.id) ?? '' })),
        );
        out(
          `stored ${options.checkPredictions}: P ${f3(s.precision)} R ${f3(s.recall)} F1 ${f3(s.f1)} accuracy ${f3(s.accuracy)}`,
        );
      }
      const ours = runSystem(dataset, copydeskSystem);
      const results = [ours];
      if (options.peer) results.push(runSystem(dataset, readabilitySystem));
      out(formatTable(results));
      if (results.length === 2) {
        out(
          `speed: copydesk ${(ours.pagesPerSecond / Math.max(1e-9, results[1]!.pagesPerSecond)).toFixed(2)}x the peer`,
        );
      }
      if (options.worst) printWorst(dataset, ours, Number(options.worst), out);
      out(`F1 ${f3(ours.scores.f1)}`);
    });
};

function printWorst(dataset: EvalDataset, ours: SystemResult, n: number, out: (s: string) => void): void {
  const rows = dataset.pages.map((p) => {
    const text = ours.outputs.get(p.id)?.text ?? '';
    if (dataset.kind === 'article-extraction') {
      const s = shingleScores([{ truth: p.body ?? '', prediction: text }]);
      return { p, score: s.f1, detail: `P ${f3(s.precision)} R ${f3(s.recall)}` };
    }
    const c: SegmentCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    addSegmentCounts(c, text, p.with ?? [], p.without ?? []);
    return { p, score: -(c.fp + c.fn), detail: `fp ${c.fp} fn ${c.fn}` };
  });
  rows.sort((a, b) => a.score - b.score);
  for (const r of rows.slice(0, n)) out(`  ${r.detail}  ${r.p.id}  ${r.p.url}`);
}
