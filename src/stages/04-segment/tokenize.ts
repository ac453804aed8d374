/**
 * A hand-written tokenizer for news English, PTB/CoNLL-like because the NER model was
 * trained on CoNLL-2003 tokens. One pass over the char codes of a paragraph; regexes
 * (compiled once, sticky) only confirm URLs, e-mails and numbers at a candidate start.
 * See README.md for the conventions.
 */
import type { Token, TokenKind } from '../../core/annotations.js';
import {
  APOSTROPHE,
  isAsciiLower,
  isAsciiUpper,
  isCurrency,
  isDash,
  isDigit,
  isLetter,
  isLower,
  isPunct,
  isQuote,
  isSpace,
  isUpper,
  isWordChar,
  RIGHT_SINGLE,
} from './chars.js';
import { ABBREVIATIONS, NUMBER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './lexicon.js';

/** Per-token facts the sentence splitter needs; kept beside the tokens, not in them. */
export const FLAG_ABBREVIATION = 1;
/** An abbreviation that never ends a sentence (`Gen.`, `e.g.`, `No. 5`). */
export const FLAG_TITLE = 2;
/** A single capital letter with its full stop (`J.`). */
export const FLAG_INITIAL = 4;
/** A terminal mark: `.`, `!`, `?`, `?!`. */
export const FLAG_TERMINAL = 8;
/** An ellipsis: `...` or `…`. */
export const FLAG_ELLIPSIS = 16;

const URL = /(?:https?:\/\/|www\.)[^\s<>"“”]+/iy;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;
const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm']);

function isApostrophe(c: number): boolean {
  return c === APOSTROPHE || c === RIGHT_SINGLE;
}

export class Tokenizer {
  readonly tokens: Token[] = [];
  readonly flags: number[] = [];

  constructor(private readonly text: string) {}

  private push(start: number, end: number, kind: TokenKind, flags = 0): void {
    this.tokens.push({ start, end, kind });
    this.flags.push(flags);
  }

  /** Where the paragraph being tokenized starts. */
  private paragraphStart = 0;

  /** Tokenizes `[start, end)` (one paragraph), appending to {@link tokens}. */
  run(start: number, end: number): void {
    const text = this.text;
    this.paragraphStart = start;
    let i = start;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (isWordChar(c)) {
        i = this.word(i, end);
        continue;
      }
      const next = i + 1 < end ? text.charCodeAt(i + 1) : 0;
      if (isApostrophe(c) && isDigit(next) && i + 2 < end && isDigit(text.charCodeAt(i + 2))) {
        // '90s, ’08
        i = this.word(i + 1, end, i);
        continue;
      }
      if (isApostrophe(c) && i > start && isLetter(next) && this.followsWord(i, start)) {
        // The clitic of `Russia's`, `I'm`, `they've`: its own word, as in PTB.
        let k = i + 1;
        while (k < end && isWordChar(text.charCodeAt(k))) k++;
        if (CLITICS.has(text.slice(i + 1, k).toLowerCase())) {
          this.push(i, k, 'word');
          i = k;
          continue;
        }
      }
      if (isQuote(c)) {
        // `` and '' are one quote each, as in PTB.
        const pair = (c === 0x60 || c === APOSTROPHE) && next === c ? 2 : 1;
        this.push(i, i + pair, this.isPossessive(i, end) ? 'word' : 'quote');
        i += pair;
        continue;
      }
      if (c === 0x2e /* . */) {
        let j = i + 1;
        while (j < end && text.charCodeAt(j) === 0x2e) j++;
        if (j - i >= 2) this.push(i, j, 'punct', FLAG_ELLIPSIS);
        else if (isDigit(next) && !(i > start && isWordChar(text.charCodeAt(i - 1)))) {
          i = this.word(i + 1, end, i); // .45
          continue;
        } else this.push(i, j, 'punct', FLAG_TERMINAL);
        i = j;
        continue;
      }
      if (c === 0x21 || c === 0x3f /* ! ? */) {
        let j = i + 1;
        while (j < end && (text.charCodeAt(j) === 0x21 || text.charCodeAt(j) === 0x3f)) j++;
        this.push(i, j, 'punct', FLAG_TERMINAL);
        i = j;
        continue;
      }
      if (c === 0x2026 /* … */) {
        this.push(i, i + 1, 'punct', FLAG_ELLIPSIS);
        i++;
        continue;
      }
      if ((c === 0x40 || c === 0x23) && isWordChar(next)) {
        // @handle, #hashtag
        i = this.word(i + 1, end, i);
        continue;
      }
      if (isDash(c)) {
        let j = i + 1;
        while (j < end && text.charCodeAt(j) === c) j++;
        this.push(i, j, 'punct');
        i = j;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
        const low = text.charCodeAt(i + 1);
        const width = low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
        this.push(i, i + width, 'symbol');
        i += width;
        continue;
      }
      this.push(i, i + 1, isPunct(c) && !isCurrency(c) ? 'punct' : 'symbol');
      i++;
    }
  }

  /**
   * A clitic can follow its word directly (`Russia's`) or, in text tokenized before
   * (`Russia 's`, as CoNLL writes it), after a space — but then it must stand alone.
   */
  private followsWord(i: number, start: number): boolean {
    const text = this.text;
    const before = text.charCodeAt(i - 1);
    if (isWordChar(before)) return true;
    if (before !== 0x20 || i - 2 < start || !isWordChar(text.charCodeAt(i - 2))) return false;
    let k = i + 1;
    while (k < text.length && isWordChar(text.charCodeAt(k))) k++;
    return (
      k >= text.length ||
      (!isWordChar(text.charCodeAt(k)) &&
        text.charCodeAt(k) !== APOSTROPHE &&
        text.charCodeAt(k) !== RIGHT_SINGLE)
    );
  }

  /** `'` after `s` and before a word: the possessive of a plural (`players' union`). */
  private isPossessive(i: number, end: number): boolean {
    const text = this.text;
    if (!isApostrophe(text.charCodeAt(i)) || i === 0) return false;
    const before = text.charCodeAt(i - 1);
    if (before !== 0x73 && before !== 0x53) return false;
    if (i + 2 >= end || !isSpace(text.charCodeAt(i + 1))) return false;
    const after = text.charCodeAt(i + 2);
    return isLower(after) || isDigit(after);
  }

  /**
   * A word, number, URL or e-mail starting at `i` (`from` when a sigil or apostrophe
   * precedes it). Returns where scanning continues.
   */
  private word(i: number, end: number, from = i): number {
    const text = this.text;
    const c0 = text.charCodeAt(i);
    if (from === i && this.mayBeUrl(c0, i, end)) {
      const urlEnd = this.url(i, end);
      if (urlEnd > 0) return urlEnd;
    }
    let j = i;
    let hasDot = false;
    for (;;) {
      while (j < end && isWordChar(text.charCodeAt(j))) j++;
      if (j >= end || j === i) break;
      const c = text.charCodeAt(j);
      const prev = text.charCodeAt(j - 1);
      const next = j + 1 < end ? text.charCodeAt(j + 1) : 0;
      if ((c === 0x2d || c === 0x2010 || c === 0x2011) && isWordChar(next)) {
        j++; // Secretary-General, COVID-19
        continue;
      }
      if (c === 0x2e && isWordChar(next)) {
        // 3.5, U.S, e.g, Amazon.com — but not `said.The` (a run-on).
        if (isLower(prev) && isUpper(next) && !(isDigit(prev) || isDigit(next))) break;
        hasDot = true;
        j++;
        continue;
      }
      if (c === 0x2c && isDigit(prev) && isDigit(next) && this.thousands(j + 1, end)) {
        j++; // 1,200
        continue;
      }
      if (isApostrophe(c) && isLetter(next)) {
        let k = j + 1;
        while (k < end && isWordChar(text.charCodeAt(k))) k++;
        const rest = text.slice(j + 1, k).toLowerCase();
        if (CLITICS.has(rest)) break; // Russia 's, I 'm
        if (rest === 't' && j - 1 > i && (prev === 0x6e || prev === 0x4e)) {
          j--; // do n't, ca n't
          break;
        }
        j = k; // O'Brien, d'Ivoire
        continue;
      }
      if (c === 0x26 && isAsciiUpper(prev) && isAsciiUpper(next)) {
        j++; // AT&T, S&P
        continue;
      }
      if ((c === 0x2f || c === 0x3a) && isDigit(prev) && isDigit(next) && isDigit(text.charCodeAt(i))) {
        j++; // 24/7, 10:30
        continue;
      }
      if (c === 0x40 && isWordChar(next)) {
        EMAIL.lastIndex = i;
        const m = EMAIL.exec(text);
        if (m && i + m[0].length <= end) {
          this.push(from, i + m[0].length, 'email');
          return i + m[0].length;
        }
        break;
      }
      if (c === 0x24 && j - i <= 3 && from === i && this.allUpper(i, j)) {
        this.push(i, j + 1, 'symbol'); // US$, HK$
        return j + 1;
      }
      break;
    }
    if (j === i) {
      // Only reachable for a sigil or apostrophe with nothing after it.
      this.push(from, i + 1, 'symbol');
      return i + 1;
    }
    // A full stop that belongs to the word: abbreviations and initials.
    let flags = 0;
    if (j < end && text.charCodeAt(j) === 0x2e && !(j + 1 < end && text.charCodeAt(j + 1) === 0x2e)) {
      flags = this.abbreviation(from, j, hasDot, end);
      if (flags !== 0) j++;
    }
    this.push(from, j, this.kindOf(from, j), flags);
    return j;
  }

  /**
   * `number` for digits with separators and at most a three-letter suffix (`1.2bn`,
   * `20th`, `1990s`, `2024-25`, `.45`, `'90s`); `word` otherwise (`10-year-old`, `G7`).
   */
  private kindOf(start: number, end: number): TokenKind {
    const text = this.text;
    let k = start;
    const c = text.charCodeAt(k);
    if (isApostrophe(c) || c === 0x2e) k++;
    if (k >= end || !isDigit(text.charCodeAt(k))) return 'word';
    while (k < end) {
      const d = text.charCodeAt(k);
      if (!(isDigit(d) || d === 0x2e || d === 0x2c || d === 0x3a || d === 0x2f || d === 0x2d)) break;
      k++;
    }
    if (end - k > 3) return 'word';
    for (; k < end; k++)
      if (!isAsciiUpper(text.charCodeAt(k)) && !isAsciiLower(text.charCodeAt(k))) return 'word';
    return 'number';
  }

  /** The flags for `word.` when its full stop belongs to it, else 0. */
  private abbreviation(start: number, end: number, hasDot: boolean, limit: number): number {
    const text = this.text;
    const length = end - start;
    if (
      start === this.paragraphStart &&
      length <= 2 &&
      isDigit(text.charCodeAt(start)) &&
      (length === 1 || isDigit(text.charCodeAt(start + 1)))
    ) {
      // `1.` opening a paragraph: a list number, with its full stop, never a sentence end.
      const k = end + 1;
      const after = k + 1 < limit ? text.charCodeAt(k + 1) : 0;
      return k < limit && text.charCodeAt(k) === 0x20 && (isUpper(after) || isQuote(after))
        ? FLAG_ABBREVIATION | FLAG_TITLE
        : 0;
    }
    if (length === 1) {
      const c = text.charCodeAt(start);
      if (isUpper(c)) return FLAG_ABBREVIATION | FLAG_INITIAL;
      return c === 0x76 || c === 0x70 ? FLAG_ABBREVIATION | FLAG_TITLE : 0; // v., p.
    }
    if (length > 7 && !hasDot) return 0;
    const w = text.slice(start, end);
    if (hasDot) {
      // U.S, a.m, Ph.D, e.g: every part one to three letters.
      if (!/^(?:\p{L}{1,3}-)?\p{L}{1,3}(?:\.\p{L}{1,3})+$/u.test(w)) return 0;
      return TITLE_ABBREVIATIONS.has(w) ? FLAG_ABBREVIATION | FLAG_TITLE : FLAG_ABBREVIATION;
    }
    if (NUMBER_ABBREVIATIONS.has(w)) {
      let k = end + 1;
      while (k < limit && isSpace(text.charCodeAt(k))) k++;
      return k > end + 1 && k < limit && isDigit(text.charCodeAt(k)) ? FLAG_ABBREVIATION | FLAG_TITLE : 0;
    }
    if (TITLE_ABBREVIATIONS.has(w)) return FLAG_ABBREVIATION | FLAG_TITLE;
    if (ABBREVIATIONS.has(w)) return FLAG_ABBREVIATION;
    return 0;
  }

  /** Exactly three digits at `k`, then no further digit: a thousands group. */
  private thousands(k: number, end: number): boolean {
    const text = this.text;
    if (k + 3 > end) return false;
    for (let n = 0; n < 3; n++) if (!isDigit(text.charCodeAt(k + n))) return false;
    return k + 3 === end || !isDigit(text.charCodeAt(k + 3));
  }

  private allUpper(start: number, end: number): boolean {
    for (let k = start; k < end; k++) if (!isAsciiUpper(this.text.charCodeAt(k))) return false;
    return true;
  }

  /** `http…` or `www.` at `i`: worth trying the URL pattern (most words starting h/w are not). */
  private mayBeUrl(c0: number, i: number, end: number): boolean {
    if (i + 4 >= end) return false;
    const text = this.text;
    const c1 = text.charCodeAt(i + 1) | 0x20;
    if ((c0 | 0x20) === 0x68) return c1 === 0x74 && (text.charCodeAt(i + 2) | 0x20) === 0x74;
    if ((c0 | 0x20) === 0x77) return c1 === 0x77 && (text.charCodeAt(i + 2) | 0x20) === 0x77;
    return false;
  }

  /** A URL at `i`: its end (trailing punctuation left out), or 0. */
  private url(i: number, end: number): number {
    const text = this.text;
    URL.lastIndex = i;
    const m = URL.exec(text);
    if (!m) return 0;
    let j = Math.min(i + m[0].length, end);
    let open = 0;
    for (let k = i; k < j; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x28) open++;
      else if (c === 0x29) open--;
    }
    while (j > i) {
      const c = text.charCodeAt(j - 1);
      if (c === 0x29 && open < 0) {
        open++;
        j--;
        continue;
      }
      if (
        c === 0x2e ||
        c === 0x2c ||
        c === 0x3b ||
        c === 0x3a ||
        c === 0x21 ||
        c === 0x3f ||
        isQuote(c) ||
        c === 0x5d
      ) {
        j--;
        continue;
      }
      break;
    }
    if (j - i < 5) return 0;
    this.push(i, j, 'url');
    return j;
  }
}

/** Whether a token's text is entirely lower-case letters (checks the ends; cheap). */
export function isLowerWord(text: string, token: Token): boolean {
  return (
    token.kind === 'word' && isLower(text.charCodeAt(token.start)) && isLower(text.charCodeAt(token.end - 1))
  );
}
