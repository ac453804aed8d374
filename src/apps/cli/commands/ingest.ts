/**
 * `copydesk ingest PATH|URL…`: bulk ingestion into the corpus (files, directories,
 * JSONL, RSS/Atom feeds, URLs), with a progress bar on a terminal, a summary at the
 * end, `--resume` after an interruption, and `--run ID` to let several processes (or
 * machines, with PostgreSQL) share one run.
 */
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { Option } from 'commander';
import { openCorpusStore } from '../../../adapters/open-store.js';
import { CopydeskError } from '../../../core/errors.js';
import { Corpus } from '../../../corpus/corpus.js';
import { createAnalysisPool, defaultPoolSize, INGEST_ANALYSIS_BATCH } from '../../../corpus/ingest/pool.js';
import { DEFAULT_LEASE_MS, newRunId, runIngest } from '../../../corpus/ingest/run.js';
import type { RunProgress } from '../../../ports/document-store.js';
import { createDefaultPipeline } from '../../../presets/default.js';
import type { CommandModule } from '../command.js';
import { parseByteSize, parseCount } from './options.js';

interface IngestFlags {
  readonly db?: string;
  readonly resume?: boolean | string;
  readonly run?: string;
  readonly workers?: string;
  readonly allowPrivate?: boolean;
  readonly maxBytes: string;
  readonly lease?: string;
  readonly batch?: string;
  readonly analysisBatch?: string;
  readonly format: 'text' | 'json';
  readonly progress: boolean;
}

export const ingestCommand: CommandModule = (program: Command) => {
  program
    .command('ingest')
    .description('add articles to the corpus: files, directories, JSONL, RSS/Atom feeds, URLs')
    .argument(
      '[inputs...]',
      'files, directories (recursive), .jsonl files, feeds (file or URL), article URLs',
    )
    .option(
      '--db <path|url>',
      'corpus: a SQLite file or postgres://… (default: $COPYDESK_DB or the per-user corpus)',
    )
    .option('--resume [run]', 'finish an interrupted run (the latest unfinished one, or the run named)')
    .option('--run <id>', 'name the run; processes given the same --run and --db share its work')
    .option('--workers <n>', `analysis threads (default: one per core, ${defaultPoolSize()} here; 0 = none)`)
    .option('--allow-private', 'allow fetching from private and loopback addresses (local testing)')
    .option('--max-bytes <size>', 'refuse inputs larger than this', '5MB')
    .addOption(new Option('--lease <ms>', 'lease on claimed items, renewed while working').hideHelp())
    .addOption(new Option('--batch <n>', 'items claimed (and committed) at a time').hideHelp())
    .addOption(
      new Option(
        '--analysis-batch <n>',
        `articles a worker analyses together, stage by stage (default ${INGEST_ANALYSIS_BATCH}; 1 = one at a time)`,
      ).hideHelp(),
    )
    .addOption(
      new Option('-f, --format <format>', 'summary format').choices(['text', 'json']).default('text'),
    )
    .option('--no-progress', 'no progress bar')
    .action(async (inputs: string[], flags: IngestFlags) => {
      const maxBytes = parseByteSize(flags.maxBytes);
      const workers =
        flags.workers === undefined ? defaultPoolSize() : parseCount(flags.workers, '--workers', 0);
      const leaseMs = flags.lease === undefined ? DEFAULT_LEASE_MS : parseCount(flags.lease, '--lease', 1);
      const batch = flags.batch === undefined ? undefined : parseCount(flags.batch, '--batch', 1);
      if (!flags.resume && inputs.length === 0 && !flags.run) {
        throw new CopydeskError(
          'USAGE',
          'nothing to ingest: give files, directories, feeds or URLs (or --resume)',
        );
      }
      const store = await openCorpusStore(flags.db);
      const analysisBatch =
        flags.analysisBatch === undefined
          ? INGEST_ANALYSIS_BATCH
          : parseCount(flags.analysisBatch, '--analysis-batch', 1);
      const pool = createAnalysisPool(workers, { batch: analysisBatch });
      let bar: SingleBar | null = null;
      try {
        let runId = flags.run ?? (typeof flags.resume === 'string' ? flags.resume : undefined);
        if (flags.resume && runId === undefined) {
          const latest = await store.latestUnfinishedRun();
          if (!latest) throw new CopydeskError('NOT_FOUND', 'no unfinished ingest run to resume');
          runId = latest.runId;
        }
        runId ??= newRunId();
        if (flags.progress && process.stderr.isTTY) {
          bar = new SingleBar({
            stream: process.stderr,
            format:
              'ingest {bar} {value}/{total} | {rate}/s | ETA {eta_formatted} | dup {dup} | failed {failed}',
            etaBuffer: 50,
            hideCursor: true,
          });
          bar.start(0, 0, { rate: '0', dup: 0, failed: 0 });
        }
        const started = Date.now();
        let startedDone: number | null = null;
        const corpus = new Corpus(store, createDefaultPipeline());
        const summary = await runIngest(store, corpus, pool, {
          runId,
          inputs,
          allowPrivate: flags.allowPrivate === true,
          maxBytes,
          leaseMs,
          batch,
          onProgress: (p: RunProgress) => {
            const done = p.ingested + p.duplicate + p.failed;
            startedDone ??= done;
            const rate = (done - startedDone) / Math.max(0.001, (Date.now() - started) / 1000);
            bar?.setTotal(p.total);
            bar?.update(done, { rate: rate.toFixed(1), dup: p.duplicate, failed: p.failed });
          },
        });
        bar?.stop();
        bar = null;
        const seconds = (Date.now() - started) / 1000;
        const failures = await store.failures(runId, 50);
        if (flags.format === 'json') {
          process.stdout.write(
            `${JSON.stringify({ run: runId, corpus: store.location, ...summary, seconds, failures })}\n`,
          );
        } else {
          process.stdout.write(
            `run ${runId} → ${store.location}\n` +
              `ingested ${summary.ingested}, duplicates ${summary.duplicate}, failed ${summary.failed} ` +
              `(of ${summary.total}) in ${seconds.toFixed(1)} s\n`,
          );
          for (const f of failures) process.stdout.write(`  failed: ${f.ref}: ${f.reason}\n`);
          if (summary.failed > failures.length) {
            process.stdout.write(`  … and ${summary.failed - failures.length} more failures\n`);
          }
        }
        if (summary.failed > 0) process.exitCode = 1;
      } finally {
        bar?.stop();
        await pool.close();
        await store.close();
      }
    });
};
