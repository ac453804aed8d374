/**
 * Starts the HTTP app on a socket: opens the corpus and token store, applies Node's own
 * header/request timeouts (slow clients cannot hold sockets forever), and closes
 * everything on `close()`.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { isPostgresUrl, openCorpusStore } from '../../adapters/open-store.js';
import { PostgresRateLimiter } from '../../adapters/tokens-postgres/rate-limit.js';
import { PostgresTokenStore } from '../../adapters/tokens-postgres/store.js';
import { SqliteTokenStore } from '../../adapters/tokens-sqlite/store.js';
import { CopydeskError } from '../../core/errors.js';
import { Corpus } from '../../corpus/corpus.js';
import { createAnalysisPool, defaultPoolSize } from '../../corpus/ingest/pool.js';
import { activeKbPath, loadKnowledgeBase } from '../../kb/store.js';
import type { DocumentStore } from '../../ports/document-store.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import type { RateLimitStore } from '../../ports/rate-limit.js';
import type { TokenStore } from '../../ports/token-store.js';
import { createDefaultPipeline } from '../../presets/default.js';
import { createApp } from './app.js';
import type { ServerConfig } from './context.js';
import { RateLimiter } from './rate-limit.js';
import { withReadPool } from './read-pool.js';

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
  /** Worker threads serving read queries (0: all queries in the server's thread). */
  readWorkers?: number;
  /** Worker threads running the analysis pipeline (0: in the server's thread; default: one per core). */
  analysisWorkers?: number;
}): Promise<RunningServer> {
  const access = await openAccess(options.dbPath, options.config);
  const { tokens, rateLimits } = access;
  let store: DocumentStore;
  try {
    store = isPostgresUrl(options.dbPath)
      ? // node-postgres is asynchronous: queries never block this thread, no read pool needed.
        await openCorpusStore(options.dbPath)
      : withReadPool(await openCorpusStore(options.dbPath), options.dbPath, options.readWorkers ?? 0);
  } catch (error) {
    await access.close();
    throw error;
  }
  const corpus = new Corpus(store, createDefaultPipeline());
  // One task per worker, not batched: a timed-out analysis is then exactly what terminating its
  // worker stops, and no answer waits for other requests' articles (ingestion batches, not this).
  const analysis = createAnalysisPool(options.analysisWorkers ?? defaultPoolSize(), { depth: 1, batch: 1 });
  let kb: KnowledgeBase | null | undefined;
  const app = createApp({
    corpus,
    tokens,
    rateLimits,
    analysis,
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
  const release = async () => {
    await analysis.close();
    await access.close();
    await store.close();
  };
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
  }).catch(async (error: unknown) => {
    // Worker threads would keep the process alive: stop them before reporting.
    await release();
    throw error;
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
      await release();
    },
  };
}

/**
 * Tokens and rate-limit buckets beside the corpus. On PostgreSQL both are in the database,
 * so every server process sharing it accepts the same tokens and gives a client one rate
 * budget; the embedded SQLite corpus is served by one process, whose memory holds the buckets.
 */
async function openAccess(
  location: string,
  config: ServerConfig,
): Promise<{ tokens: TokenStore; rateLimits: RateLimitStore; close(): Promise<void> }> {
  const opened: Array<TokenStore | RateLimitStore> = [];
  const close = async () => {
    for (const s of opened.reverse()) await s.close().catch(() => {});
  };
  try {
    const postgres = isPostgresUrl(location);
    const tokens = postgres ? await PostgresTokenStore.open(location) : SqliteTokenStore.open(location);
    opened.push(tokens);
    await tokens.migrate();
    const rateLimits =
      postgres && config.rateLimit.perMinute > 0
        ? await PostgresRateLimiter.open(location, config.rateLimit)
        : new RateLimiter(config.rateLimit);
    opened.push(rateLimits);
    await rateLimits.migrate();
    return { tokens, rateLimits, close };
  } catch (error) {
    await close();
    throw error;
  }
}
