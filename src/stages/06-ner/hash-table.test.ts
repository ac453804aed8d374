import { describe, expect, it } from 'vitest';
import { hashRange, hashString } from './hash.js';
import { HashTable } from './hash-table.js';

describe('HashTable', () => {
  it('stores, overwrites and misses keys, including colliding ones', () => {
    const t = new HashTable(100);
    for (let i = 0; i < 100; i++) t.set((i * 65536) >>> 0, i);
    t.set(0, 42);
    expect(t.get(0)).toBe(42);
    expect(t.get(65536 * 7)).toBe(7);
    expect(t.get(12345)).toBe(-1);
    expect(t.size).toBe(100);
    const { keys, values } = t.entries();
    expect(HashTable.from(keys, values).get(65536 * 99)).toBe(99);
  });
});

describe('hashing', () => {
  it('folds curly quotes to straight ones and lower-cases on request', () => {
    expect(hashString('’s')).toBe(hashString("'s"));
    expect(hashString('“')).toBe(hashString('"'));
    expect(hashString('PARIS', true)).toBe(hashString('paris'));
    expect(hashString('Paris')).not.toBe(hashString('paris'));
    expect(hashRange('in Paris today', 3, 8, false)).toBe(hashString('Paris'));
  });
});
