/** What the HTTP app is built from: its services and its configuration. */
import type { Corpus } from '../../corpus/corpus.js';
import type { AnalysisPool } from '../../corpus/ingest/pool.js';
import type { Fetcher } from '../../ports/fetcher.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import type { RateLimitOptions, RateLimitStore } from '../../ports/rate-limit.js';
import type { TokenInfo, TokenStore } from '../../ports/token-store.js';

export interface ServerConfig {
  /** Let `POST /analyze` fetch private, loopback and link-local addresses (intranets, tests). */
  readonly allowPrivateUrls: boolean;
  /** Whether reading endpoints need a token (`token`) or are open to anyone who can connect. */
  readonly readAccess: 'open' | 'token';
  /** Origins allowed to call the API from a browser; empty = CORS off (same origin only). */
  readonly corsOrigins: readonly string[];
  readonly rateLimit: RateLimitOptions;
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
  /** Deadline for one request, in milliseconds (URL fetching included). */
  readonly requestTimeoutMs: number;
  /** The built web UI (dist/web), or null to serve the API only. */
  readonly webRoot: string | null;
}

export const DEFAULT_SERVER_CONFIG: ServerConfig = {
  allowPrivateUrls: false,
  readAccess: 'open',
  corsOrigins: [],
  rateLimit: { perMinute: 600, burst: 120 },
  maxBodyBytes: 5 * 1024 * 1024,
  requestTimeoutMs: 30_000,
  webRoot: null,
};

export interface AppDeps {
  readonly corpus: Corpus;
  readonly tokens: TokenStore;
  /**
   * Where rate-limit buckets live: shared in the database when several server processes
   * serve one PostgreSQL corpus; in this process's memory (from `config.rateLimit`) by default.
   */
  readonly rateLimits?: RateLimitStore;
  readonly config: ServerConfig;
  /**
   * Runs the pipeline for `POST /analyze` and `POST /articles`: worker threads, so the
   * event loop keeps answering while articles are analysed and a timed-out analysis can
   * be stopped. Without it, analysis runs in the server's thread (tests).
   */
  readonly analysis?: AnalysisPool;
  /** The URL fetcher for `POST /analyze {url}`; the safe HTTP fetcher by default. */
  readonly fetcher?: Fetcher;
  /** Loads the knowledge base for entity roles; optional, loaded on first use. */
  readonly knowledgeBase?: () => KnowledgeBase | null;
}

/** Per-request values set by middleware. */
export type AppEnv = {
  Variables: {
    token: TokenInfo | null;
    /** Fires when the request's deadline passes: work done for it should stop. */
    signal: AbortSignal;
  };
};
