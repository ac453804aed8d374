import { describe, expect, it } from 'vitest';
import { REGNAL_NUMERAL, regnalNumberWith, regnalNumeralAt } from './regnal-numerals.js';

describe('regnal numerals', () => {
  const whole = new RegExp(`^${REGNAL_NUMERAL}$`);

  it('reads the numerals of monarchs and popes from I to XXXIX', () => {
    for (const n of ['I', 'II', 'III', 'IV', 'V', 'VIII', 'IX', 'X', 'XIV', 'XVI', 'XXIII', 'XXXIX']) {
      expect(whole.test(n), n).toBe(true);
    }
  });

  it('takes no empty numeral, no larger one and no other capitals', () => {
    for (const n of ['', 'XL', 'XXXX', 'IIII', 'VV', 'IVI', 'MCM', 'IC'])
      expect(whole.test(n), n).toBe(false);
  });

  it('finds the numeral after a name, with what follows it', () => {
    const text = 'King Charles III, who was crowned in 2023, met Pope Leo XIV.';
    expect(regnalNumeralAt(text, text.indexOf(' III'))).toEqual({ numeral: 'III', length: 4, after: ', w' });
    expect(regnalNumeralAt(text, text.indexOf(' XIV'))).toEqual({ numeral: 'XIV', length: 4, after: '.' });
  });

  it('needs the numeral to be a word of its own', () => {
    const text = 'Henry Ivanov and Jean Xavier spoke; Carlos Vives sang.';
    expect(regnalNumeralAt(text, text.indexOf(' Ivanov'))).toBeNull();
    expect(regnalNumeralAt(text, text.indexOf(' Xavier'))).toBeNull();
    expect(regnalNumeralAt(text, text.indexOf(' Vives'))).toBeNull();
    expect(regnalNumeralAt('Zhang Wei VI2 model', 9)).toBeNull();
  });

  it('reads a lone I after a title of reign as the numeral, else as the pronoun', () => {
    const spanOf = (text: string, name: string) => ({
      start: text.indexOf(name),
      end: text.indexOf(name) + name.length,
    });
    const executed = 'Queen Anne I opened it, and King Charles I was beheaded in 1649, guides tell visitors.';
    expect(regnalNumberWith(executed, spanOf(executed, 'King Charles'))).toBe('I');
    expect(regnalNumberWith(executed, spanOf(executed, 'Charles'))).toBe('I');
    const thinks = 'King Charles I think was the finest monarch, a guide said.';
    expect(regnalNumberWith(thinks, spanOf(thinks, 'King Charles'))).toBeNull();
    const pronoun = 'After meeting Charles I was sure the deal would hold, the trader said.';
    expect(regnalNumberWith(pronoun, spanOf(pronoun, 'Charles'))).toBeNull();
  });

  it('reads a regnal number in words after the name as its numeral', () => {
    const spanOf = (text: string, name: string) => ({
      start: text.indexOf(name),
      end: text.indexOf(name) + name.length,
    });
    const first = 'The execution of King Charles the First drew crowds to Whitehall.';
    expect(regnalNumberWith(first, spanOf(first, 'King Charles'))).toBe('I');
    const fourteenth = 'A statue of Louis the Fourteenth stands in the square.';
    expect(regnalNumberWith(fourteenth, spanOf(fourteenth, 'Louis'))).toBe('XIV');
    // Not a byname, nor the word in lower case.
    const great = 'Frederick the Great and Frederick the first king met.';
    expect(regnalNumberWith(great, spanOf(great, 'Frederick'))).toBeNull();
    expect(regnalNumberWith(great, { start: 24, end: 33 })).toBeNull();
  });
});
