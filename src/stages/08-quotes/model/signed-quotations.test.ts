import { describe, expect, it } from 'vitest';
import { signedQuotations } from './signed-quotations.js';

const parts = (text: string) =>
  signedQuotations(text, [{ start: 0, end: text.length }]).map((s) => ({
    content: text.slice(s.content.start, s.content.end),
    cue: text.slice(s.cue.start, s.cue.end),
    source: text.slice(s.source.start, s.source.end),
  }));

describe('signed quotations (PolNeAR conventions)', () => {
  it('reads each quotation and the name signing it, in a paragraph whose lines were joined', () => {
    const text =
      '“The new bridge has changed my commute.” ― Maria Lopez “We waited ten years for it. It was worth it.” ― Tomas K. Berg.';
    expect(parts(text)).toEqual([
      { content: '“The new bridge has changed my commute.”', cue: '―', source: 'Maria Lopez' },
      { content: '“We waited ten years for it. It was worth it.”', cue: '―', source: 'Tomas K. Berg' },
    ]);
  });

  it('accepts a quotation opened with the closing glyph and an em dash', () => {
    expect(parts('”Nobody asked us first.” — Ana Reyes')).toEqual([
      { content: '”Nobody asked us first.”', cue: '—', source: 'Ana Reyes' },
    ]);
  });

  it('ignores a dash in running text after a quotation', () => {
    expect(parts('He called it “a disgrace” — and then he left the room.')).toEqual([]);
    expect(parts('The mayor said “we are ready” ― Lopez disagreed, and the vote failed.')).toEqual([]);
  });
});
