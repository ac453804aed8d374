/**
 * `namedOutside` (elided-heads.ts) reads a head word's copies only where the word is written
 * outside the mention: it must answer as the whole-word pattern alone does, on made-up copy and
 * on the capitalised words of every linking eval text.
 */
import { describe, expect, it } from 'vitest';
import { linkEvalTexts } from '../../../test/helpers/eval-texts.js';
import { escapeRegExp } from '../../core/regexp.js';
import { namedOutside } from './elided-heads.js';

function byPattern(text: string, word: string, start: number, end: number): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(re)) if (m.index! + word.length <= start || m.index! >= end) return true;
  return false;
}

describe('namedOutside', () => {
  it('answers as the whole-word pattern on made-up copy', () => {
    const text = 'Argentine fans cheered. The Football Association said the Argentines left.';
    const cases: [string, number, number][] = [
      ['Argentine', 24, 50],
      ['Argentine', 0, 9],
      ['Argentines', 0, 9],
      ['Association', 24, 50],
      ['Association', 0, 9],
      ['Brazilian', 0, 9],
      ['Argentin', 50, 60],
    ];
    for (const [word, start, end] of cases)
      expect(namedOutside(text, word, start, end), word).toBe(byPattern(text, word, start, end));
  });

  it('answers as the whole-word pattern on every linking eval text', () => {
    let yes = 0;
    for (const text of linkEvalTexts()) {
      const words = [...new Set(text.match(/\p{Lu}\p{Ll}+/gu) ?? [])].slice(0, 4);
      for (const word of words) {
        const at = text.indexOf(word);
        for (const [start, end] of [
          [at, at + word.length],
          [0, 0],
        ] as const) {
          const expected = byPattern(text, word, start, end);
          if (expected) yes++;
          expect(namedOutside(text, word, start, end), word).toBe(expected);
        }
      }
    }
    expect(yes).toBeGreaterThan(1000);
  });
});
