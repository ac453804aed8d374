import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './regexp.js';

describe('escapeRegExp', () => {
  it('matches names with syntax characters literally', () => {
    for (const text of ['U.S. (Reuters)', 'C++ [beta]', 'a+b*c?', '$5 {ok} ^up | down \\ back']) {
      const pattern = new RegExp(`^${escapeRegExp(text)}$`, 'u');
      expect(pattern.test(text), text).toBe(true);
      expect(pattern.test(`${text}x`)).toBe(false);
    }
    expect(new RegExp(escapeRegExp('U.S.')).test('UxSx')).toBe(false);
  });
});
