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
 * With `size` 0 the pipeline runs in the calling thread (tests, tiny batches); there an
 * abort is only noticed before the analysis starts.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysisJson } from '../../core/analysis.js';
import { toAnalysisJson } from '../../core/analysis.js';
import { CopydeskError, type ErrorCode } from '../../core/errors.js';
import type { ArticleMeta, RawInput } from '../../core/meta.js';
import type { Pipeline } from '../../core/pipeline.js';
import type { ArticleRecord } from '../../ports/document-store.js';
import { analyze } from '../../presets/analyze.js';
import { createDefaultPipeline } from '../../presets/default.js';
import { prepareRecord } from '../corpus.js';

/** What a worker returns: the stored record (ingest) or the analysis alone (`POST /analyze`). */
export type AnalysisOutput = 'record' | 'analysis';

export interface AnalysisRequest {
  readonly id: number;
  readonly output: AnalysisOutput;
  readonly raw: RawInput;
  readonly sourceRef: string;
  readonly meta: Partial<ArticleMeta>;
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
   * Tasks handed to one worker at a time. 2 (the default) keeps a worker busy while the
   * main thread is occupied storing the previous result; 1 makes a worker's task list
   * exactly what a termination interrupts (the server uses 1).
   */
  readonly depth?: number;
}

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
}

interface Slot {
  worker: Worker;
  readonly tasks: Map<number, Task>;
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
  if (size <= 0) return inThreadPool();
  const depth = Math.max(1, options.depth ?? 2);
  const typescript = import.meta.url.endsWith('.ts');
  const script = new URL(`./analysis-worker.${typescript ? 'ts' : 'js'}`, import.meta.url);
  // Under tsx/vitest the worker registers tsx's loader before importing the script.
  const bootstrap = `import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${JSON.stringify(script.href)}))`;
  const queue: Task[] = [];
  let closed = false;
  let nextId = 0;

  const spawnWorker = (slot: Partial<Slot> & { tasks: Map<number, Task> }): Worker => {
    const worker = typescript ? new Worker(bootstrap, { eval: true }) : new Worker(script);
    let warmed: () => void = () => {};
    slot.ready = new Promise<void>((resolve) => {
      warmed = resolve;
    });
    worker.once('exit', () => warmed());
    worker.on('message', (response: AnalysisResponse) => {
      if ('ready' in response) {
        warmed();
        return;
      }
      const task = slot.tasks.get(response.id);
      if (!task) return;
      slot.tasks.delete(response.id);
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

  /** Takes a task out of the pool's books (it is about to be resolved or rejected). */
  function settle(task: Task): void {
    task.signal?.removeEventListener('abort', task.onAbort);
    task.slot = null;
  }

  /**
   * Terminates a slot's worker and starts a new one. `failed` is the task to fail (an
   * abandoned or crashed one); the slot's other tasks go back to the front of the queue.
   */
  function replace(slot: Slot, cause: Error, failed?: Task): void {
    const old = slot.worker;
    const held = [...slot.tasks.values()];
    slot.tasks.clear();
    slot.worker = spawnWorker(slot);
    void old.terminate();
    // Without a named task (a crash), the first one held is the one that was running.
    const victim = failed ?? held[0];
    for (const task of held.reverse()) {
      if (task === victim) continue;
      task.slot = null;
      queue.unshift(task);
    }
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

  function dispatch(): void {
    if (closed) return;
    for (;;) {
      const task = queue[0];
      if (!task) return;
      const slot = slots.reduce((best, s) => (s.tasks.size < best.tasks.size ? s : best));
      if (slot.tasks.size >= depth) return;
      queue.shift();
      task.slot = slot;
      slot.tasks.set(task.id, task);
      slot.worker.postMessage({ id: task.id, ...task.request } satisfies AnalysisRequest);
    }
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
      dispatch();
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
      const error = new CopydeskError('INTERNAL', 'the analysis pool is closed');
      for (const task of [...queue.splice(0), ...slots.flatMap((s) => [...s.tasks.values()])]) {
        settle(task);
        task.reject(error);
      }
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** Analysis in the calling thread with the given pipeline (what `createAnalysisPool(0)` gives). */
export function inThreadPool(pipeline: Pipeline = createDefaultPipeline()): AnalysisPool {
  const check = (options: TaskOptions) => {
    if (options.signal?.aborted) throw abortError(options.signal);
  };
  return {
    size: 0,
    pending: 0,
    ready: async () => {},
    analyse: async (raw, sourceRef, meta, options = {}) => {
      check(options);
      return prepareRecord(pipeline, raw, { sourceRef, meta });
    },
    analyseOnly: async (raw, meta, options = {}) => {
      check(options);
      return toAnalysisJson(await analyze(pipeline, raw, { meta }));
    },
    close: async () => {},
  };
}
