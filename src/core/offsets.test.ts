import { describe, expect, it } from 'vitest';
import { OffsetMapBuilder, sourceToClean } from './offsets.js';

describe('OffsetMapBuilder', () => {
  it('maps copied runs linearly and replaced runs to what they replaced', () => {
    // source: "Secretary -General said"  →  clean: "Secretary-General said"
    const map = new OffsetMapBuilder().copy(0, 9).replace(9, 2, 1).copy(11, 12).build();
    expect(map.toSource(0)).toBe(0);
    expect(map.toSource(8)).toBe(8);
    expect(map.toSource(9)).toBe(9);
    expect(map.toSource(10)).toBe(11);
    expect(map.toSource(22)).toBe(23);
  });

  it('maps a deletion (replacement by nothing) to the end of the deleted run', () => {
    // source: "Photo: AP\nText"  →  clean: "Text"
    const map = new OffsetMapBuilder().replace(0, 10, 0).copy(10, 4).build();
    expect(map.toSource(0)).toBe(10);
    expect(map.toSource(4)).toBe(14);
  });

  it('merges adjacent copies and clamps out-of-range offsets', () => {
    const builder = new OffsetMapBuilder().copy(0, 3).copy(3, 3);
    expect(builder.length).toBe(6);
    const map = builder.build();
    expect(map.toSource(-5)).toBe(0);
    expect(map.toSource(100)).toBe(6);
  });
});

describe('sourceToClean', () => {
  it('maps spans on the source onto the cleaned text, through collapsed whitespace', () => {
    // source: "Berg  said \nno."  →  clean: "Berg said no."
    const source = 'Berg  said \nno.';
    const map = new OffsetMapBuilder()
      .copy(0, 4)
      .replace(4, 2, 1)
      .copy(6, 4)
      .replace(10, 2, 1)
      .copy(12, 3)
      .build();
    const clean = 'Berg said no.';
    const back = sourceToClean(map, clean.length);
    const span = (s: number, e: number) => clean.slice(back.start(s), back.end(e));
    expect(span(0, 4)).toBe('Berg');
    expect(span(source.indexOf('said'), source.indexOf('said') + 4)).toBe('said');
    expect(span(source.indexOf('no'), source.length)).toBe('no.');
    // A span that starts in the collapsed whitespace keeps only the words it covers.
    expect(span(5, 10)).toBe('said');
  });
});
