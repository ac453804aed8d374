/**
 * Starts the HTTP app on a socket: opens the corpus and token store, applies Node's own
 * header/request timeouts (slow clients cannot hold sockets forever), and closes
 * everything on `close()`.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { SqliteDocumentStore } from '../../adapters/storage-sqlite/store.js';
import { SqliteTokenStore } from '../../adapters/tokens-sqlite/store.js';
import { CopydeskError } from '../../core/errors.js';
import { Corpus } from '../../corpus/corpus.js';
import { activeKbPath, loadKnowledgeBase } from '../../kb/store.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { createDefaultPipeline } from '../../presets/default.js';
import { createApp } from './app.js';
import type { ServerConfig } from './context.js';

export interface RunningServer {
  readonly url: string;
  readonly corpus: Corpus;
  close(): Promise<void>;
}

export async function startServer(options: {
  dbPath: string;
  host: string;
  port: number;
  config: ServerConfig;
}): Promise<RunningServer> {
  if (/^postgres(ql)?:\/\//.test(options.dbPath)) {
    throw new CopydeskError(
      'USAGE',
      'the PostgreSQL backend is not available in this build; use a SQLite path',
    );
  }
  const store = SqliteDocumentStore.open(options.dbPath);
  await store.migrate();
  const tokens = SqliteTokenStore.open(options.dbPath);
  await tokens.migrate();
  const corpus = new Corpus(store, createDefaultPipeline());
  let kb: KnowledgeBase | null | undefined;
  const app = createApp({
    corpus,
    tokens,
    config: options.config,
    knowledgeBase: () => {
      // Loaded on first use (entity pages), and only tried once.
      if (kb === undefined) {
        try {
          kb = loadKnowledgeBase(activeKbPath());
        } catch {
          kb = null;
        }
      }
      return kb;
    },
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, () => resolve(s));
    s.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new CopydeskError(
          'USAGE',
          `cannot listen on ${options.host}:${options.port}: ${error.code ?? error.message}`,
        ),
      ),
    );
  });
  const http = server as unknown as import('node:http').Server;
  http.headersTimeout = 10_000;
  http.requestTimeout = options.config.requestTimeoutMs + 5_000;
  const address = http.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    corpus,
    close: async () => {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections?.();
      await tokens.close();
      await store.close();
    },
  };
}
