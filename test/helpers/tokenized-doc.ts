/**
 * A document with `sentences` and `tokens` layers made by the NER folder's small
 * PTB-like tokenizer, for tests of stages that come after segmentation.
 */
import type { Sentence, Token, TokenKind } from '../../src/core/annotations.js';
import type { NewsDoc } from '../../src/core/doc.js';
import { simpleTokenize } from '../../src/stages/06-ner/simple-tokenizer.js';
import { makeDoc } from './make-doc.js';

function kindOf(word: string): TokenKind {
  if (/^["“”‘’']$/.test(word)) return 'quote';
  if (/^\d[\d.,:]*$/.test(word)) return 'number';
  if (/^[\p{P}]+$/u.test(word)) return 'punct';
  if (/^[\p{S}]+$/u.test(word)) return 'symbol';
  return 'word';
}

export function makeTokenizedDoc(text: string): NewsDoc {
  const seq = simpleTokenize(text);
  const tokens: Token[] = [];
  for (let k = 0; k < seq.starts.length; k++) {
    tokens.push({
      start: seq.starts[k]!,
      end: seq.ends[k]!,
      kind: kindOf(text.slice(seq.starts[k], seq.ends[k])),
    });
  }
  const sentences: Sentence[] = [];
  for (let s = 0; s + 1 < seq.sentStarts.length; s++) {
    const a = seq.sentStarts[s]!;
    const b = seq.sentStarts[s + 1]!;
    if (b > a) sentences.push({ start: seq.starts[a]!, end: seq.ends[b - 1]! });
  }
  return makeDoc(text, { layers: { sentences, tokens } });
}
