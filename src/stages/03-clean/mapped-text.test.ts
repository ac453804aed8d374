import { describe, expect, it } from 'vitest';
import { OffsetMapBuilder } from '../../core/offsets.js';
import { MappedText, resolveEdits } from './mapped-text.js';
import { normaliseRanges } from './normalise.js';

function offsetsOf(mapped: MappedText): number[] {
  const builder = new OffsetMapBuilder();
  mapped.appendTo(builder);
  const map = builder.build();
  const out: number[] = [];
  for (let i = 0; i <= mapped.length; i++) out.push(map.toSource(i));
  return out;
}

describe('MappedText', () => {
  const source = '  The ﬁnal\u00a0\u00a0vote\u200b was 52–48 , officials said .';

  it('maps the same way from runs and from per-character arrays', () => {
    const fromRuns = normaliseRanges(source, [{ start: 0, end: source.length }]);
    const viaRuns = offsetsOf(fromRuns);
    const arrays = new MappedText(fromRuns.text, {
      srcStart: fromRuns.srcStart,
      srcEnd: fromRuns.srcEnd,
      copied: fromRuns.copied,
    });
    expect(offsetsOf(arrays)).toEqual(viaRuns);
    expect(fromRuns.firstSource()).toBe(2);
    expect(fromRuns.lastSourceEnd()).toBe(source.length);
  });

  it('keeps source ranges through edits: deletions, insertions, replacements', () => {
    const mapped = normaliseRanges(source, [{ start: 0, end: source.length }]);
    expect(mapped.text).toBe('The final vote was 52–48 , officials said .');
    const comma = mapped.text.indexOf(' ,');
    const stop = mapped.text.indexOf(' .');
    const edited = mapped.applyEdits(
      resolveEdits([
        { start: comma, end: comma + 1, text: '' },
        { start: stop, end: stop + 1, text: '' },
        { start: 0, end: 0, text: '>' },
      ]),
    );
    expect(edited.text).toBe('>The final vote was 52–48, officials said.');
    const offsets = offsetsOf(edited);
    // Words still map to themselves.
    for (const word of ['The', 'vote', 'officials', 'said']) {
      const at = edited.text.indexOf(word);
      expect(source.slice(offsets[at], offsets[at]! + word.length)).toBe(word);
    }
    // The inserted character maps to where it was inserted.
    expect(offsets[0]).toBe(2);
    expect(edited.lastSourceEnd()).toBe(source.length);
  });

  it('resolves overlapping edits: earliest start, then shortest, wins; one insertion per place', () => {
    const edits = resolveEdits([
      { start: 2, end: 4, text: 'x' },
      { start: 2, end: 3, text: 'y' },
      { start: 4, end: 5, text: 'w' },
      { start: 8, end: 8, text: ' ' },
      { start: 8, end: 8, text: '-' },
      { start: 8, end: 9, text: 'v' },
    ]);
    expect(edits).toEqual([
      { start: 2, end: 3, text: 'y' },
      { start: 4, end: 5, text: 'w' },
      { start: 8, end: 8, text: ' ' },
      { start: 8, end: 9, text: 'v' },
    ]);
  });
});
