/**
 * A token-bucket rate limiter per client key (a token id, else the remote address).
 * In memory: one server process is the unit of deployment for the embedded corpus; a
 * multi-process deployment would put this in front (a proxy) or in the database.
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
  /** Seconds until the next request would be allowed (when refused). */
  readonly retryAfter: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private sweepAt = 0;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.options.perMinute > 0;
  }

  take(key: string): RateDecision {
    if (!this.enabled) return { allowed: true, remaining: Number.POSITIVE_INFINITY, retryAfter: 0 };
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
      retryAfter: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)),
    };
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
