/**
 * A {@link TokenSeq} in which every line is split into sentences on its own, as the
 * segment stage splits paragraphs and headlines (the NER folder's small tokenizer
 * splits only at final punctuation).
 */
import { simpleTokenize } from '../../src/stages/06-ner/simple-tokenizer.js';
import type { TokenSeq } from '../../src/stages/06-ner/token-seq.js';

export function lineSeq(text: string): TokenSeq {
  const starts: number[] = [];
  const ends: number[] = [];
  const sentStarts: number[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const seq = simpleTokenize(line);
    for (let s = 0; s + 1 < seq.sentStarts.length; s++) sentStarts.push(starts.length + seq.sentStarts[s]!);
    for (let k = 0; k < seq.starts.length; k++) {
      starts.push(offset + seq.starts[k]!);
      ends.push(offset + seq.ends[k]!);
    }
    offset += line.length + 1;
  }
  sentStarts.push(starts.length);
  return {
    text,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    sentStarts: Int32Array.from(sentStarts),
  };
}
