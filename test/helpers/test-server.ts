/**
 * Builds the HTTP app over a fresh in-memory corpus seeded with the demo articles, for
 * API and browser tests; `listen()` puts it on a loopback port.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { SqliteDocumentStore } from '../../src/adapters/storage-sqlite/store.js';
import { SqliteTokenStore } from '../../src/adapters/tokens-sqlite/store.js';
import { createApp } from '../../src/apps/http/app.js';
import { DEFAULT_SERVER_CONFIG, type ServerConfig } from '../../src/apps/http/context.js';
import { Corpus } from '../../src/corpus/corpus.js';
import type { AnalysisPool } from '../../src/corpus/ingest/pool.js';
import type { Fetcher } from '../../src/ports/fetcher.js';
import type { KnowledgeBase } from '../../src/ports/knowledge-base.js';
import { createDefaultPipeline } from '../../src/presets/default.js';
import { seedDemoCorpus } from './demo-corpus.js';

export interface TestApp {
  readonly app: ReturnType<typeof createApp>;
  readonly store: SqliteDocumentStore;
  readonly tokens: SqliteTokenStore;
  close(): Promise<void>;
}

export async function buildTestApp(
  config: Partial<ServerConfig> = {},
  options: {
    fetcher?: Fetcher;
    seed?: boolean;
    knowledgeBase?: () => KnowledgeBase | null;
    /** Analysis in worker threads, as `copydesk serve` runs it (default: in this thread). */
    analysis?: AnalysisPool;
  } = {},
): Promise<TestApp> {
  const store = SqliteDocumentStore.open(':memory:');
  await store.migrate();
  if (options.seed !== false) await seedDemoCorpus(store);
  const tokens = SqliteTokenStore.open(':memory:');
  await tokens.migrate();
  const app = createApp({
    corpus: new Corpus(store, createDefaultPipeline()),
    tokens,
    config: { ...DEFAULT_SERVER_CONFIG, rateLimit: { perMinute: 0, burst: 0 }, ...config },
    ...(options.fetcher ? { fetcher: options.fetcher } : {}),
    ...(options.analysis ? { analysis: options.analysis } : {}),
    knowledgeBase: options.knowledgeBase ?? (() => null),
  });
  return {
    app,
    store,
    tokens,
    close: async () => {
      await tokens.close();
      await store.close();
    },
  };
}

/** Serves the app on 127.0.0.1 on a free port. */
export async function listen(app: TestApp['app']): Promise<{ url: string; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            (server as unknown as import('node:http').Server).closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
