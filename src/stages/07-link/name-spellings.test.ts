/**
 * One name as other languages spell its vowels and consonants (similarity.ts `letters`,
 * `soundSlips`; given-names.ts): "Niraj"/"Neeraj", "Carni"/"Carney", "Andrey"/"Andriy",
 * "Enver"/"Anwar" — without making short or otherwise different names alike.
 */
import { describe, expect, it } from 'vitest';
import { makeEntity } from '../../kb/model.js';
import { hasOtherGivenName } from './given-names.js';
import { letterSlips, letters, nameSimilarity, soundSlips } from './similarity.js';

describe('vowel spellings folded in letters', () => {
  it('reads a long "ee" before a consonant as "i"', () => {
    expect(letters('Neeraj Chopra')).toBe(letters('Niraj Chopra'));
    expect(letters('Arshad Nadeem')).toBe(letters('Arshad Nadim'));
  });

  it('reads a final "ey", "iy" or "ii" (and "eys") as one "i"', () => {
    expect(letters('Mark Carney')).toBe(letters('Mark Carni'));
    expect(letters('Andriy')).toBe(letters('Andrii'));
    expect(letters('Andrey')).toBe(letters('Andrii'));
    expect(letters('Madison Keys')).toBe(letters('Madison Kis'));
  });

  it('leaves short words and other endings as written', () => {
    // Lee, Ley and Li are different people; "Ricky" is not "Rishi"; "Barnie" stays near "Barnier".
    expect(letters('Lee')).toBe('lee');
    expect(letters('Ley')).toBe('ley');
    expect(letters('Ricky')).toBe('ricky');
    expect(letters('Barnie')).toBe('barnie');
    expect(letters('Keyes')).toBe('keyes');
    // "ee" at the end of a word is no long i before a consonant.
    expect(letters('Committee')).toBe('committee');
  });

  it('makes such a spelling closer than before, and no other name', () => {
    expect(nameSimilarity('Mark Carni', 'Mark Carney')).toBe(1);
    expect(nameSimilarity('Sussan Lee', 'Susan Li')).toBeLessThan(0.95);
  });
});

describe('soundSlips', () => {
  it('counts a consonant for its stand-in as half a slip, a vowel for a vowel as a whole one', () => {
    expect(letterSlips('enver', 'anwar', 5)).toBe(3);
    expect(soundSlips('enver', 'anwar', 5)).toBe(2.5);
    expect(soundSlips('errol', 'elon', 5)).toBe(3);
    expect(soundSlips('abolore', 'bola', 5)).toBe(4);
  });
});

describe('another given name, spelled by another language', () => {
  const anwar = makeEntity({ id: 'p:anwar', type: 'person', name: 'Anwar Ibrahim', prominence: 4 });
  const musk = makeEntity({ id: 'p:musk', type: 'person', name: 'Elon Musk', prominence: 5 });

  it('is the same given name: "Enver" for Anwar', () => {
    expect(hasOtherGivenName('Enver Ibrahim', anwar)).toBe(false);
  });

  it('still tells another given name: "Errol" for Elon, "Abbas" for Anwar', () => {
    expect(hasOtherGivenName('Errol Musk', musk)).toBe(true);
    expect(hasOtherGivenName('Abbas Ibrahim', anwar)).toBe(true);
  });
});
