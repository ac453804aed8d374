/**
 * A bulk ingest run: its items are journalled in the store, then claimed in batches
 * under a lease, read or fetched, analysed in the worker pool (which, built with a
 * `batch` option, analyses them stage by stage in batches: same records, less CPU), and
 * stored, clustered and acknowledged one at a time from this thread. A failing item is acknowledged as
 * failed with its reason and never stops the run.
 *
 * Crash safety: an item is acknowledged only after its article is committed, so a
 * killed run loses nothing acknowledged; its unacknowledged items go back to the queue
 * when their lease runs out, and re-ingesting one that was in fact stored is recognised
 * (same id, same source) and counted as ingested. Several processes — on several
 * machines with PostgreSQL — can work on one run: claims never overlap.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { describeError, isCopydeskError } from '../../core/errors.js';
import type {
  ArticleRecord,
  CorpusStore,
  IngestJob,
  JobOutcome,
  RunProgress,
} from '../../ports/document-store.js';
import type { Corpus } from '../corpus.js';
import type { AnalysisPool } from './pool.js';
import { expandInput, loadItem, type SourceOptions } from './sources.js';

export interface IngestRunOptions extends SourceOptions {
  readonly runId: string;
  /** Arguments to expand and enqueue (none when only resuming or helping). */
  readonly inputs: readonly string[];
  /** Lease on claimed items; renewed while they are worked on. */
  readonly leaseMs?: number;
  /** Items claimed, and on SQLite committed, at a time (default DEFAULT_BATCH). */
  readonly batch?: number;
  readonly onProgress?: (progress: RunProgress) => void;
  /** Called after each item this process acknowledged. */
  readonly onItem?: (job: IngestJob, outcome: JobOutcome) => void;
}

export const DEFAULT_LEASE_MS = 30_000;

/**
 * Items per claim, and per commit on SQLite. Commits are what costs: each writes every
 * page it touched, and the LSH band index takes 64 random keys per article, so a
 * commit of 4 articles rewrites nearly as many index pages as one of 64 (measured: band
 * rows for 10,000 articles cost 7.5 s of CPU in commits of 16, 2.3 s in commits of 400).
 */
export const DEFAULT_BATCH = 64;

/** Claimed batches kept in the pool besides the one being stored. */
const BATCHES_IN_FLIGHT = 3;
const PROGRESS_INTERVAL_MS = 250;

interface ClaimedBatch {
  readonly jobs: readonly IngestJob[];
  readonly analysed: readonly Promise<ArticleRecord>[];
}

export function newRunId(): string {
  return `run-${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}-${randomBytes(3).toString('hex')}`;
}

export async function runIngest(
  store: CorpusStore,
  corpus: Corpus,
  pool: AnalysisPool,
  options: IngestRunOptions,
): Promise<RunProgress> {
  const { runId } = options;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const worker = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  await store.createRun(runId, options.inputs);
  for (const input of options.inputs) {
    try {
      await store.enqueue(runId, await expandInput(input, options));
    } catch (error) {
      // An argument that cannot even be expanded (an unreadable feed) is one item that fails.
      await store.enqueue(runId, [
        { ref: input, kind: 'inline', payload: JSON.stringify({ unreadable: describeError(error) }) },
      ]);
    }
  }
  const batch = options.batch ?? DEFAULT_BATCH;
  const held = new Set<number>();
  const renewal = setInterval(
    () => {
      store.renew([...held], worker, leaseMs).catch(() => {});
    },
    Math.max(10, Math.floor(leaseMs / 3)),
  );
  // Claims a batch and sends it to the pool straight away.
  const claimBatch = async (): Promise<ClaimedBatch> => {
    const jobs = await store.claim(runId, worker, batch, leaseMs);
    for (const job of jobs) held.add(job.id);
    const analysed = jobs.map((job) =>
      loadItem(job, options).then(({ raw, meta }) => pool.analyse(raw, job.ref, meta)),
    );
    // Failures are handled in order when stored; this keeps an early one from counting as unhandled.
    for (const p of analysed) p.catch(() => {});
    return { jobs, analysed };
  };
  // Progress is a count over the whole run: asked for a few times a second, not per batch.
  let progressAt = 0;
  const reportProgress = async () => {
    if (!options.onProgress || Date.now() - progressAt < PROGRESS_INTERVAL_MS) return;
    progressAt = Date.now();
    options.onProgress(await store.progress(runId));
  };
  try {
    // Batches in flight: the pool analyses the next ones while this thread stores the
    // oldest, so worker threads never wait for the writer (nor the writer for a batch's
    // slowest article).
    const inFlight: ClaimedBatch[] = [];
    let drained = false;
    for (;;) {
      while (!drained && inFlight.length < BATCHES_IN_FLIGHT) {
        const next = await claimBatch();
        if (next.jobs.length === 0) drained = true;
        else inFlight.push(next);
      }
      const current = inFlight.shift();
      if (!current) {
        const progress = await store.progress(runId);
        options.onProgress?.(progress);
        // Others still hold items: wait, in case they die and their leases run out.
        if (progress.claimed === 0 && progress.pending === 0) return progress;
        await new Promise((resolve) => setTimeout(resolve, Math.min(1000, leaseMs)));
        drained = false;
        continue;
      }
      const { jobs } = current;
      // Wait for the batch's analyses first, so the write transaction stays short.
      const settled = await Promise.allSettled(current.analysed);
      // Top the pipeline up before writing: the claim must not run inside the batch's transaction.
      if (!drained && inFlight.length < BATCHES_IN_FLIGHT) {
        const next = await claimBatch();
        if (next.jobs.length === 0) drained = true;
        else inFlight.push(next);
      }
      await store.batch(async () => {
        for (let i = 0; i < jobs.length; i++) {
          const job = jobs[i]!;
          let outcome: JobOutcome;
          try {
            const analysis = settled[i]!;
            if (analysis.status === 'rejected') throw analysis.reason;
            const result = await corpus.add(analysis.value);
            if (result.status === 'inserted' || result.recovered) {
              outcome = { status: 'ingested', articleId: result.id };
            } else if (
              job.attempts > 1 &&
              result.reason === 'id' &&
              (await store.getArticle(result.id))?.sourceRef === job.ref
            ) {
              // Stored by an earlier attempt that died before acknowledging it.
              outcome = { status: 'ingested', articleId: result.id };
            } else {
              outcome = {
                status: 'duplicate',
                articleId: result.id,
                reason: result.sighting
                  ? `verbatim copy of ${result.id}, recorded as a sighting${result.sighting === 'known' ? ' before' : ''}`
                  : `same ${result.reason} as ${result.id}`,
              };
            }
          } catch (error) {
            if (isCopydeskError(error) && error.code === 'STORAGE') throw error;
            outcome = { status: 'failed', reason: describeError(error) };
          }
          await store.complete(job.id, worker, outcome);
          held.delete(job.id);
          options.onItem?.(job, outcome);
        }
      });
      await reportProgress();
    }
  } finally {
    clearInterval(renewal);
  }
}
