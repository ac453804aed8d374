/**
 * A pool of worker threads running the analysis pipeline, one per core by default, so
 * ingestion uses every core while the store is written from the main thread only, and
 * the HTTP server's event loop stays free while articles are analysed.
 *
 * Work can be abandoned: a task given an `AbortSignal` that fires is taken out of the
 * queue, or, when a worker is already running it, that worker is terminated (the only
 * way to stop synchronous CPU work in JavaScript) and replaced by a fresh one. The other
 * tasks the terminated worker held are queued again, so they are not lost.
 *
 * Tasks travel in batches (`batch` tasks per message, default 1): a worker analyses a
 * batch stage by stage (`Pipeline.runBatch`), which costs less per article, and answers
 * each task. Ingestion sends batches; the HTTP server one task at a time, as a batch's
 * answers all wait for its slowest article. A worker that crashes in a batch of several
 * tasks has them retried one at a time, so only the article that crashes it fails.
 *
 * With `size` 0 the pipeline runs in the calling thread (tests, tiny batches), over the
 * same batches; there an abort is only noticed before the task's batch starts.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysisJson } from '../../core/analysis.js';
import { CopydeskError, type ErrorCode } from '../../core/errors.js';
import type { ArticleMeta, RawInput } from '../../core/meta.js';
import type { Pipeline } from '../../core/pipeline.js';
import type { ArticleRecord } from '../../ports/document-store.js';
import { analyzeBatch, type ItemResult } from '../../presets/analyze.js';
import { createDefaultPipeline } from '../../presets/default.js';
import { type AnalysisOutput, taskOutput } from './task-output.js';

export type { AnalysisOutput } from './task-output.js';

export interface AnalysisRequest {
  readonly id: number;
  readonly output: AnalysisOutput;
  readonly raw: RawInput;
  readonly sourceRef: string;
  readonly meta: Partial<ArticleMeta>;
}

/** What the pool sends a worker: tasks analysed together, stage by stage; each is answered on its own. */
export interface AnalysisBatch {
  readonly tasks: readonly AnalysisRequest[];
}

/**
 * The record crosses threads with its analysis as JSON text: cheaper to copy than the
 * nested object (structured clone), and the store wants that text anyway.
 */
export type TransferredRecord = Omit<ArticleRecord, 'analysis' | 'analysisJson'> & {
  readonly analysisJson: string;
};

export type AnalysisResponse =
  | { readonly ready: true }
  | { readonly id: number; readonly record: TransferredRecord }
  | { readonly id: number; readonly analysis: AnalysisJson }
  | { readonly id: number; readonly error: { code: ErrorCode; message: string } };

export interface TaskOptions {
  /** Abandons the task: dequeued if waiting, its worker terminated and replaced if running. */
  readonly signal?: AbortSignal;
}

export interface AnalysisPool {
  readonly size: number;
  /** Analyses an input into the record the corpus stores. */
  analyse(
    raw: RawInput,
    sourceRef: string,
    meta: Partial<ArticleMeta>,
    options?: TaskOptions,
  ): Promise<ArticleRecord>;
  /** Analyses an input and returns the analysis JSON only (nothing for the store). */
  analyseOnly(raw: RawInput, meta: Partial<ArticleMeta>, options?: TaskOptions): Promise<AnalysisJson>;
  /** Tasks queued or running. */
  readonly pending: number;
  /** Resolves when every worker has loaded the pipeline's models (tasks may be given before). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export interface PoolOptions {
  /**
   * Batches handed to one worker at a time. 2 (the default) keeps a worker busy while the
   * main thread is occupied storing the previous result; 1 makes a worker's task list
   * exactly what a termination interrupts (the server uses 1).
   */
  readonly depth?: number;
  /**
   * Tasks sent to a worker in one message and analysed stage by stage over the batch
   * (`Pipeline.runBatch`): cheaper per article, but an answer waits for its whole batch.
   * 1 (the default) is one task per message, as `POST /analyze` wants; ingestion uses
   * {@link INGEST_ANALYSIS_BATCH}.
   */
  readonly batch?: number;
  /**
   * A module whose `createPipeline()` gives the pipeline the workers run (default: the
   * default pipeline). Tests give one with a stage that crashes the worker.
   */
  readonly pipelineModule?: URL;
}

/**
 * The batch size ingestion analyses with. Measured (docs/scaling.md, "Analysis batches"):
 * stage-major batches make the pipeline cheaper per article as they grow (real news gains
 * nothing past 16, generated copy a little), while an answer waits for its whole batch and
 * a crashed batch is analysed again article by article.
 */
export const INGEST_ANALYSIS_BATCH = 16;

export function defaultPoolSize(): number {
  return availableParallelism();
}

interface Task {
  readonly request: Omit<AnalysisRequest, 'id'>;
  readonly id: number;
  readonly resolve: (value: ArticleRecord | AnalysisJson) => void;
  readonly reject: (error: Error) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
  slot: Slot | null;
  /**
   * Sent alone: the task was in a batch whose worker crashed, so it is retried by itself,
   * and only the article that crashes a worker fails.
   */
  alone: boolean;
}

interface Slot {
  worker: Worker;
  /** Every task the worker holds, by id. */
  readonly tasks: Map<number, Task>;
  /** The batches the worker holds, in the order it runs them (answered tasks left out). */
  batches: Task[][];
  /** Resolves when the current worker has warmed up. */
  ready: Promise<void>;
}

/** The error a task ends with when its signal fires: the signal's reason if it is an Error. */
function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error
    ? signal.reason
    : new CopydeskError('INTERNAL', 'the analysis was abandoned');
}

export function createAnalysisPool(size = defaultPoolSize(), options: PoolOptions = {}): AnalysisPool {
  if (size <= 0) return inThreadPool(createDefaultPipeline(), options);
  const depth = Math.max(1, options.depth ?? 2);
  const batchSize = Math.max(1, options.batch ?? 1);
  const typescript = import.meta.url.endsWith('.ts');
  const script = new URL(`./analysis-worker.${typescript ? 'ts' : 'js'}`, import.meta.url);
  // Under tsx/vitest the worker registers tsx's loader before importing the script.
  const bootstrap = `import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${JSON.stringify(script.href)}))`;
  const workerData = { pipelineModule: options.pipelineModule?.href ?? null };
  const queue: Task[] = [];
  let closed = false;
  let nextId = 0;
  let dispatchScheduled: NodeJS.Immediate | null = null;

  const spawnWorker = (slot: Partial<Slot> & { tasks: Map<number, Task> }): Worker => {
    const worker = typescript
      ? new Worker(bootstrap, { eval: true, workerData })
      : new Worker(script, { workerData });
    let warmed: () => void = () => {};
    slot.ready = new Promise<void>((resolve) => {
      warmed = resolve;
    });
    slot.batches = [];
    worker.once('exit', () => warmed());
    worker.on('message', (response: AnalysisResponse) => {
      if ('ready' in response) {
        warmed();
        return;
      }
      const task = slot.tasks.get(response.id);
      if (!task) return;
      slot.tasks.delete(response.id);
      forgetAnswered(slot as Slot);
      settle(task);
      if ('record' in response)
        task.resolve({ ...response.record, analysis: JSON.parse(response.record.analysisJson) });
      else if ('analysis' in response) task.resolve(response.analysis);
      else task.reject(new CopydeskError(response.error.code, response.error.message));
      dispatch();
    });
    // A worker that crashed (or ran out of memory) fails the task it held and is replaced.
    worker.on('error', (error) => {
      if (slot.worker === worker) replace(slot as Slot, error);
    });
    worker.on('exit', () => {
      if (slot.worker === worker && !closed) replace(slot as Slot, new Error('the worker exited'));
    });
    return worker;
  };

  const slots: Slot[] = Array.from({ length: size }, () => {
    const slot = { tasks: new Map<number, Task>() } as Slot;
    slot.worker = spawnWorker(slot);
    return slot;
  });

  /** Drops the batches at the head of a slot's list whose every task has been answered. */
  function forgetAnswered(slot: Slot): void {
    while (slot.batches.length > 0 && !slot.batches[0]!.some((t) => slot.tasks.has(t.id)))
      slot.batches.shift();
  }

  /** Takes a task out of the pool's books (it is about to be resolved or rejected). */
  function settle(task: Task): void {
    task.signal?.removeEventListener('abort', task.onAbort);
    task.slot = null;
  }

  /**
   * Terminates a slot's worker and starts a new one. `failed` is the task to fail (an
   * abandoned one); the slot's other tasks go back to the front of the queue. Without
   * one (a crash), the batch the worker was running is the culprit: a batch of one task
   * fails that task; a larger batch's tasks are queued again to be sent one at a time,
   * so the article that crashes a worker is found, and fails alone, when it crashes it again.
   */
  function replace(slot: Slot, cause: Error, failed?: Task): void {
    const old = slot.worker;
    const running = (slot.batches[0] ?? []).filter((t) => slot.tasks.has(t.id));
    const held = [...slot.tasks.values()];
    slot.tasks.clear();
    slot.worker = spawnWorker(slot);
    void old.terminate();
    const victim = failed ?? (running.length === 1 ? running[0] : undefined);
    if (!failed && running.length > 1) for (const task of running) task.alone = true;
    // The running batch first, then the others, in the order they were sent.
    const again = [...running, ...held.filter((t) => !running.includes(t))].filter((t) => t !== victim);
    for (const task of again) task.slot = null;
    queue.unshift(...again);
    if (victim) {
      settle(victim);
      victim.reject(
        victim === failed
          ? cause
          : new CopydeskError('STAGE_FAILED', `analysis worker failed: ${cause.message}`),
      );
    }
    dispatch();
  }

  /** The next batch from the head of the queue: up to `batchSize` tasks, a task to send alone by itself. */
  function takeBatch(): Task[] {
    const first = queue.shift()!;
    const batch = [first];
    if (first.alone) return batch;
    while (batch.length < batchSize && queue[0] && !queue[0].alone) batch.push(queue.shift()!);
    return batch;
  }

  function dispatch(): void {
    if (closed) return;
    while (queue.length > 0) {
      const slot = slots.reduce((best, s) =>
        s.batches.length < best.batches.length ||
        (s.batches.length === best.batches.length && s.tasks.size < best.tasks.size)
          ? s
          : best,
      );
      if (slot.batches.length >= depth) return;
      const batch = takeBatch();
      for (const task of batch) {
        task.slot = slot;
        slot.tasks.set(task.id, task);
      }
      slot.batches.push(batch);
      slot.worker.postMessage({
        tasks: batch.map((task) => ({ id: task.id, ...task.request })),
      } satisfies AnalysisBatch);
    }
  }

  /**
   * With batches, tasks given in the same turn of the event loop (an ingest claim's items)
   * are sent together: dispatching waits for the turn to end. One task per message goes
   * at once.
   */
  function scheduleDispatch(): void {
    if (batchSize === 1) {
      dispatch();
      return;
    }
    dispatchScheduled ??= setImmediate(() => {
      dispatchScheduled = null;
      dispatch();
    });
  }

  function submit<T extends ArticleRecord | AnalysisJson>(
    request: Omit<AnalysisRequest, 'id'>,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    if (closed) return Promise.reject(new CopydeskError('INTERNAL', 'the analysis pool is closed'));
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise<T>((resolve, reject) => {
      const task: Task = {
        request,
        id: nextId++,
        resolve: resolve as (value: ArticleRecord | AnalysisJson) => void,
        reject,
        signal,
        slot: null,
        alone: false,
        onAbort: () => {
          if (!signal) return;
          if (task.slot) {
            replace(task.slot, abortError(signal), task);
            return;
          }
          const at = queue.indexOf(task);
          if (at >= 0) queue.splice(at, 1);
          settle(task);
          reject(abortError(signal));
        },
      };
      signal?.addEventListener('abort', task.onAbort, { once: true });
      queue.push(task);
      scheduleDispatch();
    });
  }

  return {
    size,
    get pending() {
      return queue.length + slots.reduce((n, s) => n + s.tasks.size, 0);
    },
    async ready() {
      await Promise.all(slots.map((s) => s.ready));
    },
    analyse: (raw, sourceRef, meta, opts = {}) =>
      submit<ArticleRecord>({ output: 'record', raw, sourceRef, meta }, opts.signal),
    analyseOnly: (raw, meta, opts = {}) =>
      submit<AnalysisJson>({ output: 'analysis', raw, sourceRef: '', meta }, opts.signal),
    async close() {
      closed = true;
      if (dispatchScheduled) clearImmediate(dispatchScheduled);
      const error = new CopydeskError('INTERNAL', 'the analysis pool is closed');
      for (const task of [...queue.splice(0), ...slots.flatMap((s) => [...s.tasks.values()])]) {
        settle(task);
        task.reject(error);
      }
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/**
 * Analysis in the calling thread with the given pipeline (what `createAnalysisPool(0)`
 * gives). Tasks given in the same turn of the event loop are analysed together, up to
 * `batch` at a time, one batch after the other.
 */
export function inThreadPool(
  pipeline: Pipeline = createDefaultPipeline(),
  options: Pick<PoolOptions, 'batch'> = {},
): AnalysisPool {
  const batchSize = Math.max(1, options.batch ?? 1);
  interface Waiting {
    readonly request: Omit<AnalysisRequest, 'id'>;
    readonly resolve: (value: ArticleRecord | AnalysisJson) => void;
    readonly reject: (error: Error) => void;
    readonly signal: AbortSignal | undefined;
    settled: boolean;
  }
  const queue: Waiting[] = [];
  let running = 0;
  let closed = false;
  /** True while `drain` runs (cleared in the same turn as its last look at the queue). */
  let draining = false;

  const finish = (task: Waiting, result: ItemResult<ArticleRecord | AnalysisJson>) => {
    if (task.settled) return;
    task.settled = true;
    if (result.ok) task.resolve(result.value);
    else task.reject(result.error);
  };

  /** Runs the queued tasks, a batch at a time, until none is left. */
  const drain = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    for (;;) {
      if (queue.length === 0) {
        draining = false;
        return;
      }
      const batch = queue.splice(0, batchSize).filter((task) => {
        if (task.signal?.aborted) finish(task, { ok: false, error: abortError(task.signal) });
        return !task.settled;
      });
      running = batch.length;
      const analysed = await analyzeBatch(
        pipeline,
        batch.map(({ request }) => ({ raw: request.raw, options: { meta: request.meta } })),
      );
      running = 0;
      for (const [i, result] of analysed.entries()) finish(batch[i]!, taskOutput(batch[i]!.request, result));
    }
  };

  const submit = <T extends ArticleRecord | AnalysisJson>(
    request: Waiting['request'],
    signal: AbortSignal | undefined,
  ): Promise<T> => {
    if (closed) return Promise.reject(new CopydeskError('INTERNAL', 'the analysis pool is closed'));
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise<T>((resolve, reject) => {
      queue.push({ request, resolve: resolve as Waiting['resolve'], reject, signal, settled: false });
      if (!draining) {
        draining = true;
        void drain();
      }
    });
  };

  return {
    size: 0,
    get pending() {
      return queue.length + running;
    },
    ready: async () => {},
    analyse: (raw, sourceRef, meta, opts = {}) =>
      submit<ArticleRecord>({ output: 'record', raw, sourceRef, meta }, opts.signal),
    analyseOnly: (raw, meta, opts = {}) =>
      submit<AnalysisJson>({ output: 'analysis', raw, sourceRef: '', meta }, opts.signal),
    close: async () => {
      closed = true;
      const error = new CopydeskError('INTERNAL', 'the analysis pool is closed');
      for (const task of queue.splice(0)) finish(task, { ok: false, error });
    },
  };
}
