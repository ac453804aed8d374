/**
 * Converts a document's `tokens` and `sentences` layers into the tagger's
 * {@link TokenSeq}. Tokens outside every sentence are grouped into their own runs,
 * and very long sentences are cut, so a malformed layer can never blow up the decoder.
 */
import type { Sentence, Token } from '../../core/annotations.js';
import type { TokenSeq } from './token-seq.js';

/** Longest run of tokens decoded as one sentence. */
export const MAX_SENTENCE_TOKENS = 250;

export function seqFromLayers(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
): TokenSeq {
  const n = tokens.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const sentStarts: number[] = [];
  let s = 0;
  let current = -2;
  let runLength = 0;
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    starts[k] = t.start;
    ends[k] = t.end;
    while (s < sentences.length && sentences[s]!.end <= t.start) s++;
    const inside = s < sentences.length && sentences[s]!.start <= t.start ? s : -1;
    if (k === 0 || inside !== current || runLength >= MAX_SENTENCE_TOKENS) {
      sentStarts.push(k);
      runLength = 0;
    }
    current = inside;
    runLength++;
  }
  sentStarts.push(n);
  return { text, starts, ends, sentStarts: Int32Array.from(sentStarts) };
}
