/**
 * Where a title-cased line can be in an article: a headline or subheading is a line of
 * its own without final sentence punctuation, or the document's first paragraph (a
 * headline may end with a stop or a question mark). A sentence in running text is
 * never given to the title-case test, so a name-heavy sentence of ordinary case in the
 * body cannot be recased however it is capitalised.
 */

import type { TokenSeq } from './token-seq.js';
import type { SentenceGate } from './truecase.js';

/** Longer than this many tokens is not a headline or subheading. */
export const MAX_HEADLINE_TOKENS = 40;

const FINAL_PUNCTUATION = /^[.!?…]+$/;
const CLOSING_QUOTE = /^["'”’»]$/;

function lineStartsAt(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return true;
}

function lineEndsAt(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return true;
}

/** Whether the sentence's last token (or the one before a closing quote) ends a sentence. */
function endsWithSentencePunctuation(seq: TokenSeq, from: number, to: number): boolean {
  const token = (k: number) => seq.text.slice(seq.starts[k]!, seq.ends[k]!);
  let last = to - 1;
  if (last > from && CLOSING_QUOTE.test(token(last))) last--;
  return FINAL_PUNCTUATION.test(token(last));
}

/** The gate for one document: its first paragraph, and whole lines without a final stop. */
export function headlineGate(text: string): SentenceGate {
  const lead = text.search(/\S/);
  const firstBreak = lead < 0 ? -1 : text.indexOf('\n', lead);
  const firstParagraphEnd = firstBreak < 0 ? text.length : firstBreak;
  return (seq, s) => {
    const from = seq.sentStarts[s]!;
    const to = seq.sentStarts[s + 1]!;
    if (to - from > MAX_HEADLINE_TOKENS || to === from) return false;
    const start = seq.starts[from]!;
    if (start < firstParagraphEnd) return true;
    return (
      lineStartsAt(text, start) &&
      lineEndsAt(text, seq.ends[to - 1]!) &&
      !endsWithSentencePunctuation(seq, from, to)
    );
  };
}
