import { describe, expect, it } from 'vitest';
import { REGNAL_NUMERAL, regnalNumeralAt } from './regnal-numerals.js';

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
});
