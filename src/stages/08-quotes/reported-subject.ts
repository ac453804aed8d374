/**
 * Is the phrase before a cue verb the subject at the start of its clause? Reads the text
 * before a speaker phrase (openers, subordinators, titles and descriptions heading a name,
 * partitives) so that "the plan she said would fail" is not read as speech, and finds the
 * subject of a cue or of a sentence's opening. Separate from the frames because every frame
 * asks the same question of its subject.
 */
import type { Sentence } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import { type CueMatch, countWords, wordsIn } from './cues.js';
import { isDemonym, isOrgNoun, isPersonNoun } from './lexicon.js';
import type { ReferentIndex } from './referents.js';
import { FINITE, isAsciiLetter, isAsciiWordChar, isSpaceAt } from './reported-words.js';
import { openingAdverbial, openingLead, openingSpeaker, speakerAfter } from './speaker-after-cue.js';
import { speakerBefore } from './speaker-before-cue.js';
import {
  AGE_NOUN,
  isDescriptionRun,
  isPluralSpeakerNoun,
  isTitleRun,
  type SpeakerPhrase,
} from './speaker-phrase.js';

/** "One of them", "Two of the workers": a subject picked out of a group. */
const PARTITIVE = /^\s*(?:one|two|three|some|many|several|each|another|none|both|most)\s+of\s+/iu;

/** A few nouns before a name, used as its title: "Chip maker [TSMC]", "rival carmaker [Kia]". */
function isNounRun(s: string): boolean {
  const ws = wordsIn(s, 0, s.length);
  return (
    ws.length > 0 &&
    ws.length <= 4 &&
    (isPersonNoun(ws[ws.length - 1]!.lower) || isOrgNoun(ws[ws.length - 1]!.lower)) &&
    ws.every(
      (w) =>
        w.capitalized ||
        isPersonNoun(w.lower) ||
        isOrgNoun(w.lower) ||
        /^(?:rival|fellow|former|state|local)$/u.test(w.lower),
    )
  );
}

/**
 * A short noun phrase opened by a determiner or possessive with no verb-like word in it
 * ("The lead partner at the fund"): before ", NAME, said" it describes NAME.
 */
export const DETERMINED_NOUN_PHRASE =
  /^\s*(?:the|a|an|its|his|her|their|[\p{Lu}][\p{L}.'’-]*['’]s?)\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|said|says|who|which|that)\b)[\p{L}\p{N}.'’-]+\s*){1,9}$/iu;

/** Words that open a clause before its subject ("But", "Meanwhile,"). */
const LEAD_OPENERS = new Set(
  'but and yet so still however meanwhile instead now later earlier separately also'.split(' '),
);

/**
 * A clause opening and nothing else: empty, an opener word ("But", "Meanwhile,"), or one
 * or two phrases of 1–80 characters each closed by a comma ("On Tuesday,", "In Vietnam,
 * one of the hardest-hit exporters,"). By hand (this runs on up to nine prefixes of every
 * candidate subject); the same test as the pattern
 * /^(?:\s*(?:but|and|…|also)\b[\s,]*|(?:\s*[^,.;:“”"]{1,80},\s*){1,2})?$/iu.
 */
function clauseLead(s: string): boolean {
  if (s.length === 0) return true;
  let i = 0;
  while (i < s.length && isSpaceAt(s, i)) i++;
  let j = i;
  while (j < s.length && isAsciiLetter(s.charCodeAt(j))) j++;
  if (j > i && j - i <= 10 && LEAD_OPENERS.has(s.slice(i, j).toLowerCase())) {
    let k = j;
    while (k < s.length && (s.charCodeAt(k) === 44 || isSpaceAt(s, k))) k++;
    if (k === s.length) return true;
  }
  let e = s.length;
  while (e > 0 && isSpaceAt(s, e - 1)) e--;
  if (e === 0 || s.charCodeAt(e - 1) !== 44) return false;
  const first = s.indexOf(',');
  if (first < e - 1 && s.indexOf(',', first + 1) < e - 1) return false;
  return leadPhrase(s, 0, first) && (first === e - 1 || leadPhrase(s, first + 1, e - 1));
}

/**
 * `s[from, to)` is 1–80 characters (not counting leading spaces) without . ; : or quotation
 * marks — save those of a clock time ("Around 4:30 a.m.", "At 11 p.m.").
 */
function leadPhrase(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  let k = from;
  while (k < to && isSpaceAt(s, k)) k++;
  if (to - k > 80) return false;
  let stop = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 59 || c === 0x201c || c === 0x201d || c === 34) return false;
    if (c === 46 || c === 58) stop = true;
  }
  return !stop || CLOCK_TIME.test(s.slice(from, to));
}
/** A clock time in a phrase: "4:30", "4:30 a.m.", "11 p.m." (its stops and colon are no clause break). */
const CLOCK_TIME = /^[^.:]*\d(?::\d\d)?(?:\s?[ap]\.m\.)?(?:\s[^.:]*)?$|^[^.:]*\d:\d\d(?:\s[^.:]*)?$/u;

/** Subordinators that open a clause before its subject ("after the company said"). */
const SUBORDINATORS = new Set(
  'after as when while because since although though before until once'.split(' '),
);
/** Conjunctions after a comma or semicolon that open a coordinate clause (", but many say"). */
const COORDINATORS = new Set(['but', 'and', 'yet', 'so', 'while']);

/**
 * A subordinate clause opens before the subject: "… fell 4 percent after the company
 * said …", ", but many say", or the text ends in a semicolon. By hand (this runs on up to
 * nine prefixes of every candidate subject); the same test as the pattern
 * /(?:\b(?:after|as|…)|[,;]\s*(?:but|and|yet|so|while))\s+$|[;:]\s*$/iu.
 */
function subordinatorLead(s: string): boolean {
  let e = s.length;
  while (e > 0 && isSpaceAt(s, e - 1)) e--;
  // A semicolon or a colon ("… is not among them: he said …").
  if (e > 0 && (s.charCodeAt(e - 1) === 59 || s.charCodeAt(e - 1) === 58)) return true;
  if (e === s.length) return false;
  let b = e;
  while (b > 0 && isAsciiLetter(s.charCodeAt(b - 1))) b--;
  if (b === e || e - b > 8) return false;
  const word = s.slice(b, e).toLowerCase();
  if (SUBORDINATORS.has(word) && (b === 0 || !isAsciiWordChar(s.charCodeAt(b - 1)))) return true;
  if (!COORDINATORS.has(word)) return false;
  let k = b;
  while (k > 0 && isSpaceAt(s, k - 1)) k--;
  const c = k > 0 ? s.charCodeAt(k - 1) : 0;
  return c === 44 || c === 59;
}

/**
 * The ends of the last whitespace runs of `s`, last first, skipping the very last, with 0
 * for the start when fewer runs remain: `[0, ...ends of /\s+/g].reverse().slice(1, 9)`.
 */
function lastCuts(s: string): number[] {
  const ends: number[] = [];
  let j = s.length - 1;
  while (j >= 0 && ends.length < 9) {
    if (isSpaceAt(s, j)) {
      ends.push(j + 1);
      while (j >= 0 && isSpaceAt(s, j)) j--;
    } else j--;
  }
  if (ends.length < 9) ends.push(0);
  return ends.slice(1, 9);
}

/**
 * Is the text before a speaker phrase a clause opening? Either a plain opener ("But",
 * "On Tuesday,"), a subordinator, or one of those followed by the title or description
 * that heads the name ("Asked about the strike, Transport Minister [Elena Costa]",
 * "In a statement, the Finnish energy company [Fortum]").
 */
export function clauseLeadOk(preceding: string): boolean {
  // "However, on Monday [he] said": sentence adverbs and a time phrase before the subject.
  const adverbial = openingAdverbial(preceding, 0, preceding.length);
  if (adverbial > 0) return clauseLeadOk(preceding.slice(adverbial));
  if (clauseLead(preceding) || isTitleRun(preceding) || subordinatorLead(preceding)) return true;
  // "One of them, a cleaner named [Rosa Diaz]": the subject, then an appositive naming it.
  // (The pattern needs a comma: looked for first, without it.)
  const app = preceding.includes(',')
    ? /^\s*([^,.;:“”"]{1,60}),\s+([^,.;:“”"]{0,60})$/u.exec(preceding)
    : null;
  if (
    app &&
    (PARTITIVE.test(app[1]!) ||
      isDescriptionRun(app[1]!) ||
      isTitleRun(app[1]!) ||
      (app[2] === '' && DETERMINED_NOUN_PHRASE.test(app[1]!))) &&
    countWords(app[2]!, 0, app[2]!.length, 9) <= 8 &&
    !wordsIn(app[2]!, 0, app[2]!.length).some((w) => FINITE.has(w.lower))
  )
    return true;
  // "Venezuelan exile [Luis Ferrer]", "Patient advocate [Louise Carter]": a person's
  // description opening the sentence, written as a title.
  if (personDescriptor(preceding, true)) return true;
  // "At an evacuation centre, 68-year-old [Ramón Flores] said": an age before the name, after
  // a clause opening or none.
  const age = preceding.includes('-year-old') ? AGE_BEFORE_NAME.exec(preceding) : null;
  if (age && clauseLeadOk(preceding.slice(0, age.index))) return true;
  for (const cut of lastCuts(preceding)) {
    // The opening first (one anchored regex), the title or description after it second.
    const rest = preceding.slice(0, cut);
    if (!(clauseLead(rest) || subordinatorLead(rest))) continue;
    const tail = preceding.slice(cut);
    if (isTitleRun(tail) || isDescriptionRun(tail) || isNounRun(tail)) return true;
    // "Outside the courthouse, retired bus driver [Lorraine Pickett]".
    if (personDescriptor(tail, false)) return true;
  }
  return false;
}

/**
 * Is `s` a person's description standing as a title before their name: up to five words,
 * perhaps after "the" or "a", ending in a person noun and perhaps an honorific ("retired
 * bus driver", "19-year-old student", "the Swiss biochemist Dr.")? The other words are
 * lower-case, an age or a nationality; `opening` lets the first word be capitalised (it
 * opens the sentence: "Dairy farmer").
 */
function personDescriptor(s: string, opening: boolean): boolean {
  const ws = s.trim().split(/\s+/u);
  if (ws.length > 0 && HONORIFIC.test(ws[ws.length - 1]!)) ws.pop();
  if (ws.length > 1 && /^(?:the|a|an)$/iu.test(ws[0]!)) ws.shift();
  if (ws.length === 0 || ws.length > 5 || ws[0] === '') return false;
  const head = ws[ws.length - 1]!;
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(head) || head.endsWith('s') || !isPersonNoun(head)) return false;
  return ws.every(
    (w, i) =>
      /^\p{Ll}[\p{Ll}-]*$/u.test(w) ||
      AGE_NOUN.test(w) ||
      isDemonym(w) ||
      (i === 0 && opening && /^\p{Lu}\p{Ll}+$/u.test(w)),
  );
}

/** An age written before a name, ending the words before it: "68-year-old ". */
const AGE_BEFORE_NAME = /(?<=^|\s)\d{1,3}-year-old\s+$/u;

const HONORIFIC = /^(?:Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Sir|Dame)$/u;

/** A subject right before `cue` at the start of its clause ("Ferraro estimated", "She described"). */
export function clauseSubject(
  text: string,
  s: Sentence,
  cue: Span,
  index: ReferentIndex,
): SpeakerPhrase | null {
  const phrase = speakerBefore(text, s.start, cue.start, index);
  if (!phrase) return null;
  const preceding = text.slice(s.start, phrase.start);
  return clauseLeadOk(preceding) ? phrase : null;
}

/**
 * The subject of the speech cue `main` before the comma at `comma` (after the last closing
 * quotation mark, in a clause that may lead to it), else the name after an inverted "said".
 */
export function subjectOfCue(
  text: string,
  s: Sentence,
  comma: number,
  main: CueMatch,
  index: ReferentIndex,
): SpeakerPhrase | null {
  const before = text.slice(s.start, main.start);
  // (`"We will not cut too fast,' he told reporters, adding …`: a single mark after a comma
  // closes a quotation whose double closer was lost.)
  const single = Math.max(before.lastIndexOf(",'"), before.lastIndexOf(',’'));
  const close = Math.max(
    before.lastIndexOf('”'),
    before.lastIndexOf('"'),
    before.lastIndexOf('»'),
    single < 0 ? -1 : single + 1,
  );
  const floor = close >= 0 ? s.start + close + 1 : s.start;
  let phrase = speakerBefore(text, floor, main.start, index);
  if (
    phrase &&
    !/^[\s,]*$/u.test(text.slice(floor, phrase.start)) &&
    !clauseLeadOk(text.slice(floor, phrase.start))
  )
    phrase = null;
  return phrase ?? speakerAfter(text, main.end, comma, index);
}

/**
 * The subject opening a sentence, before `end`: a name (after a title or description at
 * most, "One governor, [Michelle Bowman],") or a description of a speaker ("Passenger
 * groups"), within the sentence's first words.
 */
export function openingSubject(
  text: string,
  s: Sentence,
  end: number,
  index: ReferentIndex,
): SpeakerPhrase | null {
  const part = partitiveOpening(text, s.start, end);
  if (part) return part;
  // "On Wednesday he struck a more conciliatory tone, …": a day before the subject.
  // ("But the billionaire declined to …, saying …": a conjunction before it.)
  const day = OPENING_DAY.exec(text.slice(s.start, Math.min(end, s.start + 40)));
  const conjunction = day ? null : OPENING_CONJUNCTION.exec(text.slice(s.start, Math.min(end, s.start + 6)));
  const from = s.start + (day ? day[0].length : 0) + (conjunction ? conjunction[0].length : 0);
  const subject = openingSpeaker(text, from, end, index);
  const opener = openingLead(text, from, end);
  if (!subject || subject.start - from - opener > 40) return null;
  // ("President-elect NAME blamed …, writing that …": a title about to be held is a title.)
  const lead = text.slice(from + opener, subject.start).replace(ELECT_SUFFIX, ' ');
  if (lead.trim() !== '' && !isTitleRun(lead) && !isDescriptionRun(lead) && !clauseLeadOk(lead)) return null;
  return subject;
}

/** A conjunction opening a sentence before its subject: "But", "And", "Yet". */
const OPENING_CONJUNCTION = /^(?:But|And|Yet)\s+(?=\p{Ll})/u;
/** "-elect" after a title ("President-elect"). */
const ELECT_SUFFIX = /-elect(?=\s)/gu;

/** A day opening a sentence before its subject: "On Wednesday", "Late on Friday,". */
const OPENING_DAY =
  /^(?:(?:Late|Early|Later)\s+on|On)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?,?\s+/u;

/** "Two of the", "three of its": a count out of a group, opening a sentence. */
const PARTITIVE_OPENING =
  /^\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|some|several|many|most|both|\d{1,3})\s+of\s+(?:the|its|their|his|her|our)\s/iu;

/**
 * A partitive subject opening a sentence ("Two of the nine board members voted …"): the
 * whole phrase is the speaker, not the count ("Two") nor the group ("the nine board
 * members"), when a plural speaker noun heads the group within its first four words and
 * a lower-case word (the verb) follows it.
 */
function partitiveOpening(text: string, start: number, end: number): SpeakerPhrase | null {
  // Cheap test first: most sentences do not open with a count and "of".
  if (!/\sof\s/u.test(text.slice(start, Math.min(end, start + 16)))) return null;
  const m = PARTITIVE_OPENING.exec(text.slice(start, end));
  if (!m) return null;
  const ws = wordsIn(text, start + m[0].length, end, 6);
  for (let k = 0; k < Math.min(4, ws.length - 1); k++) {
    const w = ws[k]!;
    if (!w.lower.endsWith('s') || !isPluralSpeakerNoun(w.lower)) continue;
    if (ws[k + 1]!.capitalized || /[,;:“”"]/u.test(text.slice(w.end, ws[k + 1]!.start))) return null;
    const from = start + (m[0].length - m[0].trimStart().length);
    return { start: from, end: w.end, kind: 'description', referent: null, text: text.slice(from, w.end) };
  }
  return null;
}
