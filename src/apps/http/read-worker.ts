/** A read worker of the pool (read-pool.ts): one SQLite connection, answering read calls. */
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteDocumentStore } from '../../adapters/storage-sqlite/store.js';
import { isCopydeskError } from '../../core/errors.js';

const store = SqliteDocumentStore.open((workerData as { path: string }).path);
const reads = store as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;

parentPort?.on('message', async (m: { id: number; method: string; args: unknown[] }) => {
  try {
    const fn = reads[m.method];
    if (typeof fn !== 'function') throw new Error(`no read method ${m.method}`);
    const value = await fn.apply(store, m.args);
    parentPort?.postMessage({ id: m.id, ok: true, value });
  } catch (error) {
    parentPort?.postMessage({
      id: m.id,
      ok: false,
      error: {
        code: isCopydeskError(error) ? error.code : 'STORAGE',
        message: error instanceof Error ? error.message : String(error),
      },
    });
  }
});
