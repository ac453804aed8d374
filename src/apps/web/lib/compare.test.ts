import { describe, expect, it } from 'vitest';
import { compareTexts } from './compare.js';

describe('compareTexts', () => {
  it('marks a mangled name on both sides and reports a dropped paragraph', () => {
    const original =
      'Defence Secretary Pete Hegseth spoke in Munich.\n\nThe alliance will meet again in June at a summit in The Hague, where leaders are expected to agree a new target for spending.';
    const copy = 'Defence Secretary Beit Higseth spoke in Munich.';
    const c = compareTexts(original, copy);
    expect(c.original.filter((r) => r.kind === 'removed').map((r) => r.text.trim())).toContain(
      'Pete Hegseth',
    );
    expect(c.copy.filter((r) => r.kind === 'added').map((r) => r.text.trim())).toContain('Beit Higseth');
    expect(c.bigDrops).toHaveLength(1);
    expect(c.bigDrops[0]).toMatch(/^The alliance will meet again/);
    expect(c.original.map((r) => r.text).join('')).toBe(original);
    expect(c.copy.map((r) => r.text).join('')).toBe(copy);
  });
});
