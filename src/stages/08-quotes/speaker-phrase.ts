/**
 * The speaker phrase record and what both sides of a cue ask of a phrase: is it a run of
 * titles (`Defence Minister`), is its head noun a person or a group of people (`residents`,
 * `the 42-year-old`), does a mention of the referent index end or start at a position, is a
 * person named before an organisation. Separate so speaker-before-cue.ts and
 * speaker-after-cue.ts need not import one another for them.
 */
import { partitionPoint, type Span } from '../../core/span.js';
import {
  isDemonym,
  isOrgNoun,
  isPersonNoun,
  isRoleNoun,
  ORG_NOUNS,
  PLURAL_ROLE_NOUNS,
  singularOrgNoun,
  singularPersonNoun,
  TITLE_WORDS,
} from './lexicon.js';
import type { Occurrence, Referent, ReferentIndex } from './referents.js';

/** Words that open a clause, never a modifier of an occupation noun. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  'that which who whom whose when whenever while whereas because although though if whether'.split(' '),
);

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
    // ", adding that US Defense Secretary": a word that opens a clause modifies no one.
    if (CLAUSE_OPENERS.has(last)) return false;
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
    isRoleNoun(l) ||
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
export const DETERMINER =
  /(?:^|[\s,(—])((?:the|a|an|his|her|their|its|one|another|two|three|four|several|some|many|other|both|senior|top|[\p{Lu}][\p{L}.'’-]*['’]s)\s+[^,.;:!?“”"«»()]{1,100})$/iu;
const LETTER = /\p{L}/u;
export const isAsciiLetterCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** `[\p{L}-]` */
export function isLetterOrHyphen(c: number, ch: string): boolean {
  return c < 128 ? isAsciiLetterCode(c) || c === 45 : LETTER.test(ch);
}
/** `[\p{L}'’.-]`: a character of a capitalised name's word. */
export function isNameChar(c: number, ch: string): boolean {
  return c < 128 ? isAsciiLetterCode(c) || c === 45 || c === 39 || c === 46 : c === 0x2019 || LETTER.test(ch);
}
/** Where the longest suffix of `s` whose characters all pass `test` starts. */
export function suffixStart(s: string, test: (c: number, ch: string) => boolean): number {
  let i = s.length;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (!test(c, c < 128 ? '' : s[i - 1]!)) break;
    i--;
  }
  return i;
}

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

export function headNounOk(phrase: string): boolean {
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
export function personHeaded(before: string): boolean {
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

/** Collective nouns for people that take a plural verb ("Some staff said", "State media said"). */
const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'media',
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
export function pluralHead(run: string, head: string): boolean {
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
export function coordinated(
  text: string,
  floor: number,
  o: Occurrence,
  index: ReferentIndex,
): SpeakerPhrase | null {
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
export function personBeforeOrg(
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
  return mentionPhrase(text, p);
}

/**
 * Where the text before occurrence `o` ends once the spaces right before it (not past
 * `floor`) are skipped, so a name ending there stands right before `o` with no comma or
 * other mark between; -1 when no space stands before `o`.
 */
function wordEndRightBefore(text: string, floor: number, o: Occurrence): number {
  let end = o.start;
  while (end > floor && text.charCodeAt(end - 1) === 32) end--;
  return end === o.start ? -1 : end;
}

/**
 * "Co-leader of the Social Democrats Lars Klingbeil": a person named right after an
 * organisation (no comma between) is titled by it; the name heads the phrase and the
 * preposition before the organisation belongs to the title.
 */
export function titledByOrganisation(
  text: string,
  floor: number,
  o: Occurrence,
  index: ReferentIndex,
): boolean {
  if (o.referent.type !== 'person') return false;
  const end = wordEndRightBefore(text, floor, o);
  return end >= 0 && occurrenceEndingAt(index, end)?.referent.type === 'organization';
}

/**
 * "… of the Russian Federation Dmitry Peskov": a person named right after a country (no
 * comma between), as translations from Russian title officials, is titled by it.
 */
export function titledByPlaceBefore(
  text: string,
  floor: number,
  o: Occurrence,
  index: ReferentIndex,
): boolean {
  const end = wordEndRightBefore(text, floor, o);
  return end >= 0 && (index.places?.some((p) => p.end === end) ?? false);
}

const PERSON_OF = /(?:,\s*\d{1,3})?,?\s+(?:of|at|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’]*-based\s+)?$/u;

/**
 * Does `before` end in "of/for/at … (the) [modifier] ORG-NOUN " ("of the logistics company
 * ", "of the Paris auction house ": a place may open the modifiers)?
 */
export function orgNounBefore(before: string): boolean {
  const m =
    /\b(?:of|for|at|from|with)\s+(?:the\s+|a\s+|an\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)?(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+$/u.exec(
      before,
    );
  return m !== null && isOrgNoun(m[1]!);
}

/** A tagged name, whole, as the phrase that names the speaker. */
export function mentionPhrase(text: string, o: Occurrence): SpeakerPhrase {
  return {
    start: o.start,
    end: o.end,
    kind: 'mention',
    referent: o.referent,
    text: text.slice(o.start, o.end),
  };
}

/** The occurrence ending exactly at `end` (after trailing spaces), if any. */
export function occurrenceEndingAt(index: ReferentIndex, end: number): Occurrence | undefined {
  const list = index.occurrences;
  const o = list[partitionPoint(list.length, (i) => list[i]!.end < end)];
  return o && o.end === end ? o : undefined;
}

export function occurrenceStartingAt(index: ReferentIndex, start: number): Occurrence | undefined {
  const list = index.occurrences;
  const o = list[partitionPoint(list.length, (i) => list[i]!.start < start)];
  return o && o.start === start ? o : undefined;
}
/** `\s` at `text[i]` (ASCII answered without a pattern). */
export function isSpaceCodeAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/u.test(text[i]!);
}
