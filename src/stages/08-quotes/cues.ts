/**
 * Speech cues and the speaker phrase next to them. Works on a stretch of text (a clause
 * beside a quotation, or a sentence of reported speech) with plain, precompiled
 * regular expressions and the referent index; no parser. A speaker phrase is what
 * stands right before the cue (`Berg said`, `the minister, 54, said`, `he added`) or
 * right after it (`said Berg`, `said a spokeswoman for the ministry`).
 */
import { CopydeskError } from '../../core/errors.js';
import { partitionPoint, type Span } from '../../core/span.js';
import {
  CORE_VERB_FORMS,
  chiefOfficerLength,
  INSTITUTION_TITLE_END,
  isDemonym,
  isOrgNoun,
  isPersonNoun,
  ORG_NOUNS,
  PARTIAL_VERB_FORMS,
  PERSON_ROLE_NOUNS,
  PLURAL_ROLE_NOUNS,
  PRONOUNS,
  SPEECH_VERB_FORMS,
  singularOrgNoun,
  singularPersonNoun,
  TITLE_WORDS,
} from './lexicon.js';
import type { Occurrence, Referent, ReferentIndex } from './referents.js';

export interface Word extends Span {
  readonly lower: string;
  /** Written with a capital: inside a sentence, part of a name ("the United States"). */
  readonly capitalized: boolean;
}

const KEEP_DOT = /^(?:\p{L}|mr|mrs|ms|dr|st|jr|sr|gen|sen|rep|gov|lt|col|prof|(?:\p{L}\.)+\p{L})$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

/** Letter or digit (ASCII answered without a regex: this runs on every character). */
function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(text[i]!);
}

/** Inside a word: a letter, a digit, or an apostrophe, period or hyphen joining them. */
function continuesWord(c: number, text: string, i: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45 || isWordChar(c, text, i);
}

/**
 * Words of `text[start, end)`, lower-cased, without a sentence-final period. A word
 * starts with a letter or digit and runs over letters, digits, `'’.-` (a hand scanner:
 * the stage calls this on most sentences, and a regex per word was its main cost).
 * No more than `limit` words are read (the first ones).
 */
export function wordsIn(text: string, start: number, end: number, limit = Number.POSITIVE_INFINITY): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end && out.length < limit) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c, text, i)) {
      i++;
      continue;
    }
    const from = i;
    i++;
    while (i < end && continuesWord(text.charCodeAt(i), text, i)) i++;
    out.push(makeWord(text, from, i));
  }
  return out;
}

/** The word scanned over `text[from, to)`: its period and apostrophe trimmed as {@link wordsIn} says. */
function makeWord(text: string, from: number, to: number): Word {
  let wEnd = to;
  if (text.charCodeAt(wEnd - 1) === 46) {
    const bare = text.slice(from, wEnd - 1).toLowerCase();
    if (!KEEP_DOT.test(bare)) while (wEnd > from && text.charCodeAt(wEnd - 1) === 46) wEnd--;
  }
  const last = text.charCodeAt(wEnd - 1);
  if (last === 39 || last === 0x2019) wEnd--;
  const first = text.charCodeAt(from);
  return new ScannedWord(
    text,
    from,
    wEnd,
    first < 128 ? first >= 65 && first <= 90 : UPPER.test(text[from]!),
  );
}

/**
 * A scanned word whose lower-case form is made on first read: a sentence's words are
 * split whole, but most are only passed over (their strings were the stage's largest
 * allocation).
 */
class ScannedWord implements Word {
  private lowerValue: string | null = null;
  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly capitalized: boolean,
  ) {}
  get lower(): string {
    this.lowerValue ??= this.text.slice(this.start, this.end).toLowerCase();
    return this.lowerValue;
  }
  /**
   * False when the word's lower-case form cannot be one of the words `table` was made from
   * ({@link lengthsByOpening}), read from its length and first two characters without
   * making the string; true when it may be (or when the test cannot tell).
   */
  mayBeIn(table: Uint32Array): boolean {
    return mayBeIn(table, this.text, this.start, this.end);
  }
}

/** ASCII upper-case letters lowered; every other code as it is. */
const asciiLower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * For every pair of ASCII characters that opens one of `words` (lower-case ASCII words),
 * the lengths of those words as bits (words longer than 31 are not allowed), and the same
 * for every last character (from {@link LAST_PART} on): a table for {@link mayBeIn}.
 */
export function lengthsByOpening(words: Iterable<string>): Uint32Array {
  // Two parts: by the first two characters (128 × 128 entries), then by the last (128).
  const table = new Uint32Array(128 * 128 + 128);
  for (const w of words) {
    if (w.length < 2 || w.length > 31 || !/^[\x00-\x7f]+$/u.test(w) || w !== w.toLowerCase())
      throw new CopydeskError(
        'INTERNAL',
        `lengthsByOpening: not a lower-case ASCII word of 2 to 31 characters: ${w}`,
      );
    table[w.charCodeAt(0) * 128 + w.charCodeAt(1)]! |= 1 << w.length;
    table[LAST_PART + w.charCodeAt(w.length - 1)]! |= 1 << w.length;
  }
  return table;
}

/**
 * Can `text[start, end)` lower-cased be one of the words of `table`? A pre-filter that
 * cannot change an answer: it says no only when the first two characters are ASCII and
 * no word of the table opens with them (lowered) at this length. Lower-casing keeps an
 * ASCII character ASCII and one character one character, except U+0130 (İ), which becomes
 * two but never ASCII ones, and the Kelvin sign, which becomes "k" but is not ASCII
 * itself: a word whose lower-case form is an ASCII word of the table has that word's
 * length, and its first two characters are ASCII letters or marks that lower to the
 * word's first two (a non-ASCII first or second character makes it answer yes); so is
 * its last character, checked next against the table's words of that length.
 */
export function mayBeIn(table: Uint32Array, text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 2 || length > 31) return true;
  const c0 = text.charCodeAt(start);
  const c1 = text.charCodeAt(start + 1);
  if (c0 >= 128 || c1 >= 128) return true;
  if ((table[asciiLower(c0) * 128 + asciiLower(c1)]! & (1 << length)) === 0) return false;
  // The last character, by the same argument: an ASCII one lowers to the word's last.
  const last = text.charCodeAt(end - 1);
  return last >= 128 || (table[LAST_PART + asciiLower(last)]! & (1 << length)) !== 0;
}

/** Where the part of a {@link lengthsByOpening} table keyed by the last character starts. */
export const LAST_PART = 128 * 128;

/** How many words `text[start, end)` holds, counting no further than `limit`. */
export function countWords(text: string, start: number, end: number, limit: number): number {
  let n = 0;
  let i = start;
  while (i < end && n < limit) {
    if (!isWordChar(text.charCodeAt(i), text, i)) {
      i++;
      continue;
    }
    n++;
    i++;
    while (i < end && continuesWord(text.charCodeAt(i), text, i)) i++;
  }
  return n;
}

export interface CueMatch extends Span {
  readonly lemma: string;
  /** True for the unambiguous speech verbs and "according to". */
  readonly core: boolean;
}

/** Verbs that make a retort with "back": "shot back", "fired back", "hit back". */
export const BACK_VERBS: ReadonlySet<string> = new Set(['shot', 'shoots', 'fired', 'fires', 'hit', 'hits']);

/** The words that can open a cue other than "according to": see {@link cueAt}. */
const CUE_OPENERS: ReadonlySet<string> = new Set([
  ...BACK_VERBS,
  ...SPEECH_VERB_FORMS.keys(),
  ...PARTIAL_VERB_FORMS.keys(),
]);

/** A passive's auxiliary before a verb form ("are asked", "was told"). */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Words before a noun that looks like a verb ("the report", "his comments"). */
const NOUN_MARKERS: ReadonlySet<string> = new Set(
  'the a an his her their its our this that these those in of new such'.split(' '),
);
/** Does `w` end as a participle the passive test reads (/(?:ed|told|said|written)$/u)? */
export function endsAsParticiple(w: string): boolean {
  return w.endsWith('ed') || w.endsWith('told') || w.endsWith('said') || w.endsWith('written');
}
/** Does `w` end in an apostrophe, or an apostrophe and "s" (/['’]s?$/)? */
export function endsAsPossessive(w: string): boolean {
  let c = w.charCodeAt(w.length - 1);
  if (c === 115 && w.length >= 2) c = w.charCodeAt(w.length - 2);
  return c === 39 || c === 0x2019;
}

/** The words {@link cueAt} reads further, for {@link mayBeIn}. */
const OPENER_TABLE = lengthsByOpening(['according', ...CUE_OPENERS]);

/** Speech-verb cues of a stretch of words, in order; "according to" is one cue. */
export function cuesIn(words: readonly Word[]): CueMatch[] {
  const out: CueMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const cue = cueAt(words, i);
    if (cue) out.push(cue);
  }
  return out;
}

/** The cue that word `i` of `words` opens, if any ("according to" and "pointed out" take two words). */
export function cueAt(words: readonly Word[], i: number): CueMatch | null {
  const w = words[i]!;
  // Most words open no cue: their length and first letters rule them out before the
  // lower-case string is made (CUE_OPENERS and "according" are all this table holds).
  if (w instanceof ScannedWord && !w.mayBeIn(OPENER_TABLE)) return null;
  if (w.lower === 'according') {
    const next = words[i + 1];
    return next?.lower === 'to' ? { start: w.start, end: next.end, lemma: 'according to', core: true } : null;
  }
  // One look-up rules out most words: every test below needs one of these.
  if (!CUE_OPENERS.has(w.lower)) return null;
  // "shot back that …", "fired back": a retort.
  if (BACK_VERBS.has(w.lower) && words[i + 1]?.lower === 'back')
    return { start: w.start, end: words[i + 1]!.end, lemma: 'retort', core: true };
  const lemma = SPEECH_VERB_FORMS.get(w.lower) ?? PARTIAL_VERB_FORMS.get(w.lower);
  if (!lemma) return null;
  // A capitalised verb form after the first word is part of a name: "the United States".
  if (w.capitalized && i > 0) return null;
  // "point" speaks only as "pointed out" or, finite, "pointed to" (an argument made by
  // citing something; "pointing to the terrace" is a gesture); "continue" only before a
  // quote or comma.
  if (
    lemma === 'point' &&
    words[i + 1]?.lower !== 'out' &&
    !(words[i + 1]?.lower === 'to' && (w.lower === 'pointed' || w.lower === 'points'))
  )
    return null;
  // "mediators would continue to work", "continued fighting": an action going on, not
  // speech (whose subject would be read from the clause, "that mediators").
  if (
    lemma === 'continue' &&
    (words[i + 1]?.lower === 'to' || /^\p{Ll}{2,}ing$/u.test(words[i + 1]?.lower ?? ''))
  )
    return null;
  // "was quoted as saying": one cue, and a core one.
  if (w.lower === 'saying' && words[i - 1]?.lower === 'as' && words[i - 2]?.lower === 'quoted')
    return { start: words[i - 2]!.start, end: w.end, lemma: 'say', core: true };
  const prev = words[i - 1]?.lower;
  // A passive ("visitors are asked to", "he was told that") makes the subject the
  // listener, not the speaker.
  // Only a characterisation with its agent after it speaks for the agent ("was described
  // by coach Rahul Dravid as “…”").
  if (prev && PASSIVE_AUXILIARIES.has(prev) && endsAsParticiple(w.lower))
    return words[i + 1]?.lower === 'by' && PARTIAL_VERB_FORMS.has(w.lower)
      ? { start: w.start, end: w.end, lemma, core: false }
      : null;
  // Nouns that look like verbs: "the report", "a post", "the call", "his comments".
  if (prev && (NOUN_MARKERS.has(prev) || endsAsPossessive(prev))) return null;
  const end = lemma === 'point' && words[i + 1]!.lower === 'out' ? words[i + 1]!.end : w.end;
  return { start: w.start, end, lemma, core: CORE_VERB_FORMS.has(w.lower) };
}

/** Is `s` only punctuation and title words ("chief executive", "Kenyan runner", "Hamas official")? */
export function isTitleRun(s: string): boolean {
  // Split by hand on spaces and , ; : — – - (this runs for every cue and candidate name).
  let count = 0;
  let i = 0;
  // "boat owner", "barangay captain": up to two modifiers of any kind before an occupation
  // noun that ends the run.
  let modifiers = 0;
  let last = '';
  while (i < s.length) {
    while (i < s.length && isTitleSeparator(s.charCodeAt(i))) i++;
    if (i >= s.length) break;
    const from = i;
    while (i < s.length && !isTitleSeparator(s.charCodeAt(i))) i++;
    if (++count > 6) return false;
    last = s.slice(from, i);
    // ("Crew-9 commander": a number in a unit's name is a modifier too.)
    if (!isTitleWord(last) && (++modifiers > 2 || !/^(?:\p{Ll}+|\d+)$/u.test(last))) return false;
  }
  return modifiers === 0 || isPersonNoun(last.toLowerCase());
}

function isTitleSeparator(c: number): boolean {
  return (
    c === 32 ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 45 ||
    c === 0x2014 ||
    c === 0x2013 ||
    (c <= 13 && c >= 9) ||
    c === 0xa0 ||
    (c > 127 && /\s/u.test(String.fromCharCode(c)))
  );
}

function isTitleWord(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  const l = w.toLowerCase();
  return (
    l === 'of' ||
    l === 'the' ||
    TITLE_WORDS.has(l) ||
    Object.hasOwn(PERSON_ROLE_NOUNS, l) ||
    ORG_NOUNS.has(l) ||
    isDemonym(w) ||
    /^\p{Lu}/u.test(w)
  );
}

export type SpeakerPhraseKind = 'mention' | 'pronoun' | 'description' | 'name';

/** The words that name or point to a speaker, as written. */
export interface SpeakerPhrase extends Span {
  readonly kind: SpeakerPhraseKind;
  /** The referent, when the phrase is (or contains, for "Berg's office") a mention. */
  readonly referent: Referent | null;
  readonly text: string;
}

const AUXILIARIES =
  /(?:\s+(?:has|have|had|also|later|then|again|further|previously|reportedly|once|was|were|is|are|would|will|did|does|do|simply|only|just|quickly|repeatedly|bluntly|firmly|flatly|angrily|calmly|never|not|publicly|privately|separately|recently|earlier|told|being))+\s*$/iu;
const DAY_BEFORE_VERB =
  /\s+(?:(?:late |early )?on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last (?:week|month|year))(?:\s+(?:also|again))?$/u;
/**
 * An auxiliary, a subordinator, a speech verb or "that" opening a clause ("said in a
 * statement that the president") inside a candidate description makes it a clause.
 */
const CLAUSE_INSIDE =
  /\s(?:has|have|had|is|are|was|were|will|would|did|does|after|when|because|while|before|since|although|said|says|told|that\s+(?:the|a|an|his|her|its|their))\s/iu;
const DAY_LAST_WORD = /(?:day|week|month|year|also|again)$/u;
const AUXILIARY_WORDS: ReadonlySet<string> = new Set(
  'has have had also later then again further previously reportedly once was were is are would will did does do simply only just quickly repeatedly bluntly firmly flatly angrily calmly never not publicly privately separately recently earlier told being'.split(
    ' ',
  ),
);
export const POSSESSIVE_OF =
  /['’]s\s+(office|campaign|team|spokesman|spokeswoman|spokesperson|government|aides|ministry|administration|press office|press secretary|camp|representatives?|statement|staff)$/iu;
/**
 * Could {@link POSSESSIVE_OF} match `head`? Its last character must end one of the
 * pattern's nouns, in either case: e f m n p s t y (or "ſ", which the case-insensitive
 * pattern reads as "s"). No other character folds to these letters.
 */
export function mayEndPossessiveOf(head: string): boolean {
  const c = head.charCodeAt(head.length - 1);
  if (c === 0x17f) return true;
  const l = c | 32;
  return (
    c < 128 &&
    (l === 101 || l === 102 || l === 109 || l === 110 || l === 112 || l === 115 || l === 116 || l === 121)
  );
}

/**
 * Could {@link TRAILING_PRONOUN} match `head`? Its last character must end he, she, they,
 * we, i or it, in either case: e, y, i or t (no other character folds to these letters).
 */
export function mayEndInPronoun(head: string): boolean {
  const c = head.charCodeAt(head.length - 1);
  const l = c | 32;
  return c < 128 && (l === 101 || l === 121 || l === 105 || l === 116);
}

/** ", 54, a former nurse," (a thousands separator is no comma: "sold 300,000 copies"). */
const TRAILING_APPOSITIVE = /,\s*(?:[^,“”"«»]|(?<=\d),(?=\d{3})|[“"][^,“”"«»]{1,40}[”"]){1,110},\s*$/u;
export const TRAILING_PRONOUN = /(?:^|[\s,(])(he|she|they|we|i|it)$/iu;
const DETERMINER =
  /(?:^|[\s,(—])((?:the|a|an|his|her|their|its|one|another|two|three|four|several|some|many|other|both|senior|top|[\p{Lu}][\p{L}.'’-]*['’]s)\s+[^,.;:!?“”"«»()]{1,100})$/iu;
const PLURAL_WITH_PREP =
  /(?:^|[\s,(])((?:[\p{L}.'’-]+\s+){0,2}?([\p{L}-]+)\s+(?:at|for|of|from|with|in|outside|inside|near|across|around|(?:familiar|close|loyal|opposed|linked|connected|briefed|involved|based|working|near)\s+(?:to|with|on|in|at))\s+[^,.;:!?“”"«»()]{1,60})$/u;
/** The words that can stand between a plural head and its complement in {@link PLURAL_WITH_PREP}. */
const PREP_OF_PLURAL =
  /\s(?:at|for|of|from|with|in|outside|inside|near|across|around|familiar|close|loyal|opposed|linked|connected|briefed|involved|based|working)\s/u;
/**
 * Could {@link PLURAL_WITH_PREP} match a head whose {@link clauseTail} is `tail`? Its match
 * ends in a preposition (or "familiar with"…) between spaces, then spaces and characters
 * none of which is one of `,.;:!?“”"«»()`, to the end: so that word, with a space on each
 * side, stands in the tail. Testing for it first skips the end-anchored pattern (which is
 * tried from every position) on the many heads that cannot match; the answer is the same.
 */
function mayEndInPrepPhrase(tail: string): boolean {
  return PREP_OF_PLURAL.test(tail);
}
/** A determiner word or a possessive `'s` of {@link DETERMINER}, then a space. */
const DETERMINER_WORD =
  /(?:^|[\s—])(?:the|a|an|his|her|their|its|one|another|two|three|four|several|some|many|other|both|senior|top)\s|['’]s\s/iu;
/**
 * Could {@link DETERMINER} match a head whose {@link clauseTail} is `tail`? Its match is a
 * determiner (a word, or a possessive ending in `'s`) and spaces, then characters none of
 * which is one of `,.;:!?“”"«»()`, to the end: the determiner's word (or its `'s`) and the
 * space after it stand in the tail. The same answer, without the end-anchored search from
 * every position.
 */
function mayEndInDetermined(tail: string): boolean {
  return DETERMINER_WORD.test(tail);
}
/** What follows the last of `,.;:!?“”"«»()` in `s` (all of `s` when it has none). */
function clauseTail(s: string): string {
  let i = s.length;
  while (i > 0 && !isClausePunct(s.charCodeAt(i - 1))) i--;
  return i === 0 ? s : s.slice(i);
}
/** A character of `[,.;:!?“”"«»()]`, by its code. */
function isClausePunct(c: number): boolean {
  switch (c) {
    case 44:
    case 46:
    case 59:
    case 58:
    case 33:
    case 63:
    case 0x201c:
    case 0x201d:
    case 34:
    case 0xab:
    case 0xbb:
    case 40:
    case 41:
      return true;
    default:
      return false;
  }
}
const BARE_PLURAL = /(?:^|[\s,(])((?:[\p{L}.'’-]+\s+){0,3}([\p{L}-]+))$/u;
/** "one of them", "two of those", at the start of its clause. */
const PARTITIVE_END =
  /(?:^|[,;:—–]\s*|\b(?:and|but|while|yet)\s+)((?:one|two|three|some|several|many|most|each)\s+of\s+(?:them|those))$/iu;
/** A quantifier used as a subject, at the start of its clause. */
const QUANTIFIER_END = /(?:^|[,;:—–]\s*|\b(?:and|but|while|yet)\s+)(many|some|most|others|several)$/iu;
/** Is `s` a lone quantifier subject ("many", "Some")? */
export function isQuantifier(s: string): boolean {
  return /^(?:many|some|most|others|several|(?:one|two|three|some|several|many|most|each)\s+of\s+(?:them|those))$/iu.test(
    s,
  );
}
const OPENS_NO_SUBJECT =
  /^(?:with|and|but|as|while|of|for|by|from|to|among|although|though|because|whereas|since|unless|once|when|if)$/iu;
/** A lower-case -ing verb; the adjectives in -ing that head-modify a group are kept. */
const VERB_ING =
  /^(?!(?:leading|visiting|ruling|opposing|remaining|striking|working|governing|competing|fishing|farming|mining|founding|outgoing|incoming|ageing|aging|serving|sitting|neighbouring|neighboring|surviving|grieving)$)\p{Ll}{3,}ing$/u;
const QUANTIFIERS: ReadonlySet<string> = new Set(['many', 'some', 'most', 'others', 'several']);
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'bin', 'al', 'der', 'da']);
const LETTER = /\p{L}/u;
const isAsciiLetterCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** `[\p{L}-]` */
function isLetterOrHyphen(c: number, ch: string): boolean {
  return c < 128 ? isAsciiLetterCode(c) || c === 45 : LETTER.test(ch);
}
/** `[\p{L}'’.-]`: a character of a capitalised name's word. */
function isNameChar(c: number, ch: string): boolean {
  return c < 128 ? isAsciiLetterCode(c) || c === 45 || c === 39 || c === 46 : c === 0x2019 || LETTER.test(ch);
}
/** Where the longest suffix of `s` whose characters all pass `test` starts. */
function suffixStart(s: string, test: (c: number, ch: string) => boolean): number {
  let i = s.length;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (!test(c, c < 128 ? '' : s[i - 1]!)) break;
    i--;
  }
  return i;
}
const NAME_RUN =
  /(?:^|[\s,(])(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|van|von|bin|al|der|da)){0,3})$/u;

/** "79-year-old", "34-year-olds": an age used as a noun. */
export const AGE_NOUN = /^\d{1,3}-year-olds?$/u;

/** The words before which a description's head stands ("spokesman [for] the ministry"). */
export const HEAD_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'at',
  'with',
  'from',
  'in',
  'to',
  'on',
  'by',
]);

/** A word without a possessive `'s` (the pattern /['’]s$/ removed). */
function withoutPossessive(w: string): string {
  return w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w;
}

/** Can `w` head a speaker's description? ("The 79-year-old": an age stands for the person.) */
function headOk(w: string): boolean {
  return isPersonNoun(w) || isOrgNoun(w) || isPluralSpeakerNoun(w) || AGE_NOUN.test(w);
}

function headNounOk(phrase: string): boolean {
  const ws = phrase.toLowerCase().split(/[\s]+/);
  // The head comes before "of/for/at/with/from" or at the end (words read without a
  // possessive 's, as they are compared).
  let cut = -1;
  for (let i = 1; i < ws.length; i++)
    if (HEAD_PREPOSITIONS.has(withoutPossessive(ws[i]!))) {
      cut = i;
      break;
    }
  const head = withoutPossessive(cut > 0 ? ws[cut - 1]! : ws[ws.length - 1]!);
  // "two people familiar with the plans": the noun before an adjective heads it.
  return headOk(head) || (cut > 1 && headOk(withoutPossessive(ws[cut - 2]!)));
}

/**
 * Does `before` end in an indefinite or definite description headed by a person noun
 * ("A spokesman for the largest union", "the club's coach")?
 */
function personHeaded(before: string): boolean {
  const det = DETERMINER.exec(before.replace(/[“”"]/gu, ' '));
  if (!det) return false;
  const ws = det[1]!
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/, ''));
  const cut = ws.findIndex((w, i) => i > 0 && /^(of|for|at|with|from|in|to|on|by)$/.test(w));
  const head = cut > 0 ? ws[cut - 1]! : ws[ws.length - 1]!;
  return isPersonNoun(head);
}

/** Collective nouns for people that take a plural verb ("Some staff said"). */
const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'staff',
  'personnel',
  'crew',
  'crews',
  'faculty',
  'clergy',
]);

/** A plural noun naming people or organisations: "officials", "exporters", "fishermen", "associations". */
export function isPluralSpeakerNoun(lower: string): boolean {
  return (
    PLURAL_ROLE_NOUNS.has(lower) ||
    GROUP_NOUNS.has(lower) ||
    singularPersonNoun(lower) !== null ||
    singularOrgNoun(lower) !== null
  );
}

/**
 * Is `head` (as written, the last word of `run`) a plural speaker noun? A capitalised one
 * counts only when no capitalised word stands before it ("Engineers at the site" yes,
 * "Bernie Sanders" no: a name).
 */
function pluralHead(run: string, head: string): boolean {
  const lower = head.toLowerCase();
  if (PLURAL_ROLE_NOUNS.has(lower)) return true;
  if (!isPluralSpeakerNoun(lower)) return false;
  if (!/^\p{Lu}/u.test(head)) return true;
  const before = run.slice(0, run.lastIndexOf(head)).trim();
  return before === '' || !/\p{Lu}/u.test(before);
}

/**
 * A description of a speaker: a determiner or possessive, at most eight words, and a
 * person or organisation noun at its head ("the brewery's director", "one visitor").
 */
export function isDescriptionRun(s: string): boolean {
  const phrase = s.replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/gu, '');
  if (phrase.length === 0 || /[,;:“”"«»()]/u.test(phrase)) return false;
  const ws = phrase.split(/\s+/);
  if (ws.length > 8) return false;
  if (!/^(?:the|a|an|his|her|their|its|one|another|[\p{L}.-]+['’]s?)$/iu.test(ws[0]!)) return false;
  return headNounOk(phrase);
}

/** Two names of one type joined by "and" ending at `o`: "Microsoft and OpenAI". */
function coordinated(text: string, floor: number, o: Occurrence, index: ReferentIndex): SpeakerPhrase | null {
  const m = /,?\s+(?:and|&)\s+$/u.exec(text.slice(Math.max(floor, o.start - 8), o.start));
  if (!m) return null;
  const p = occurrenceEndingAt(index, o.start - m[0].length);
  if (!p || p.start < floor || p.referent.type !== o.referent.type || p.referent === o.referent) return null;
  return { start: p.start, end: o.end, kind: 'name', referent: null, text: text.slice(p.start, o.end) };
}

/**
 * A person right before "of/at/from (the) ORG": the speaker a description of place completes
 * — after an age too ("Rick Sandoval, 52, of Tulare County"), and with the organisation's
 * seat before it ("Wanjiru Kamau of the Nairobi-based Centre for Fiscal Studies").
 */
function personBeforeOrg(
  text: string,
  floor: number,
  o: Occurrence,
  index: ReferentIndex,
): SpeakerPhrase | null {
  if (o.referent.type === 'person') return null;
  const m = PERSON_OF.exec(text.slice(Math.max(floor, o.start - 40), o.start));
  if (!m) return null;
  const p = occurrenceEndingAt(index, o.start - m[0].length);
  if (p?.referent.type !== 'person' || p.start < floor) return null;
  return {
    start: p.start,
    end: p.end,
    kind: 'mention',
    referent: p.referent,
    text: text.slice(p.start, p.end),
  };
}

/**
 * "Co-leader of the Social Democrats Lars Klingbeil": a person named right after an
 * organisation (no comma between) is titled by it; the name heads the phrase and the
 * preposition before the organisation belongs to the title.
 */
function titledByOrganisation(text: string, floor: number, o: Occurrence, index: ReferentIndex): boolean {
  if (o.referent.type !== 'person') return false;
  let end = o.start;
  while (end > floor && text.charCodeAt(end - 1) === 32) end--;
  if (end === o.start) return false;
  return occurrenceEndingAt(index, end)?.referent.type === 'organization';
}

const PERSON_OF = /(?:,\s*\d{1,3})?,?\s+(?:of|at|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’]*-based\s+)?$/u;

/** Does `before` end in "of/for/at … (the) [modifier] ORG-NOUN " ("of the logistics company ")? */
function orgNounBefore(before: string): boolean {
  const m = /\b(?:of|for|at|from|with)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+$/u.exec(
    before,
  );
  return m !== null && isOrgNoun(m[1]!);
}

/** The occurrence ending exactly at `end` (after trailing spaces), if any. */
function occurrenceEndingAt(index: ReferentIndex, end: number): Occurrence | undefined {
  const list = index.occurrences;
  const o = list[partitionPoint(list.length, (i) => list[i]!.end < end)];
  return o && o.end === end ? o : undefined;
}

function occurrenceStartingAt(index: ReferentIndex, start: number): Occurrence | undefined {
  const list = index.occurrences;
  const o = list[partitionPoint(list.length, (i) => list[i]!.start < start)];
  return o && o.start === start ? o : undefined;
}

/**
 * The speaker phrase that ends right before `end` (the cue), looking no further back
 * than `floor`. Skips auxiliaries ("has also said") and an appositive ("Berg, 54, said").
 */
export function speakerBefore(
  text: string,
  floor: number,
  end: number,
  index: ReferentIndex,
): SpeakerPhrase | null {
  // A speaker phrase is short: looking back 160 characters bounds the regex work.
  let from = Math.max(floor, end - MAX_LOOKBACK);
  // Start on a word boundary, never inside a word.
  if (from > floor) while (from < end && !isSpaceCodeAt(text, from - 1)) from++;
  let head = text.slice(from, end).trimEnd();
  // Only a head ending in an auxiliary or adverb can lose one (the pattern searches from
  // every position, so it runs only then).
  if (AUXILIARY_WORDS.has(head.slice(suffixStart(head, isAsciiLetterCode)).toLowerCase()))
    head = head.replace(AUXILIARIES, '');
  // "Margus Tsahkna on Thursday urged …": a day between the subject and its verb.
  // (End-anchored: tried only when the last word could end a match.)
  const day = DAY_LAST_WORD.test(head.slice(-7)) ? DAY_BEFORE_VERB.exec(head) : null;
  if (day) head = head.slice(0, day.index).replace(AUXILIARIES, '');
  // "Lula used his speech to call …", "Vance took to social media to accuse …": the
  // subject of "used … to" is the cue's.
  const used = head.endsWith(' to') ? USED_TO.exec(head) : null;
  if (used) head = head.slice(0, used.index).replace(AUXILIARIES, '');
  return phraseEndingAt(text, from, head, index, true);
}

/** "used his speech to", "took to social media to", "seized the moment to" before a cue. */
const USED_TO =
  /\s+(?:used|uses|took|takes|seized|seizes)\s+(?:to\s+)?(?:(?:his|her|their|its|the|a|an|this)\s+)?[^,.;:“”"]{1,60}?\s+to$/u;

const MAX_LOOKBACK = 160;
/** `\s` at `text[i]` (ASCII answered without a pattern). */
function isSpaceCodeAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/u.test(text[i]!);
}
/** An appositive that is a clause about the subject ("in his first season …", "who …"). */
const APPOSITIVE_CLAUSE =
  /^(?:in|after|before|since|who|whose|which|having|at|on|during|despite|while|when|until|following)\s/u;
/**
 * "Yulia Navalnaya, the widow of … Alexei Navalny, said": a relative, friend or proxy
 * "of / to / for" someone, in an appositive: the name after it is the relation's other
 * person, never the speaker.
 */
const RELATION_OF =
  /\b(?:widow|widower|wife|husband|son|daughter|mother|father|brother|sister|niece|nephew|cousin|grandson|granddaughter|grandmother|grandfather|fianc[eé]e?|girlfriend|boyfriend|partner|friend|lawyer|attorney|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|assistant|biographer)s?\s+(?:of|to|for)\s/iu;
/**
 * "a frequent critic of Sinner", "chaired by Professor Dimie Ogoina": a name after a
 * preposition (and perhaps a title) in an appositive is its complement, never the speaker.
 */
const COMPLEMENT_BEFORE = /\b(?:of|for|to|with|against|by|from)\s+(?:\p{Lu}[\p{L}.]*\s+)?$/u;

/** A name opening a clause (after a title or a possessive), then ", who": see {@link relativeAntecedent}. */
const OPENING_RELATIVE = /^(\s*)([^,.;:“”"]{1,80}),\s+who\s/u;

/**
 * The person a relative clause opening the speaker's stretch is about: "Rory Blake, who …,
 * said" (the relative and anything after it, commas and names included, up to the cue).
 * Only a person's mention that ends the words before ", who", with at most capitalised
 * title words or a possessive before it ("Australia's Nick Kyrgios, who …").
 */
function relativeAntecedent(
  text: string,
  floor: number,
  head: string,
  index: ReferentIndex,
): SpeakerPhrase | null {
  const m = OPENING_RELATIVE.exec(head);
  if (!m) return null;
  const subjectStart = floor + m[1]!.length;
  const o = occurrenceEndingAt(index, subjectStart + m[2]!.length);
  if (o?.referent.type !== 'person' || o.start < subjectStart) return null;
  const lead = text.slice(subjectStart, o.start);
  if (!/^(?:\p{Lu}[\p{L}.'’-]*(?:['’]s)?\s+)*$/u.test(lead)) return null;
  return {
    start: o.start,
    end: o.end,
    kind: 'mention',
    referent: o.referent,
    text: text.slice(o.start, o.end),
  };
}

/**
 * " in Atlanta", " from Lyon", " of Desjardins": a capitalised place, or an organisation
 * the tagger did not call one, after a name (and its age: "Rick Sandoval, 52, of Tulare
 * County"), at the end of the subject.
 */
const PLACE_AFTER_NAME =
  /(?:,\s*\d{1,3},)?\s+(?:in|from|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;
const TITLE_BEFORE =
  /\b(?:Governor|Minister|Secretary|Chancellor|President|Director|Chairman|Chairwoman|Chair|Commissioner|Ambassador|Mayor|Spokesman|Spokeswoman|Spokesperson|spokesman|spokeswoman|spokesperson|Chief|Executive|CEO|Head|Leader|Councillor|Senator|Representative)\s+$/u;

/** A determiner and up to three lower-case words or ages before a nationality: "The 42-year-old ". */
const DESCRIBED_DEMONYM = /(?:^|[\s,(—])((?:the|a|an)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){1,3})$/iu;

function phraseEndingAt(
  text: string,
  floor: number,
  head: string,
  index: ReferentIndex,
  allowAppositive: boolean,
): SpeakerPhrase | null {
  const end = floor + head.length;
  if (head.length === 0) return null;
  const poss = mayEndPossessiveOf(head) ? POSSESSIVE_OF.exec(head) : null;
  if (poss) {
    const o = occurrenceEndingAt(index, end - poss[0].length);
    if (o)
      return { start: o.start, end, kind: 'mention', referent: o.referent, text: text.slice(o.start, end) };
  }
  const o = occurrenceEndingAt(index, end);
  // "a spokesman for the Foreign Ministry": the mention is inside a description.
  // "Bank of England Governor Andrew Bailey": a title word right before the name makes
  // the name the head, not part of the description.
  const insideDescription =
    o &&
    (/\b(?:of|for|at|from|with|in|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(
      text.slice(Math.max(floor, o.start - 40), o.start),
    ) ||
      // "A former employee of the logistics company TransAlpine": a common noun naming
      // the organisation stands between the preposition and the name.
      orgNounBefore(text.slice(Math.max(floor, o.start - 40), o.start))) &&
    !(
      o.referent.type === 'person' && TITLE_BEFORE.test(text.slice(Math.max(floor, o.start - 30), o.start))
    ) &&
    !titledByOrganisation(text, floor, o, index);
  // "Kevin Oduya in Atlanta said": a place after the person says where they are;
  // "Julie Tremblay of Desjardins said": whom they work for.
  if (!o) {
    const place = PLACE_AFTER_NAME.exec(head);
    const person = place ? occurrenceEndingAt(index, end - place[0].length) : undefined;
    if (person && person.referent.type === 'person')
      return {
        start: person.start,
        end: person.end,
        kind: 'mention',
        referent: person.referent,
        text: text.slice(person.start, person.end),
      };
  }
  // "Chukwuemeka Obi of the Lagos Business School": the person, not the organisation.
  const owner = o ? personBeforeOrg(text, floor, o, index) : null;
  if (owner) return owner;
  // "Microsoft and OpenAI said": two names joined are one speaker, as written.
  const pair = o && !insideDescription ? coordinated(text, floor, o, index) : null;
  if (pair) return pair;
  if (o && !insideDescription)
    return {
      start: o.start,
      end: o.end,
      kind: 'mention',
      referent: o.referent,
      text: text.slice(o.start, o.end),
    };
  if (allowAppositive && head.endsWith(',')) {
    const app = TRAILING_APPOSITIVE.exec(head);
    if (app) {
      // "The club's chairman, Richard Hall, said": the appositive is the name.
      const appositive = app[0].replace(/^,\s*/u, '').replace(/,\s*$/u, '');
      const innerEnd = end - (app[0].length - app[0].replace(/,\s*$/u, '').length);
      const named = occurrenceEndingAt(index, innerEnd);
      const owner = named ? personBeforeOrg(text, innerEnd - appositive.length, named, index) : null;
      if (owner) return owner;
      // A name that is the whole appositive, or a person ending it ("a cleaner named NAME");
      // in "NAME, founder of the agency Blue Hour Live, said" the organisation completes a
      // description of NAME, who speaks.
      const appStart = innerEnd - appositive.length;
      // "A witness, who gave her name only as Anja, told …", "A student, who asked to be
      // identified only by her first name, Madison, said": the name the speaker gave.
      const given = givenName(appositive, head.slice(0, head.length - app[0].length));
      if (given) {
        const s = innerEnd - given.length;
        return { start: s, end: innerEnd, kind: 'name', referent: null, text: given };
      }
      // "A spokesman for the largest union, the Scottish Teachers Association, said": an
      // organisation in apposition to a person's description names whom the person speaks
      // for; the person (the description) is the speaker.
      const forOrganisation =
        named !== undefined &&
        named.referent.type !== 'person' &&
        personHeaded(head.slice(0, head.length - app[0].length));
      // "Arne Slot, in his first season after succeeding Jürgen Klopp, said": an
      // appositive that opens with a preposition or a relative word is a clause about the
      // subject before it, and a name inside it is that clause's object, never the speaker.
      const clause = APPOSITIVE_CLAUSE.test(appositive);
      const related =
        named !== undefined &&
        (RELATION_OF.test(text.slice(appStart, named.start)) ||
          COMPLEMENT_BEFORE.test(text.slice(appStart, named.start)));
      if (
        named &&
        !forOrganisation &&
        !clause &&
        !related &&
        (/^(?:the\s+)?$/iu.test(text.slice(appStart, named.start)) ||
          (named.start > appStart && named.referent.type === 'person'))
      ) {
        return {
          start: named.start,
          end: named.end,
          kind: 'mention',
          referent: named.referent,
          text: text.slice(named.start, named.end),
        };
      }
      // "Rory Blake, who had a drink thrown at his wife, Erica, during play, said": a
      // relative clause on the opening name runs to the cue, whatever names it holds.
      const antecedent = relativeAntecedent(text, floor, head, index);
      if (antecedent) return antecedent;
      // "Marisol Vega, 34, who had waited …, said": the age after the name is part of it.
      const before = head.slice(0, head.length - app[0].length);
      const age = /,\s*\d{1,3}$/u.exec(before);
      const inner = phraseEndingAt(text, floor, age ? before.slice(0, age.index) : before, index, false);
      if (inner) return inner;
    }
    return null;
  }
  const pron = mayEndInPronoun(head) ? TRAILING_PRONOUN.exec(head) : null;
  if (pron) {
    const s = end - pron[1]!.length;
    return { start: s, end, kind: 'pronoun', referent: null, text: pron[1]! };
  }
  // "“…,” a woman who had fled to the city told Reuters": a description of a person, then
  // a relative clause on it; the description is the speaker.
  const relative = head.includes(' who ') ? RELATIVE_DESCRIPTION.exec(head) : null;
  if (relative && isPersonNoun(lastWordOf(relative[1]!)) && headNounOk(relative[1]!)) {
    const start = floor + relative.index + relative[0].indexOf(relative[1]!);
    return {
      start,
      end: start + relative[1]!.length,
      kind: 'description',
      referent: null,
      text: relative[1]!,
    };
  }
  // A quoted title inside a description ('Critics of the so-called "growth plan"') is part
  // of it ('The publisher of "La Longue Nuit"'): the marks read as spaces.
  const unquoted = head.replace(/[“”"]/gu, ' ');
  const tail = clauseTail(unquoted);
  const withPrep = mayEndInPrepPhrase(tail) ? PLURAL_WITH_PREP.exec(unquoted) : null;
  const pluralWithPrep = withPrep && pluralHead(withPrep[1]!, withPrep[2]!) ? withPrep[1]! : null;
  const det = mayEndInDetermined(tail) ? DETERMINER.exec(unquoted) : null;
  // "Analysts at one Wall Street bank", "Fishermen in the province of X": the determiner
  // phrase is the complement of a plural head that starts before it.
  if (det && pluralWithPrep && pluralWithPrep.length > det[1]!.length)
    return {
      start: end - pluralWithPrep.length,
      end,
      kind: 'description',
      referent: null,
      text: text.slice(end - pluralWithPrep.length, end),
    };
  if (det) {
    // Try every determiner start from the longest phrase to the shortest.
    const phrase = det[1]!;
    const starts = [0];
    for (const m of phrase.matchAll(/\s(?=(?:the|a|an|his|her|their|its|some|many|several|most)\s)/giu))
      starts.push(m.index + 1);
    for (const s of starts) {
      const sub = phrase.slice(s);
      // "The headteacher has defended the ban after some parents": a clause, not a noun
      // phrase — a shorter start ("some parents") is the subject.
      if (s < phrase.length && starts.length > 1 && CLAUSE_INSIDE.test(sub)) continue;
      if (headNounOk(sub) && sub.split(/\s+/).length <= 12) {
        const start = end - sub.length;
        const inner = occurrenceEndingAt(index, end);
        return {
          start,
          end,
          kind: 'description',
          referent: inner?.referent ?? null,
          text: text.slice(start, end),
        };
      }
    }
  }
  if (pluralWithPrep)
    return {
      start: end - pluralWithPrep.length,
      end,
      kind: 'description',
      referent: null,
      text: text.slice(end - pluralWithPrep.length, end),
    };
  // The end-anchored patterns below search from every position: each runs only when the
  // word ending `head` could end its match (the same results, much less work).
  const tailWord = head.slice(suffixStart(head, isLetterOrHyphen)).toLowerCase();
  const bare =
    tailWord !== '' &&
    (PLURAL_ROLE_NOUNS.has(tailWord) ||
      isPluralSpeakerNoun(tailWord) ||
      Object.hasOwn(PERSON_ROLE_NOUNS, tailWord))
      ? BARE_PLURAL.exec(head)
      : null;
  if (bare && (pluralHead(bare[1]!, bare[2]!) || Object.hasOwn(PERSON_ROLE_NOUNS, bare[2]!.toLowerCase()))) {
    // "officials said", "U.S. officials said", "Police said", "Spokesman John Doe"
    let phrase = bare[1]!;
    const ws = phrase.split(/\s+/);
    // After a comma or at the start, the whole run is the subject: ", market leaders said".
    const lead = head.slice(0, head.length - phrase.length).trimEnd();
    const clauseStart = lead === '' || /[,;:—–]$/u.test(lead);
    // ", with one calling it …", ", angering residents who said …": a preposition, a
    // conjunction or a participle opens no subject.
    const shifted = ws.length;
    while (ws.length > 1 && (OPENS_NO_SUBJECT.test(ws[0]!) || VERB_ING.test(ws[0]!))) ws.shift();
    while (
      !clauseStart &&
      ws.length > 1 &&
      !/^\p{Lu}/u.test(ws[0]!) &&
      !/^(senior|top|local|western|foreign|military|government|other|two|three|several|many)$/i.test(ws[0]!)
    )
      ws.shift();
    phrase = ws.join(' ');
    if (pluralHead(phrase, bare[2]!) || ws.length > 1 || (ws.length < shifted && /^one$/iu.test(phrase))) {
      return { start: end - phrase.length, end, kind: 'description', referent: null, text: phrase };
    }
  }
  // "…; one of them, who asked not to be named, said": a member of a group named before.
  const lastLetters = head.slice(suffixStart(head, isAsciiLetterCode)).toLowerCase();
  const partitive = lastLetters === 'them' || lastLetters === 'those' ? PARTITIVE_END.exec(head) : null;
  if (partitive)
    return {
      start: end - partitive[1]!.length,
      end,
      kind: 'description',
      referent: null,
      text: partitive[1]!,
    };
  // "…, but many say", "Some said": a quantifier standing for a group named before.
  const quantifier = QUANTIFIERS.has(lastLetters) ? QUANTIFIER_END.exec(head) : null;
  if (quantifier)
    return {
      start: end - quantifier[1]!.length,
      end,
      kind: 'description',
      referent: null,
      text: quantifier[1]!,
    };
  const nameTail = head.slice(suffixStart(head, isNameChar));
  const name =
    nameTail !== '' && (UPPER.test(nameTail[0]!) || NAME_PARTICLES.has(nameTail))
      ? NAME_RUN.exec(head)
      : null;
  if (name) {
    const run = name[1]!;
    const first = run.split(/\s+/)[0]!.toLowerCase();
    if (
      !(first in PRONOUNS) &&
      !/^(The|A|An|But|And|In|On|At|It|This|That|When|While|After|Before|As|If|So)$/.test(run) &&
      !SENTENCE_ADVERBS.has(run)
    ) {
      const ws = run.split(/\s+/);
      // Drop leading title words: "Defence Minister Berg" → "Berg".
      // "Chief Financial Officer Colette Kress": the title's words, "Chief" included even
      // when the four-word run began after it.
      const chiefBefore = /\bChief\s+$/u.test(head.slice(0, head.length - run.length));
      const chief = chiefOfficerLength(chiefBefore ? ['Chief', ...ws] : ws);
      const cut = chiefBefore ? chief - 1 : chief;
      if (chief > 0 && cut < ws.length) ws.splice(0, cut);
      while (ws.length > 1 && (TITLE_WORDS.has(ws[0]!.toLowerCase()) || INSTITUTION_TITLE_END.test(ws[0]!)))
        ws.shift();
      const trimmed = ws.join(' ');
      // "… cut rates on Wednesday, its first cut in four years, saying …": a day is no one.
      if (CALENDAR_WORD.test(trimmed)) return null;
      // "The 42-year-old Zimbabwean told reporters": a nationality heads a description of a
      // person, with its determiner and the lower-case words between.
      if (ws.length === 1 && isDemonym(trimmed)) {
        const before = end - trimmed.length;
        const described = DESCRIBED_DEMONYM.exec(text.slice(Math.max(floor, before - 40), before));
        if (described) {
          const start = before - described[1]!.length;
          return { start, end, kind: 'description', referent: null, text: text.slice(start, end) };
        }
      }
      return { start: end - trimmed.length, end, kind: 'name', referent: null, text: trimmed };
    }
  }
  return null;
}

/** Sentence adverbs: capitalised when they open a sentence ("However, …"), never a speaker. */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(
  'However Meanwhile Still Instead Nevertheless Nonetheless Separately Afterwards Later Earlier Yet Then'.split(
    ' ',
  ),
);

/** An appositive giving the name an unnamed speaker went by: "who gave her name only as Anja". */
const GAVE_NAME_AS =
  /^(?:who\s+)?(?:gave|giving|would\s+give)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name(?:\s+only)?\s+as\s+(\p{Lu}[\p{L}'’-]+)$/u;
/** The words before an appositive that is the name itself: "… by her first name, Madison". */
const NAME_ONLY_BEFORE =
  /\b(?:only\s+(?:as|by)\s+(?:his|her|their)\s+(?:first\s+)?name|(?:his|her|their)\s+first\s+name)$/u;
const ONE_NAME = /^\p{Lu}[\p{L}'’-]+$/u;

/**
 * The one name an unnamed speaker gave, from the appositive after the description and
 * the text before the appositive; null when the appositive gives none.
 */
function givenName(appositive: string, before: string): string | null {
  const gave = GAVE_NAME_AS.exec(appositive);
  if (gave) return gave[1]!;
  return ONE_NAME.test(appositive) && NAME_ONLY_BEFORE.test(before.trimEnd()) ? appositive : null;
}

/** An indefinite description of up to four words, then "who" and its clause, to the end. */
const RELATIVE_DESCRIPTION =
  /(?:^|[\s,(—])((?:a|an|one)\s+(?:[\p{Ll}\d-]+\s+){0,3}?[\p{Ll}-]+)\s+who\s+[^,;:.!?“”"«»()]{1,80}$/u;

/** The last word of a phrase, lower-cased. */
function lastWordOf(phrase: string): string {
  return phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();
}

/** Days and months: capitalised, never a speaker. */
export const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/u;

/** A participle's clause opening a sentence: "Accepting the award, ", "Speaking in Tirana, ". */
const OPENING_PARTICIPLE =
  /^\p{Lu}\p{Ll}{2,}ing\s+(?:the|a|an|his|her|their|its|on|in|at|to|for|with|from|after|before|during|outside|about)\s[^,.;:!?“”"«»]{1,80},\s+/u;

/**
 * The length of a participle's clause opening the text at `start` (0 when there is none).
 * Read only where a capitalised word in -ing opens it.
 */
export function openingParticiple(text: string, start: number, ceiling: number): number {
  const c = text.charCodeAt(start);
  if (c < 65 || c > 90) return 0;
  const m = OPENING_PARTICIPLE.exec(text.slice(start, Math.min(ceiling, start + 120)));
  return m ? m[0].length : 0;
}

const AFTER_PRONOUN = /^\s*(he|she|they|we|I|him|her|them)\b/u;
const OPENING_PRONOUN = /^\s*(He|She|They|We)\b/u;

/**
 * The subject of a sentence that opens with a capitalised pronoun ("He also promised …,
 * saying …", "She apologised and said …"), else what {@link speakerAfter} finds there.
 */
/** "In Kyiv, ", "In New York, ", "At the Vatican, ": a place's phrase opening a sentence. */
const OPENING_PLACE = /^(?:In|At)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},\s+/u;

/**
 * The length of a place's phrase opening the text at `start` ("In Kyiv, "), 0 when there
 * is none. Read only where "In" or "At" opens it.
 */
export function openingPlace(text: string, start: number, ceiling: number): number {
  if (text.charCodeAt(start + 1) !== 110 && text.charCodeAt(start + 1) !== 116) return 0;
  return OPENING_PLACE.exec(text.slice(start, Math.min(ceiling, start + 60)))?.[0].length ?? 0;
}

/**
 * A time phrase opening a sentence before its subject: "Two days later ", "Hours later, ",
 * "On Monday ", "late on Friday". None of its words is a speaker ("Two").
 */
const OPENING_TIME =
  /^(?:(?:(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A|Several|A\s+few|\d{1,3})\s+(?:minutes?|hours?|days?|weeks?|months?|years?)|Minutes|Hours|Days|Weeks|Months|Years)\s+(?:later|earlier|afterwards)\b,?\s+|(?:(?:Late|Early|Later)\s+on\s+|[Oo]n\s+)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?,?\s+)/u;
/** A capitalised word and a comma: a sentence adverb when {@link SENTENCE_ADVERBS} has it. */
const OPENING_WORD = /^(\p{Lu}\p{Ll}+),\s+/u;

/**
 * The length of the sentence adverbs ("However, ") and time phrases opening the text at
 * `start` (0 when there are none): "However, on Monday he said …" opens with two.
 */
export function openingAdverbial(text: string, start: number, ceiling: number): number {
  let at = start;
  for (let k = 0; k < 2; k++) {
    const c = text.charCodeAt(at);
    // Capitalised, or "on" after a first adverbial ("However, on Monday").
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (k > 0 && c === 111))) break;
    const slice = text.slice(at, Math.min(ceiling, at + 60));
    const word = OPENING_WORD.exec(slice);
    const m = word && SENTENCE_ADVERBS.has(word[1]!) ? word : OPENING_TIME.exec(slice);
    if (!m) break;
    at += m[0].length;
  }
  return at - start;
}

/**
 * What opens a sentence before its subject: a participle's clause ("Accepting the award,
 * Panahi urged …"), then sentence adverbs and time phrases ("Two days later Southgate
 * announced …").
 */
export function openingLead(text: string, start: number, ceiling: number): number {
  const participle = openingParticiple(text, start, ceiling);
  return participle + openingAdverbial(text, start + participle, ceiling);
}

export function openingSpeaker(
  text: string,
  start: number,
  ceiling: number,
  index: ReferentIndex,
): SpeakerPhrase | null {
  // "Accepting the award, Panahi urged …": the subject stands after the participle's clause;
  // "However, on Monday he said …": after the adverbs.
  start += openingLead(text, start, ceiling);
  // "In Kyiv, Foreign Minister Dmytro Kuleba thanked …": the subject stands after the place.
  start += openingPlace(text, start, ceiling);
  const c = text.charCodeAt(start);
  // "He", "She", "They", "We" (tested by their first letter before the pattern).
  if (c === 72 || c === 83 || c === 84 || c === 87) {
    const pron = OPENING_PRONOUN.exec(text.slice(start, Math.min(ceiling, start + 6)));
    if (pron) return { start, end: start + pron[1]!.length, kind: 'pronoun', referent: null, text: pron[1]! };
  }
  return speakerAfter(text, start, ceiling, index);
}
const AFTER_DESCRIPTION =
  /^\s*((?:the|a|an|his|her|their|its|one|another|two|several|senior|top)\s+[^,.;:!?“”"«»()]{1,100}?)(?=\s+(?:on|in|at|during|after|before|when|while|who|which|that|last|this|late|early|yesterday|today|told|to)\b|[,.;:!?“”"«»()]|$)/iu;
/**
 * Up to three words at the start of `tail` ending in a plural speaker noun ("hotel owners",
 * "local farm groups"): [the run with its leading spaces, the run, the noun].
 */
function afterPlural(tail: string): [string, string, string] | null {
  const m = /^\s*((?:[\p{L}.'’-]+)(?:\s+[\p{L}.'’-]+){0,2})/u.exec(tail);
  if (!m) return null;
  const ws = m[1]!.split(/\s+/);
  // "…, pointing out that doctors had received …": "that" after a cue opens the reported
  // clause, whose subject is no speaker.
  if (/^(?:that|whether|if|how|why)$/iu.test(ws[0]!)) return null;
  const leading = m[0].length - m[1]!.length;
  // "according to Indian officials.": the sentence's full stop ends the noun, not the word.
  const last = ws.length - 1;
  if (ws[last]!.endsWith('.') && !ws[last]!.slice(0, -1).includes('.')) ws[last] = ws[last]!.slice(0, -1);
  for (let k = 0; k < ws.length; k++) {
    if (!pluralHead(ws.slice(0, k + 1).join(' '), ws[k]!)) continue;
    // "Police unions", "Police officers": a plural noun heading a compound is its modifier.
    if (k + 1 < ws.length && isPluralSpeakerNoun(ws[k + 1]!.toLowerCase())) k++;
    const run = ws.slice(0, k + 1).join(' ');
    return [tail.slice(0, leading + run.length), run, ws[k]!];
  }
  return null;
}

/** A person named in apposition right after `from` (", Hannah Price,"), within the clause. */
function appositiveName(
  text: string,
  from: number,
  ceiling: number,
  index: ReferentIndex,
): SpeakerPhrase | null {
  const m = /^,\s*/u.exec(text.slice(from, ceiling));
  if (!m) return null;
  const o = occurrenceStartingAt(index, from + m[0].length);
  if (o?.referent.type !== 'person' || o.end > ceiling) return null;
  if (!/^\s*(?:[,.;:!?—–]|$)/u.test(text.slice(o.end, Math.min(ceiling, o.end + 2)))) return null;
  return {
    start: o.start,
    end: o.end,
    kind: 'mention',
    referent: o.referent,
    text: text.slice(o.start, o.end),
  };
}
const AFTER_NAME =
  /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,5}?)(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|(?:de|van|von|bin|al|der|da)(?![\p{L}'’.-]))){0,3})/u;

const INDEFINITE = /^(?:a|an|one|another)\s/iu;
/** " at the finance ministry", " at Deutsche Bank": a place of work after a description. */
/** "who gave her name only as Ursula", "identified only as Rami": the name an unnamed speaker gave. */
const GIVEN_NAME =
  /^\s*,?\s*(?:who (?:gave|would give) (?:his|her|their) (?:first )?name (?:only )?as|(?:identified|named) only as|who asked to be (?:identified|named) only as)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;
/** Where an unnamed speaker stood: "a man at the back of the hall", "a woman at the scene". */
const SCENE_NOUNS: ReadonlySet<string> = new Set(
  'hall room scene meeting rally site market hearing protest vigil funeral square gate gates entrance queue crowd courthouse'.split(
    ' ',
  ),
);
const WORKPLACE = /^\s+at\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?([\p{L}'’-]+)(?=[,.;:!?“”"]|\s*$)/u;

/** The characters of `[,.;:!?“”"]`, as codes. */
const AFTER_NAME_STOP: ReadonlySet<number> = new Set([...',.;:!?“”"'].map((c) => c.charCodeAt(0)));

/** The lower-cased word right after `at` (past spaces), or "". */
function wordAfterSpan(text: string, at: number): string {
  return /^\s+([\p{L}-]+)/u.exec(text.slice(at, at + 30))?.[1]?.toLowerCase() ?? '';
}

/** A full stop after a lone capital ("U.S.", "J. Smith"): an initial's, not a sentence's. */
function isInitialDot(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 46) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 65 || c > 90) return false;
  return i < 2 || text.charCodeAt(i - 2) === 46 || isSpaceCodeAt(text, i - 2);
}

/** The speaker phrase right after a cue (`said Berg`, `said the minister`, `said he`). */
export function speakerAfter(
  text: string,
  start: number,
  ceiling: number,
  index: ReferentIndex,
): SpeakerPhrase | null {
  const tail = text.slice(start, ceiling);
  const lead = /^\s*/u.exec(tail)![0].length; // Title words before a name: "said Defence Minister Anna Berg", "said government spokeswoman Sophie Primas".
  // How far the text from the first word on is known to hold no clause mark (read once,
  // word by word, instead of testing the whole stretch again before every word).
  let clean = start + lead;
  for (const w of wordsIn(text, start + lead, Math.min(ceiling, start + lead + 80), 7)) {
    const o = occurrenceStartingAt(index, w.start);
    if (o && o.end <= ceiling) {
      if (!isTitleRun(text.slice(start, o.start))) break;
      // "according to Indian officials", "according to Altoona police": a nationality or a
      // place before a plural speaker noun is part of a description of them, read below.
      if (
        (o.referent.type === 'misc' || o.referent.type === 'location') &&
        isPluralSpeakerNoun(wordAfterSpan(text, o.end))
      )
        break;
      // "said the founder of Wind Shift Capital": the organisation completes a description
      // of a person, who is the speaker.
      if (
        o.referent.type !== 'person' &&
        /\b(?:of|at|for|from|with|in)\s+(?:the\s+)?$/iu.test(text.slice(start, o.start)) &&
        headNounOk(text.slice(start + lead, o.end).replace(/^(?:the|a|an)\s+/iu, 'the '))
      )
        break;
      // "said the mayor of Passau, Juergen Dupper,": the appositive names the speaker.
      if (/\bof\s+(?:the\s+)?$/iu.test(text.slice(start, o.start))) {
        const comma = /^,\s*/u.exec(text.slice(o.end, ceiling));
        const named = comma ? occurrenceStartingAt(index, o.end + comma[0].length) : undefined;
        if (
          named &&
          named.referent.type === 'person' &&
          named.end <= ceiling &&
          /^(?:[,.;]|\s*$)/u.test(text.slice(named.end, named.end + 1))
        )
          return {
            start: named.start,
            end: named.end,
            kind: 'mention',
            referent: named.referent,
            text: text.slice(named.start, named.end),
          };
      }
      // "said AEMET spokesman Ruben del Campo", "said Australian tourist Karen Mitchell": an
      // organisation, place or nationality in a title, then the person.
      if (o.referent.type !== 'person') {
        const after = wordsIn(text, o.end, Math.min(ceiling, o.end + 60), 4);
        for (const w2 of after) {
          const person = occurrenceStartingAt(index, w2.start);
          if (person && person.referent.type === 'person' && person.end <= ceiling) {
            if (!isTitleRun(text.slice(o.end, person.start))) break;
            return {
              start: person.start,
              end: person.end,
              kind: 'mention',
              referent: person.referent,
              text: text.slice(person.start, person.end),
            };
          }
        }
      }
      return {
        start: o.start,
        end: o.end,
        kind: 'mention',
        referent: o.referent,
        text: text.slice(o.start, o.end),
      };
    }
    // Any of `,.;:!?“”"` between the first word and this one ends the search.
    // ("U.S. Secretary of State Marco Rubio": an initial's dot is no clause mark.)
    for (; clean < w.start; clean++)
      if (AFTER_NAME_STOP.has(text.charCodeAt(clean)) && !isInitialDot(text, clean)) break;
    if (clean < w.start) break;
  }
  const pron = AFTER_PRONOUN.exec(tail);
  if (pron) {
    const s = start + pron[0].length - pron[1]!.length;
    return { start: s, end: start + pron[0].length, kind: 'pronoun', referent: null, text: pron[1]! };
  }
  const det = AFTER_DESCRIPTION.exec(tail);
  let whole = det?.[0] ?? '';
  let phrase = det?.[1] ?? '';
  // "a survey of municipalities published on Monday": a participle closing the phrase
  // starts its circumstance.
  const participle = det ? /\s+\p{Ll}+ed$/u.exec(phrase) : null;
  if (participle && participle.index > 0 && headNounOk(phrase.slice(0, participle.index))) {
    whole = whole.slice(0, whole.length - participle[0].length);
    phrase = phrase.slice(0, participle.index);
  }
  // Whether the phrase's head is a speaker's noun: read once, again only if the phrase grows.
  let headed = det !== null && headNounOk(phrase);
  if (headed && INDEFINITE.test(phrase)) {
    // "said one official at the finance ministry": where an unnamed speaker works is part
    // of the description (a place of work: an organisation noun or a capitalised name).
    const pp = WORKPLACE.exec(text.slice(start + whole.length, ceiling));
    if (
      pp &&
      (isOrgNoun(pp[1]!.toLowerCase()) || /^\p{Lu}/u.test(pp[1]!) || SCENE_NOUNS.has(pp[1]!.toLowerCase()))
    ) {
      whole += pp[0];
      phrase += pp[0];
      headed = headNounOk(phrase);
    }
  }
  if (headed) {
    // "said one visitor, Hannah Price, a student": the name in apposition is the speaker.
    const named = appositiveName(text, start + whole.length, ceiling, index);
    if (named) return named;
    // "said a pensioner who gave her name only as Ursula": the name the speaker gave.
    const given = GIVEN_NAME.exec(text.slice(start + whole.length, ceiling));
    if (given) {
      const s = start + whole.length + given[0].length - given[1]!.length;
      const o = occurrenceStartingAt(index, s);
      return {
        start: s,
        end: s + given[1]!.length,
        kind: o ? 'mention' : 'name',
        referent: o?.referent ?? null,
        text: given[1]!,
      };
    }
    const s = start + whole.length - phrase.length;
    const o = occurrenceEndingAt(index, start + whole.length);
    return {
      start: s,
      end: start + whole.length,
      kind: 'description',
      referent: o?.referent ?? null,
      text: phrase,
    };
  }
  const plural = afterPlural(tail);
  if (plural) {
    const s = start + plural[0].length - plural[1]!.length;
    // "lawyers for the family", "economists at ING".
    const complement =
      /^\s+(?:in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}|(?:at|for|of|from|with|in(?=\s+the\b))\s+(?:the\s+)?[\p{L}'’-]+(?:\s+(?!on\b|in\b|at\b|said\b|says\b)[\p{L}'’-]+){0,4})/u.exec(
        tail.slice(plural[0].length),
      );
    const e = start + plural[0].length + (complement?.[0].length ?? 0);
    return { start: s, end: e, kind: 'description', referent: null, text: text.slice(s, e) };
  }
  const name = AFTER_NAME.exec(tail);
  if (name && !/^(?:The|A|An|He|She|They|It|We|I|This|That|In|On|At)$/.test(name[2]!)) {
    const s = start + name[0].length - name[2]!.length;
    const o = occurrenceStartingAt(index, s);
    const bare = name[2]!.replace(/(?<!\b\p{Lu})\.$/u, '');
    return {
      start: s,
      end: s + bare.length,
      kind: o ? 'mention' : 'name',
      referent: o?.referent ?? null,
      text: bare,
    };
  }
  return null;
}
