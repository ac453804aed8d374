/**
 * A small PTB-like tokenizer and sentence splitter, for tools that have no segment
 * stage to lean on: the word-cluster builder, the benchmark's generated stream, and
 * unit tests. It mirrors what the segment stage promises (punctuation split off,
 * `'s` and `n't` split, `U.S.` and initials kept whole, hyphenated words whole,
 * quotes separate). The pipeline itself uses the segment stage's tokens.
 */
import type { TokenSeq } from './token-seq.js';

const TOKEN =
  /\d+(?:[.,:]\d+)+|(?:\p{L}\.){2,}|\p{L}\.(?=\s+\p{Lu})|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{M}\p{N}]+)*|\S/uy;

/** Abbreviations that keep their period (the next word does not start a sentence). */
const ABBREVIATIONS = new Set(
  (
    'Mr Mrs Ms Dr Prof Gen Col Lt Maj Capt Adm Sgt Sen Rep Gov St Rev Jr Sr Inc Corp Ltd Co Bros vs etc ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Mt Ft Ave Blvd Dept Univ est approx'
  ).split(' '),
);

const CLITIC = /^(.+?)(n't|n’t|'s|’s|'re|’re|'ve|’ve|'ll|’ll|'d|’d|'m|’m)$/i;

/** Tokens of `text` as `[start, end)` pairs, with sentence starts (token indices). */
export function simpleTokenize(text: string): TokenSeq {
  const starts: number[] = [];
  const ends: number[] = [];
  const sentStarts: number[] = [0];
  const push = (a: number, b: number) => {
    starts.push(a);
    ends.push(b);
  };
  let pos = 0;
  for (;;) {
    while (pos < text.length && /\s/.test(text[pos]!)) pos++;
    if (pos >= text.length) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) break;
    const a = pos;
    let word = m[0];
    let b = a + word.length;
    // Abbreviation periods: "Gen." "Mr." stay whole; other trailing periods split below.
    if (/^\p{L}+$/u.test(word) && text[b] === '.' && ABBREVIATIONS.has(word)) {
      word += '.';
      b++;
    }
    pos = b;
    const clitic = word.length > 2 ? CLITIC.exec(word) : null;
    if (clitic && /\p{L}/u.test(clitic[1]!)) {
      const cut = a + clitic[1]!.length;
      push(a, cut);
      push(cut, b);
    } else {
      push(a, b);
    }
    const last = word[word.length - 1];
    if ((last === '.' || last === '!' || last === '?') && (word.length === 1 || word === '...')) {
      // A sentence ends here if what follows starts like a sentence.
      const rest = /^\s+["“‘'(]?(\p{Lu}|\d)/u.exec(text.slice(b, b + 4));
      const closingQuote = /^["”’']/.exec(text.slice(b, b + 1));
      if (closingQuote) continue;
      if (rest || b >= text.length || /^\s*\n/.test(text.slice(b, b + 3))) sentStarts.push(starts.length);
    } else if (/^["”’']$/.test(word) && starts.length >= 2) {
      // A closing quote right after sentence-final punctuation ends the sentence.
      const prev = text.slice(starts[starts.length - 2]!, ends[ends.length - 2]!);
      if (/^[.!?]$/.test(prev) && /^\s+\p{Lu}/u.test(text.slice(b, b + 3))) sentStarts.push(starts.length);
    }
  }
  if (sentStarts[sentStarts.length - 1] !== starts.length) sentStarts.push(starts.length);
  return {
    text,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    sentStarts: Int32Array.from(sentStarts),
  };
}
