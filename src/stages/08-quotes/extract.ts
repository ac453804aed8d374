/**
 * The quotes of an article: quotation marks first (direct and partial quotes, with
 * quotes broken by an attribution joined into one), then reported speech in the
 * sentences no quotation claimed, then speakers. Linear in the text: each quotation
 * looks only at its own sentence and its neighbours.
 */
import type {
  Cue,
  Entity,
  Mention,
  Paragraph,
  Quote,
  QuoteKind,
  Sentence,
  Speaker,
} from '../../core/annotations.js';
import { lastSpanStartingBy, type Span } from '../../core/span.js';
import {
  type CueMatch,
  countWords,
  cueAt,
  cuesIn,
  isDescriptionRun,
  isPluralSpeakerNoun,
  isTitleRun,
  openingLead,
  openingSpeaker,
  type SpeakerPhrase,
  speakerAfter,
  speakerBefore,
  type Word,
  wordsIn,
} from './cues.js';
import type { FirstNames, PersonFacts } from './gender.js';
import { CORE_VERB_FORMS, isPersonNoun, NOT_SPEECH_BEFORE, PRONOUNS } from './lexicon.js';
import { findQuotedSpans, type QuotedSpan } from './marks.js';
import { groupAttributions } from './model/attributions.js';
import type { RoleSpan } from './model/tagger.js';
import {
  buildReferents,
  firstOccurrenceFrom,
  type Occurrence,
  type Referent,
  type ReferentIndex,
} from './referents.js';
import {
  clauseFollows,
  clauseOpensAt,
  contrastedSpeech,
  datelineEnd,
  findReportedSpeech,
  type ReportedSpeech,
  TRAILING_TAIL,
} from './reported.js';

type ReportedEntry = ReportedSpeech & { readonly kind: QuoteKind };

import {
  insideQuote,
  type ResolveContext,
  type Resolved,
  resolvedAs,
  resolveSpeaker,
  type SpeakerTurn,
} from './resolve.js';

export interface QuoteInput {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly entities?: readonly Entity[] | undefined;
}

export interface ExtractOptions {
  readonly firstNames: FirstNames;
  readonly facts: PersonFacts;
  /** Stage name written into `by`. */
  readonly by: string;
  /** Role spans from the attribution model, when it runs. */
  readonly modelSpans?: readonly RoleSpan[] | undefined;
  /**
   * Where reported speech comes from: the rules, the model, or both (rules first, the
   * model where they found nothing). Quotation marks are always read by the rules.
   */
  readonly indirect?: 'rules' | 'model' | 'both';
  /** With the model: let a model attribution replace an overlapping rule quotation. */
  readonly modelOverQuotes?: boolean;
  /**
   * Which model attributions count as quotes: `speech` keeps those with a speech-verb cue
   * and a clause of content (what a reader calls a quote); `all` keeps every attribution
   * the model learned from PolNeAR (beliefs, accusations, noun-phrase contents).
   */
  readonly modelKeep?: 'speech' | 'all';
  /** Join `“…,” said X. “…”` into one quote (default true; PolNeAR keeps them apart). */
  readonly joinContinued?: boolean;
}

/** An attribution found beside a quotation. */
interface Frame {
  readonly cue: CueMatch;
  readonly phrase: SpeakerPhrase | null;
  /** Whether the cue stands before the quotation (`Berg said: “…”`). */
  readonly before: boolean;
  /** Text between the cue and the quotation is a clause: the quotation is partial. */
  readonly embedded: boolean;
}

const ONLY_PUNCT = /^[\s,;:—–-]*$/u;
const GAP_MAX_WORDS = 14;
/**
 * Does `lead` (the text before a quotation) end in a marker of a name or title ("so-called",
 * "the film"), after a space, a bracket or nothing, and before spaces only? By hand (this
 * runs before every quotation): the same test as
 * /(?:^|[\s(])(?:so-called|dubbed|…)\s*$/iu over {@link NOT_SPEECH_BEFORE}.
 */
export function notSpeechBefore(lead: string): boolean {
  // "The presidency's slogan, “…”", "Their banner read: “…”", "placards reading “…”": the
  // words of a sign or a slogan are not speech.
  if (endsWithSign(lead)) return true;
  let trimmed = lead.trimEnd();
  // "a law nicknamed the “…”", "known as the “…”": the article before the name.
  const article = /\s(?:the|a|an)$/iu.exec(trimmed);
  if (article) trimmed = trimmed.slice(0, article.index);
  // Every marker ends in a letter; most leads end in a comma or a colon.
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (!isAsciiLetterCode(last)) return false;
  // Only the markers ending in that letter can end the lead (lower-casing keeps an ASCII
  // letter the last character).
  const markers = MARKERS_BY_LAST_LETTER.get(last | 32);
  if (!markers) return false;
  const lower = trimmed.toLowerCase();
  for (const marker of markers) {
    if (!lower.endsWith(marker)) continue;
    const at = lower.length - marker.length;
    if (at === 0 || /[\s(]/u.test(lower[at - 1]!)) return true;
  }
  return false;
}
/** {@link NOT_SPEECH_BEFORE} by the char code of each marker's last letter. */
const MARKERS_BY_LAST_LETTER: ReadonlyMap<number, readonly string[]> = (() => {
  const map = new Map<number, string[]>();
  for (const marker of NOT_SPEECH_BEFORE) {
    const last = marker.charCodeAt(marker.length - 1);
    const list = map.get(last);
    if (list) list.push(marker);
    else map.set(last, [marker]);
  }
  return map;
})();
/** Nouns of signs and slogans, whose words are not speech. */
const SIGN_NOUNS: ReadonlySet<string> = new Set(
  'slogan slogans motto mottos banner banners placard placards sign signs poster posters billboard billboards t-shirt t-shirts hashtag hashtags caption captions headline headlines graffiti'.split(
    ' ',
  ),
);
/** Verbs that give a sign's words ("read: …", "saying …"). */
const SIGN_VERBS: ReadonlySet<string> = new Set(
  'read reads reading said says saying proclaimed proclaiming'.split(' '),
);

/**
 * Does `lead` end in a sign's or a slogan's noun, then a comma, a colon or a verb that
 * gives its words ("slogan, ", "banner read: ", "a sign saying ")? Read backwards by hand.
 */
function endsWithSign(lead: string): boolean {
  let e = lead.length;
  while (e > 0 && lead.charCodeAt(e - 1) === 32) e--;
  const mark = lead.charCodeAt(e - 1);
  const punct = mark === 44 || mark === 58;
  if (punct) e--;
  while (e > 0 && lead.charCodeAt(e - 1) === 32) e--;
  let b = lead.lastIndexOf(' ', e - 1) + 1;
  let word = lead.slice(b, e).toLowerCase();
  if (SIGN_VERBS.has(word)) {
    if (punct && mark === 44) return false;
    e = b;
    while (e > 0 && lead.charCodeAt(e - 1) === 32) e--;
    b = lead.lastIndexOf(' ', e - 1) + 1;
    word = lead.slice(b, e).toLowerCase();
    return SIGN_NOUNS.has(word);
  }
  return punct && SIGN_NOUNS.has(word);
}

/** Words allowed between a cue and a direct quotation: `told reporters on Tuesday:`. */
const SHORT_LEAD_IN = /^[\s,]*(?:[\p{L}\p{N}'’.-]+[\s,]+){0,7}?[:,]\s*$/u;

/** "a charge the governing party", "an accusation his office": a noun, then a new subject. */
const ANSWERED_NOUN = /^(?:a|an)\s+\p{Ll}+\s+(?:the|a|an|his|her|its|their|which)\s/u;

/**
 * Is `lead` only spaces, or does it end in a colon and spaces? The same test as
 * `/^[\s]*$/u.test(lead) || /[:]\s*$/u.test(lead)`, read backwards by hand (it runs before
 * every quotation).
 */
export function onlySpacesOrColonEnd(lead: string): boolean {
  let e = lead.length;
  while (e > 0 && isSpaceAt(lead, e - 1)) e--;
  return e === 0 || lead.charCodeAt(e - 1) === 58;
}

/** A frame after the quotation: `,” Berg said.` / `,” said Berg.` / `,” she added.` */
function frameAfter(text: string, from: number, to: number, index: ReferentIndex): Frame | null {
  const ws = wordsIn(text, from, to, GAP_MAX_WORDS);
  if (ws.length === 0) return null;
  const lead = text.slice(from, ws[0]!.start);
  if (!ONLY_PUNCT.test(lead)) return null;
  for (const cue of cuesIn(ws)) {
    if (cue.lemma === 'according to') {
      const phrase = speakerAfter(text, cue.end, to, index);
      if (phrase && ONLY_PUNCT.test(text.slice(from, cue.start)))
        return { cue, phrase, before: false, embedded: false };
      continue;
    }
    const inverted = ONLY_PUNCT.test(text.slice(from, cue.start));
    if (inverted) {
      const phrase = speakerAfter(text, cue.end, to, index);
      if (phrase) return { cue, phrase, before: false, embedded: false };
      continue;
    }
    const phrase = speakerBefore(text, from, cue.start, index);
    // ",” a charge the party rejected": a noun the quotation stands for, then a clause
    // whose subject answers it; that subject did not say the words.
    if (phrase && ANSWERED_NOUN.test(phrase.text)) return null;
    if (
      phrase &&
      (ONLY_PUNCT.test(text.slice(from, phrase.start)) ||
        isTitleRun(text.slice(from, phrase.start)) ||
        // ",” the brewery's director, Tomáš Novák, said": a description before the name.
        (phrase.kind === 'mention' && isDescriptionRun(text.slice(from, phrase.start))))
    )
      return { cue, phrase, before: false, embedded: false };
    // Only the first cue right after the quotation may attribute it.
    return null;
  }
  return null;
}

/** A frame before the quotation: `Berg said: “…”`, `Berg said the plan was “unrealistic”`. */
function frameBefore(text: string, start: number, to: number, index: ReferentIndex): Frame | null {
  // "MUNICH (Reuters) - Zelenskyy urged …, saying “…”": the dateline is no subject.
  const from = datelineEnd(text, start, to);
  const ws = wordsIn(text, from, to);
  // The cues from the last one back (each word's cue depends on the words only, so cues
  // are read as far back as the first that frames the quotation, no further).
  for (let k = ws.length - 1; k >= 0; k--) {
    const cue = cueAt(ws, k);
    if (cue === null) continue;
    let phrase: SpeakerPhrase | null;
    // "… was described by coach Rahul Dravid as “…”": a passive verb's agent speaks.
    const agent = passiveAgent(text, from, cue, to);
    if (agent > 0) phrase = speakerAfter(text, agent, to, index);
    else if (cue.lemma === 'according to' || ONLY_PUNCT.test(text.slice(from, cue.start)))
      phrase = speakerAfter(text, cue.end, to, index);
    else phrase = speakerBefore(text, from, cue.start, index);
    phrase ??= participleSubject(text, from, cue, index);
    if (!phrase) continue;
    // "Harvey told reporters she had written much of the novel when “…”": a verb whose
    // subject opens the clause an earlier speech verb reports, and which is no core speech
    // verb or stands apart from the quotation, is part of that clause; the earlier verb
    // frames the quote ("sources said he said “…”" stays with "he").
    if (phrase.kind === 'pronoun' || phrase.kind === 'mention' || phrase.kind === 'description') {
      const outer = outerFrame(text, from, ws, k, phrase, index);
      if (outer && (!cue.core || countWords(text, cue.end, to, 5) > 4)) return outer;
    }
    const between = text.slice(Math.max(cue.end, phrase.end), to);
    // SHORT_LEAD_IN ends in a comma or colon and spaces: tested only then (it backtracks).
    const tail = between.trimEnd();
    const last = tail.charCodeAt(tail.length - 1);
    const shortLeadIn = (last === 44 || last === 58) && SHORT_LEAD_IN.test(between);
    const embedded = !(tail === '' || shortLeadIn) || /\bthat\s*$/u.test(between);
    return { cue, phrase, before: true, embedded };
  }
  return null;
}

/** A passive auxiliary right before a verb: "was described", "had been called". */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being)\s+$/u;
/** "by" and the agent right after a passive verb. */
const BY_AGENT = /^\s+by\s+/u;

/**
 * Where the agent of a passive cue starts ("was described by coach Rahul Dravid as …":
 * after "by "), or 0 when the cue is no passive verb with its agent after it.
 */
function passiveAgent(text: string, from: number, cue: CueMatch, to: number): number {
  if (!PASSIVE_BEFORE.test(text.slice(Math.max(from, cue.start - 8), cue.start))) return 0;
  const by = BY_AGENT.exec(text.slice(cue.end, Math.min(to, cue.end + 5)));
  return by ? cue.end + by[0].length : 0;
}

/** Between a speech verb and its clause's subject: nothing, "that", or a listener ("reporters"). */
const TO_CLAUSE_SUBJECT =
  /^\s*(?:(?:the\s+|a\s+)?(?!(?:after|before|as|when|while|because|since|if|though|although|until|and|but|or|in|on|at|of|for|with|by|to)\s)\p{Ll}+\s+)?(?:that\s+)?$/u;

/**
 * A core speech verb before `phrase` whose reported clause `phrase` opens ("told reporters
 * [she] had written …", "said [he] had …"), as the quote's frame with its own subject.
 */
function outerFrame(
  text: string,
  from: number,
  ws: readonly Word[],
  k: number,
  phrase: SpeakerPhrase,
  index: ReferentIndex,
): Frame | null {
  // The earlier verb stands at most a listener and "that" (or, before a pronoun, a short
  // that-clause) before the phrase: 24 words back are enough.
  let j = k - 1;
  while (j >= 0 && ws[j]!.end > phrase.start) j--;
  for (const stop = j - 24; j >= 0 && j > stop && ws[j]!.start >= from; j--) {
    const cue = cueAt(ws, j);
    if (cue === null) continue;
    if (!cue.core) return null;
    const between = text.slice(cue.end, phrase.start);
    // "Meta said in a statement that it respected the law but was concerned about a
    // process it described as “rushed”": a pronoun inside the that-clause of an earlier
    // speech verb refers back to its subject; that verb frames the quote. So does a
    // description ("Cheung said that during the call the president-elect had praised
    // Harris for “…”": the spokesman reports it).
    const thatClause =
      (phrase.kind === 'pronoun' || phrase.kind === 'description') &&
      /^[^,;:.“”"]{0,40}?\bthat\s[^;:.“”"]*$/u.test(between);
    if (!thatClause && !TO_CLAUSE_SUBJECT.test(between)) return null;
    const subject = speakerBefore(text, from, cue.start, index);
    return subject ? { cue, phrase: subject, before: true, embedded: true } : null;
  }
  return null;
}

/**
 * "Cyril Ramaphosa closed the summit on Sunday, calling it “a turning point”": a
 * participle after a comma speaks for the subject that opens the sentence (a name after
 * a title at most, or a description).
 */
function participleSubject(
  text: string,
  from: number,
  cue: CueMatch,
  index: ReferentIndex,
): SpeakerPhrase | null {
  if (!/ing$/u.test(text.slice(cue.start, cue.end)) || !/,\s*$/u.test(text.slice(from, cue.start)))
    return null;
  const subject = openingSpeaker(text, from, cue.start, index);
  const opener = openingLead(text, from, cue.start);
  if (!subject || subject.start - from - opener > 40) return null;
  const lead = text.slice(from + opener, subject.start);
  // "He also promised …, saying …": a pronoun only when it opens the sentence.
  if (subject.kind === 'pronoun') return lead.trim() === '' ? subject : null;
  return lead.trim() === '' || isTitleRun(lead) || isDescriptionRun(lead) ? subject : null;
}

interface Unit {
  readonly parts: QuotedSpan[];
  frame: Frame | null;
  kind: QuoteKind;
  span: Span;
  /** Attributed by a neighbour, not by a cue of its own. */
  contextual: boolean;
}

/** Characters that end a sentence, and those that leave a quotation open to its next part. */
const SENTENCE_END: ReadonlySet<number> = new Set([46, 63, 33]);
const JOINING_END: ReadonlySet<number> = new Set([44, 0x2014, 0x2013, 0x2026, 45]);

/**
 * The last character of a quotation's words (after trailing spaces and, with
 * `pastMarks`, closing marks left inside), or -1 when it holds only spaces: the test
 * `/[…]$/` on its trimmed inner text needs no string.
 */
function lastInnerCode(text: string, q: QuotedSpan, pastMarks = false): number {
  let i = q.innerEnd - 1;
  while (i >= q.innerStart && isSpaceAt(text, i)) i--;
  if (pastMarks) while (i >= q.innerStart && /["”’]/u.test(text[i]!)) i--;
  return i >= q.innerStart ? text.charCodeAt(i) : -1;
}

/**
 * Where `s` ends without its sentence end (spaces, one of `.?!`, closing marks, spaces):
 * the length of what `/^(.*?)[\s]*[.?!]?["”’]*\s*$/su` captures, read backwards with no
 * pattern (the lazy one retried its tail from every position).
 */
function beforeSentenceEnd(s: string): number {
  let i = s.length;
  while (i > 0 && isSpaceAt(s, i - 1)) i--;
  while (i > 0 && isClosingMarkCode(s.charCodeAt(i - 1))) i--;
  const c = s.charCodeAt(i - 1);
  if (i > 0 && (c === 46 || c === 63 || c === 33)) i--;
  while (i > 0 && isSpaceAt(s, i - 1)) i--;
  return i;
}

/** `["”’]` */
function isClosingMarkCode(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x2019;
}

function innerText(text: string, q: QuotedSpan): string {
  return text.slice(q.innerStart, q.innerEnd).trim();
}

/**
 * Does `s` end in . ? ! or … (or a comma too, with `comma`)? The test
 * /[.?!…]$/u (/[.?!,…]$/u) read from the last code unit: the pattern would try every start.
 */
export function endsInPunctuation(s: string, comma: boolean): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c === 46 || c === 63 || c === 33 || c === 0x2026 || (comma && c === 44);
}

/** Short quoted words with no sentence inside: a scare quote, a nickname, a title. */
function looksLikeScareOrTitle(text: string, q: QuotedSpan, sentenceStart: number): boolean {
  if (notSpeechBefore(text.slice(Math.max(sentenceStart, q.start - 40), q.start))) return true;
  const inner = innerText(text, q);
  // Words ending in a sentence's or a clause's punctuation are words said.
  if (endsInPunctuation(inner, true)) return false;
  // At most three words, or two or more words all in title case ("Das Lied von der
  // Erde" is not: "von"). The words are read one by one, only as far as needed.
  let count = 0;
  let titleCase = true;
  let i = 0;
  while (i < inner.length) {
    while (i < inner.length && isSpaceAt(inner, i)) i++;
    if (i >= inner.length) break;
    const from = i;
    while (i < inner.length && !isSpaceAt(inner, i)) i++;
    count++;
    if (titleCase && !isTitleCaseWord(inner.slice(from, i))) titleCase = false;
    if (count > 3 && !titleCase) return false;
  }
  return count <= 3 || titleCase;
}

/**
 * A title that took the sentence's comma inside its marks, as American copy writes it
 * ("“Oppenheimer,” Christopher Nolan's epic", "won best actress for “The Holdovers,”"):
 * one to five title-case words, the first capitalised, then the comma.
 */
function commaTitle(text: string, q: QuotedSpan): boolean {
  const inner = innerText(text, q);
  if (!inner.endsWith(',')) return false;
  const words = inner.slice(0, -1).split(/\s+/u).filter(Boolean);
  return words.length > 0 && words.length <= 5 && /^\p{Lu}/u.test(words[0]!) && words.every(isTitleCaseWord);
}

const isAsciiLetterCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** `\s` at `s[i]` (ASCII answered without a pattern). */
function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/u.test(s[i]!);
}
/** A capitalised word, a number, or a short function word of a title. */
function isTitleCaseWord(w: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(w) || /^(of|the|and|a|an|in|on|for|to)$/.test(w);
}

/** Nouns of works whose titles are quoted: "the song “…”", "whose film “…”". */
const WORK_NOUNS: ReadonlySet<string> = new Set(
  'song single album film movie book novel memoir play musical opera show series documentary exhibition poem podcast painting'.split(
    ' ',
  ),
);
const WORK_BEFORE =
  /(?:^|\s)(?:whose|his|her|their|its|our|a|an|the|new|latest|debut|hit|first|second|next)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s*$/iu;
/** "dubbed/nicknamed/christened X “…”": a naming verb, its object, then the name. */
const NAMING_AFTER_OBJECT = /\b(?:dubbed|nicknamed|christened|renamed)\s+(?:[\p{L}\p{N}'’-]+\s+){1,6}$/iu;

/**
 * Could {@link NAMING_AFTER_OBJECT} match `s`? Each of its verbs holds "bbed", "amed" or
 * "ened", letters no other character case-folds to: so `s` holds one of them in ASCII
 * letters, in either case. (A test that finds them fast; the pattern decides.)
 */
function mayName(s: string): boolean {
  return /(?:bb|am|en)ed/i.test(s);
}

/**
 * The word that `/([\p{L}-]+)\s*$/u` captures in `s` (its last run of letters and
 * hyphens, before trailing spaces), or undefined; read backwards by hand over ASCII,
 * with the pattern itself as soon as another character is met.
 */
function lastLetterRun(s: string): string | undefined {
  let e = s.length;
  for (; e > 0; e--) {
    const c = s.charCodeAt(e - 1);
    if (c >= 128) return /([\p{L}-]+)\s*$/u.exec(s)?.[1];
    if (!(c === 32 || (c >= 9 && c <= 13))) break;
  }
  let b = e;
  for (; b > 0; b--) {
    const c = s.charCodeAt(b - 1);
    if (c >= 128) return /([\p{L}-]+)\s*$/u.exec(s)?.[1];
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45)) break;
  }
  return b < e ? s.slice(b, e) : undefined;
}

/** Does the text before a quotation introduce a name or a title rather than words said? */
function namesAWork(lead: string, inner = ''): boolean {
  // Cheap end tests first: the full patterns below search from every position.
  const lastWord = lastLetterRun(lead.slice(-20))?.toLowerCase() ?? '';
  // "whose song “No Rules!”", "her new novel “…”": a work's title after its noun.
  if (WORK_NOUNS.has(lastWord) && WORK_BEFORE.test(lead.slice(-50))) return true;
  // "Fans dubbed the singer's outfit “the jeans of destiny”": a name given to a thing (a
  // phrase, not a sentence: `Critics dubbed the scheme “a tax on the young.”` is a verdict).
  if (!/[.?!…]$/u.test(inner) && mayName(lead.slice(-70)) && NAMING_AFTER_OBJECT.test(lead.slice(-70)))
    return true;
  const possessive = /['’]s?\s*$/u.test(lead);
  if (!possessive && !/(?:called|named)\s*$/iu.test(lead)) return false;
  // "Mahler's “…”", "the band's “…”": a possessive right before the mark.
  const owner = possessive ? /([\p{L}]+)['’](s?)\s*$/u.exec(lead.slice(-40)) : null;
  if (owner && !(owner[2] && /^(?:it|that|what|there|here|he|she|who|let|where|how)$/iu.test(owner[1]!)))
    return true;
  // "a project called “…”", "an app named “…”": a thing (not a person) given a name.
  const m =
    /(?:^|\s)(?:(?:a|an|the|this|its|their|his|her|our)\s+)?([\p{L}-]+),?\s+(?:called|named)\s*$/iu.exec(
      lead,
    );
  if (!m) return false;
  const noun = m[1]!;
  const lower = noun.toLowerCase();
  if (
    /^\p{Lu}/u.test(noun) ||
    lower in PRONOUNS ||
    /^(?:what|which|who|that|and|but|also|once|has|have|had|he|she|they|it)$/u.test(lower)
  )
    return false;
  return !isPersonNoun(lower) && !isPluralSpeakerNoun(lower);
}

// "wrote on X." ends a sentence: the platform's name is no initial.
const ABBREVIATION_DOT = /\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jr|Sr|[A-WYZ]|(?<!\b(?:on|via)\s)X)\./g;

/**
 * `“We have spent ten years asking,” said Gwen Abbott, a farmer. “It got us nowhere.”`:
 * a quotation that stops on a comma, an attribution sentence, and a quotation opening
 * right after it that closes its own sentence are one speaker's words, one quote (the
 * same convention as `“…,” he said, “…”`). Not when the second quotation carries an
 * attribution of its own (`“…” Reade said.`) or is followed on the line by one.
 */
function continuedAfterAttribution(
  text: string,
  prev: QuotedSpan,
  next: QuotedSpan,
  gap: string,
  index: ReferentIndex,
): Frame | null {
  // Cheap tests first: an attribution is short and the gap ends on ". ".
  if (gap.length > 240 || !/\.\s+$/u.test(gap.slice(-4))) return null;
  if (!/^[\s,]*\p{L}[^“”"«»„]*[.]\s+$/u.test(gap)) return null;
  // One sentence end: the period closing the attribution.
  if ((gap.replace(ABBREVIATION_DOT, '').match(/[.?!]/gu)?.length ?? 0) !== 1) return null;
  if (!next.closed) return null;
  // The second quotation closes its own sentence.
  if (!endsInPunctuation(innerText(text, next), false)) return null;
  const period = prev.end + gap.lastIndexOf('.');
  const frame = frameAfter(text, prev.end, period, index);
  if (!frame) return null;
  // The attribution sentence is only the frame (`said NAME, a farmer from Thirsk.`).
  const lineEnd = text.indexOf('\n', next.end);
  const restEnd = Math.min(lineEnd < 0 ? text.length : lineEnd, next.end + 200);
  if (text.slice(next.end, restEnd).trim() !== '' && frameAfter(text, next.end, restEnd, index)) return null;
  return frame;
}

/** Extracts every quote of an article. */
export function extractQuotes(input: QuoteInput, options: ExtractOptions): Quote[] {
  const { text, paragraphs, sentences } = input;
  if (text.length === 0 || sentences.length === 0) return [];
  const index = buildReferents(text, input.mentions, input.entities, options);
  const quoted = findQuotedSpans(text, paragraphs);
  const paragraphOf = (offset: number) => lastSpanStartingBy(paragraphs, offset);
  const sentenceOf = (offset: number) => lastSpanStartingBy(sentences, offset);

  // 1. Join quotations broken by an attribution: “We will not,” he said, “accept this.”
  const units: Unit[] = [];
  for (let i = 0; i < quoted.length; i++) {
    const q = quoted[i]!;
    const last = units[units.length - 1];
    const prev = last?.parts[last.parts.length - 1];
    if (last && prev && prev.lastParagraph === q.firstParagraph) {
      const gap = text.slice(prev.end, q.start);
      const endCode = lastInnerCode(text, prev);
      // A nested single quotation may close the words: `… said, 'We are going,'"`.
      const joins =
        JOINING_END.has(endCode) ||
        ((endCode === 39 || endCode === 0x2019) && /[,—–…-]['’]$/u.test(innerText(text, prev)));
      if (joins || /^\s*[,—–-]/u.test(gap)) {
        if (
          /[,:—–-]\s*$/u.test(gap) &&
          !/[.?!]/u.test(gap.replace(/\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|[A-Z])\./g, ''))
        ) {
          const frame = frameAfter(text, prev.end, q.start, index);
          if (frame) {
            last.parts.push(q);
            last.frame = frame;
            last.span = { start: last.span.start, end: q.end };
            continue;
          }
        }
        const frame =
          options.joinContinued === false ? null : continuedAfterAttribution(text, prev, q, gap, index);
        if (frame) {
          last.parts.push(q);
          last.frame = frame;
          last.span = { start: last.span.start, end: q.end };
          continue;
        }
      }
    }
    units.push({
      parts: [q],
      frame: null,
      kind: 'direct',
      span: { start: q.start, end: q.end },
      contextual: false,
    });
  }

  // 2. Frames beside each quotation; scare quotes and titles drop out here.
  const kept: Unit[] = [];
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const first = unit.parts[0]!;
    const lastPart = unit.parts[unit.parts.length - 1]!;
    const sOpen = sentences[sentenceOf(first.start)]!;
    const sClose = sentences[sentenceOf(Math.max(lastPart.innerEnd - 1, lastPart.start))]!;
    const prevUnit = kept[kept.length - 1];
    const nextUnit = units[u + 1];
    const beforeFrom = Math.max(
      sOpen.start,
      prevUnit && prevUnit.span.end <= first.start ? prevUnit.span.end : sOpen.start,
    );
    let afterTo = Math.max(sClose.end, lastPart.end);
    // Attribution after a quotation that closes a sentence ("… win.” Berg said.) lives in the next sentence.
    if (afterTo === lastPart.end || SENTENCE_END.has(lastInnerCode(text, lastPart))) {
      const nextS =
        sentences[
          sentenceOf(lastPart.end) + (sentences[sentenceOf(lastPart.end)]!.end <= lastPart.end ? 1 : 0)
        ];
      if (nextS && paragraphOf(nextS.start) === lastPart.lastParagraph)
        afterTo = Math.max(afterTo, nextS.end);
    }
    if (nextUnit && nextUnit.span.start < afterTo) afterTo = nextUnit.span.start;
    const lead = text.slice(beforeFrom, first.start);
    const startsClause = onlySpacesOrColonEnd(lead);
    let afterInNext = false;
    if (!unit.frame) {
      let after = frameAfter(text, lastPart.end, afterTo, index);
      // `… “extraordinary depth.” Cruz said she planned …`: after a quotation that ends its
      // sentence, a cue with content of its own opens a new statement; it attributes that
      // content, not the quotation.
      if (after && !after.before && SENTENCE_END.has(lastInnerCode(text, lastPart, true))) {
        const from = Math.max(after.cue.end, after.phrase?.end ?? 0);
        const end = sentences[sentenceOf(after.cue.start)]!.end;
        const tail = text.slice(from, Math.max(from, end));
        // …or a quotation of its own ("The minister called the criticism “nonsense.”").
        if ((!TRAILING_TAIL.test(tail) && clauseOpensAt(text, from, end)) || /[“"«„]/u.test(tail))
          after = null;
      }
      // `… a plan,” Berg said` with a full sentence after the close is still the quote's frame.
      if (after) unit.frame = after;
      // (A quotation that ends its sentence ends it even when the splitter ran the next
      // sentence on: "… was “engaging in diplomacy.” Zelenskiy asked him …".)
      afterInNext =
        after !== null &&
        (after.cue.start >= sClose.end ||
          (after.cue.start >= lastPart.end && SENTENCE_END.has(lastInnerCode(text, lastPart, true))));
    }
    let before: Frame | null = null;
    if (!unit.frame || !startsClause || afterInNext)
      before = frameBefore(text, beforeFrom, first.start, index);
    if (!unit.frame && before) unit.frame = before;
    // `Grant said the show was designed “to slow people down.” Visitors …`, `Graham told
    // the BBC: “…” She denied …`: a cue in the quotation's own sentence wins over one in
    // the next sentence.
    if (before && afterInNext) unit.frame = before;
    const single = unit.parts.length === 1;
    if (single && looksLikeScareOrTitle(text, first, sOpen.start)) {
      // A short fragment is speech only when a cue frames it (`called the goals “unrealistic”`).
      const framed = unit.frame && (before === unit.frame ? true : !startsClause);
      if (!framed || notSpeechBefore(text.slice(Math.max(sOpen.start, first.start - 40), first.start)))
        continue;
    }
    // “Oppenheimer,” with no attribution after it (`“Absolutely,” she said` has one) is a
    // title, not words said.
    if (single && !(unit.frame && !unit.frame.before) && commaTitle(text, first)) continue;
    // A name or a title inside a sentence: `a project called “Stargate.”`, `Mahler’s “Das
    // Lied von der Erde.”` — named by a thing, or owned by someone, not said.
    if (
      single &&
      !startsClause &&
      namesAWork(text.slice(Math.max(sOpen.start, first.start - 60), first.start), innerText(text, first))
    )
      continue;
    // Kind and span.
    const frame = unit.frame;
    if (!startsClause && !(frame?.before && !frame.embedded)) {
      unit.kind = 'partial';
      const contentStart = frame?.before
        ? skipToContent(text, frame, first.start)
        : lead.trim()
          ? beforeFrom + lead.search(/\S/u)
          : first.start;
      let contentEnd = unit.span.end;
      // A quotation that ends its sentence (`showed “extraordinary depth.” Cruz said …`)
      // ends the content too, even when the next sentence was not split from it.
      if (frame?.before && !SENTENCE_END.has(lastInnerCode(text, lastPart))) {
        const rest = text.slice(unit.span.end, sClose.end);
        let words = rest.slice(0, beforeSentenceEnd(rest));
        // "…, though the chairman, General Dan Caine, said …": another speaker's clause
        // ends it.
        const other = contrastedSpeech(text, unit.span.end, unit.span.end + words.length, index);
        if (other) words = words.slice(0, other.frameStart - unit.span.end);
        if (!/[“"]/u.test(words)) contentEnd = unit.span.end + words.length;
      }
      unit.span = { start: Math.min(contentStart, first.start), end: contentEnd };
    } else if (lastInnerCode(text, first) < 0) continue;
    kept.push(unit);
  }

  // 3. Speakers, in text order, so that the paragraph's current speaker is known.
  const turns: SpeakerTurn[] = [];
  // Names inside the quotation marks are no antecedents; an attribution between two
  // joined parts (`“…,” said Folake Adeyemi. “…”`) is outside them, and so are the
  // reporter's own words around a partial quotation ("… to reach Brian Haworth, who …
  // rose “in a matter of seconds”, he said").
  const quotedText: Span[] = [];
  for (const k of kept) for (const p of k.parts) quotedText.push({ start: p.start, end: p.end });
  const context: ResolveContext = { text, index, quoted: quotedText, paragraphOf, turns };
  const out: Quote[] = [];
  const claimed: Span[] = [];
  const record = (span: Span, kind: QuoteKind, resolved: Resolved | null, cue: Cue | null, base: number) => {
    const speaker: Speaker | null = resolved?.speaker ?? null;
    const confidence = Math.round(base * (resolved ? resolved.certainty : 1) * 100) / 100;
    out.push({ start: span.start, end: span.end, kind, speaker, cue, confidence, by: options.by });
    if (speaker)
      turns.push({
        at: span.start,
        paragraph: paragraphOf(span.start),
        speaker,
        referent: resolved?.referent ?? null,
      });
  };
  // Reported speech whose sentence holds a kept quotation is dropped below (the
  // quotation's frame wins), so those sentences are not even looked at.
  const fromRules = (): ReportedEntry[] =>
    findReportedSpeech(
      text,
      sentences,
      index,
      kept.map((k) => k.span).sort((a, b) => a.start - b.start),
    ).map(
      (r): ReportedEntry => ({
        span: r.span,
        cue: r.cue,
        phrase: r.phrase,
        frameStart: r.frameStart,
        frameEnd: r.frameEnd,
        kind: 'indirect',
      }),
    );
  const mode = options.modelSpans ? (options.indirect ?? 'both') : 'rules';
  let reported: ReportedEntry[] = mode === 'rules' ? fromRules() : [];
  if (mode !== 'rules') {
    const modelled = groupAttributions(text, options.modelSpans!, paragraphOf, index, sentences).filter(
      (m) => options.modelKeep === 'all' || isSpeech(text, m),
    );
    reported = modelled;
    if (mode === 'both') {
      // The rules' reported speech first (their speakers are resolved with more care);
      // the model adds what they missed.
      const rules = fromRules();
      const added = modelled.filter(
        (m) => !rules.some((r) => m.frameStart < r.frameEnd && r.frameStart < m.frameEnd),
      );
      reported = [...rules, ...added].sort((a, b) => a.span.start - b.span.start);
    }
  }
  // PolNeAR's scheme counts a transcript's turns ("WALLACE: …") as attributions; the
  // tagger never learned them. Only under that scheme: in news copy a capitalised label
  // before a colon is as often a dateline or an editor's note.
  if (options.modelKeep === 'all') {
    const turns = transcriptTurns(text, paragraphs);
    if (turns.length > 0) {
      // The tagger's own reading of a turn's colon gives way to the turn.
      const colons = new Set(turns.map((t) => t.cue.start));
      reported = [...reported.filter((r) => !colons.has(r.cue.start)), ...turns].sort(
        (a, b) => a.span.start - b.span.start,
      );
    }
  }
  if (mode !== 'rules' && options.modelOverQuotes) {
    // The model's spans follow the annotation conventions it was trained on; where it
    // attributes a quotation, its attribution replaces the rule's.
    const modelled = reported;
    for (let k = kept.length - 1; k >= 0; k--) {
      const unit = kept[k]!;
      if (modelled.some((m) => m.span.start < unit.span.end && unit.span.start < m.span.end))
        kept.splice(k, 1);
    }
  }
  let r = 0;
  const flushReported = (until: number) => {
    while (r < reported.length && reported[r]!.span.start < until) {
      const rep = reported[r++]!;
      if (claimed.some((c) => c.start < rep.span.end && rep.span.start < c.end)) continue;
      if (kept.some((k) => k.span.start < rep.frameEnd && rep.frameStart < k.span.end)) continue;
      const resolved = rep.phrase ? resolveSpeaker(rep.phrase, context) : null;
      if (!resolved && rep.phrase && options.modelKeep === 'all') {
        // PolNeAR annotates the source as written, not its referent: a pronoun or a
        // description the resolver cannot tie to anyone keeps its span (not a turn, so
        // later pronouns are not resolved to it).
        out.push(sourceAsWritten(rep.span, rep.kind, rep.phrase, cueOf(text, rep.cue), options.by));
        continue;
      }
      record(rep.span, rep.kind, resolved, cueOf(text, rep.cue), 0.75);
    }
  };
  for (const unit of kept) {
    flushReported(unit.span.start);
    // Under PolNeAR's scheme a quoted phrase no cue introduces ("came across as “too
    // loud”") is not an attribution of its own: 1 of 42 such dev quotes was one.
    if (options.modelKeep === 'all' && unit.kind === 'partial' && !unit.frame) continue;
    const cue = unit.frame ? cueOf(text, unit.frame.cue) : null;
    let resolved: Resolved | null = null;
    let base = unit.kind === 'direct' ? 0.92 : 0.85;
    if (unit.frame?.phrase) {
      resolved = resolveSpeaker(unit.frame.phrase, context);
      claimed.push({
        start: Math.min(unit.frame.cue.start, unit.frame.phrase.start),
        end: Math.max(unit.frame.cue.end, unit.frame.phrase.end),
      });
    } else {
      resolved = contextualSpeaker(text, unit, context, sentences, sentenceOf, index, paragraphs);
      base = 0.7;
    }
    claimed.push(unit.span);
    record(unit.span, unit.kind, resolved, cue, base);
  }
  flushReported(text.length + 1);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A model attribution whose source phrase resolved to nobody, with the phrase as its
 * speaker as written (only under PolNeAR's conventions, `modelKeep: 'all'`).
 */
function sourceAsWritten(span: Span, kind: QuoteKind, phrase: SpeakerPhrase, cue: Cue, by: string): Quote {
  const speaker: Speaker = {
    name: phrase.text.replace(/\s+/gu, ' ').trim(),
    entityId: null,
    mention: { start: phrase.start, end: phrase.end },
  };
  return { start: span.start, end: span.end, kind, speaker, cue, confidence: 0.5, by };
}

/** "WALLACE:", "JAKE TAPPER:" opening a paragraph: a speaker's name in capitals and a colon. */
const TRANSCRIPT_TURN = /^((?:\p{Lu}[\p{Lu}.'’-]+)(?: \p{Lu}[\p{Lu}.'’-]+){0,2}):[ \t]+/u;
/** Capitalised labels that are not speakers. */
const NOT_SPEAKER_LABELS = new Set(
  "UPDATE UPDATED NOTE CORRECTION CLARIFICATION DISCLOSURE DISCLAIMER WATCH VIDEO PHOTOS PHOTO READ MORE BREAKING EXCLUSIVE RELATED SOURCE SOURCES EDITOR’S EDITOR'S Q A".split(
    ' ',
  ),
);

/**
 * The turns of a transcript: a paragraph opening with a name in capitals and a colon;
 * the name is the source, the colon the cue, the rest of the paragraph the content.
 */
function transcriptTurns(text: string, paragraphs: readonly Paragraph[]): ReportedEntry[] {
  const out: ReportedEntry[] = [];
  for (const p of paragraphs) {
    const m = TRANSCRIPT_TURN.exec(text.slice(p.start, Math.min(p.end, p.start + 60)));
    if (!m || m[1]!.split(' ').some((w) => NOT_SPEAKER_LABELS.has(w))) continue;
    let end = p.end;
    // PolNeAR's contents stop before a final period.
    while (end > p.start && /[\s.]/u.test(text[end - 1]!)) end--;
    const contentStart = p.start + m[0].length;
    if (wordsIn(text, contentStart, end).length < 3) continue;
    const colon = p.start + m[1]!.length;
    out.push({
      span: { start: contentStart, end },
      cue: { start: colon, end: colon + 1, lemma: 'say', core: true },
      phrase: { start: p.start, end: colon, kind: 'name', referent: null, text: m[1]! },
      frameStart: p.start,
      frameEnd: end,
      kind: 'direct',
    });
  }
  return out;
}

/** A model attribution a reader would call a quote: a speech-verb cue and a clause of content. */
function isSpeech(text: string, m: ReportedEntry): boolean {
  const cue = text.slice(m.cue.start, m.cue.end).toLowerCase();
  if (!CORE_VERB_FORMS.has(cue) && cue !== 'according to') return false;
  const words = wordsIn(text, m.span.start, m.span.end);
  const lemma = CORE_VERB_FORMS.get(cue) ?? cue;
  return (
    words.length >= 4 &&
    !/^(to|for|of|with|about|on|by)$/.test(words[0]!.lower) &&
    clauseFollows(lemma, words)
  );
}

function cueOf(text: string, cue: Span): Cue {
  return { start: cue.start, end: cue.end, text: text.slice(cue.start, cue.end) };
}

/** A verb or a conjunction: the words before a "that" are a clause of their own. */
const CLAUSE_BEFORE_THAT =
  /\b(?:is|are|was|were|has|have|had|will|would|could|can|should|did|does|do|and|but|or)\b/iu;

/** Where reported content begins after a cue: past "that", "reporters", "in a statement". */
function skipToContent(text: string, frame: Frame, quoteStart: number): number {
  const from = Math.max(frame.cue.end, frame.phrase?.end ?? 0);
  const between = text.slice(from, quoteStart);
  const that = /^(.{0,60}?\b)that\s+/su.exec(between);
  // "said he was relieved but that the city …": a clause before "that" is content too.
  if (that && !/[“"]/u.test(that[1]!) && !CLAUSE_BEFORE_THAT.test(that[1]!)) return from + that[0].length;
  // "told reporters she had …", "told the BBC the plan …": the listener is not content.
  if (LISTENER_LEMMAS.has(frame.cue.lemma)) {
    const listener = LISTENER.exec(between);
    if (listener && listener[0].length < between.length) return from + listener[0].length;
  }
  const lead = /^[\s,:]*/u.exec(between)![0].length;
  return from + lead;
}

/** Verbs whose object is who was told ("told reporters …"). */
const LISTENER_LEMMAS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'brief']);
/**
 * A listener: one lower-case word or up to three capitalised ones, with a determiner,
 * followed by the subject of the reported clause (a lower-case word that is no
 * preposition, or a pronoun).
 */
const LISTENER =
  /^\s+(?:(?:the|a|his|her|their)\s+)?(?:\p{Ll}[\p{L}-]*|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?=(?!(?:in|on|at|of|for|during|after|before|with|by|from|via|last|this|that)\s)\p{Ll}|(?:I|He|She|They|We|It)\s)/u;

const FOLLOW_UP =
  /^\s*(?:(?:that|this) (?:was|is) how|(?:(?:that|this|those|these) (?:was|were|is|are) )?(?:so (?:said|says)|(?:the )?(?:[\p{L}-]+ )?(?:words|remarks|comments|message|warning|verdict|view|response|reaction|assessment|promise|plea|complaint|criticism|appeal|accusation|rebuke|question|claim|demand|admission|threat|pledge|tribute) (?:(?:were|was) (?:those|that) of|belonged to|(?:were|was) (?:spoken|uttered|written|delivered) by|(?:came )?(?:from|of))))\s+/iu;

/**
 * A quotation with no cue of its own: its speaker comes from the next sentence when
 * that one names who spoke ("That was the message from …", "Berg was speaking …"),
 * else from the paragraph's current speaker, else from the previous paragraph when
 * this one is nothing but the quotation (the continuing speaker of a long quote).
 */
function contextualSpeaker(
  text: string,
  unit: Unit,
  context: ResolveContext,
  sentences: readonly Sentence[],
  sentenceOf: (o: number) => number,
  index: ReferentIndex,
  paragraphs: readonly Paragraph[],
): Resolved | null {
  const lastPart = unit.parts[unit.parts.length - 1]!;
  const inside = attributionInside(text, unit.parts[0]!, index);
  // An explicit attribution inside wins; a pronoun there with no antecedent leaves no
  // speaker rather than a neighbour's.
  if (inside) return resolveSpeaker(inside, context);
  const paragraph = context.paragraphOf(unit.span.start);
  const si = sentenceOf(Math.max(unit.span.end - 1, unit.span.start));
  const next = sentences[si + 1];
  // A quotation that is a paragraph of its own may be attributed by the next paragraph's
  // opening ("“…” / That was the verdict of Giuseppe Ferraro, who …").
  const wholeParagraph =
    quoteOpensParagraph(text, unit, context) &&
    text.slice(lastPart.end, paragraphs[context.paragraphOf(lastPart.end)]!.end).trim() === '';
  if (
    next &&
    wholeParagraph &&
    context.paragraphOf(next.start) === context.paragraphOf(lastPart.end) + 1 &&
    next.start >= unit.span.end
  ) {
    const follow = FOLLOW_UP.exec(text.slice(next.start, next.end));
    if (follow) {
      const phrase = speakerAfter(text, next.start + follow[0].length - 1, next.end, index);
      if (phrase) return resolveSpeaker(phrase, context);
    }
    if (paragraph === 0) {
      const introduced = introducedNext(text, next, paragraphs[context.paragraphOf(next.start)]!, index);
      if (introduced) return introduced;
    }
  }
  const transcript = transcriptSpeaker(text, unit, paragraphs[paragraph]!, index);
  if (transcript) return transcript;
  const answer = interviewAnswer(text, unit, paragraphs, paragraph, context);
  if (answer) return answer;
  const byLead = possessiveLead(text, unit, context, sentences[sentenceOf(unit.span.start)]!, index);
  if (byLead) return byLead;
  const byColon = colonLead(text, unit, context, sentences[sentenceOf(unit.span.start)]!, index);
  if (byColon) return byColon;
  if (
    next &&
    context.paragraphOf(next.start) === context.paragraphOf(lastPart.end) &&
    next.start >= unit.span.end
  ) {
    const follow = FOLLOW_UP.exec(text.slice(next.start, next.end));
    if (follow) {
      const phrase = speakerAfter(text, next.start + follow[0].length - 1, next.end, index);
      if (phrase) return resolveSpeaker(phrase, context);
    }
    // "Berg was speaking after …" / "Berg, 54, said the talks …": a subject that speaks next
    // (not for a partial quotation inside its own sentence, nor when the next sentence
    // quotes words of its own).
    const ws = unit.kind === 'partial' ? [] : wordsIn(text, next.start, next.end);
    // "“…” The Indian minister made the remark at the start of the talks.": the subject of
    // a sentence about the remark itself.
    const remark =
      unit.kind === 'partial'
        ? null
        : REMARK_MADE.exec(text.slice(next.start, Math.min(next.end, next.start + 140)));
    if (remark) {
      const phrase = speakerBefore(text, next.start, next.start + remark[1]!.length, index);
      if (phrase && phrase.kind !== 'pronoun' && phrase.start - next.start < 3) {
        const resolved = resolveSpeaker(phrase, context);
        if (resolved) return { ...resolved, certainty: resolved.certainty * 0.85 };
      }
    }
    const cue = cuesIn(ws.slice(0, 8))[0];
    if (cue && cue.lemma !== 'according to' && !/[“"«„]/u.test(text.slice(cue.end, next.end))) {
      const phrase = speakerBefore(text, next.start, cue.start, index);
      if (phrase && phrase.kind !== 'pronoun' && phrase.start - next.start < 3) {
        const resolved = resolveSpeaker(phrase, context);
        if (resolved) return { ...resolved, certainty: resolved.certainty * 0.85 };
      }
    }
  }
  for (let i = context.turns.length - 1; i >= 0; i--) {
    const t = context.turns[i]!;
    if (
      t.paragraph === paragraph ||
      (t.paragraph === paragraph - 1 && unit.kind !== 'partial' && quoteOpensParagraph(text, unit, context))
    ) {
      return {
        speaker: { ...t.speaker },
        referent: t.referent,
        certainty: t.paragraph === paragraph ? 0.85 : 0.75,
      };
    }
    if (t.paragraph < paragraph - 1) break;
  }
  // "Sarah Okonjo, whose children attend the school, helped start the petition. “This is
  // a village school …”": a quotation opening a sentence after a sentence in the same
  // paragraph whose subject is the one person named in it.
  const subject = unit.kind === 'partial' ? null : subjectBefore(unit, context, sentences, sentenceOf, index);
  if (subject) return subject;
  // A paragraph that is only a quotation, after a paragraph about one person ("Streeting
  // put it bluntly:", "Lindqvist addressed shareholders. He began with an apology.").
  if (paragraph > 0 && quoteOpensParagraph(text, unit, context)) {
    const prev = paragraphs[paragraph - 1]!;
    const people = new Set<Referent>();
    let first: Referent | null = null;
    for (let oi = firstOccurrenceFrom(index, prev.start); oi < index.occurrences.length; oi++) {
      const o = index.occurrences[oi]!;
      if (o.start >= prev.end) break;
      if (o.start < prev.start || o.referent.type !== 'person' || insideQuote(context.quoted, o.start))
        continue;
      people.add(o.referent);
      first ??= o.referent;
    }
    const intro = /:\s*$/u.test(text.slice(prev.start, prev.end));
    const only = people.size === 1 ? first : null;
    const chosen = only ?? (intro ? first : null);
    if (chosen) {
      const mention = chosen.occurrences.find((o) => o.start >= prev.start && o.end <= prev.end) ?? null;
      return {
        speaker: { name: chosen.name, entityId: chosen.entityId, mention },
        referent: chosen,
        certainty: intro ? 0.75 : 0.6,
      };
    }
  }
  return null;
}

/**
 * The speaker of an uncued quotation that opens a sentence: the previous sentence of the
 * paragraph opens with a person's name and names no other person outside quotations.
 */
function subjectBefore(
  unit: Unit,
  context: ResolveContext,
  sentences: readonly Sentence[],
  sentenceOf: (o: number) => number,
  index: ReferentIndex,
): Resolved | null {
  const si = sentenceOf(unit.span.start);
  const here = sentences[si];
  const prev = sentences[si - 1];
  if (!here || !prev || unit.span.start - here.start > 1) return null;
  if (context.paragraphOf(prev.start) !== context.paragraphOf(unit.span.start)) return null;
  let person: Occurrence | null = null;
  for (let oi = firstOccurrenceFrom(index, prev.start); oi < index.occurrences.length; oi++) {
    const o = index.occurrences[oi]!;
    if (o.start >= prev.end) break;
    if (o.start < prev.start || o.referent.type !== 'person' || insideQuote(context.quoted, o.start))
      continue;
    if (person && person.referent !== o.referent) return null;
    person ??= o;
  }
  if (!person || person.start - prev.start > 1) return null;
  return resolvedAs(person.referent, person, 0.6);
}

/** "NAME made the remark(s) / the comments …", "NAME was speaking …": the subject is group 1. */
const REMARK_MADE =
  /^([^,.;:“”"]{2,80}?)\s+(?:made (?:the|these|those|his|her) (?:remarks?|comments?)|(?:was|were) speaking)\b/u;

/**
 * A quotation opening an article, and a next paragraph that introduces a person who
 * speaks in it: "“If the river drops …” / Klaus Reinholz has been running cargo … He
 * said …", "The director of the museum, Lilla Szabó, was speaking at …". The person is
 * named first in that sentence (after a description at most) and not before it.
 */
function introducedNext(
  text: string,
  next: Sentence,
  paragraph: Paragraph,
  index: ReferentIndex,
): Resolved | null {
  for (let oi = firstOccurrenceFrom(index, next.start); oi < index.occurrences.length; oi++) {
    const o = index.occurrences[oi]!;
    if (o.start < next.start) continue;
    if (o.start > next.start + 120) break;
    const r = o.referent;
    if (r.type !== 'person' || r.occurrences.some((x) => x.start < next.start)) return null;
    const lead = text.slice(next.start, o.start);
    if (lead.trim() !== '' && !(/,\s*$/u.test(lead) && isDescriptionRun(lead))) return null;
    const body = text.slice(paragraph.start, paragraph.end);
    const speaks =
      cuesIn(wordsIn(text, paragraph.start, paragraph.end)).some((c) => c.core) ||
      /\b(?:was|were) speaking\b/u.test(body);
    if (!speaks) return null;
    return resolvedAs(o.referent, o, 0.6);
  }
  return null;
}

/** "Lindqvist: “Brutal. We pitched to sixty funds …”": an interview transcript's speaker. */
function transcriptSpeaker(
  text: string,
  unit: Unit,
  paragraph: Paragraph,
  index: ReferentIndex,
): Resolved | null {
  const lead = text.slice(paragraph.start, unit.span.start);
  const colon = /^\s*([^:“”"]{2,60}):\s*$/u.exec(lead);
  if (!colon) return null;
  for (let oi = firstOccurrenceFrom(index, paragraph.start); oi < index.occurrences.length; oi++) {
    const o = index.occurrences[oi]!;
    if (o.start < paragraph.start) continue;
    if (o.start >= unit.span.start) break;
    if (o.referent.type !== 'person' || text.slice(paragraph.start, o.start).trim() !== '') continue;
    if (text.slice(o.end, unit.span.start).trim() !== ':') continue;
    return resolvedAs(o.referent, o, 0.8);
  }
  return null;
}

/** A paragraph of a question-and-answer interview: "Q: …", "A: …". */
const QA_TURN = /^\s*[QA]\s*[:.]\s/u;

/**
 * `A: “I was at home with my wife …”` (or the quotation alone, right after a "Q:"
 * paragraph) in a question-and-answer interview: the answer is
 * the interviewee's, the last person named in the paragraph that introduces the
 * interview (the nearest one before the run of Q/A paragraphs: "In an interview at
 * DeepMind's offices, Hassabis, 48, spoke about …"), outside quotations.
 */
function interviewAnswer(
  text: string,
  unit: Unit,
  paragraphs: readonly Paragraph[],
  paragraph: number,
  context: ResolveContext,
): Resolved | null {
  const own = paragraphs[paragraph]!;
  const lead = text.slice(own.start, unit.span.start);
  const isQuestion = (k: number) =>
    /^\s*Q\s*[:.]\s/u.test(text.slice(paragraphs[k]!.start, paragraphs[k]!.start + 4));
  // An answer written as a bare quotation paragraph right after a "Q:" paragraph.
  const bare = /^\s*["“«„]?$/u.test(lead) && paragraph > 0 && isQuestion(paragraph - 1);
  if (!bare && !/^\s*A\s*[:.]\s*$/u.test(lead)) return null;
  const isAnswer = (k: number) =>
    QA_TURN.test(text.slice(paragraphs[k]!.start, paragraphs[k]!.start + 4)) ||
    (bare && /^\s*["“«„]/u.test(text.slice(paragraphs[k]!.start, paragraphs[k]!.start + 3)));
  let p = paragraph - 1;
  while (p >= 0 && isAnswer(p)) p--;
  // Bare answers: the interview may go on after a paragraph of narrative ("Stubb, 57, said
  // he speaks to President Trump …"); the introduction stands before its first question.
  if (bare) {
    let first = p;
    for (let k = p; k >= 0; k--) if (isQuestion(k)) first = k - 1;
    p = first;
  }
  if (p < 0 || p === paragraph - 1) return null;
  const intro = paragraphs[p]!;
  const { index } = context;
  let last: Occurrence | null = null;
  for (let oi = firstOccurrenceFrom(index, intro.start); oi < index.occurrences.length; oi++) {
    const o = index.occurrences[oi]!;
    if (o.start >= intro.end) break;
    if (o.referent.type === 'person' && !insideQuote(context.quoted, o.start)) last = o;
  }
  return last ? resolvedAs(last.referent, last, 0.7) : null;
}

/**
 * `“We lost the vote, he said. We did not lose …”`: scraped copy that lost the marks
 * around an attribution leaves it inside the quotation, after its first clause.
 */
const INNER_ATTRIBUTION =
  /^[^“”"«».?!]{3,200}?,\s+(he|she|they|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})\s+(?:said|says|added|continued|told\s+\p{L}+)[.,]\s/u;

function attributionInside(text: string, q: QuotedSpan, index: ReferentIndex): SpeakerPhrase | null {
  const m = INNER_ATTRIBUTION.exec(text.slice(q.innerStart, Math.min(q.innerEnd, q.innerStart + 300)));
  if (!m) return null;
  const start = q.innerStart + m[0].indexOf(m[1]!, m[0].lastIndexOf(',') + 1);
  const end = start + m[1]!.length;
  const lower = m[1]!.toLowerCase();
  if (lower === 'he' || lower === 'she' || lower === 'they')
    return { start, end, kind: 'pronoun', referent: null, text: lower };
  const o = index.occurrences.find((x) => x.start === start && x.end <= end);
  return o
    ? { start: o.start, end: o.end, kind: 'mention', referent: o.referent, text: text.slice(o.start, o.end) }
    : { start, end, kind: 'name', referent: null, text: m[1]! };
}

/** "Her message to the board was blunt: “…”": a possessive and a noun of speech before the quote. */
const POSSESSIVE_LEAD =
  /^\s*(?:\p{L}+\s+){0,3}?(his|her|their)\s+(?:[\p{L}-]+\s+)?(?:message|answer|reply|response|verdict|warning|view|advice|explanation|plea|argument|words|promise|assessment|conclusion|point|case|diagnosis|prediction|instruction|demand|complaint)\b[^“”"«»]{0,60}[:,—–]\s*$/iu;

/**
 * The speaker a possessive lead points to: the pronoun's antecedent before the quote,
 * else — at the top of an article — the first person of that gender named after it, in
 * this or the next paragraph.
 */
function possessiveLead(
  text: string,
  unit: Unit,
  context: ResolveContext,
  sentence: Sentence,
  index: ReferentIndex,
): Resolved | null {
  const from = sentence.start;
  const m = POSSESSIVE_LEAD.exec(text.slice(from, unit.span.start));
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const pronoun = word === 'his' ? 'he' : word === 'her' ? 'she' : 'they';
  const at = from + m[0].toLowerCase().indexOf(word);
  const back = resolveSpeaker(
    { start: at, end: at + word.length, kind: 'pronoun', referent: null, text: pronoun },
    context,
  );
  if (back) return back;
  if (pronoun === 'they') return null;
  const gender = pronoun === 'he' ? 'male' : 'female';
  const paragraph = context.paragraphOf(unit.span.start);
  for (let oi = firstOccurrenceFrom(index, unit.span.end); oi < index.occurrences.length; oi++) {
    const o = index.occurrences[oi]!;
    if (o.start < unit.span.end) continue;
    if (context.paragraphOf(o.start) > paragraph + 1) break;
    if (o.referent.type !== 'person' || insideQuote(context.quoted, o.start)) continue;
    if (o.referent.gender !== gender && o.referent.gender !== 'unknown') continue;
    return resolvedAs(o.referent, o, 0.6);
  }
  return null;
}

/**
 * "The union's leader, Anna Berg, was blunt: “…”", "Berg did not mince her words: “…”": a
 * short clause ending in a colon before the quotation, with a person as its subject (the
 * first person named in it, or a pronoun opening it).
 */
function colonLead(
  text: string,
  unit: Unit,
  context: ResolveContext,
  sentence: Sentence,
  index: ReferentIndex,
): Resolved | null {
  const from = sentence.start;
  if (from >= unit.span.start) return null;
  const lead = text.slice(from, unit.span.start);
  if (!/:\s*$/u.test(lead) || /[“”"«»;]/u.test(lead) || wordsIn(text, from, unit.span.start).length > 14)
    return null;
  const pronoun = /^\s*(he|she)\s/iu.exec(lead);
  if (pronoun) {
    const at = from + pronoun[0].indexOf(pronoun[1]!);
    return resolveSpeaker(
      {
        start: at,
        end: at + pronoun[1]!.length,
        kind: 'pronoun',
        referent: null,
        text: pronoun[1]!.toLowerCase(),
      },
      context,
    );
  }
  for (let oi = firstOccurrenceFrom(index, from); oi < index.occurrences.length; oi++) {
    const o = index.occurrences[oi]!;
    if (o.start >= unit.span.start) break;
    if (o.start < from || o.referent.type !== 'person') continue;
    // Only the subject: a person after a verb ("… was a warning to Berg:") is not.
    const before = text.slice(from, o.start);
    if (before.trim() !== '' && !isDescriptionRun(before) && !isTitleRun(before)) return null;
    return resolveSpeaker(
      { start: o.start, end: o.end, kind: 'mention', referent: o.referent, text: text.slice(o.start, o.end) },
      context,
    );
  }
  return null;
}

function quoteOpensParagraph(text: string, unit: Unit, context: ResolveContext): boolean {
  const p = context.paragraphOf(unit.span.start);
  for (let i = unit.span.start - 1; i >= 0; i--) {
    if (context.paragraphOf(i) !== p) return true;
    if (!/\s/u.test(text[i]!)) return false;
  }
  return true;
}
