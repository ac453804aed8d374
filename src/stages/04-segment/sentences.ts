/**
 * Sentence boundaries from tokens, one paragraph at a time (a sentence never crosses a
 * paragraph). A boundary follows a terminal mark (`.`, `!`, `?`, an ellipsis) or an
 * abbreviation, plus any closing quotes and brackets attached to it, when the next token
 * can start a sentence. See README.md for the rules.
 */
import type { Sentence, Token } from '../../core/annotations.js';
import { isAsciiUpper, isDigit, isLower, isUpper } from './chars.js';
import { RUN_ON_STARTERS, SENTENCE_STARTERS, SPEECH_VERBS } from './lexicon.js';
import { FLAG_ABBREVIATION, FLAG_ELLIPSIS, FLAG_TERMINAL, FLAG_TITLE, isLowerWord } from './tokenize.js';

const MAX_STARTER_LENGTH = 10;

/** A closing quote or bracket glued to the token before it. */
function isCloser(text: string, tokens: readonly Token[], m: number): boolean {
  const t = tokens[m]!;
  if (t.start !== tokens[m - 1]!.end) return false;
  const c = text.charCodeAt(t.start);
  if (t.kind === 'quote') {
    // Opening marks never close: “ ‘ „ « ‹ `
    return !(c === 0x201c || c === 0x2018 || c === 0x201e || c === 0xab || c === 0x2039 || c === 0x60);
  }
  return t.kind === 'punct' && (c === 0x29 || c === 0x5d);
}

/** Whether the closers `[from, to)` include a quotation mark. */
function closesQuote(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'quote') return true;
  return false;
}

/** The token's text when it is short enough to be a listed starter word. */
function starterText(text: string, t: Token): string | null {
  if (t.kind !== 'word' || t.end - t.start > MAX_STARTER_LENGTH) return null;
  if (!isUpper(text.charCodeAt(t.start))) return null;
  return text.slice(t.start, t.end);
}

/** Whether token `m` can open a sentence: a capital, a digit, or an opening mark before one. */
function opensSentence(text: string, tokens: readonly Token[], m: number, end: number): boolean {
  for (let k = m; k < end && k < m + 3; k++) {
    const t = tokens[k]!;
    const c = text.charCodeAt(t.start);
    if (t.kind === 'word' || t.kind === 'number') return isUpper(c) || isDigit(c);
    if (t.kind === 'symbol') return c === 0x24 || c === 0xa3 || c === 0x20ac || isUpper(c);
    if (t.kind === 'quote' || (t.kind === 'punct' && (c === 0x28 || c === 0x5b))) continue;
    // A sign-off or a new item after a dash: `… the bank said. -- Warsaw Newsroom`.
    if (t.kind === 'punct' && k === m && (c === 0x2d || c === 0x2014 || c === 0x2013) && t.end - t.start <= 2)
      continue;
    return false;
  }
  return false;
}

/** How many words a quoted nickname holds at most: `William J. "Bill" Clinton`. */
const MAX_NICKNAME_WORDS = 3;

/**
 * Whether token `m`, after an abbreviation or initial and a space, opens a quotation that
 * starts a sentence: `Musk wrote on X. "Big step …"`, `in the U.S. "It is …"`. An opening
 * mark, then a capital; not a quoted nickname between a name's parts (`J. "Bill" Clinton`:
 * the mark closes within a few words and a capitalised word follows it).
 */
function opensQuotation(text: string, tokens: readonly Token[], m: number, end: number): boolean {
  const mark = tokens[m]!;
  if (mark.kind !== 'quote' || mark.start === tokens[m - 1]!.end || m + 1 >= end) return false;
  const first = tokens[m + 1]!;
  if (first.start !== mark.end || first.kind !== 'word' || !isUpper(text.charCodeAt(first.start)))
    return false;
  for (let k = m + 2; k < end && k <= m + 1 + MAX_NICKNAME_WORDS; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'quote') continue;
    const after = tokens[k + 1];
    return !(after !== undefined && after.kind === 'word' && isUpper(text.charCodeAt(after.start)));
  }
  return true;
}

/**
 * Splits the tokens `[t0, t1)` of one paragraph into sentences, appending to `out`.
 * `flags` are the tokenizer's per-token flags.
 */
export function splitSentences(
  text: string,
  tokens: readonly Token[],
  flags: readonly number[],
  t0: number,
  t1: number,
  out: Sentence[],
): void {
  let first = t0;
  const close = (last: number) => {
    out.push({ start: tokens[first]!.start, end: tokens[last]!.end });
    first = last + 1;
  };
  for (let k = t0; k < t1 - 1; k++) {
    const f = flags[k]!;
    if (f & (FLAG_TERMINAL | FLAG_ELLIPSIS | FLAG_ABBREVIATION)) {
      let m = k + 1;
      while (m < t1 && isCloser(text, tokens, m)) m++;
      if (m >= t1) break;
      let boundary = false;
      if (f & FLAG_TERMINAL) {
        // `1.` alone at the start of a paragraph is a list number, not a sentence.
        const listNumber = k === first + 1 && k === t0 + 1 && tokens[first]!.kind === 'number';
        boundary =
          !listNumber &&
          opensSentence(text, tokens, m, t1) &&
          !(m > k + 1 && isAttribution(text, tokens, flags, m, t1));
      } else if (f & FLAG_ELLIPSIS) {
        const next = tokens[m]!;
        boundary =
          (next.kind === 'word' && isUpper(text.charCodeAt(next.start))) ||
          (m > k + 1 && opensSentence(text, tokens, m, t1));
      } else if (!(f & FLAG_TITLE)) {
        // After an abbreviation or initial, only a sure sentence start ends the sentence,
        // or a capital after a closing quote (`in the U.S." He`).
        // A bracket closing after an abbreviation (`(D-N.C.) said`) does not end a sentence.
        const word = starterText(text, tokens[m]!);
        boundary =
          (word !== null && SENTENCE_STARTERS.has(word)) ||
          (closesQuote(tokens, k + 1, m) && opensSentence(text, tokens, m, t1)) ||
          (m === k + 1 && opensQuotation(text, tokens, m, t1));
      }
      if (boundary) {
        close(m - 1);
        k = m - 1;
      }
      continue;
    }
    // A run-on that cleanup separated without punctuation: `talks And he`, `2 % According to`.
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    if (
      next.start > t.end &&
      k + 2 < t1 &&
      isAsciiUpper(text.charCodeAt(next.start)) &&
      isRunOnLeft(text, t)
    ) {
      const word = starterText(text, next);
      if (word !== null && RUN_ON_STARTERS.has(word)) {
        const after = tokens[k + 2]!;
        const c = text.charCodeAt(after.start);
        if ((after.kind === 'word' && isLower(c)) || (after.kind === 'punct' && c === 0x2c)) close(k);
      }
    }
  }
  if (first < t1) close(t1 - 1);
}

/**
 * `Trump asked`, `Gen. Mark Milley said` after a closing quote: up to four capitalised
 * words (titles included), then a verb of speech. The quote and its attribution are one
 * sentence, as they would be with a comma.
 */
function isAttribution(
  text: string,
  tokens: readonly Token[],
  flags: readonly number[],
  m: number,
  end: number,
): boolean {
  let k = m;
  while (k < end && k < m + 4) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !isUpper(text.charCodeAt(t.start))) break;
    if (SENTENCE_STARTERS.has(text.slice(t.start, t.end)) && !(flags[k]! & FLAG_TITLE)) return false;
    k++;
  }
  if (k === m || k >= end) return false;
  const verb = tokens[k]!;
  return (
    verb.kind === 'word' && verb.end - verb.start <= 12 && SPEECH_VERBS.has(text.slice(verb.start, verb.end))
  );
}

function isRunOnLeft(text: string, t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind === 'symbol') return text.charCodeAt(t.start) === 0x25; // %
  return isLowerWord(text, t);
}
