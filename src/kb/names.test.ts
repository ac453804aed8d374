import { describe, expect, it } from 'vitest';
import { seededRandom } from '../core/random.js';
import {
  arabicNameForm,
  computeNormalizedAny,
  computeNormalizedAscii,
  normalizeName,
  slugify,
  surnameOf,
} from './names.js';

describe('normalizeName', () => {
  it('ignores case, diacritics, punctuation and spacing', () => {
    expect(normalizeName('Ursula von der Léyen')).toBe('ursula von der leyen');
    expect(normalizeName('  URSULA  VON-DER LEYEN ')).toBe('ursula von der leyen');
    expect(normalizeName('Recep Tayyip Erdoğan')).toBe('recep tayyip erdogan');
    expect(normalizeName('J. D. Vance')).toBe('j d vance');
  });
  it('folds letters that decomposition leaves alone', () => {
    expect(normalizeName('Łukasz Straße Søren')).toBe('lukasz strasse soren');
  });
  it('reads the British "Jnr" and "Snr" as "Jr." and "Sr."', () => {
    expect(normalizeName('Ferdinand Marcos Jnr')).toBe(normalizeName('Ferdinand Marcos Jr.'));
    expect(normalizeName('Jnr Mensah')).toBe('jnr mensah');
  });
  it('keeps non-Latin scripts', () => {
    expect(normalizeName('Владимир Путин')).toBe('владимир путин');
  });
});

describe('surnameOf', () => {
  it('keeps particles with the surname', () => {
    expect(surnameOf('Ursula von der Leyen')).toBe('von der Leyen');
    expect(surnameOf('Mohammed bin Salman')).toBe('bin Salman');
  });
  it('skips initials and suffixes', () => {
    expect(surnameOf('J. D. Vance')).toBe('Vance');
    expect(surnameOf('Martin Luther King Jr.')).toBe('King');
  });
  it('has none for one-word names', () => {
    expect(surnameOf('Lula')).toBeNull();
  });
});

describe('slugify', () => {
  it('makes stable ids', () => {
    expect(slugify('Jean-Noël Barrot')).toBe('jean-noel-barrot');
  });
});

describe('arabicNameForm', () => {
  it('drops the article inside a name and writes Abd with its word as one', () => {
    expect(arabicNameForm('Abdel Fattah el-Sisi')).toBe('Abdelfattah Sisi');
    expect(arabicNameForm('Abd el-Fattah Sisi')).toBe('Abdelfattah Sisi');
    expect(arabicNameForm('Yehya Al-Sinwar')).toBe('Yehya Sinwar');
    expect(arabicNameForm('Ahmad ash-Sharaa')).toBe('Ahmad Sharaa');
    expect(arabicNameForm('Badr Abd al-Ati')).toBe('Badr Abdalati');
    expect(arabicNameForm('Tamim bin Hamad Al Thani')).toBe('Tamim bin Hamad Thani');
  });

  it('leaves a first word and names without these forms alone', () => {
    expect(arabicNameForm('Al Gore')).toBe('Al Gore');
    expect(arabicNameForm('El Salvador')).toBe('El Salvador');
    expect(arabicNameForm('Mark Rutte')).toBe('Mark Rutte');
    expect(arabicNameForm('Alan Turing')).toBe('Alan Turing');
  });
});

describe('normalizeName on ASCII text (the fast path)', () => {
  it('gives what the general path gives, on names and on random ASCII strings', () => {
    const names = [
      "Beto O'Rourke",
      'ursula VON-DER leyen',
      'Ferdinand Marcos Jnr',
      'John Smith snr',
      'Jnr',
      ' Jnr',
      'a jnr',
      'J. D. Vance',
      'COP-30',
      '  \t Mr.  X\n',
      '`quoted` name',
      "'s",
      '',
      '---',
      'G7',
      '3M Co.',
    ];
    for (const name of names) expect(computeNormalizedAscii(name), name).toBe(computeNormalizedAny(name));
    // Random strings over all of ASCII, weighted toward letters, spaces, apostrophes and "nr" endings.
    const random = seededRandom(11);
    const pieces = ['a', 'Z', 'j', 'S', 'n', 'r', ' ', ' ', "'", '`', '-', '.', '0', '9', 'Jnr', ' snr'];
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      const length = Math.floor(random() * 14);
      for (let i = 0; i < length; i++)
        text +=
          random() < 0.5
            ? pieces[Math.floor(random() * pieces.length)]!
            : String.fromCharCode(Math.floor(random() * 128));
      expect(computeNormalizedAscii(text), JSON.stringify(text)).toBe(computeNormalizedAny(text));
    }
  });
});
