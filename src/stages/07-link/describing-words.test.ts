import { describe, expect, it } from 'vitest';
import { lastWords } from './describing-words.js';

describe('lastWords', () => {
  it("is what split(' ').slice(-n).join(' ') gives, spaces at either end and doubled too", () => {
    const parts = ['local', 'teacher', ' ', '  ', 'Zürich', '', 'a'];
    let checked = 0;
    for (const a of parts)
      for (const b of parts)
        for (const c of parts)
          for (const d of parts) {
            const text = `${a} ${b}${c} ${d}`;
            for (const n of [1, 2, 3, 4]) {
              expect(lastWords(text, n)).toBe(text.split(' ').slice(-n).join(' '));
              expect(lastWords(text.trim(), n)).toBe(text.trim().split(' ').slice(-n).join(' '));
              checked++;
            }
          }
    expect(checked).toBeGreaterThan(1000);
    expect(lastWords('said on Monday that the local teacher', 3)).toBe('the local teacher');
  });
});
