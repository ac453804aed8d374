import { describe, expect, it } from 'vitest';
import { FoldedWordSet } from './folded-words.js';

describe('FoldedWordSet', () => {
  const words = new Set([
    'the',
    'president',
    'of',
    'mr',
    'secretary-general',
    'zürich',
    'i̇stanbul',
    'x',
    'Upper',
    '',
  ]);
  const set = new FoldedWordSet(words);

  it('answers as the set does for the span lower-cased, on every span of sample texts', () => {
    const texts = [
      'The President of the UN, Mr Guterres, and the Secretary-General said THE.',
      'Zürich ZÜRICH İstanbul İSTANBUL istanbul Upper upper UPPER x X',
      'Thé the5 t h e of OF oF Of president PRESIDENTS',
      '',
    ];
    let found = 0;
    for (const text of texts) {
      for (let a = 0; a <= text.length; a++) {
        for (let b = a; b <= text.length; b++) {
          const expected = words.has(text.slice(a, b).toLowerCase());
          expect(set.has(text, a, b), `${JSON.stringify(text.slice(a, b))}`).toBe(expected);
          if (expected) found++;
        }
      }
    }
    // The comparison is not only of misses.
    expect(found).toBeGreaterThan(20);
  });
});
