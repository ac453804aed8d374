import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../core/annotations.js';
import { apostrophesAsMarks, widenToApostrophes } from './doubled-apostrophes.js';

describe('doubled apostrophes as quotation marks (PolNeAR conventions)', () => {
  const text = "The mayor was blunt. ''We are not ready,'' she said, calling the plan ''rushed'' and costly.";

  it('writes each opening and closing pair as a curly mark and a space, offsets unchanged', () => {
    const marked = apostrophesAsMarks(text)!;
    expect(marked).toHaveLength(text.length);
    expect(marked).toBe(
      'The mayor was blunt.  “We are not ready,”  she said, calling the plan  “rushed”  and costly.',
    );
  });

  it('leaves apostrophes of words and texts without pairs alone', () => {
    expect(apostrophesAsMarks("The council's plan isn't ready.")).toBeNull();
    expect(apostrophesAsMarks("He wrote '''Tis the season' on the card.")).toBeNull();
  });

  it('widens a quote found in the marked text back over both apostrophes', () => {
    const marked = apostrophesAsMarks(text)!;
    const start = marked.indexOf('“We');
    const end = marked.indexOf('”') + 1;
    const quote: Quote = {
      start,
      end,
      kind: 'direct',
      speaker: null,
      cue: null,
      confidence: 0.9,
      by: 'quotes',
    };
    const wide = widenToApostrophes(text, marked, quote);
    expect(text.slice(wide.start, wide.end)).toBe("''We are not ready,''");
    // A quote whose edges are not substituted marks stays as it was.
    const plain = { ...quote, start: 0, end: 9 };
    expect(widenToApostrophes(text, marked, plain)).toBe(plain);
  });
});
