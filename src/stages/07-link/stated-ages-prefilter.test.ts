/**
 * `mayStateAgeAfter`, the pre-filter of the ages read at copies of a surname (stated-ages.ts):
 * it must let through every (text, word) the age pattern answers, so `agesAfterWord` gives
 * what the pattern alone gives — on made-up copy and on every linking eval text.
 */
import { describe, expect, it } from 'vitest';
import { linkEvalTexts } from '../../../test/helpers/eval-texts.js';
import { escapeRegExp } from '../../core/regexp.js';
import { normalizeName } from '../../kb/names.js';
import { agesAfterWord, mayStateAgeAfter } from './stated-ages.js';

/** The age pattern alone, as agesAfterWord read it before its pre-filter. */
function agesByPattern(text: string, word: string, given: string | null): number[] {
  const pattern = new RegExp(
    `(?:(\\p{Lu}[\\p{L}\\p{M}'’-]*)\\s+)?(?<![\\p{L}\\p{M}])${escapeRegExp(word)}\\s*[,(]\\s*(\\d{1,3})\\s*[,;)]`,
    'gu',
  );
  const ages: number[] = [];
  for (const m of text.matchAll(pattern)) {
    if (given !== null && m[1] !== undefined && normalizeName(m[1]) !== given) continue;
    ages.push(Number(m[2]));
  }
  return ages;
}

describe('mayStateAgeAfter', () => {
  const madeUp: [string, string][] = [
    ['A bakery run by Jens Stoltenberger. Stoltenberger, 56, said trade was slow.', 'Stoltenberger'],
    ['Root (54) said the bill would pass.', 'Root'],
    ['Mayor Ana Kowalczyk ( 61 ) told reporters.', 'Kowalczyk'],
    ['Kowalczyk\u00a0,\u00a061; her deputy declined.', 'Kowalczyk'],
    ['Kowalczyk,\n47, and Novak, 52, were elected.', 'Novak'],
    ['The Kowalczyk, 2024 budget passed.', 'Kowalczyk'],
    ['Kowalczyk said on Monday, 12 March, that she would run.', 'Kowalczyk'],
    ['Kowalczyk (R-Ohio) said so.', 'Kowalczyk'],
    ['Kowalczyks, 44, met Kowalczyk, 45,', 'Kowalczyk'],
    ['Mr. O’Brien, 70, retired.', 'O’Brien'],
    ['St.(3) was the third.', 'St.'],
  ];

  it('says yes wherever the age pattern reads an age, on made-up copy', () => {
    for (const [text, word] of madeUp) {
      const ages = agesByPattern(text, word, null);
      if (ages.length > 0) expect(mayStateAgeAfter(text, word), `${word} in ${text}`).toBe(true);
      expect(agesAfterWord(text, word, null)).toEqual(ages);
      expect(agesAfterWord(text, word, 'ana')).toEqual(agesByPattern(text, word, 'ana'));
    }
    expect(mayStateAgeAfter('Kowalczyk said she was 61.', 'Kowalczyk')).toBe(false);
    expect(mayStateAgeAfter('Kowalczyk, a mayor, said so.', 'Kowalczyk')).toBe(false);
  });

  it('leaves agesAfterWord what the pattern alone gives on every linking eval text', () => {
    // Surnames (capitalised words) before a figure: the words the linker asks about that may have an age.
    const beforeFigure = /(\p{Lu}[\p{L}\p{M}'’.-]+)\s*[,(]\s*\d{1,3}\s*[,;)]/gu;
    let answered = 0;
    for (const text of linkEvalTexts()) {
      const words = new Set<string>();
      for (const m of text.matchAll(beforeFigure)) words.add(m[1]!);
      // Words with no figure after them too, where the filter says no.
      for (const m of text.matchAll(/\p{Lu}\p{Ll}{2,}/gu)) if (words.size < 3) words.add(m[0]);
      for (const word of words) {
        if (word.length < 3) continue;
        const ages = agesByPattern(text, word, null);
        if (ages.length > 0) answered++;
        expect(agesAfterWord(text, word, null), `${word} in ${text.slice(0, 60)}`).toEqual(ages);
      }
    }
    expect(answered).toBeGreaterThan(100);
  });
});
