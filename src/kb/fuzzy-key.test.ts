import { describe, expect, it } from 'vitest';
import { fuzzyKey, keyDeletions } from './fuzzy-key.js';

describe('fuzzyKey', () => {
  it.each([
    ['Pete Hegseth', 'Beit Higseth'],
    ['Kaja Kallas', 'Kaja Class'],
    ['Mark Rutte', 'Mark Root'],
    ['Friedrich Merz', 'Fridrich Mertz'],
    ['Volodymyr Zelenskyy', 'Wolodymyr Selenskyj'],
    ['Sergei Lavrov', 'Sergey Lavrof'],
    ['Recep Tayyip Erdoğan', 'Rajab Tayyib Erdogan'],
    ['Ursula von der Leyen', 'Ursula fon derLeyen'],
    ['Emmanuel Macron', 'Emanuel Makron'],
  ])('%s and %s share a key', (a, b) => {
    expect(fuzzyKey(a)).toBe(fuzzyKey(b));
  });

  it.each([
    ['Mark Rutte', 'Mark Carney'],
    ['Pete Hegseth', 'Pete Buttigieg'],
    ['Kallas', 'Dallas'],
  ])('%s and %s differ', (a, b) => {
    expect(fuzzyKey(a)).not.toBe(fuzzyKey(b));
  });

  it('gives no key for names without Latin letters', () => {
    expect(fuzzyKey('Владимир Путин')).toBe('');
  });

  it('deletes one character at a time', () => {
    expect(keyDeletions('ABC').sort()).toEqual(['AB', 'AC', 'BC']);
  });
});
