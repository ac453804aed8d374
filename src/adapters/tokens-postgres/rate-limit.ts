/**
 * Rate-limit buckets in PostgreSQL, shared by every server process on the corpus: a
 * client gets one budget however many processes (or machines) a load balancer spreads
 * its requests over. One statement per request takes a token atomically — the upsert
 * locks the key's row, so concurrent takes from several processes queue on it and can
 * never both spend the last token. Time is the database server's clock
 * (`clock_timestamp()`), the one clock all processes agree on.
 */
import type pg from 'pg';
import {
  type RateDecision,
  type RateLimitOptions,
  type RateLimitStore,
  secondsUntilToken,
  UNLIMITED,
} from '../../ports/rate-limit.js';
import { openPool } from '../storage-postgres/connect.js';
import { migrateUnderLock } from './store.js';

/** The bucket refilled to now: `least(burst, tokens + elapsed seconds × rate per second)`. */
const FILLED = 'least($2::float8, b.tokens + extract(epoch FROM excluded.at - b.at)::float8 * $3::float8)';

const TAKE = `
  INSERT INTO api_rate_buckets AS b (key, tokens, at, allowed)
  VALUES ($1, $2::float8 - 1, clock_timestamp(), true)
  ON CONFLICT (key) DO UPDATE SET
    tokens = ${FILLED} - CASE WHEN ${FILLED} >= 1 THEN 1 ELSE 0 END,
    allowed = ${FILLED} >= 1,
    at = excluded.at
  RETURNING tokens, allowed`;

/** How often a process deletes buckets that have refilled (they equal a missing row). */
const SWEEP_EVERY_MS = 60_000;

export class PostgresRateLimiter implements RateLimitStore {
  private sweepAt = Date.now() + SWEEP_EVERY_MS;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly options: RateLimitOptions,
  ) {}

  static async open(url: string, options: RateLimitOptions): Promise<PostgresRateLimiter> {
    return new PostgresRateLimiter(await openPool(url, 2, 'rate limits'), options);
  }

  get enabled(): boolean {
    return this.options.perMinute > 0;
  }

  async migrate(): Promise<void> {
    await migrateUnderLock(
      this.pool,
      `CREATE TABLE IF NOT EXISTS api_rate_buckets (
        key TEXT PRIMARY KEY,
        tokens DOUBLE PRECISION NOT NULL,
        at TIMESTAMPTZ NOT NULL,
        allowed BOOLEAN NOT NULL
      )`,
    );
  }

  async take(key: string): Promise<RateDecision> {
    if (!this.enabled) return UNLIMITED;
    const { perMinute, burst } = this.options;
    const { rows } = await this.pool.query<{ tokens: number; allowed: boolean }>(TAKE, [
      key,
      Math.max(1, burst),
      perMinute / 60,
    ]);
    this.sweep();
    const row = rows[0] as { tokens: number; allowed: boolean };
    return row.allowed
      ? { allowed: true, remaining: Math.floor(row.tokens), retryAfter: 0 }
      : { allowed: false, remaining: 0, retryAfter: secondsUntilToken(row.tokens, perMinute) };
  }

  /** Deletes full buckets now and then, in the background, so the table stays small. */
  private sweep(): void {
    if (Date.now() < this.sweepAt) return;
    this.sweepAt = Date.now() + SWEEP_EVERY_MS;
    const refillSeconds = Math.ceil((Math.max(1, this.options.burst) * 60) / this.options.perMinute);
    this.pool
      .query(`DELETE FROM api_rate_buckets WHERE at < clock_timestamp() - make_interval(secs => $1)`, [
        refillSeconds,
      ])
      .catch(() => {});
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
