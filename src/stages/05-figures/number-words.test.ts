import { describe, expect, it } from 'vitest';
import { parseSpelledNumber } from './number-words.js';

function read(text: string) {
  const n = parseSpelledNumber(text, 0);
  return n ? { value: n.value, text: text.slice(0, n.end), ordinal: n.ordinal } : null;
}

describe('parseSpelledNumber', () => {
  it.each([
    ['three soldiers', 3, 'three'],
    ['Twenty-three people', 23, 'Twenty-three'],
    ['twenty three people', 23, 'twenty three'],
    ['two hundred and fifty thousand people', 250_000, 'two hundred and fifty thousand'],
    ['a dozen protesters', 12, 'a dozen'],
    ['two dozen', 24, 'two dozen'],
    ['a million refugees', 1_000_000, 'a million'],
    ['half a million people', 500_000, 'half a million'],
    ['one million two hundred thousand', 1_200_000, 'one million two hundred thousand'],
    ['a hundred days', 100, 'a hundred'],
    ['nineteen ninety', 19, 'nineteen'],
  ])('%s → %d', (text, value, surface) => {
    expect(read(text)).toEqual({ value, text: surface, ordinal: false });
  });

  it('reads ordinals, including compounds', () => {
    expect(read('third time')).toEqual({ value: 3, text: 'third', ordinal: true });
    expect(read('twenty-first century')).toEqual({ value: 21, text: 'twenty-first', ordinal: true });
    expect(read('fortieth anniversary')).toEqual({ value: 40, text: 'fortieth', ordinal: true });
  });

  it('stops at the first word that cannot continue the number', () => {
    expect(read('two three')).toEqual({ value: 2, text: 'two', ordinal: false });
    expect(read('five and six')).toEqual({ value: 5, text: 'five', ordinal: false });
    expect(read('two a day')).toEqual({ value: 2, text: 'two', ordinal: false });
    expect(read('million')).toBeNull();
  });

  it('does not take "a", "an" or "half" alone for a number', () => {
    expect(read('a day')).toBeNull();
    expect(read('an hour')).toBeNull();
    expect(read('half the money')).toBeNull();
    expect(read('half a day')).toBeNull();
  });

  it('needs a word start and a known word', () => {
    expect(parseSpelledNumber(' three', 0)).toBeNull();
    expect(read('threefold')).toBeNull();
  });
});
