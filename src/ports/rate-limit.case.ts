/**
 * The conformance suite for rate-limit stores: what a client sees from a bucket, on any
 * backend. Both implementations' test files call `describeRateLimitStore`. Timing is kept
 * coarse (a 1-per-minute bucket does not refill during a test) so it holds on a busy machine.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RateLimitOptions, RateLimitStore } from './rate-limit.js';

export function describeRateLimitStore(
  name: string,
  open: (options: RateLimitOptions) => Promise<RateLimitStore>,
): void {
  describe(`RateLimitStore conformance: ${name}`, () => {
    const opened: RateLimitStore[] = [];
    const make = async (options: RateLimitOptions) => {
      const store = await open(options);
      opened.push(store);
      await store.migrate();
      await store.migrate(); // idempotent
      return store;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    });

    it('allows a burst, then refuses with the wait until the next token, per key', async () => {
      const limiter = await make({ perMinute: 1, burst: 3 });
      expect(limiter.enabled).toBe(true);
      const burst = [];
      for (let i = 0; i < 3; i++) burst.push(await limiter.take('client-a'));
      expect(burst.map((d) => d.allowed)).toEqual([true, true, true]);
      expect(burst.map((d) => d.remaining)).toEqual([2, 1, 0]);
      const refused = await limiter.take('client-a');
      expect(refused.allowed).toBe(false);
      expect(refused.remaining).toBe(0);
      // One token a minute: the wait is close to a minute, never zero.
      expect(refused.retryAfter).toBeGreaterThanOrEqual(55);
      expect(refused.retryAfter).toBeLessThanOrEqual(60);
      // A refusal spends nothing: still refused, with no longer a wait.
      const again = await limiter.take('client-a');
      expect(again.allowed).toBe(false);
      expect(again.retryAfter).toBeLessThanOrEqual(refused.retryAfter);
      expect((await limiter.take('client-b')).allowed).toBe(true);
    });

    it('refills at the sustained rate', async () => {
      const limiter = await make({ perMinute: 600_000, burst: 1 }); // 10 per millisecond
      expect((await limiter.take('k')).allowed).toBe(true);
      await new Promise((r) => setTimeout(r, 20));
      expect((await limiter.take('k')).allowed).toBe(true);
    });

    it('spends each token once under concurrent requests', async () => {
      const limiter = await make({ perMinute: 1, burst: 5 });
      const decisions = await Promise.all(Array.from({ length: 12 }, () => limiter.take('busy')));
      expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
    });

    it('allows everything when disabled', async () => {
      const limiter = await make({ perMinute: 0, burst: 0 });
      expect(limiter.enabled).toBe(false);
      for (let i = 0; i < 50; i++) expect((await limiter.take('x')).allowed).toBe(true);
    });
  });
}
