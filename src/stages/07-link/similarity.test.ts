import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../core/random.js';
import { normalizeName } from '../../kb/names.js';
import { defaultKbPath, loadKnowledgeBase } from '../../kb/store.js';
import {
  letterProfile,
  letterSlips,
  letters,
  lettersSimilarity,
  lettersSimilarityAtLeast,
  nameSimilarity,
  PROFILE_SLOTS,
  similarityCeiling,
  similarityCeilingOf,
  weightedDistance,
  weightedDistanceAnyText,
} from './similarity.js';

/** `letters` as first written: every name through normalizeName and four replacements. */
function lettersAsWritten(name: string): string {
  return normalizeName(name)
    .replace(/[a-z]{4,}/g, (w) =>
      w.replace(/ee(?=[b-df-hj-np-tv-z])/g, 'i').replace(/(?:ey|ej|iy|ii)$|ey(?=s$)/, 'i'),
    )
    .replace(/[^a-z]/g, '')
    .replace(/dzh|dj/g, 'j')
    .replace(/tch/g, 'ch')
    .replace(/ph/g, 'f')
    .replace(/sch/g, 'sh');
}

describe('letters', () => {
  it('gives what normalising every name gives, on every KB name and on awkward spellings', () => {
    const kb = loadKnowledgeBase(defaultKbPath());
    let n = 0;
    for (const e of kb.entities()) {
      for (const text of [e.name, ...e.names.map((x) => x.text)]) {
        expect(letters(text), text).toBe(lettersAsWritten(text));
        n++;
      }
    }
    expect(n).toBeGreaterThan(20_000);
    for (const text of [
      'Ferdinand Marcos Jnr',
      'Ferdinand Marcos Jnr.',
      'Marcos-SNR',
      'Marcos Jnr 2',
      "O'Brien",
      'Dzhokhar Tsarnaev',
      'Redjep',
      'Ma Ying-jeou',
      'René Lévesque',
      'ÆTHELRED',
      'İlham Əliyev',
      'Ｔｒｕｍｐ',
      'Kim Jong Un 3rd',
      '',
      '  ',
    ])
      expect(letters(text), text).toBe(lettersAsWritten(text));
  });
});

describe('weightedDistance', () => {
  it("gives the plain algorithm's distance to the last bit, bounded or not", () => {
    const next = seededRandom(3);
    const alphabet = 'aeioubpvfwgjkcqxdtszmnlrhy';
    const word = (len: number) =>
      Array.from({ length: len }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let k = 0; k < 20_000; k++) {
      const a = word(Math.floor(next() * 14));
      // Half the pairs are near each other (a few edits apart), like the names compared.
      let b = next() < 0.5 ? a : word(Math.floor(next() * 14));
      for (let e = Math.floor(next() * 4); e > 0; e--) {
        const at = Math.floor(next() * (b.length + 1));
        const r = next();
        b =
          r < 0.3
            ? b.slice(0, at) + word(1) + b.slice(at)
            : r < 0.6
              ? b.slice(0, at) + b.slice(at + 1)
              : r < 0.8
                ? b.slice(0, at) + (b[at + 1] ?? '') + (b[at] ?? '') + b.slice(at + 2)
                : b.slice(0, at) + word(1) + b.slice(at + 1);
      }
      const bound = next() < 0.3 ? Number.POSITIVE_INFINITY : next() * 4;
      expect(
        Object.is(weightedDistance(a, b, bound), weightedDistanceAnyText(a, b, bound)),
        `${a}/${b}/${bound}`,
      ).toBe(true);
    }
  });

  it('keeps every stop of the plain comparison and stops early only below the floor', () => {
    const next = seededRandom(9);
    const alphabet = 'aeioubpvfwgjkcqxdtszmnlrhy';
    const word = (len: number) =>
      Array.from({ length: len }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    let reached = 0;
    for (let k = 0; k < 40_000; k++) {
      const x = word(2 + Math.floor(next() * 12));
      let y = next() < 0.6 ? x : word(2 + Math.floor(next() * 12));
      // Swaps of neighbours (which step over rows of the table) and other slips.
      for (let e = Math.floor(next() * 4); e > 0; e--) {
        const at = Math.floor(next() * y.length);
        const r = next();
        y =
          r < 0.5
            ? y.slice(0, at) + (y[at + 1] ?? '') + (y[at] ?? '') + y.slice(at + 2)
            : r < 0.75
              ? y.slice(0, at) + word(1) + y.slice(at + 1)
              : y.slice(0, at) + y.slice(at + 1);
      }
      const plainFloor = next() < 0.3 ? 0 : next();
      const floor = next() < 0.5 ? plainFloor : plainFloor + next() * (1 - plainFloor);
      const plain = lettersSimilarity(x, y, plainFloor);
      const fast = lettersSimilarityAtLeast(x, y, floor, plainFloor);
      if (plain >= floor) {
        reached++;
        expect(fast, `${x}/${y} ${floor} ${plainFloor}`).toBe(plain);
      } else expect(fast === 0 || fast === plain, `${x}/${y} ${floor} ${plainFloor}`).toBe(true);
    }
    expect(reached).toBeGreaterThan(5_000);
  });

  it('never puts the ceiling from letter profiles below the similarity', () => {
    const next = seededRandom(21);
    const alphabet = 'aeioubpvfwgjkcqxdtszmnlrhy';
    const word = (len: number) =>
      Array.from({ length: len }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const px = new Int32Array(PROFILE_SLOTS);
    const py = new Int32Array(PROFILE_SLOTS);
    let close = 0;
    let ruledOut = 0;
    for (let k = 0; k < 40_000; k++) {
      // Repeated letters (up to five of one) test the profile's three levels.
      const x =
        next() < 0.2
          ? word(1).repeat(1 + Math.floor(next() * 5)) + word(Math.floor(next() * 6))
          : word(1 + Math.floor(next() * 14));
      let y = next() < 0.6 ? x : word(1 + Math.floor(next() * 14));
      for (let e = Math.floor(next() * 5); e > 0; e--) {
        const at = Math.floor(next() * y.length);
        const r = next();
        y =
          r < 0.3
            ? y.slice(0, at) + (y[at + 1] ?? '') + (y[at] ?? '') + y.slice(at + 2)
            : r < 0.6
              ? y.slice(0, at) + word(1) + y.slice(at + 1)
              : r < 0.8
                ? y.slice(0, at) + y.slice(at + 1)
                : y.slice(0, at) + word(1) + y.slice(at);
      }
      letterProfile(x, px, 0);
      letterProfile(y, py, 0);
      const ceiling = similarityCeiling(x, px, 0, y, py, 0);
      // The same ceiling with y's profile given as its three masks.
      expect(similarityCeilingOf(x, px, 0, y, py[0]!, py[1]!, py[2]!)).toBe(ceiling);
      const sim = lettersSimilarity(x, y);
      expect(ceiling, `${x}/${y}`).toBeGreaterThanOrEqual(sim);
      if (ceiling - sim < 0.05) close++;
      if (ceiling < 0.78) ruledOut++;
    }
    // A bound that means something: often close to the value, and ruling pairs out.
    expect(close).toBeGreaterThan(5_000);
    expect(ruledOut).toBeGreaterThan(5_000);
  });

  it('takes the general path for anything but a–z', () => {
    expect(weightedDistance('ab c', 'abc')).toBe(weightedDistanceAnyText('ab c', 'abc'));
    expect(weightedDistance('Abc', 'abc')).toBe(weightedDistanceAnyText('Abc', 'abc'));
  });
});

describe('nameSimilarity', () => {
  it('counts two swapped neighbouring letters as one slip', () => {
    // "Merkle" for Merkel: a transposition costs less than a deletion plus an insertion.
    expect(nameSimilarity('Angela Merkle', 'Angela Merkel')).toBeGreaterThan(0.93);
    expect(nameSimilarity('Angela Merkle', 'Angela Merkel')).toBeGreaterThan(
      nameSimilarity('Angela Merle', 'Angela Merkel'),
    );
  });

  it('makes a nasal lost before its stop cheap ("Lamert" for Lambert)', () => {
    expect(nameSimilarity('Pascal Laert', 'Pascal Lambert')).toBeLessThan(
      nameSimilarity('Pascal Lapert', 'Pascal Lampert'),
    );
    expect(nameSimilarity('Pascal Lapert', 'Pascal Lampert')).toBeGreaterThan(0.94);
  });

  it('folds dj and dzh to j, so Turkish and Slavic spellings meet', () => {
    expect(letters('Djamal')).toBe('jamal');
    expect(letters('Dzhokhar')).toBe('jokhar');
    expect(nameSimilarity('Redjep', 'Recep')).toBeGreaterThan(0.9);
  });

  it('folds ph to f ("Wadefull" for Wadephul, "Steffen" for Stephen)', () => {
    expect(letters('Philipp')).toBe('filipp');
    expect(nameSimilarity('Hans Rudolfs', 'Hans Rudolphs')).toBeGreaterThan(0.95);
  });

  it('reads w as the u of a glide in romanised names ("Hwang" for Huang)', () => {
    expect(nameSimilarity('Jensen Hwang', 'Jensen Huang')).toBeGreaterThan(0.92);
  });

  it('reads the Slavic final "ej" as the "ey" English copy writes ("Matey" for Matej)', () => {
    expect(nameSimilarity('Matey Kovach', 'Matej Kovač')).toBeGreaterThan(0.95);
    expect(nameSimilarity('Matey', 'Matej')).toBe(1);
    // Only at the end of a word: "Dejan" keeps its "ej".
    expect(nameSimilarity('Deyan', 'Dejan')).toBeLessThan(1);
  });

  it('keeps different surnames apart', () => {
    expect(nameSimilarity('Olaf Scholz', 'Olaf Lies')).toBeLessThan(0.75);
  });
});

describe('letterSlips', () => {
  it('counts plain one- and two-letter slips and stops past the bound', () => {
    expect(letterSlips('trumph', 'trump', 2)).toBe(1);
    expect(letterSlips('ishida', 'ishiba', 2)).toBe(1);
    expect(letterSlips('abasaraqchi', 'abbasaraghchi', 3)).toBe(3);
    expect(letterSlips('merkle', 'merkel', 2)).toBe(1);
    expect(letterSlips('jdvens', 'jdvance', 2)).toBe(3);
    expect(letterSlips('same', 'same', 0)).toBe(0);
  });
});
