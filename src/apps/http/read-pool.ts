/**
 * Serves the corpus's read queries from worker threads. better-sqlite3 is synchronous, so
 * in the server's own thread one slow search (a very common word over a large corpus)
 * would hold up every other request; here it holds up one worker while the others and
 * the HTTP thread carry on. Writes stay on the main connection: SQLite in WAL mode lets
 * the readers see every committed write.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CopydeskError } from '../../core/errors.js';
import type { DocumentStore } from '../../ports/document-store.js';

/** The read methods a worker answers. */
export const POOLED_READS = [
  'getArticle',
  'countArticles',
  'searchArticles',
  'findEntities',
  'getEntity',
  'listQuotes',
  'getCluster',
] as const;
type PooledRead = (typeof POOLED_READS)[number];

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface PoolWorker {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
}

/**
 * Wraps `store` so its read methods run on `size` worker threads, each with its own
 * connection to the SQLite file at `path`; everything else goes to `store` itself.
 */
export function withReadPool(store: DocumentStore, path: string, size: number): DocumentStore {
  if (size <= 0 || path === ':memory:') return store;
  const here = fileURLToPath(import.meta.url);
  const script = here.replace(/read-pool\.(ts|js)$/, `read-worker.$1`);
  // Set when a worker dies: the pool then refuses reads instead of leaving them unanswered.
  let dead: string | null = null;
  const workers: PoolWorker[] = Array.from({ length: size }, () => {
    const worker = script.endsWith('.ts')
      ? // Under the test runner the sources are TypeScript: tsx compiles the worker too.
        new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(script).href)}); })`,
          { eval: true, workerData: { path } },
        )
      : new Worker(script, { workerData: { path } });
    const pending = new Map<number, Pending>();
    worker.on(
      'message',
      (m: { id: number; ok: boolean; value?: unknown; error?: { code: string; message: string } }) => {
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if (m.ok) p.resolve(m.value);
        else
          p.reject(
            new CopydeskError((m.error?.code ?? 'STORAGE') as 'STORAGE', m.error?.message ?? 'read failed'),
          );
      },
    );
    worker.on('error', (error) => {
      for (const p of pending.values())
        p.reject(new CopydeskError('STORAGE', `read worker failed: ${error.message}`));
      pending.clear();
    });
    worker.unref();
    return { worker, pending };
  });
  let nextId = 0;
  const call = (method: PooledRead, args: unknown[]): Promise<unknown> => {
    if (dead) return Promise.reject(new CopydeskError('STORAGE', `read worker failed: ${dead}`));
    // The least busy worker: a slow query queues nothing behind it while another is free.
    const target = workers.reduce((best, w) => (w.pending.size < best.pending.size ? w : best));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      target.worker.postMessage({ id, method, args });
    });
  };
  const pooled: Partial<DocumentStore> = {};
  for (const method of POOLED_READS) {
    (pooled as Record<string, unknown>)[method] = (...args: unknown[]) => call(method, args);
  }
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'close') {
        return async () => {
          dead = 'the pool is closed';
          await Promise.all(workers.map((w) => w.worker.terminate()));
          await target.close();
        };
      }
      if (typeof prop === 'string' && prop in pooled) return (pooled as Record<string, unknown>)[prop];
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
