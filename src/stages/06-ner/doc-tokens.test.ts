import { describe, expect, it } from 'vitest';
import type { Sentence, Token } from '../../core/annotations.js';
import { MAX_SENTENCE_TOKENS, seqFromLayers } from './doc-tokens.js';

const tok = (start: number, end: number): Token => ({ start, end, kind: 'word' });

describe('seqFromLayers', () => {
  it('groups tokens by the sentence that contains them', () => {
    // "Ann left. Bob came."
    const tokens = [tok(0, 3), tok(4, 8), tok(8, 9), tok(10, 13), tok(14, 18), tok(18, 19)];
    const sentences: Sentence[] = [
      { start: 0, end: 9 },
      { start: 10, end: 19 },
    ];
    const seq = seqFromLayers('Ann left. Bob came.', sentences, tokens);
    expect([...seq.sentStarts]).toEqual([0, 3, 6]);
    expect([...seq.starts]).toEqual([0, 4, 8, 10, 14, 18]);
  });

  it('puts tokens outside every sentence in runs of their own', () => {
    const tokens = [tok(0, 5), tok(6, 9), tok(10, 14)];
    const seq = seqFromLayers('Title Ann left', [{ start: 6, end: 14 }], tokens);
    expect([...seq.sentStarts]).toEqual([0, 1, 3]);
  });

  it('cuts very long sentences so decoding stays bounded', () => {
    const n = MAX_SENTENCE_TOKENS * 2 + 5;
    const tokens = Array.from({ length: n }, (_, i) => tok(i * 2, i * 2 + 1));
    const seq = seqFromLayers('x '.repeat(n), [{ start: 0, end: n * 2 }], tokens);
    expect(seq.sentStarts.length).toBe(4);
    expect(seq.sentStarts[1]).toBe(MAX_SENTENCE_TOKENS);
  });

  it('handles a document without tokens', () => {
    const seq = seqFromLayers('', [], []);
    expect(seq.starts.length).toBe(0);
    expect([...seq.sentStarts]).toEqual([0]);
  });
});
