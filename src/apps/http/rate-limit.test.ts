import { describe, expect, it } from 'vitest';
import { describeRateLimitStore } from '../../ports/rate-limit.case.js';
import { RateLimiter } from './rate-limit.js';

describeRateLimitStore('memory', async (options) => new RateLimiter(options));

describe('RateLimiter (memory)', () => {
  it('refills at the sustained rate on its clock', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 60, burst: 3 }, () => now);
    expect([1, 2, 3].map(() => limiter.takeNow('a').allowed)).toEqual([true, true, true]);
    const refused = limiter.takeNow('a');
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfter).toBe(1);
    now += 1000;
    expect(limiter.takeNow('a').allowed).toBe(true);
    expect(limiter.takeNow('a').allowed).toBe(false);
  });
});
