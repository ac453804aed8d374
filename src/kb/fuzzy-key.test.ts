import { describe, expect, it } from 'vitest';
import { seededRandom } from '../core/random.js';
import { fuzzyKey, keyDeletions } from './fuzzy-key.js';
import { normalizeName } from './names.js';
import { defaultKbPath, loadKnowledgeBase } from './store.js';

/** The key as first written: each word's digraphs rewritten by six regular expressions. */
function fuzzyKeyAsWritten(name: string): string {
  const digraphs: ReadonlyArray<readonly [RegExp, string]> = [
    [/([aeiouy])j$/g, '$1'],
    [/tsch|tch|sch|sh|ch|zh|cz|sz|ts|tz/g, 's'],
    [/ph/g, 'f'],
    [/kh|gh/g, 'k'],
    [/th|dh/g, 't'],
    [/ck|cq|q|x|g|j|c/g, 'k'],
  ];
  const cls: Readonly<Record<string, string>> = {
    b: 'P',
    p: 'P',
    v: 'F',
    f: 'F',
    w: 'F',
    k: 'K',
    d: 'T',
    t: 'T',
    s: 'S',
    z: 'S',
    l: 'L',
    r: 'R',
    m: 'M',
    n: 'N',
  };
  const skeleton = (word: string): string => {
    let w = word;
    for (const [pattern, replacement] of digraphs) w = w.replace(pattern, replacement);
    let out = /[aeiouyh]/.test(w[0] ?? '') ? 'A' : '';
    let last = out;
    for (const ch of w) {
      const c = cls[ch];
      if (c === undefined) {
        if (ch !== 'h') last = '';
        continue;
      }
      if (c !== last) out += c;
      last = c;
    }
    return out;
  };
  const norm = normalizeName(name)
    .replace(/[^a-z ]/g, '')
    .trim();
  if (norm.length === 0) return '';
  return norm.split(' ').map(skeleton).join('');
}

describe('fuzzyKey against the regular expressions it replaces', () => {
  it('gives the same key for every KB name', () => {
    const kb = loadKnowledgeBase(defaultKbPath());
    let n = 0;
    for (const e of kb.entities()) {
      for (const text of [e.name, ...e.names.map((x) => x.text)]) {
        expect(fuzzyKey(text), text).toBe(fuzzyKeyAsWritten(text));
        n++;
      }
    }
    expect(n).toBeGreaterThan(20_000);
  });

  it('gives the same key for strings dense in digraphs', () => {
    // Letters of every digraph, vowels, spaces and a few others: every rewrite and overlap.
    const alphabet = 'tschzcpkghdjqxaeiouy bfw';
    const next = seededRandom(5);
    for (let k = 0; k < 100_000; k++) {
      const len = Math.floor(next() * 9);
      let s = '';
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      expect(fuzzyKey(s), s).toBe(fuzzyKeyAsWritten(s));
    }
  });
});

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
