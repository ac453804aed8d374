/**
 * Port: where the API's rate-limit buckets live. A token bucket per client key (a token
 * id, else the remote address): `burst` requests at once, refilled at `perMinute`.
 *
 * In memory (one process) for the embedded SQLite corpus, which one server process
 * serves; in the database for PostgreSQL, where several server processes share one
 * corpus and a client must get one budget across all of them, not one per process.
 */

export interface RateLimitOptions {
  /** Sustained requests per minute per key; 0 disables limiting. */
  readonly perMinute: number;
  /** Requests a key may make at once before the sustained rate applies. */
  readonly burst: number;
}

export interface RateDecision {
  readonly allowed: boolean;
  readonly remaining: number;
  /** Whole seconds until the next request would be allowed (when refused). */
  readonly retryAfter: number;
}

export interface RateLimitStore {
  /** False when limiting is off (every request allowed, no header). */
  readonly enabled: boolean;
  /** Creates what the store needs (a table); safe on every start. */
  migrate(): Promise<void>;
  /** Takes one request from `key`'s bucket, or says how long to wait. */
  take(key: string): Promise<RateDecision>;
  close(): Promise<void>;
}

/** The answer when limiting is off. */
export const UNLIMITED: RateDecision = { allowed: true, remaining: Number.POSITIVE_INFINITY, retryAfter: 0 };

/** Seconds until a bucket holding `tokens` (< 1) has one whole token again. */
export function secondsUntilToken(tokens: number, perMinute: number): number {
  return Math.max(1, Math.ceil(((1 - tokens) * 60) / perMinute));
}
