import { describe, expect, it } from 'vitest';
import { letterSlips, letters, nameSimilarity } from './similarity.js';

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
