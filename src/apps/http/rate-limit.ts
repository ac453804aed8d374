/**
 * The in-memory rate limiter: token buckets per client key in this process. It is what
 * the embedded SQLite corpus uses, because one server process serves that corpus (the
 * database has one writer; a second `serve` on the same file would get its own budget,
 * see README). PostgreSQL deployments use the shared buckets of
 * `adapters/tokens-postgres/rate-limit.ts` instead.
 */
import {
  type RateDecision,
  type RateLimitOptions,
  type RateLimitStore,
  secondsUntilToken,
  UNLIMITED,
} from '../../ports/rate-limit.js';

export type { RateDecision, RateLimitOptions } from '../../ports/rate-limit.js';

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter implements RateLimitStore {
  private readonly buckets = new Map<string, Bucket>();
  private sweepAt = 0;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.options.perMinute > 0;
  }

  async migrate(): Promise<void> {}

  async take(key: string): Promise<RateDecision> {
    return this.takeNow(key);
  }

  /** The synchronous core of {@link take}. */
  takeNow(key: string): RateDecision {
    if (!this.enabled) return UNLIMITED;
    const now = this.now();
    const perMs = this.options.perMinute / 60_000;
    this.sweep(now, perMs);
    const bucket = this.buckets.get(key) ?? { tokens: this.options.burst, at: now };
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens), retryAfter: 0 };
    }
    return {
      allowed: false,
      remaining: 0,
      retryAfter: secondsUntilToken(bucket.tokens, this.options.perMinute),
    };
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }

  /** Forgets full buckets now and then, so memory stays bounded by active clients. */
  private sweep(now: number, perMs: number): void {
    if (now < this.sweepAt) return;
    this.sweepAt = now + 60_000;
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * perMs >= this.options.burst) this.buckets.delete(key);
    }
  }
}
