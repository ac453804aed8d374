/**
 * The stamp table answers what an array with a slot for every number answers: the bits
 * stamped on each number since the last clear, through growth and clears, for numbers
 * that collide in the table and numbers never stamped.
 */
import { describe, expect, it } from 'vitest';
import { PositionStamps } from './position-stamps.js';

/** A small deterministic generator (xorshift), so that a failure can be replayed. */
function numbers(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

describe('PositionStamps', () => {
  it('answers as an array of every number would, call after call', () => {
    const next = numbers(20);
    const stamps = new PositionStamps();
    const plain = new Int32Array(10_000);
    for (let call = 0; call < 200; call++) {
      stamps.clear();
      plain.fill(0);
      // From a few stamps to a few hundred (the table grows past its first size).
      const count = call % 2 === 0 ? next() % 40 : next() % 600;
      for (let i = 0; i < count; i++) {
        const k = next() % plain.length;
        const bit = 1 << (next() % 31);
        stamps.stamp(k, bit);
        plain[k]! |= bit;
      }
      const wrong: number[] = [];
      for (let k = 0; k < plain.length; k++) if (stamps.at(k) !== plain[k]) wrong.push(k);
      expect(wrong).toEqual([]);
    }
  });

  it('keeps the bits of a number stamped for several positions, and forgets them at a clear', () => {
    const stamps = new PositionStamps();
    stamps.stamp(6947, 1);
    stamps.stamp(6947, 4);
    stamps.stamp(0, 2);
    expect(stamps.at(6947)).toBe(5);
    expect(stamps.at(0)).toBe(2);
    expect(stamps.at(1)).toBe(0);
    stamps.clear();
    expect(stamps.at(6947)).toBe(0);
    expect(stamps.at(0)).toBe(0);
  });

  it('keeps every number of a dense range apart, through growth', () => {
    const stamps = new PositionStamps();
    for (let k = 0; k < 1000; k++) stamps.stamp(k, 1 << (k % 31));
    for (let k = 0; k < 1000; k++) expect(stamps.at(k)).toBe(1 << (k % 31));
    expect(stamps.at(1000)).toBe(0);
  });
});
