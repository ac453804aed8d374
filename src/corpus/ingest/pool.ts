/**
 * A pool of worker threads running the analysis pipeline, one per core by default, so
 * ingestion uses every core while the store is written from the main thread only.
 * With `size` 0 the pipeline runs in the calling thread (tests, tiny batches).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CopydeskError, type ErrorCode } from '../../core/errors.js';
import type { ArticleMeta, RawInput } from '../../core/meta.js';
import type { ArticleRecord } from '../../ports/document-store.js';
import { createDefaultPipeline } from '../../presets/default.js';
import { prepareRecord } from '../corpus.js';

export interface AnalysisRequest {
  readonly id: number;
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
  | { readonly id: number; readonly record: TransferredRecord }
  | { readonly id: number; readonly error: { code: ErrorCode; message: string } };

export interface AnalysisPool {
  readonly size: number;
  analyse(raw: RawInput, sourceRef: string, meta: Partial<ArticleMeta>): Promise<ArticleRecord>;
  close(): Promise<void>;
}

export function defaultPoolSize(): number {
  return availableParallelism();
}

export function createAnalysisPool(size = defaultPoolSize()): AnalysisPool {
  if (size <= 0) return inThreadPool();
  const typescript = import.meta.url.endsWith('.ts');
  const script = new URL(`./analysis-worker.${typescript ? 'ts' : 'js'}`, import.meta.url);
  // Under tsx/vitest the worker registers tsx's loader before importing the script.
  const bootstrap = `import('tsx/esm/api').then((tsx) => tsx.register()).then(() => import(${JSON.stringify(script.href)}))`;
  const workers = Array.from({ length: size }, () =>
    typescript ? new Worker(bootstrap, { eval: true }) : new Worker(script),
  );
  const waiting = new Map<number, { resolve: (r: ArticleRecord) => void; reject: (e: Error) => void }>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let next = 0;
  for (const worker of workers) {
    worker.on('message', (response: AnalysisResponse) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      const pending = waiting.get(response.id);
      waiting.delete(response.id);
      if (!pending) return;
      if ('record' in response)
        pending.resolve({ ...response.record, analysis: JSON.parse(response.record.analysisJson) });
      else pending.reject(new CopydeskError(response.error.code, response.error.message));
    });
    worker.on('error', (error) => {
      for (const [, p] of waiting)
        p.reject(new CopydeskError('INTERNAL', `analysis worker failed: ${error.message}`));
      waiting.clear();
    });
  }
  return {
    size,
    analyse(raw, sourceRef, meta) {
      const id = next++;
      // The least busy worker takes it: articles differ a lot in analysis time.
      const worker = [...load.entries()].sort((a, b) => a[1] - b[1])[0]![0];
      load.set(worker, (load.get(worker) ?? 0) + 1);
      return new Promise<ArticleRecord>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, raw, sourceRef, meta } satisfies AnalysisRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

function inThreadPool(): AnalysisPool {
  const pipeline = createDefaultPipeline();
  return {
    size: 0,
    analyse: (raw, sourceRef, meta) => prepareRecord(pipeline, raw, { sourceRef, meta }),
    close: async () => {},
  };
}
