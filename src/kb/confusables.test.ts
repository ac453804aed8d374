import { describe, expect, it } from 'vitest';
import { foldLookAlikes } from './confusables.js';
import { normalizeName } from './names.js';

describe('foldLookAlikes', () => {
  it('puts Cyrillic look-alikes inside a Latin word back to Latin', () => {
    expect(foldLookAlikes('Donald Tu\u0441\u043a')).toBe('Donald Tuck');
    expect(foldLookAlikes('\u041cark Rutte')).toBe('Mark Rutte');
  });

  it('folds a word of look-alikes only beside Latin words', () => {
    // "Теrеsа" written wholly in look-alikes, next to a Latin surname.
    expect(foldLookAlikes('\u0422\u0435r\u0435s\u0430 May')).toBe('Teresa May');
    expect(foldLookAlikes('\u0420\u0430\u0441 Lane')).toBe('Pac Lane');
  });

  it('folds Greek look-alikes too', () => {
    expect(foldLookAlikes('Ang\u03b5la \u039cerkel')).toBe('Angela Merkel');
  });

  it('leaves a name wholly in another script alone', () => {
    expect(foldLookAlikes('\u041f\u0443\u0442\u0438\u043d')).toBe('\u041f\u0443\u0442\u0438\u043d');
    // Latin elsewhere in the text: a word with a letter no Latin one resembles is still Cyrillic.
    expect(foldLookAlikes('Vladimir \u041f\u0443\u0442\u0438\u043d')).toBe(
      'Vladimir \u041f\u0443\u0442\u0438\u043d',
    );
    expect(foldLookAlikes('\u0391\u03b8\u03ae\u03bd\u03b1')).toBe('\u0391\u03b8\u03ae\u03bd\u03b1');
  });

  it('gives normalizeName one form for a disguised name and the plain one', () => {
    expect(normalizeName('Donald Tu\u0441\u043a')).toBe('donald tuck');
    expect(normalizeName('\u041c\u0430rk Rutt\u0435')).toBe('mark rutte');
  });
});
