/**
 * Speech cues: the words of a stretch of text (`wordsIn`) and which of them are cue verbs
 * (`cueAt`, `cuesIn`), with the pre-filters that rule most words out by their length and
 * first letters. Works on a stretch of text (a clause beside a quotation, or a sentence of
 * reported speech) with plain, precompiled regular expressions; no parser.
 *
 * The speaker phrase next to a cue lives beside it: speaker-phrase.ts (the phrase record and
 * the noun-head and title tests), speaker-before-cue.ts (`Berg said`, `the minister, 54,
 * said`, `he added`) and speaker-after-cue.ts (`said Berg`, `said a spokeswoman for the
 * ministry`, and the subject that opens a sentence).
 */
import { CopydeskError } from '../../core/errors.js';
import type { Span } from '../../core/span.js';
import { CORE_VERB_FORMS, isPersonNoun, PARTIAL_VERB_FORMS, SPEECH_VERB_FORMS } from './lexicon.js';

export interface Word extends Span {
  readonly lower: string;
  /** Written with a capital: inside a sentence, part of a name ("the United States"). */
  readonly capitalized: boolean;
}

const KEEP_DOT = /^(?:\p{L}|mr|mrs|ms|dr|st|jr|sr|gen|sen|rep|gov|lt|col|prof|(?:\p{L}\.)+\p{L})$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
export const UPPER = /\p{Lu}/u;

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
  // Declared, and set in the constructor only: class fields would define each property
  // once more before the constructor's assignments (a sentence makes dozens of words).
  declare private readonly text: string;
  declare readonly start: number;
  declare readonly end: number;
  declare readonly capitalized: boolean;
  declare private lowerValue: string | null;
  constructor(text: string, start: number, end: number, capitalized: boolean) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.capitalized = capitalized;
    this.lowerValue = null;
  }
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
  /** Whether a comma stands right before the word (spaces between allowed). */
  afterComma(): boolean {
    let i = this.start - 1;
    while (i >= 0 && this.text.charCodeAt(i) === 32) i--;
    return i >= 0 && this.text.charCodeAt(i) === 44;
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

/** Verbs of refusing before "to" and a speech verb: "declined to comment". */
const REFUSALS: ReadonlySet<string> = new Set([
  'declined',
  'declines',
  'decline',
  'refused',
  'refuses',
  'refuse',
]);

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
/** Articles and possessives that open a noun phrase. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);
/** Speech verb forms that are also nouns for a message ("a note", "a post"). */
const NOUN_FORMS: ReadonlySet<string> = new Set(
  'note notes post posts report reports comment comments claim claims reply replies tweet tweets warning warnings'.split(
    ' ',
  ),
);
/** Prepositions that open a medium or an occasion ("in a research note", "on a campaign post"). */
const MEDIUM_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'via', 'through']);
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

/**
 * Is a speech verb's bare form (`state`, `protest`) a noun before a person noun in the
 * singular (`state lawmaker`, `protest leader`)? Such a verb would take a plural or a name
 * as its object, not a lone singular title. (`say` and `tell` are verbs there: `Police
 * say gunman was alone`, in a headline.)
 */
function isModifierOfTitle(form: string, lemma: string, next: string | undefined): boolean {
  return (
    form === lemma &&
    lemma !== 'say' &&
    lemma !== 'tell' &&
    next !== undefined &&
    !next.endsWith('s') &&
    isPersonNoun(next)
  );
}

/**
 * Is a speech verb's bare form a noun modifying the next word, itself the subject of "said"
 * or "told" (`protest leaders said`, `state media said`, `state television told`)? A verb
 * there would leave the second speech verb with no subject.
 */
function isModifierOfSpeakers(
  form: string,
  lemma: string,
  next: string | undefined,
  after: string | undefined,
): boolean {
  if (form !== lemma || next === undefined || after === undefined) return false;
  const verb = SPEECH_VERB_FORMS.get(after);
  return (verb === 'say' || verb === 'tell') && /^\p{Ll}+$/u.test(next);
}

/** A nationality's ending: "Russian", "Chinese", "Turkish", "Israeli". */
const NATIONALITY_ENDING = /(?:an|ese|ish|i)$/u;

/**
 * Is `state` a noun after a capitalised nationality (`Russian state media`, `Chinese state
 * television`)? A nationality in the singular can be no subject of the bare verb. (Only
 * `state`: after `Putin and Erdogan` a bare `warn` is the verb of both.)
 */
function isModifierAfterNationality(form: string, lemma: string, prev: Word | undefined): boolean {
  return (
    form === 'state' && lemma === 'state' && prev?.capitalized === true && NATIONALITY_ENDING.test(prev.lower)
  );
}

/**
 * The middle words of what spinners and machine translation make of "According to":
 * "In accordance with the ministry, …", "In line with native media, …", "In keeping with the
 * Ukrainian leader, …".
 */
export const SPUN_ACCORDING: ReadonlySet<string> = new Set(['accordance', 'line', 'keeping']);

/**
 * "In accordance with X, …" / "In line with X, …" at word `i` (its middle word) as the cue
 * "according to": with a capital "In", that is opening its sentence, since "in line with
 * forecasts" and "in accordance with the law" inside a sentence are no attribution. The
 * sentence-final "…, in accordance with Eurostat." is a cue too, after a comma, for
 * "accordance" and "keeping" only ("…, in line with the Fed" follows a move, it cites no
 * one); its reader keeps it only when a named speaker ends the sentence.
 */
function spunAccordingAt(words: readonly Word[], i: number): CueMatch | null {
  const before = words[i - 1];
  const after = words[i + 1];
  if (before?.lower !== 'in' || after?.lower !== 'with') return null;
  if (
    !before.capitalized &&
    !(words[i]!.lower !== 'line' && before instanceof ScannedWord && before.afterComma())
  )
    return null;
  return { start: before.start, end: after.end, lemma: 'according to', core: true };
}

/**
 * A spinner's "called": "referred to as the island “a trusted partner”". English puts the
 * object between "referred to" and "as" ("referred to the island as"), so "referred to as"
 * followed by a word is the spun verb; after an auxiliary ("what is referred to as") it is
 * a name, and none of the quotation's speech.
 */
const SPUN_CALLED = 'referred';

function spunCalledAt(words: readonly Word[], i: number): CueMatch | null {
  const prev = words[i - 1]?.lower;
  if (words[i + 1]?.lower !== 'to' || words[i + 2]?.lower !== 'as' || !words[i + 3]) return null;
  if (prev && PASSIVE_AUXILIARIES.has(prev)) return null;
  return { start: words[i]!.start, end: words[i + 2]!.end, lemma: 'call', core: false };
}

/** The words {@link cueAt} reads further, for {@link mayBeIn}. */
const OPENER_TABLE = lengthsByOpening(['according', ...SPUN_ACCORDING, SPUN_CALLED, ...CUE_OPENERS]);

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
  if (SPUN_ACCORDING.has(w.lower)) return spunAccordingAt(words, i);
  if (w.lower === SPUN_CALLED) return spunCalledAt(words, i);
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
  // "The Israeli military declined to comment.", "refused to say whether …": a refusal to
  // speak says nothing.
  if (words[i - 1]?.lower === 'to' && REFUSALS.has(words[i - 2]?.lower ?? '')) return null;
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
  // "student protest leader NAME", "a socialist state lawmaker": a bare form before a
  // person's title is a noun modifying it, not a verb.
  if (isModifierOfTitle(w.lower, lemma, words[i + 1]?.lower)) return null;
  // "Student protest leaders said …": before a plural title that says or tells, too.
  if (isModifierOfSpeakers(w.lower, lemma, words[i + 1]?.lower, words[i + 2]?.lower)) return null;
  // "told Russian state media the talks …": after a nationality, a noun it qualifies.
  if (isModifierAfterNationality(w.lower, lemma, words[i - 1])) return null;
  // "said in a research note that …", "on a campaign post": a noun with its modifier in
  // a prepositional phrase.
  if (
    i >= 3 &&
    NOUN_FORMS.has(w.lower) &&
    ARTICLES.has(words[i - 2]!.lower) &&
    MEDIUM_PREPOSITIONS.has(words[i - 3]!.lower)
  )
    return null;
  const end = lemma === 'point' && words[i + 1]!.lower === 'out' ? words[i + 1]!.end : w.end;
  return { start: w.start, end, lemma, core: CORE_VERB_FORMS.has(w.lower) };
}
