import { describe, expect, it } from 'vitest';
import { lineSeq } from '../../../test/helpers/line-seq.js';
import { headlineGate } from './headline-position.js';

/** The sentences of `text` the gate lets through, as text. */
function passing(text: string): string[] {
  const seq = lineSeq(text);
  const gate = headlineGate(text);
  const out: string[] = [];
  for (let s = 0; s + 1 < seq.sentStarts.length; s++) {
    if (gate(seq, s))
      out.push(text.slice(seq.starts[seq.sentStarts[s]!]!, seq.ends[seq.sentStarts[s + 1]! - 1]!));
  }
  return out;
}

describe('headlineGate', () => {
  it('passes the first paragraph and subheadings on lines of their own without a final stop', () => {
    const text = [
      'Ferry Fares Rise Again.',
      '',
      'Fares on the harbour ferry rose on Monday. Commuters complained.',
      '',
      'What Comes Next For Commuters',
      '',
      'The operator said another rise was not planned.',
    ].join('\n');
    expect(passing(text)).toEqual(['Ferry Fares Rise Again.', 'What Comes Next For Commuters']);
  });

  it('refuses a line longer than a headline', () => {
    const long = Array.from({ length: 45 }, (_, i) => `Word${i}`).join(' ');
    expect(passing(`Lead\n\n${long}\n\nBody text here.`)).toEqual(['Lead']);
  });
});
