/**
 * What every reader of reported speech shares: the `ReportedSpeech` record, ASCII character
 * tests on the raw text, the finite-verb and clause-word patterns, and `trimContent`, the
 * one rule for where a content span stops. Separate so that the subject, content and frame
 * modules can all use them without importing one another.
 */
import type { Span } from '../../core/span.js';
import { type CueMatch, countWords } from './cues.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

export interface ReportedSpeech {
  readonly span: Span;
  readonly cue: CueMatch;
  readonly phrase: SpeakerPhrase | null;
  /** The whole sentence stretch the attribution uses (content, cue and speaker). */
  readonly frameStart: number;
  readonly frameEnd: number;
}

/** The run of ASCII letters ending at `e` in `s`, or null. */
export function lastAsciiWord(s: string, e: number): string | null {
  let b = e;
  while (b > 0 && isAsciiLetter(s.charCodeAt(b - 1))) b--;
  return b === e ? null : s.slice(b, e);
}

/** `\s` at `s[i]` (ASCII answered without a regex). */
export function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(s[i]!);
}
const SPACE = /\s/u;
/** A character of `\w` (what `\b` looks at). */
export const isAsciiWordChar = (c: number) => isAsciiLetterOrDigit(c) || c === 95;
export const MIN_CONTENT_WORDS = 3;

/** Finite verbs and auxiliaries that show a clause follows. */
export const FINITE = new Set(
  (
    'is are was were be been has have had will would can could should may might must did does do ' +
    "won’t won't isn’t wasn’t aren’t weren’t hasn’t haven’t hadn’t didn’t doesn’t don’t cannot " +
    'plans planned wants wanted needs needed remains remained'
  ).split(' '),
);
/** Words that show a clause (not a phrase) before a "that": it may be a relative "that". */
export const CLAUSE_WORD = /^(?:who|which|where|when|whose|whom|while|because|and|or|but|if|what|how|why)$/u;

/** The end of an abbreviation written with inner stops, its last stop cut off: "p.m", "U.S". */
const DOTTED_ABBREVIATION_END = /(?:^|[^\p{L}])(?:\p{L}\.)+\p{L}$/u;

export function trimContent(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && opensTrimmed(text, s)) s++;
  while (e > s && closesTrimmed(text, e - 1)) e--;
  if (e <= s) return null;
  // The stop of an abbreviation with inner stops ("at 11 p.m.", "in the U.S.") is the word's.
  if (text[e] === '.' && DOTTED_ABBREVIATION_END.test(text.slice(Math.max(s, e - 12), e))) e++;
  // "Lindner hit back within the hour.": a time phrase alone reports nothing.
  if (e - s <= 32 && TIME_PHRASE_ONLY.test(text.slice(s, e))) return null;
  return countWords(text, s, e, MIN_CONTENT_WORDS) >= MIN_CONTENT_WORDS ? { start: s, end: e } : null;
}

/** A time phrase and nothing else: "within the hour", "later that day", "on Monday evening". */
const TIME_PHRASE_ONLY =
  /^(?:within|in|on|at|after|before|later|earlier|by)\s+(?:(?:the|a|an|that|this|same|next|few|\d+)\s+){0,3}(?:hour|hours|minutes?|days?|weeks?|morning|afternoon|evening|night|moments?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?$/u;
/**
 * Is `text[i]` trimmed from the start of a content (`[\s,:—–-]`)? Read by its code: the
 * trims run on every content found, a character at a time.
 */
export function opensTrimmed(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 44 || c === 58 || c === 45 || c === 0x2014 || c === 0x2013 || isSpaceAt(text, i);
}

/** Is `text[i]` trimmed from the end of a content (`[\s.,;:!?—–-]`)? */
export function closesTrimmed(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (
    c === 46 ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 33 ||
    c === 63 ||
    c === 45 ||
    c === 0x2014 ||
    c === 0x2013 ||
    isSpaceAt(text, i)
  );
}
export const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
export const isAsciiLetterOrDigit = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57);
