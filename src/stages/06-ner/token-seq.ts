/**
 * What the tagger reads: a text, its tokens as offset pairs, and sentence boundaries
 * as token indices. Offsets index the text directly, so no token string is built.
 */
export interface TokenSeq {
  readonly text: string;
  /** Token k covers `text[starts[k], ends[k])`. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Sentence k covers tokens `[sentStarts[k], sentStarts[k + 1])`; length = sentences + 1. */
  readonly sentStarts: Int32Array;
}

/** Builds a {@link TokenSeq} from sentences of words (CoNLL data): words joined by spaces. */
export function seqFromWords(sentences: readonly (readonly string[])[]): TokenSeq {
  let n = 0;
  for (const s of sentences) n += s.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const sentStarts = new Int32Array(sentences.length + 1);
  const parts: string[] = [];
  let offset = 0;
  let k = 0;
  sentences.forEach((words, si) => {
    sentStarts[si] = k;
    for (const w of words) {
      starts[k] = offset;
      ends[k] = offset + w.length;
      parts.push(w);
      offset += w.length + 1;
      k++;
    }
  });
  sentStarts[sentences.length] = k;
  return { text: parts.join(' '), starts, ends, sentStarts };
}
