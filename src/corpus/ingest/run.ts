/**
 * A bulk ingest run: its items are journalled in the store, then claimed in batches
 * under a lease, read or fetched, analysed in the worker pool, and stored, clustered
 * and acknowledged one at a time from this thread. A failing item is acknowledged as
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
import type { CorpusStore, IngestJob, JobOutcome, RunProgress } from '../../ports/document-store.js';
import type { Corpus } from '../corpus.js';
import type { AnalysisPool } from './pool.js';
import { expandInput, loadItem, type SourceOptions } from './sources.js';

export interface IngestRunOptions extends SourceOptions {
  readonly runId: string;
  /** Arguments to expand and enqueue (none when only resuming or helping). */
  readonly inputs: readonly string[];
  /** Lease on claimed items; renewed while they are worked on. */
  readonly leaseMs?: number;
  /** Items claimed at a time (default: twice the pool size, at least 4). */
  readonly batch?: number;
  readonly onProgress?: (progress: RunProgress) => void;
  /** Called after each item this process acknowledged. */
  readonly onItem?: (job: IngestJob, outcome: JobOutcome) => void;
}

export const DEFAULT_LEASE_MS = 30_000;

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
      // An argument that cannot even be expanded (an unreadable feed) is one failed item.
      await store.enqueue(runId, [{ ref: input, kind: 'file' }]);
      const [job] = await store.claim(runId, worker, 1, leaseMs);
      if (job) await store.complete(job.id, worker, { status: 'failed', reason: describeError(error) });
    }
  }
  const batch = options.batch ?? Math.max(4, pool.size * 2);
  const held = new Set<number>();
  const renewal = setInterval(
    () => {
      store.renew([...held], worker, leaseMs).catch(() => {});
    },
    Math.max(10, Math.floor(leaseMs / 3)),
  );
  try {
    for (;;) {
      const jobs = await store.claim(runId, worker, batch, leaseMs);
      if (jobs.length === 0) {
        const progress = await store.progress(runId);
        options.onProgress?.(progress);
        // Others still hold items: wait, in case they die and their leases run out.
        if (progress.claimed === 0 && progress.pending === 0) return progress;
        await new Promise((resolve) => setTimeout(resolve, Math.min(1000, leaseMs)));
        continue;
      }
      for (const job of jobs) held.add(job.id);
      // Analysis runs in parallel in the pool; storing is sequential, in claim order.
      const analysed = jobs.map((job) =>
        loadItem(job, options).then(({ raw, meta }) => pool.analyse(raw, job.ref, meta)),
      );
      // Failures are handled in order below; this keeps an early one from counting as unhandled.
      for (const p of analysed) p.catch(() => {});
      for (let i = 0; i < jobs.length; i++) {
        const job = jobs[i]!;
        let outcome: JobOutcome;
        try {
          const result = await corpus.add(await analysed[i]!);
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
              reason: `same ${result.reason} as ${result.id}`,
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
      options.onProgress?.(await store.progress(runId));
    }
  } finally {
    clearInterval(renewal);
  }
}
