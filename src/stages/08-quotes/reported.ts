/**
 * Reported (indirect) speech in one sentence at a time, by a handful of patterns:
 *   Berg said (on Tuesday / in a statement / in comments via email) (that) CONTENT.
 *   Berg told reporters (that) CONTENT.      According to Berg, CONTENT.
 *   CONTENT, Berg said.   CONTENT, said Berg.   CONTENT, according to Berg.
 *   Berg's office said CONTENT.
 * Only the unambiguous speech verbs qualify, and only a subject at the start of its
 * clause, so that "the plan she said would fail" is not read as speech.
 */
import type { Sentence } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import {
  type CueMatch,
  countWords,
  cueAt,
  isTitleRun,
  type SpeakerPhrase,
  speakerAfter,
  speakerBefore,
  type Word,
  wordsIn,
} from './cues.js';
import { CORE_VERB_FORMS } from './lexicon.js';
import type { ReferentIndex } from './referents.js';

export interface ReportedSpeech {
  readonly span: Span;
  readonly cue: CueMatch;
  readonly phrase: SpeakerPhrase | null;
  /** The whole sentence stretch the attribution uses (content, cue and speaker). */
  readonly frameStart: number;
  readonly frameEnd: number;
}

/** Verbs whose first object is a listener, skipped before the content: "told reporters". */
const LISTENER_VERBS = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'brief']);
/** Lemmas that do not introduce reported content in this position. */
const NO_CONTENT = new Set(['ask', 'continue', 'answer', 'reply', 'respond', 'comment', 'post', 'report']);
/** Clause openers allowed before a subject: "But", "On Tuesday,", "In comments via email,". */
const CLAUSE_LEAD =
  /^(?:\s*(?:but|and|yet|so|still|however|meanwhile|instead|now|later|earlier|separately|also)\b[\s,]*|\s*[^,.;:“”"]{1,60},\s*)?$/iu;
const MIN_CONTENT_WORDS = 3;
/** Verbs that also take a plain object ("announced a plan", "denied the charges"). */
const NEEDS_CLAUSE = new Set([
  'announce',
  'confirm',
  'deny',
  'reveal',
  'report',
  'acknowledge',
  'admit',
  'promise',
  'pledge',
  'repeat',
  'reiterate',
  'state',
  'post',
  'write',
  'tweet',
  'recall',
  'note',
  'stress',
  'emphasize',
  'emphasise',
  'underline',
  'underscore',
  'dispute',
  'explain',
  'predict',
  'charge',
  'protest',
  'tout',
  'boast',
  'counter',
  'urge',
  'claim',
  'warn',
  'vow',
  'concede',
  'plead',
  'complain',
]);
/** For verbs that also take a plain object, is `words` (the content) a clause? */
export function clauseFollows(lemma: string, words: readonly Word[]): boolean {
  return !NEEDS_CLAUSE.has(lemma) || words.slice(0, 6).some((w) => FINITE.has(w.lower) || w.lower === 'that');
}

/** Finite verbs and auxiliaries that show a clause follows. */
const FINITE = new Set(
  (
    'is are was were be been has have had will would can could should may might must did does do ' +
    "won’t won't isn’t wasn’t aren’t weren’t hasn’t haven’t hadn’t didn’t doesn’t don’t cannot " +
    'plans planned wants wanted needs needed remains remained'
  ).split(' '),
);
/** Words that may stand between a cue and "that": "told reporters in a statement on Tuesday that". */
const LEAD_WORDS = new Set(
  (
    'in on at via during after before late early last this a an the his her their its with to ' +
    'statement interview comments comment email e-mail remarks reporters journalists press conference ' +
    'news briefing speech address post letter video message monday tuesday wednesday thursday friday ' +
    'saturday sunday week night morning evening afternoon also again earlier later repeatedly publicly ' +
    'privately separately then lawmakers parliament audience crowd supporters'
  ).split(' '),
);

function trimContent(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /[\s,:—–-]/u.test(text[s]!)) s++;
  while (e > s && /[\s.,;:!?—–-]/u.test(text[e - 1]!)) e--;
  if (e <= s) return null;
  return countWords(text, s, e, MIN_CONTENT_WORDS) >= MIN_CONTENT_WORDS ? { start: s, end: e } : null;
}

/** After the cue, skip a listener, a short adverbial phrase and "that" to the content. */
function contentStartAfter(text: string, cue: CueMatch, sentenceEnd: number): number | null {
  const ws = wordsIn(text, cue.end, sentenceEnd);
  if (ws.length === 0) return null;
  const first = ws[0]!.lower;
  if (
    first === 'to' ||
    first === 'by' ||
    first === 'of' ||
    first === 'for' ||
    first === 'about' ||
    first === 'with'
  )
    return null;
  const thatAt = ws.slice(0, 12).findIndex((w) => w.lower === 'that');
  if (
    thatAt >= 0 &&
    (ws.slice(0, thatAt).every((w) => LEAD_WORDS.has(w.lower) || /^\p{Lu}/u.test(text[w.start]!)) ||
      // "told state broadcaster ERT that": a listener of a few words.
      (LISTENER_VERBS.has(cue.lemma) && thatAt <= 6))
  ) {
    const between = text.slice(cue.end, ws[thatAt]!.start);
    if (!/[;:“”"]/u.test(between)) return ws[thatAt]!.end;
  }
  let k = 0;
  if (LISTENER_VERBS.has(cue.lemma)) {
    // "told reporters", "told the BBC", "told Reuters", "warned lawmakers".
    if (/^(the|a|an|his|her|their)$/.test(ws[k]?.lower ?? '')) k++;
    k++;
  }
  // "on Tuesday", "in a statement", "late on Monday", "in comments via email".
  while (
    k < ws.length &&
    /^(on|in|at|late|early|during|via|after|before|last|this|again|also|yesterday|today|earlier)$/.test(
      ws[k]!.lower,
    )
  ) {
    if (/^(yesterday|today|again|also|earlier)$/.test(ws[k]!.lower)) {
      k++;
      continue;
    }
    const stop = ws
      .slice(k + 1, k + 6)
      .findIndex((w) =>
        /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|statement|interview|email|e-mail|comments|briefing|conference|speech|night|morning|week|evening|afternoon|post|letter|video|remarks)$/.test(
          w.lower,
        ),
      );
    if (stop < 0) break;
    k += stop + 2;
  }
  if (k >= ws.length) return null;
  // "announced a plan to build homes" is an act, not speech: these verbs need a clause.
  if (!clauseFollows(cue.lemma, ws.slice(k))) return null;
  const next = ws[k + 1]?.lower ?? '';
  const atLeast = ws[k]!.lower === 'at' && (next === 'least' || next === 'most');
  if (!atLeast && /^(to|by|of|for|about|with|on|in|at|over|against)$/.test(ws[k]!.lower)) return null;
  const lead = text.slice(cue.end, ws[k]!.start);
  if (/[;:“”"]/u.test(lead)) return null;
  return ws[k]!.start;
}

/**
 * "according to figures published by Eurostat on Friday": the source is the name inside
 * the phrase after the cue (up to the next comma), when there is one.
 */
function sourceNamedIn(text: string, from: number, to: number, index: ReferentIndex): SpeakerPhrase | null {
  const stop = text.slice(from, to).search(/[,;:.]/u);
  const end = stop < 0 ? to : from + stop;
  let found: SpeakerPhrase | null = null;
  for (const o of index.occurrences) {
    if (o.start >= end) break;
    if (o.start >= from && o.end <= end)
      found = {
        start: o.start,
        end: o.end,
        kind: 'mention',
        referent: o.referent,
        text: text.slice(o.start, o.end),
      };
  }
  if (found) return found;
  // No tagged name: the last capitalised run that is not a day or a month.
  for (const m of text.slice(from, end).matchAll(/\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*/gu)) {
    if (CALENDAR.test(m[0])) continue;
    const start = from + m.index;
    found = { start, end: start + m[0].length, kind: 'name', referent: null, text: m[0] };
  }
  return found;
}

const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** Reported speech in every sentence, in order, except sentences that overlap a `skip` span. */
export function findReportedSpeech(
  text: string,
  sentences: readonly Sentence[],
  index: ReferentIndex,
  skip: readonly Span[] = [],
): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  let q = 0;
  for (const s of sentences) {
    // `skip` is in text order: spans ending before this sentence never matter again.
    while (q < skip.length && skip[q]!.end <= s.start) q++;
    let overlaps = false;
    for (let j = q; j < skip.length && skip[j]!.start < s.end && !overlaps; j++)
      overlaps = skip[j]!.end > s.start;
    if (overlaps) continue;
    // Most sentences hold no speech verb: a cheap scan finds the few that need the
    // word-by-word look.
    const cueStarts = coreCueOffsets(text, s.start, s.end);
    if (cueStarts.length === 0) continue;
    const found = inSentence(text, s, index, cueStarts);
    if (found) out.push(found);
  }
  return out;
}

/**
 * Offsets of the words of `text[start, end)` that may be core cues ("said", "According"…).
 * A hand scanner over ASCII letters: a regex alternation of every verb form was the
 * stage's single most expensive line. A word glued to other letters may be reported
 * too; the caller checks each offset against the sentence's real words.
 */
function coreCueOffsets(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  const n = end;
  let i = start;
  while (i < n) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    while (i < n && isAsciiLetterOrDigit(text.charCodeAt(i))) i++;
    const length = i - from;
    if (length < 3 || length > MAX_CUE_LENGTH) continue;
    const word = text.slice(from, i).toLowerCase();
    if (word === 'according' || CORE_VERB_FORMS.has(word)) out.push(from);
  }
  return out;
}

const MAX_CUE_LENGTH = Math.max(...[...CORE_VERB_FORMS.keys()].map((f) => f.length));
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiLetterOrDigit = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57);

/** The core cues of a sentence, looked for only at the words where the scan found a cue word. */
function coreCues(ws: readonly Word[], cueStarts: readonly number[]): CueMatch[] {
  const out: CueMatch[] = [];
  let i = 0;
  for (const at of cueStarts) {
    while (i < ws.length && ws[i]!.start < at) i++;
    if (i >= ws.length) break;
    if (ws[i]!.start !== at) continue;
    const cue = cueAt(ws, i);
    if (cue?.core) out.push(cue);
  }
  return out;
}

function inSentence(
  text: string,
  s: Sentence,
  index: ReferentIndex,
  cueStarts: readonly number[],
): ReportedSpeech | null {
  const ws = wordsIn(text, s.start, s.end);
  if (ws.length < MIN_CONTENT_WORDS + 1) return null;
  for (const cue of coreCues(ws, cueStarts)) {
    if (NO_CONTENT.has(cue.lemma)) continue;
    const word = text.slice(cue.start, cue.end).toLowerCase();
    if (word.endsWith('ing') && !word.startsWith('quoted')) continue;
    if (cue.lemma === 'according to') {
      const phrase = speakerAfter(text, cue.end, s.end, index) ?? sourceNamedIn(text, cue.end, s.end, index);
      if (!phrase) continue;
      const leading = text.slice(s.start, cue.start).trim() === '';
      const content = leading ? trimContent(text, phrase.end, s.end) : trimContent(text, s.start, cue.start);
      if (content) return { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end };
      continue;
    }
    // Inverted trailing attribution: "CONTENT, said Berg."
    const before = text.slice(s.start, cue.start);
    if (/,\s*$/u.test(before)) {
      const inv = speakerAfter(text, cue.end, s.end, index);
      if (inv && /^[\s.,!?]*$/u.test(text.slice(inv.end, s.end).replace(/\b(on|in)\s+[\p{L}\s]+$/u, ''))) {
        const content = trimContent(text, s.start, cue.start);
        if (content) return { span: content, cue, phrase: inv, frameStart: s.start, frameEnd: s.end };
      }
    }
    const phrase = speakerBefore(text, s.start, cue.start, index);
    if (!phrase) continue;
    const preceding = text.slice(s.start, phrase.start);
    // Trailing attribution: "CONTENT, Berg said (on Tuesday)."
    const after = text.slice(cue.end, s.end);
    // The comma before the speaker may be followed by a title: ", the state agency AEMET said".
    const comma = preceding.lastIndexOf(',');
    const afterComma = comma >= 0 ? preceding.slice(comma + 1) : '';
    if (
      comma >= 0 &&
      (afterComma.trim() === '' ||
        isTitleRun(afterComma) ||
        /^\s*(?:the|a|an)\s[^,;:“”"]{0,60}$/iu.test(afterComma)) &&
      /^(?:\s+(?:on|in|at|late|early|last|this)\b[^,.;]{0,40})?(?:[\s.!?]*$|\s*,)/u.test(after)
    ) {
      const content = trimContent(text, s.start, s.start + comma);
      if (content) return { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end };
      continue;
    }
    if (!CLAUSE_LEAD.test(preceding) && !isTitleRun(preceding)) continue;
    const start = contentStartAfter(text, cue, s.end);
    if (start === null) continue;
    const content = trimContent(text, start, s.end);
    if (content) return { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end };
  }
  return null;
}
