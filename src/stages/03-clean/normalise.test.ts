import { describe, expect, it } from 'vitest';
import { OffsetMapBuilder } from '../../core/offsets.js';
import { normaliseRanges } from './normalise.js';

function normalise(source: string): string {
  return normaliseRanges(source, [{ start: 0, end: source.length }]).text;
}

describe('normaliseRanges', () => {
  it('collapses every kind of whitespace to one space and trims', () => {
    expect(normalise('  NATO\u00a0allies\t\tmet \n in\u2009Munich\u3000today. ')).toBe(
      'NATO allies met in Munich today.',
    );
  });

  it('drops zero-width characters, bidi marks, soft hyphens and control characters', () => {
    expect(normalise('Zelen\u00adsky\u200b met\u200e Sto\u200dltenberg\u0007 in\ufeff Kyiv\u0085.')).toBe(
      'Zelensky met Stoltenberg in Kyiv.',
    );
  });

  it('expands ligatures and folds full-width forms and Unicode hyphens', () => {
    expect(normalise('The ﬁnal ofﬁcial ﬂight')).toBe('The final official flight');
    expect(normalise('ＮＡＴＯ　２０２５！')).toBe('NATO 2025!');
    expect(normalise('non\u2011European self\u2010made')).toBe('non-European self-made');
  });

  it('composes decomposed accents (NFC) but keeps characters NFKC would change', () => {
    const decomposed = 'Macron visited Re\u0301union and Malmo\u0308.';
    expect(normalise(decomposed)).toBe('Macron visited Réunion and Malmö.');
    expect(normalise('an area of 5 km² and ½ of the ™ brand')).toBe('an area of 5 km² and ½ of the ™ brand');
  });

  it('joins several ranges with one space', () => {
    const source = 'First line\nREUTERS/Someone\nsecond line';
    const mapped = normaliseRanges(source, [
      { start: 0, end: 10 },
      { start: 27, end: 38 },
    ]);
    expect(mapped.text).toBe('First line second line');
  });

  it('maps every output character back to the source', () => {
    const source = '  The ﬁnal\u00a0\u00a0vote\u200b was 52–48. ';
    const mapped = normaliseRanges(source, [{ start: 0, end: source.length }]);
    expect(mapped.text).toBe('The final vote was 52–48.');
    const builder = new OffsetMapBuilder();
    mapped.appendTo(builder);
    const map = builder.build();
    // An end offset maps to where the next kept character starts, so a dropped character
    // (the zero-width space after "vote") falls in the gap: map the last character instead.
    for (const word of ['The', 'vote', 'was', '52–48.']) {
      const at = mapped.text.indexOf(word);
      expect(source.slice(map.toSource(at), map.toSource(at + word.length - 1) + 1)).toBe(word);
    }
    // The ligature maps back to the one source character it replaced.
    const fi = mapped.text.indexOf('fi');
    expect(source.slice(map.toSource(fi), map.toSource(fi + 2))).toBe('ﬁ');
    expect(map.toSource(mapped.text.length)).toBe(source.length - 1);
  });

  it('repairs mojibake: UTF-8 read as Windows-1252', () => {
    expect(normalise('Zelensky donâ€™t say â€œneverâ€\u009d in BogotÃ¡ â€” 5Â°C, Â£5, cafÃ©')).toBe(
      'Zelensky don’t say “never” in Bogotá — 5°C, £5, café',
    );
  });

  it('leaves text alone that only looks like mojibake', () => {
    const text = 'São Paulo, Ærø, naïve, à la carte, café’s résumé»x and Ã or â alone';
    expect(normalise(text)).toBe(text);
  });

  it('returns an empty text for whitespace and invisible characters only', () => {
    expect(normalise(' \u200b\u00ad\n\t ')).toBe('');
  });
});
