import { describe, expect, it } from 'vitest';
import { simpleTokenize } from './simple-tokenizer.js';

function sentences(text: string): string[][] {
  const seq = simpleTokenize(text);
  const out: string[][] = [];
  for (let s = 0; s + 1 < seq.sentStarts.length; s++) {
    const words: string[] = [];
    for (let k = seq.sentStarts[s]!; k < seq.sentStarts[s + 1]!; k++)
      words.push(text.slice(seq.starts[k], seq.ends[k]));
    out.push(words);
  }
  return out;
}

describe('simpleTokenize', () => {
  it('splits punctuation and clitics, keeps abbreviations, initials and hyphenated words', () => {
    expect(sentences('Gen. J. Smith’s co-pilot said the U.S. wasn’t “ready”.')).toEqual([
      ['Gen.', 'J.', 'Smith', '’s', 'co-pilot', 'said', 'the', 'U.S.', 'was', 'n’t', '“', 'ready', '”', '.'],
    ]);
  });

  it('splits sentences at final punctuation before a capital, not after abbreviations', () => {
    expect(sentences('Mr. Brown left. Then "We won!" he said. Prices rose 1,200.50 points.')).toEqual([
      ['Mr.', 'Brown', 'left', '.'],
      ['Then', '"', 'We', 'won', '!', '"', 'he', 'said', '.'],
      ['Prices', 'rose', '1,200.50', 'points', '.'],
    ]);
  });
});
