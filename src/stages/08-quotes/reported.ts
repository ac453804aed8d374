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
  AGE_NOUN,
  BACK_VERBS,
  type CueMatch,
  countWords,
  cueAt,
  cuesIn,
  isDescriptionRun,
  isPluralSpeakerNoun,
  isTitleRun,
  LAST_PART,
  lengthsByOpening,
  openingAdverbial,
  openingLead,
  openingPlace,
  openingSpeaker,
  type SpeakerPhrase,
  speakerAfter,
  speakerBefore,
  type Word,
  wordsIn,
} from './cues.js';
import {
  CORE_VERB_FORMS,
  DOCUMENT_NOUNS,
  isDemonym,
  isOrgNoun,
  isPersonNoun,
  PARTIAL_VERB_FORMS,
  SPEECH_VERB_FORMS,
} from './lexicon.js';
import { firstOccurrenceFrom, type ReferentIndex } from './referents.js';

export interface ReportedSpeech {
  readonly span: Span;
  readonly cue: CueMatch;
  readonly phrase: SpeakerPhrase | null;
  /** The whole sentence stretch the attribution uses (content, cue and speaker). */
  readonly frameStart: number;
  readonly frameEnd: number;
}

/** Speech acts that commit the speaker, with an infinitive: "promised to", "vowed not to". */
const COMMISSIVE = new Set(['promise', 'pledge', 'vow', 'threaten']);
/** Speech acts that direct a listener, with an infinitive: "urged farmers not to panic". */
const DIRECTIVE = new Set(['urge', 'warn', 'advise', 'tell', 'remind']);

/**
 * Do `ws` (the words after a directive verb) hold a listener and an infinitive: "the
 * population to economise water", "both countries to exercise restraint", "residents not
 * to travel"? A few words that are no clause and hold no punctuation, then "(not) to" and a
 * lower-case verb. Not "asked not to be named" (no listener), "asked to leave", "asked
 * whether …", "asked by the judge …".
 */
function listenerThenInfinitive(text: string, ws: readonly Word[]): boolean {
  const first = ws[0]?.lower ?? '';
  if (
    /^(?:to|not|by|of|for|about|with|on|in|at|that|whether|if|why|how|what|when|where|who|him|her|them|me|us)$/u.test(
      first,
    )
  )
    return false;
  const to = ws.slice(1, 7).findIndex((w) => w.lower === 'to') + 1;
  if (to < 1 || !ws[to + 1] || !/^\p{Ll}+$/u.test(ws[to + 1]!.lower) || ws[to + 1]!.capitalized) return false;
  if (ws.slice(0, to).some((w) => FINITE.has(w.lower) || CLAUSE_WORD.test(w.lower) || w.lower === 'that'))
    return false;
  return !/[,;:“”"]/u.test(text.slice(ws[0]!.start, ws[to]!.start));
}

/** Verbs whose first object is a listener, skipped before the content: "told reporters". */
const LISTENER_VERBS = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'brief']);
/** Lemmas that do not introduce reported content in this position. */
const NO_CONTENT = new Set(['ask', 'continue', 'answer', 'reply', 'respond', 'comment', 'post', 'report']);
/** Does `s` end in a comma and whitespace (/,\s*$/u)? */
function endsWithComma(s: string): boolean {
  let e = s.length;
  while (e > 0 && isSpaceAt(s, e - 1)) e--;
  return e > 0 && s.charCodeAt(e - 1) === 44;
}

/** Verbs that refuse a following "to say": "declined to say", "refused to comment". */
const REFUSALS = new Set(['declined', 'refused', 'failed', 'wanted', 'tried']);

/**
 * Does `s` (the text right before a cue) end in a negation or a refusal: "did not", "never",
 * "wouldn't", "cannot", "declined to"? By hand, as the pattern
 * /(?:\b(?:not|never)|n['’]t|\b(?:declined|refused|failed|wanted|tried)\s+to|\bcannot)\s+$/iu.
 */
function negatedBefore(s: string): boolean {
  let e = s.length;
  while (e > 0 && isSpaceAt(s, e - 1)) e--;
  if (e === s.length) return false;
  const word = lastAsciiWord(s, e);
  if (word === null) return false;
  const lower = word.toLowerCase();
  const b = e - word.length;
  const bounded = b === 0 || !isAsciiWordChar(s.charCodeAt(b - 1));
  if ((lower === 'not' || lower === 'never' || lower === 'cannot') && bounded) return true;
  // "n't", "n’t": an apostrophe between "n" and the final "t".
  if (lower === 't' && b >= 2) {
    const q = s.charCodeAt(b - 1);
    const n = s.charCodeAt(b - 2);
    if ((q === 39 || q === 0x2019) && (n === 110 || n === 78)) return true;
  }
  if (lower !== 'to' || !bounded) return false;
  let k = b;
  while (k > 0 && isSpaceAt(s, k - 1)) k--;
  if (k === b) return false;
  const verb = lastAsciiWord(s, k);
  return (
    verb !== null &&
    REFUSALS.has(verb.toLowerCase()) &&
    (k - verb.length === 0 || !isAsciiWordChar(s.charCodeAt(k - verb.length - 1)))
  );
}

/** The run of ASCII letters ending at `e` in `s`, or null. */
function lastAsciiWord(s: string, e: number): string | null {
  let b = e;
  while (b > 0 && isAsciiLetter(s.charCodeAt(b - 1))) b--;
  return b === e ? null : s.slice(b, e);
}
/** Verbs of denial, whose object may be what others claimed. */
const DENIAL = new Set(['deny', 'reject', 'dispute', 'dismiss']);
/** Others' claims as the object of a denial: "accusations that", "the allegations". */
const OTHERS_CLAIM =
  /^(?:the\s+|any\s+|all\s+)?(?:accusations?|allegations?|claims?|reports?|suggestions?|charges?|rumou?rs?|criticism)\b/iu;
/** A verb before a relative's antecedent: a past tense, a participle or an auxiliary. */
const VERB_LIKE = /\b(?:\p{Ll}{3,}(?:ed|ing)|is|are|was|were|has|have|had)\s+/gu;
/** ", who said", " who had told": a relative clause whose subject is the noun before it. */
const RELATIVE_WHO = /,?\s+who\s+(?:(?:also|later|have|has|had|previously)\s+)?$/u;
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
const DETERMINED_NOUN_PHRASE =
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

/** `s[from, to)` is 1–80 characters (not counting leading spaces) without . ; : or quotation marks. */
function leadPhrase(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  let k = from;
  while (k < to && isSpaceAt(s, k)) k++;
  if (to - k > 80) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 59 || c === 58 || c === 0x201c || c === 0x201d || c === 34) return false;
  }
  return true;
}

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

/** `\s` at `s[i]` (ASCII answered without a regex). */
function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(s[i]!);
}
const SPACE = /\s/u;
/** A character of `\w` (what `\b` looks at). */
const isAsciiWordChar = (c: number) => isAsciiLetterOrDigit(c) || c === 95;

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
function clauseLeadOk(preceding: string): boolean {
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

const HONORIFIC = /^(?:Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Sir|Dame)$/u;
const MIN_CONTENT_WORDS = 3;
/** Verbs that also take a plain object ("announced a plan", "denied the charges"). */
const NEEDS_CLAUSE = new Set([
  'announce',
  'declare',
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
  if (!NEEDS_CLAUSE.has(lemma) || words.slice(0, 6).some((w) => FINITE.has(w.lower) || w.lower === 'that'))
    return true;
  // "declared Mahama the winner": a name and what it was declared is a result announced
  // (not "declared its own emergency", "declared the outbreak an emergency").
  if (lemma === 'declare' && words[0]?.capitalized && /^(?:the|a|an)$/u.test(words[1]?.lower ?? ''))
    return true;
  // "recalled queuing for two hours", "admitted taking the money": a gerund's clause.
  const first = words[0]?.lower ?? '';
  return GERUND_CUES.has(lemma) && /^\p{Ll}{2,}ing$/u.test(first) && !NOUN_IN_ING.has(first);
}

/** Verbs whose gerund object is reported content. */
const GERUND_CUES = new Set(['recall', 'admit', 'deny', 'acknowledge', 'concede']);
/** Nouns and pronouns in -ing that are objects, not gerunds ("denied wrongdoing"). */
const NOUN_IN_ING = new Set(
  'wrongdoing nothing anything everything something funding training meeting spending building housing morning evening ceiling earnings ruling offering'.split(
    ' ',
  ),
);

/** Finite verbs and auxiliaries that show a clause follows. */
const FINITE = new Set(
  (
    'is are was were be been has have had will would can could should may might must did does do ' +
    "won’t won't isn’t wasn’t aren’t weren’t hasn’t haven’t hadn’t didn’t doesn’t don’t cannot " +
    'plans planned wants wanted needs needed remains remained'
  ).split(' '),
);
/** Prepositions that open an adverbial phrase between a cue and its "that". */
const LEAD_PREPOSITION = /^(?:in|on|at|during|via|after|before|through|to|from)$/u;
/** Words that show a clause (not a phrase) before a "that": it may be a relative "that". */
const CLAUSE_WORD = /^(?:who|which|where|when|whose|whom|while|because|and|or|but|if|what|how|why)$/u;

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

/**
 * The words of a sentence (`ws`, as {@link wordsIn} split it) from `at`, the end of one
 * of them, on: the words a fresh split from `at` to the sentence's end gives, because
 * what a word's end leaves out (a final period, an apostrophe) holds no word character,
 * so a split from `at` meets the same next word and cuts the last at the same end.
 */
function wordsAfter(ws: readonly Word[], at: number): readonly Word[] {
  let j = ws.length;
  while (j > 0 && ws[j - 1]!.start >= at) j--;
  return ws.slice(j);
}

/** Words that make a number an approximation ("about 300", "over 1,000", "around a dozen"). */
const APPROXIMATORS: ReadonlySet<string> = new Set([
  'about',
  'around',
  'over',
  'nearly',
  'almost',
  'roughly',
]);
/** Number words an approximation may open with ("about two dozen", "over a million"). */
const COUNT_WORD =
  /^(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|half)$/u;

/**
 * "said about 8.5 million devices had been affected": "about" before a number is an
 * approximation opening the content, not the topic of the speech ("said about the plan").
 * After "a", a count noun must follow ("about a dozen", not "about a plan").
 */
function approximateCount(ws: readonly Word[], k: number): boolean {
  if (!APPROXIMATORS.has(ws[k]?.lower ?? '')) return false;
  const next = ws[k + 1];
  if (!next) return false;
  if (/^\d/u.test(next.lower)) return true;
  if (!COUNT_WORD.test(next.lower)) return false;
  return (
    next.lower !== 'a' ||
    /^(?:dozen|hundred|thousand|million|billion|third|quarter|half)$/u.test(ws[k + 2]?.lower ?? '')
  );
}

/** After the cue, skip a listener, a short adverbial phrase and "that" to the content. */
function contentStartAfter(text: string, cue: CueMatch, sentenceWords: readonly Word[]): number | null {
  const ws = wordsAfter(sentenceWords, cue.end);
  if (ws.length === 0) return null;
  const first = ws[0]!.lower;
  // "warned of a second wave", "cautioned against raising rates": the danger is the
  // content, with its verb and preposition as "called for …" is (a bare noun phrase does
  // not say that a warning was given).
  if (
    (cue.lemma === 'warn' || cue.lemma === 'caution') &&
    (first === 'of' || first === 'about' || first === 'against') &&
    ws.length > 3
  )
    return cue.start;
  // "promised to finish the tunnel", "vowed not to resign": the undertaking is the content,
  // with its verb — an infinitive alone does not say what was promised or asked for.
  if (COMMISSIVE.has(cue.lemma) && (first === 'to' || (first === 'not' && ws[1]?.lower === 'to')))
    return cue.start;
  // "asked the population to economise water": a request, the verb included.
  if (cue.lemma === 'ask' && listenerThenInfinitive(text, ws)) return cue.start;
  // "urged farmers not to panic", "warned investors to expect delays": the verb, the
  // addressee and the infinitive are the content.
  if (DIRECTIVE.has(cue.lemma)) {
    const to = ws.slice(1, 7).findIndex((w) => w.lower === 'to') + 1;
    if (
      to > 0 &&
      !/^(?:to|by|of|for|about|with|on|in|at|that)$/u.test(first) &&
      ws
        .slice(0, to)
        .every((w) => !FINITE.has(w.lower) && !CLAUSE_WORD.test(w.lower) && w.lower !== 'that') &&
      !/[,;:“”"]/u.test(text.slice(ws[0]!.start, ws[to]!.start))
    )
      return cue.start;
  }
  if (
    first === 'to' ||
    first === 'by' ||
    first === 'of' ||
    first === 'for' ||
    (first === 'about' && !approximateCount(ws, 0)) ||
    first === 'with'
  )
    return null;
  const thatAt = ws.slice(0, 16).findIndex((w) => w.lower === 'that');
  if (
    thatAt >= 0 &&
    ((thatAt < 12 &&
      ws.slice(0, thatAt).every((w) => LEAD_WORDS.has(w.lower) || /^\p{Lu}/u.test(text[w.start]!))) ||
      // "told state broadcaster ERT that": a listener of a few words (no verb: "told
      // reporters she had been so nervous that …" reports what follows "told reporters").
      (LISTENER_VERBS.has(cue.lemma) &&
        thatAt <= 6 &&
        !ws.slice(0, thatAt).some((w) => FINITE.has(w.lower))) ||
      // "wrote in a note to clients that", "told shareholders at the annual meeting in
      // Omaha on Saturday that": a listener or a prepositional phrase with no verb in it.
      ((LISTENER_VERBS.has(cue.lemma) || LEAD_PREPOSITION.test(first)) &&
        ws.slice(0, thatAt).every((w) => !FINITE.has(w.lower) && !CLAUSE_WORD.test(w.lower))))
  ) {
    const between = text.slice(cue.end, ws[thatAt]!.start);
    // "said in a speech that was broadcast …": a verb right after "that" makes it a relative.
    const relative = thatAt > 0 && FINITE.has(ws[thatAt + 1]?.lower ?? '');
    if (!/[;:“”"]/u.test(between) && !relative) return ws[thatAt]!.end;
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
    // "in a video message", "in a televised address", "at a press conference": the noun
    // after the one that stopped the phrase is part of it.
    while (
      k < ws.length &&
      /^(?:message|address|call|conference|briefing|interview|post|statement)$/.test(ws[k]!.lower)
    )
      k++;
  }
  if (k >= ws.length) return null;
  // "told staff in an internal email seen by news outlets": a participle after the
  // adverbial describes it (the email) and opens no clause.
  if (
    k > 0 &&
    /^(?:seen|obtained|reviewed|published|posted|released|sent|shared|issued|broadcast|aired)$/.test(
      ws[k]!.lower,
    ) &&
    /^(?:by|on|to|in|at|late|early|last)$/.test(ws[k + 1]?.lower ?? '')
  )
    return null;
  // "announced a plan to build homes" is an act, not speech: these verbs need a clause.
  if (!clauseFollows(cue.lemma, ws.slice(k))) return null;
  const next = ws[k + 1]?.lower ?? '';
  const atLeast = ws[k]!.lower === 'at' && (next === 'least' || next === 'most');
  if (
    !atLeast &&
    !approximateCount(ws, k) &&
    /^(to|by|of|for|about|with|on|in|at|over|against)$/.test(ws[k]!.lower)
  )
    return null;
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
  for (let oi = firstOccurrenceFrom(index, from); oi < index.occurrences.length; oi++) {
    const o = index.occurrences[oi]!;
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

/**
 * What may follow a trailing attribution to the end of the sentence: nothing, a time or
 * place ("on Tuesday", "in Brussels"), or a circumstance ("after lengthy talks in the
 * Saudi city of Jeddah", "during a visit to Kyiv") with no comma inside.
 */
export const TRAILING_TAIL =
  /^(?:\s+(?:(?:on|in|at|late|early|last|this)\b[^,.;]{0,40}|(?:after|before|during|following|while|when|as|from|in|at|on)\b[^,.;:“”"]{0,90}))?(?:[\s.!?]*$|\s*,)/u;

/** Verbs of characterisation: "described the proposal as positive" is the content, cue included. */
const CHARACTERISE = new Set([
  'describe',
  'characterize',
  'characterise',
  'hail',
  'dismiss',
  'brand',
  'label',
]);
/** Non-core speech verbs that report speech when "that" follows: "estimated that the yield…". */
const THAT_CUES = new Set([
  'estimate',
  'forecast',
  'indicate',
  'signal',
  'propose',
  'recommend',
  'assure',
  'inform',
  'advise',
  'demand',
  'threaten',
]);

/**
 * Belief verbs that report a stated view before a clause, with or without "that"
 * ("Investigators believe the group earned …", "Critics worry the change could …"), read
 * by {@link beliefClause}; the cue lexicon (which the tagger's features read) lacks
 * "worry" and leaves the others weak.
 */
const BELIEF_FORMS: ReadonlyMap<string, string> = new Map([
  ['believe', 'believe'],
  ['believes', 'believe'],
  ['believed', 'believe'],
  ['fear', 'fear'],
  ['fears', 'fear'],
  ['feared', 'fear'],
  ['worry', 'worry'],
  ['worries', 'worry'],
  ['worried', 'worry'],
]);
/** Determiners, pronouns and numbers that may open the subject of a clause. */
const CLAUSE_OPENER =
  /^(?:the|a|an|its|his|her|their|our|this|these|those|it|he|she|they|there|we|some|many|most|more|fewer|no|all|both|each|several|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|prices|demand|[\p{N}].*)$/u;

/**
 * Where a clause without "that" starts after `cue`: the next words open a subject (a
 * determiner, a pronoun, a number, a capitalised name) and a verb (an auxiliary or a past
 * tense) follows within six words, with no punctuation before it.
 */
function bareClauseStart(text: string, cue: Span, next: readonly Word[]): number | null {
  const first = next[0];
  if (!first || !(CLAUSE_OPENER.test(first.lower) || first.capitalized)) return null;
  // "two people who went missing on Monday were swept away": a relative clause may stand
  // inside the subject.
  for (let k = 1; k < Math.min(next.length, 11); k++) {
    const w = next[k]!;
    if (/[,;:“”"«»()]/u.test(text.slice(cue.end, w.start))) return null;
    if ((CLAUSE_WORD.test(w.lower) && !/^(?:who|which)$/u.test(w.lower)) || w.lower === 'to') return null;
    if (
      FINITE.has(w.lower) ||
      (/^\p{Ll}{3,}ed$/u.test(w.lower) && !/^(?:the|a|an)$/u.test(next[k - 1]!.lower))
    )
      return first.start;
  }
  return null;
}

/**
 * Does a clause of reported content follow at `from` ("that …", "she planned to …",
 * "members would be consulted …"), rather than an object ("the phrase three times")?
 */
export function clauseOpensAt(text: string, from: number, to: number): boolean {
  const ws = wordsIn(text, from, Math.min(to, from + 120), 7);
  if (ws.length === 0 || /[“"«]/u.test(text.slice(from, ws[0]!.start))) return false;
  if (ws[0]!.lower === 'that') return true;
  const cut = ws.findIndex((w, i) => i > 0 && /[,;:“”"«»()]/u.test(text.slice(ws[i - 1]!.end, w.start)));
  return (cut < 0 ? ws : ws.slice(0, cut)).some((w) => FINITE.has(w.lower));
}

/** Verbs left out of plain reported speech that still report it before "that". */
const THAT_CLAUSE_OK = new Set(['post', 'report', 'reply', 'respond', 'answer']);

/** Is there a "that" within the next eight words after `cue`, before any punctuation? */
function thatFollows(ws: readonly Word[], cue: CueMatch): boolean {
  const at = ws.findIndex((w) => w.start >= cue.end);
  if (at < 0) return false;
  return ws.slice(at, at + 8).some((w) => w.lower === 'that');
}

/** Non-core verbs that attribute a whole sentence from its end: "…, the bank forecast." */
const TRAILING_CUES = new Set(['forecast', 'estimate', 'indicate', 'signal']);

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
    if (overlaps) {
      // "Newsom said he had ordered an inquiry, calling the loss “deeply troubling.”": the
      // quotation belongs to the participle; the clause before it is speech of its own
      // (read first: the output stays in text order). Only after a plain "said" or "told":
      // "announced he was stepping down, saying …" reports an act, then the words on it.
      const lead = clauseBeforeQuotingParticiple(text, s, skip[q]!);
      if (lead) {
        const said: ReportedSpeech[] = [];
        readSentence(text, lead, index, said);
        for (const r of said) if (PLAIN_SAYING.has(r.cue.lemma)) out.push(r);
      }
      // ", adding that …" after a quotation is speech of its own, outside the quotation.
      const added = participleAddition(text, s, index);
      if (added) out.push(added);
      // "“…,” she told deputies, accusing the prime minister of …": likewise.
      const charge = added ? null : participleCharge(text, s, index);
      if (charge) out.push(charge);
      // `… “extraordinary depth.” Cruz said she planned …`: the segmenter keeps a capital
      // after a closing quotation in the quotation's sentence; what follows a quotation that
      // ends a sentence is a sentence of its own.
      const rest = afterClosedQuotation(text, s, skip, q);
      if (rest && !added) readSentence(text, rest, index, out);
      // "Hegseth said it had “devastated” the site, though the chairman …, General Dan
      // Caine, said …": a contrasted clause after the last quotation, with its own speaker.
      const other = added || charge || rest ? null : contrastedAfterQuotations(text, s, skip, q, index);
      if (other) out.push(other);
      continue;
    }
    readSentence(text, withoutDateline(text, s), index, out);
  }
  return out;
}

/**
 * A dateline opening a paragraph: "NAIROBI, Kenya — ", "BRUSSELS, March 12 (Reuters) — ",
 * "ANKARA (translated from …) — ", "MEXICO CITY -- ", "MUNICH (Reuters) - ". A place in
 * capitals, at most two comma parts, a parenthesis, then a dash (a lone hyphen only with a
 * space after it, as wire copy writes it).
 */
const DATELINE =
  /^\p{Lu}{2,}[\p{Lu}\p{M} .'’-]{0,40}(?:,\s*[^,—–()\n]{1,40}){0,2}(?:\s*\([^()\n]{1,80}\))?\s*(?:—|–|--|-(?=\s))\s*/u;

/**
 * Where the words after a dateline begin when one opens the paragraph at `start` (the
 * sentence ends at `end`); `start` itself otherwise. Only a paragraph start is read, and
 * only when its first two letters are capitals, so most sentences cost two char codes.
 */
export function datelineEnd(text: string, start: number, end: number): number {
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return start;
  const c = text.charCodeAt(start);
  // A capital letter (ASCII tested without the pattern) and a second one.
  if ((c < 65 || c > 90) && c < 128) return start;
  const d = text.charCodeAt(start + 1);
  if ((d < 65 || d > 90) && d < 128) return start;
  const m = DATELINE.exec(text.slice(start, Math.min(end, start + 200)));
  return m ? start + m[0].length : start;
}

/** Sentence `s` without the dateline that opens it, if any (only at a paragraph start). */
function withoutDateline(text: string, s: Sentence): Sentence {
  const start = datelineEnd(text, s.start, s.end);
  return start === s.start ? s : { ...s, start };
}

/**
 * A comma (perhaps before a closing quotation mark) and a conjunction that opens a
 * contrasted clause: ", but", ",” though", ", while".
 */
const CONTRAST = /,["”’»]?\s+(?:but|though|although|while|whereas)\s+/gu;

/**
 * The speech of a contrasted clause inside content `[from, end)`: ", but Red Eléctrica's
 * head of operations, Eduardo Prieto, told reporters there was no sign of an attack", ",
 * though the chairman of the Joint Chiefs, General Dan Caine, said it was too early …".
 * The clause is read as a sentence of its own and must open with its speaker (perhaps
 * after a description of it), then a speech verb, then the content; its frame starts at
 * the comma. Null when no such clause follows.
 */
export function contrastedSpeech(
  text: string,
  from: number,
  end: number,
  index: ReferentIndex,
): ReportedSpeech | null {
  // A comma just inside a closing quotation mark before `from` counts (`“…,” though …`).
  const lo = /,["”’»]$/u.test(text.slice(Math.max(0, from - 2), from)) ? from - 2 : from;
  const content = text.slice(lo, end);
  if (!content.includes(',')) return null;
  for (const m of content.matchAll(CONTRAST)) {
    const comma = Math.max(from, lo + m.index);
    const clause: Sentence = { start: comma + m[0].length, end };
    const said: ReportedSpeech[] = [];
    readSentence(text, clause, index, said);
    // Its speaker before its verb and its content after: "…, but NAME said CONTENT".
    const own = said.find(
      (r) =>
        r.phrase !== null &&
        r.phrase.end <= r.cue.start &&
        r.span.start >= r.cue.end &&
        speakerOpensClause(text, clause.start, r.phrase.start),
    );
    if (own) return { ...own, frameStart: comma };
  }
  return null;
}

/**
 * Does the speaker phrase at `phraseStart` open the clause at `start`: only adverbials or a
 * description of the speaker before it, with no verb and no joining word ("inflation
 * stayed high, and analysts said" is a clause of its own before "analysts")?
 */
function speakerOpensClause(text: string, start: number, phraseStart: number): boolean {
  const lead = text.slice(start, phraseStart);
  if (wordsIn(text, start, phraseStart).some((w) => FINITE.has(w.lower) || CLAUSE_WORD.test(w.lower)))
    return false;
  return clauseLeadOk(lead);
}

/** The contrasted speech (see {@link contrastedSpeech}) after the last `skip` span in sentence `s`. */
function contrastedAfterQuotations(
  text: string,
  s: Sentence,
  skip: readonly Span[],
  from: number,
  index: ReferentIndex,
): ReportedSpeech | null {
  let last: Span | null = null;
  for (let j = from; j < skip.length && skip[j]!.start < s.end; j++) last = skip[j]!;
  return last && last.end < s.end ? contrastedSpeech(text, last.end, s.end, index) : null;
}

/** The plain verbs of saying, whose clause is speech whatever follows it. */
const PLAIN_SAYING: ReadonlySet<string> = new Set(['say', 'tell']);

/**
 * A participle after a comma that may frame a quotation of its own: ", calling the plan
 * “reckless”", ", adding: “…”", ", noting that it was an “unfriendly country”".
 */
const QUOTING_PARTICIPLE =
  /,\s+(?:adding|saying|noting|warning|insisting|arguing|stressing|explaining|claiming|calling|describing|accusing|telling)\b[^,]*$/iu;

/**
 * The part of sentence `s` before a participle that introduces its first quotation
 * (`first`, the first skipped span in it), when a comma and the participle stand between
 * the two: "Peskov told reporters that Putin had no plans to call, noting that … “…”".
 * Null when the quotation opens the sentence or no such participle leads to it.
 */
function clauseBeforeQuotingParticiple(text: string, s: Sentence, first: Span): Sentence | null {
  if (first.start <= s.start || first.start >= s.end) return null;
  const lead = text.slice(s.start, first.start);
  const m = QUOTING_PARTICIPLE.exec(lead);
  if (!m || m.index === 0) return null;
  return { ...s, end: s.start + m.index };
}

/**
 * The rest of sentence `s` after the last `skip` span in it, when that span ends a
 * sentence of its own (`.”`, `?"`) and a capitalised word follows; null otherwise.
 */
function afterClosedQuotation(
  text: string,
  s: Sentence,
  skip: readonly Span[],
  from: number,
): Sentence | null {
  let last: Span | null = null;
  for (let j = from; j < skip.length && skip[j]!.start < s.end; j++) last = skip[j]!;
  if (!last || last.end >= s.end) return null;
  if (!/[.?!]["”’»]$/u.test(text.slice(Math.max(s.start, last.end - 2), last.end))) return null;
  const lead = /^\s+(?=\p{Lu})/u.exec(text.slice(last.end, s.end));
  return lead ? { ...s, start: last.end + lead[0].length } : null;
}

/** Is one of `words` in `set`? */
function anyIn(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (const w of words) if (set.has(w)) return true;
  return false;
}

/** The reported speech of one sentence (pushed on `out`). */
function readSentence(text: string, s: Sentence, index: ReferentIndex, out: ReportedSpeech[]): void {
  // Most sentences hold no speech verb: a cheap scan finds the few that need the
  // word-by-word look.
  const scan = coreCueOffsets(text, s.start, s.end);
  if (scan === null) return;
  const { starts: cueStarts, words: cueWords } = scan;
  const scanned = (set: ReadonlySet<string>) => anyIn(cueWords, set);
  const participle = scanned(PARTICIPLE_WORDS);
  const added = participle ? participleAddition(text, s, index) : null;
  // The sentence's words, split once for every reader below.
  const ws = wordsIn(text, s.start, s.end);
  let found =
    inSentence(text, s, index, cueStarts, ws) ??
    (scanned(FINDING_WORDS) ? documentFinding(text, s, index, ws) : null) ??
    (scanned(BLAME_WORDS) ? blame(text, s, index, ws) : null) ??
    relativeSpeech(text, s, cueStarts) ??
    beliefClause(text, s, index, cueStarts, ws) ??
    (participle ? documentParticiple(text, s, index) : null);
  if (found && added && found.span.end > added.frameStart) {
    // "Berg said the plan would fail, adding that …": the first content stops at the comma.
    const span = trimContent(text, found.span.start, text.lastIndexOf(',', added.frameStart));
    found = span && span.start < added.frameStart ? { ...found, span } : null;
  }
  // ", a plan economists have warned could strain the budget": the group's claim about an
  // appositive, apart from what the sentence's main clause reported (which stops before it).
  const relative = !added && scanned(APPOSITIVE_RELATIVE_WORDS) ? appositiveRelative(text, s) : null;
  if (found && relative && found.span.end > relative.frameStart) {
    const span = trimContent(text, found.span.start, text.lastIndexOf(',', relative.frameStart));
    found = span && span.start < relative.frameStart ? { ...found, span } : null;
  }
  // "He said no cause was ruled out, but the grid's head of operations, Eduardo Prieto,
  // told reporters …": a contrasted clause with a speaker of its own ends the first content.
  const contrasted = found ? contrastedSpeech(text, found.span.start, found.span.end, index) : null;
  if (found && contrasted) {
    const span = trimContent(text, found.span.start, contrasted.frameStart);
    found = span ? { ...found, span, frameEnd: contrasted.frameStart } : null;
  }
  // "Atishi appealed to residents not to waste water and said …": a plea before the
  // sentence's speech, by the same subject.
  const plea = scanned(APPEAL_WORDS) ? appeal(text, s, index, found) : null;
  if (plea) out.push(plea);
  if (found) out.push(found);
  if (contrasted) out.push(contrasted);
  if (relative) out.push(relative);
  if (added && !(found && found.span.start >= added.frameStart)) out.push(added);
  if (!added && scanned(CHARGE_PARTICIPLE_WORDS)) {
    // ", accusing X of …", ", promising to …": one more act of the sentence's speaker.
    // When the sentence already reported speech, that content runs to the sentence end and
    // holds the participle: it stands and nothing is added.
    const charge = found ? null : participleCharge(text, s, index);
    if (charge) out.push(charge);
  }
}

/**
 * Offsets of the words of `text[start, end)` that may be core cues ("said", "According"…).
 * A hand scanner over ASCII letters: a regex alternation of every verb form was the
 * stage's single most expensive line. A word glued to other letters may be reported
 * too; the caller checks each offset against the sentence's real words.
 */
function coreCueOffsets(
  text: string,
  start: number,
  end: number,
): { starts: number[]; words: string[] } | null {
  // Made on the first hit only: most sentences hold no cue word and allocate nothing.
  let found: { starts: number[]; words: string[] } | null = null;
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
    // Length and first two letters first: most words are ruled out without a string (a
    // table look-up: the word is ASCII letters and digits, lowered as `toLowerCase` would).
    const c0 = text.charCodeAt(from) | 32;
    const c1 = text.charCodeAt(from + 1);
    if ((SCAN_TABLE[c0 * 128 + (c1 >= 65 && c1 <= 90 ? c1 + 32 : c1)]! & (1 << length)) === 0) continue;
    // …and its last letter (an ASCII letter or digit, lowered the same way).
    const cl = text.charCodeAt(i - 1);
    if ((SCAN_TABLE[LAST_PART + (cl >= 65 && cl <= 90 ? cl + 32 : cl)]! & (1 << length)) === 0) continue;
    const word = text.slice(from, i).toLowerCase();
    if (word === 'according' || SCAN_WORDS.has(word)) {
      // "shot back", "fired back": only with "back" ("hit" and "fired" are common words).
      if (BACK_VERBS.has(word) && text.slice(i, i + 5) !== ' back') continue;
      // "pointed to", "points to": only with "to" ("percentage points" is common).
      if ((word === 'pointed' || word === 'points') && text.slice(i, i + 4) !== ' to ') continue;
      found ??= { starts: [], words: [] };
      found.starts.push(from);
      found.words.push(word);
    }
  }
  return found;
}

/** The participles of {@link participleCharge}, for the sentence scan. */
/** The verb forms of {@link appeal}, for the sentence scan. */
const APPEAL_WORDS: ReadonlySet<string> = new Set(['appealed', 'appeals']);
const CHARGE_PARTICIPLE_WORDS: ReadonlySet<string> = new Set([
  'accusing',
  'promising',
  'pledging',
  'vowing',
  'accused',
]);
/**
 * The words worth a closer look: core cue forms, the weak cues read in one construction
 * only (CHARACTERISE, THAT_CUES, TRAILING_CUES) and the verbs of a document's finding.
 */
const SCAN_WORDS: ReadonlySet<string> = new Set([
  ...CORE_VERB_FORMS.keys(),
  ...[...SPEECH_VERB_FORMS, ...PARTIAL_VERB_FORMS]
    .filter(
      ([, lemma]) =>
        CHARACTERISE.has(lemma) || THAT_CUES.has(lemma) || TRAILING_CUES.has(lemma) || lemma === 'accuse',
    )
    .map(([form]) => form),
  ...BELIEF_FORMS.keys(),
  ...CHARGE_PARTICIPLE_WORDS,
  'appealed',
  'appeals',
  'called',
  'calls',
  'pointed',
  'points',
  ...BACK_VERBS,
  'blamed',
  'blames',
  'found',
  'finds',
  'showed',
  'shows',
  'shown',
]);
const MAX_CUE_LENGTH = Math.max(...[...SCAN_WORDS].map((f) => f.length));
/** The scan's words by length and first two letters (see `lengthsByOpening`). */
const SCAN_TABLE = lengthsByOpening(['according', ...SCAN_WORDS]);
/** Words that open the rarer constructions, checked before their (costlier) readers. */
const FINDING_WORDS: ReadonlySet<string> = new Set(['found', 'finds', 'showed', 'shows', 'shown']);
const BLAME_WORDS: ReadonlySet<string> = new Set(['blamed', 'blames']);
/** A participle that may add speech: see {@link participleAddition}. */
const PARTICIPLE_WORDS: ReadonlySet<string> = new Set(
  'adding saying noting warning insisting arguing stressing explaining claiming alleging asserting stating telling'.split(
    ' ',
  ),
);
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiLetterOrDigit = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57);

/** The cues of a sentence, looked for only at the words where the scan found a cue word. */
function cuesAtOffsets(ws: readonly Word[], cueStarts: readonly number[]): CueMatch[] {
  const out: CueMatch[] = [];
  let i = 0;
  for (const at of cueStarts) {
    while (i < ws.length && ws[i]!.start < at) i++;
    if (i >= ws.length) break;
    if (ws[i]!.start !== at) continue;
    const cue = cueAt(ws, i);
    if (cue) out.push(cue);
  }
  return out;
}

function inSentence(
  text: string,
  s: Sentence,
  index: ReferentIndex,
  cueStarts: readonly number[],
  ws: readonly Word[],
): ReportedSpeech | null {
  if (ws.length < MIN_CONTENT_WORDS + 1) return null;
  for (const cue of cuesAtOffsets(ws, cueStarts)) {
    const word = text.slice(cue.start, cue.end).toLowerCase();
    if (word.endsWith('ing') && !word.startsWith('quoted')) continue;
    if (!cue.core) {
      const found = weakCue(text, s, cue, ws, index);
      if (found) return found;
      continue;
    }
    // "posted on X that …", "replied that …": these verbs report speech only with a "that".
    // "asked the population to economise water": a request, like "urged … to".
    const request =
      cue.lemma === 'ask' && listenerThenInfinitive(text, ws.slice(ws.findIndex((w) => w.start >= cue.end)));
    if (NO_CONTENT.has(cue.lemma) && !request && !(THAT_CLAUSE_OK.has(cue.lemma) && thatFollows(ws, cue))) {
      const closing = closingReport(text, s, cue, index);
      if (closing) return closing;
      continue;
    }
    // "The minister did not say how much …", "declined to say whether …": nothing was said.
    if (negatedBefore(text.slice(Math.max(s.start, cue.start - 30), cue.start))) continue;
    if (cue.lemma === 'according to') {
      const found = speakerAfter(text, cue.end, s.end, index) ?? sourceNamedIn(text, cue.end, s.end, index);
      if (!found) continue;
      const phrase = documentAuthor(found);
      const leading = text.slice(s.start, cue.start).trim() === '';
      const content = leading ? trimContent(text, phrase.end, s.end) : trimContent(text, s.start, cue.start);
      if (content) return { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end };
      continue;
    }
    // Inverted trailing attribution: "CONTENT, said Berg."
    const before = text.slice(s.start, cue.start);
    // "Parent Jamie Rennie, whose daughter is in primary six, said …": the comma closes a
    // relative clause on the subject, not a content before an inverted "said NAME".
    if (endsWithComma(before) && !RELATIVE_ON_SUBJECT.test(before)) {
      const inv = speakerAfter(text, cue.end, s.end, index);
      // A tail with a finite verb is content, not a circumstance: "A nurse, Amy Shaw, said
      // staff on her ward had worked …" is no inverted "…, said staff".
      const tail = text.slice(inv?.end ?? s.end, s.end);
      // Nor is a phrase with a finite verb of its own a speaker: "The Socialist leader,
      // Olivier Faure, said [his party would vote against the government]".
      if (
        inv &&
        TRAILING_TAIL.test(tail) &&
        !wordsIn(tail, 0, tail.length).some((w) => FINITE.has(w.lower)) &&
        !wordsIn(inv.text, 0, inv.text.length).some((w) => FINITE.has(w.lower))
      ) {
        const content = trimContent(text, s.start, cue.start);
        if (content) return { span: content, cue, phrase: inv, frameStart: s.start, frameEnd: s.end };
      }
    }
    // "…, angering residents who said it had become …": the relative pronoun's antecedent,
    // after the last verb before it ("The move angered [residents of the old quarter] who").
    // (The pattern needs the word "who": looked for first, without it.)
    const who = before.includes('who') ? RELATIVE_WHO.exec(before) : null;
    if (who) {
      const head = before.slice(0, who.index);
      let floor = s.start;
      for (const v of head.matchAll(VERB_LIKE)) floor = s.start + v.index + v[0].length;
      const antecedent = speakerBefore(text, floor, s.start + who.index, index);
      const from = antecedent && antecedent.kind !== 'pronoun' ? contentStartAfter(text, cue, ws) : null;
      const said = from === null ? null : trimContent(text, from, s.end);
      if (antecedent && said)
        return { span: said, cue, phrase: antecedent, frameStart: s.start, frameEnd: s.end };
      continue;
    }
    // "Passenger groups welcomed the arrests but said …": a second verb has no subject of
    // its own; the words before "but" are not one.
    const second = COORDINATED_CUE.test(text.slice(Math.max(s.start, cue.start - 20), cue.start));
    const phrase = second ? null : speakerBefore(text, s.start, cue.start, index);
    if (!phrase) {
      // "The mayor, Petra Novak, toured the site and promised to rebuild the bridge": the
      // second verb of the sentence's subject.
      const shared = coordinatedSubject(text, s, cue, index);
      const start = shared ? contentStartAfter(text, cue, ws) : null;
      const content = start === null ? null : trimContent(text, start, s.end);
      if (shared && content)
        return { span: content, cue, phrase: shared, frameStart: s.start, frameEnd: s.end };
      continue;
    }
    const preceding = text.slice(s.start, phrase.start);
    const trailing = trailingAttribution(text, s, cue, phrase);
    if (trailing !== undefined) {
      if (trailing) return trailing;
      continue;
    }
    if (!clauseLeadOk(preceding)) continue;
    const start = contentStartAfter(text, cue, ws);
    if (start === null) continue;
    // "denied accusations that its members overfished": the content is what others said.
    if (DENIAL.has(cue.lemma) && OTHERS_CLAIM.test(text.slice(start, start + 40))) continue;
    const content = trimContent(text, start, s.end);
    if (content) return { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end };
  }
  return null;
}

/** Verbs that need a "that" before their content, but close a sentence after it as any cue does. */
const CLOSING_ONLY = new Set(['report', 'reply', 'respond', 'answer', 'post']);

/**
 * "He lost his own seat, the broadcaster reported.": a verb that reports nothing before its
 * object ({@link NO_CONTENT}) attributes the content before it when it ends the sentence,
 * after a comma and its subject.
 */
function closingReport(
  text: string,
  s: Sentence,
  cue: CueMatch,
  index: ReferentIndex,
): ReportedSpeech | null {
  if (!CLOSING_ONLY.has(cue.lemma) || !/^[\s.!?]*$/u.test(text.slice(cue.end, s.end))) return null;
  const phrase = speakerBefore(text, s.start, cue.start, index);
  return phrase ? (trailingAttribution(text, s, cue, phrase) ?? null) : null;
}

/** A sentence that opens with a name and a relative clause on it, up to a comma. */
const RELATIVE_ON_SUBJECT = /^[^,]{1,80},\s*(?:who|whose|which)\s[^,]{1,100},\s*$/u;

/** "… welcomed the arrests but said …", "… toured the site and promised …". */
const COORDINATED_CUE = /\b(?:and|but)\s+(?:(?:also|later|then)\s+)?$/u;

/**
 * The subject a cue after "and" shares with the sentence's first verb: the speaker phrase
 * that opens the sentence (a name, a description, a pronoun), when no clause break (a
 * semicolon, a colon, a quotation) stands between it and the cue.
 */
function coordinatedSubject(
  text: string,
  s: Sentence,
  cue: CueMatch,
  index: ReferentIndex,
): SpeakerPhrase | null {
  const before = text.slice(s.start, cue.start);
  if (!COORDINATED_CUE.test(before) || /[;:“”"«»]/u.test(before)) return null;
  const subject = openingSpeaker(text, s.start, cue.start, index);
  // Adverbs and a place may open the sentence before the subject ("Later, in Kyiv, …").
  const afterLead = s.start + openingLead(text, s.start, cue.start);
  const from = afterLead + openingPlace(text, afterLead, cue.start);
  if (!subject || subject.start - from > 40) return null;
  // Only a title or description may stand before the subject ("The mayor, [Petra Novak]").
  const lead = text.slice(from, subject.start);
  if (lead.trim() !== '' && !isTitleRun(lead) && !isDescriptionRun(lead)) return null;
  return subject;
}

/**
 * "CONTENT, Berg said (on Tuesday).": the speaker after a comma (perhaps behind a title,
 * ", the state agency AEMET said"), nothing but a circumstance after the cue. Undefined
 * when the sentence is not built so; null when it is but the content is too short.
 */
function trailingAttribution(
  text: string,
  s: Sentence,
  cue: CueMatch,
  phrase: SpeakerPhrase,
): ReportedSpeech | null | undefined {
  const preceding = text.slice(s.start, phrase.start);
  const comma = preceding.lastIndexOf(',');
  if (comma < 0) return undefined;
  // "The mayor of Split, Tomislav Šuta, announced …": a name between two commas is an
  // appositive of the subject before it, not a speaker after its content.
  if (/^\s*,/u.test(text.slice(phrase.end, cue.start))) return undefined;
  const afterComma = preceding.slice(comma + 1);
  if (
    !(
      afterComma.trim() === '' ||
      isTitleRun(afterComma) ||
      /^\s*(?:the|a|an)\s[^,;:“”"]{0,60}$/iu.test(afterComma)
    )
  )
    return undefined;
  const tail = text.slice(cue.end, s.end);
  if (!TRAILING_TAIL.test(tail)) return undefined;
  // "The school's teacher, NAME, said in an interview that …": the text before the comma
  // is the subject's description and the content follows "that".
  const lead = preceding.slice(0, comma);
  if (/\sthat\s/u.test(tail) && (isDescriptionRun(lead) || DETERMINED_NOUN_PHRASE.test(lead)))
    return undefined;
  const content = trimContent(text, s.start, s.start + comma);
  return content ? { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end } : null;
}

/** A subject right before `cue` at the start of its clause ("Ferraro estimated", "She described"). */
function clauseSubject(text: string, s: Sentence, cue: Span, index: ReferentIndex): SpeakerPhrase | null {
  const phrase = speakerBefore(text, s.start, cue.start, index);
  if (!phrase) return null;
  const preceding = text.slice(s.start, phrase.start);
  return clauseLeadOk(preceding) ? phrase : null;
}

/**
 * Weaker cues that report speech in one construction only: characterisation with "as"
 * ("described the proposal as positive": the content includes the verb) and verbs that
 * report speech before "that" ("estimated that the yield had fallen").
 */
function weakCue(
  text: string,
  s: Sentence,
  cue: CueMatch,
  ws: readonly Word[],
  index: ReferentIndex,
): ReportedSpeech | null {
  const at = ws.findIndex((w) => w.start === cue.start);
  const next = ws.slice(at + 1);
  // "The economy will shrink again, the central bank forecast on Friday."
  if (TRAILING_CUES.has(cue.lemma)) {
    const phrase = speakerBefore(text, s.start, cue.start, index);
    const trailing = phrase ? trailingAttribution(text, s, cue, phrase) : undefined;
    if (trailing) return trailing;
  }
  // "accused him of making promises he could not keep": the charge, with its verb (an
  // object, then "of" and what the object is said to have done). Not the passive.
  if (cue.lemma === 'accuse') {
    const of = next.slice(0, 7).findIndex((w) => w.lower === 'of');
    if (of < 1 || /[,;:“”"]/u.test(text.slice(cue.end, next[of]!.start))) return null;
    if (next.slice(0, of).some((w) => FINITE.has(w.lower) || CLAUSE_WORD.test(w.lower))) return null;
    const prior = ws[at - 1]?.lower ?? '';
    if (/^(?:is|are|was|were|be|been|being|they|who|which|that)$/u.test(prior)) return null;
    const phrase = clauseSubject(text, s, cue, index);
    const content = phrase ? trimContent(text, cue.start, s.end) : null;
    return phrase && content ? { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end } : null;
  }
  // "described how the bill would cut taxes": an account of events, from the wh-word on.
  if (cue.lemma === 'describe' && /^(?:how|why|what|where|when)$/u.test(next[0]?.lower ?? '')) {
    const phrase = clauseSubject(text, s, cue, index);
    const content = phrase ? trimContent(text, next[0]!.start, s.end) : null;
    return phrase && content ? { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end } : null;
  }
  if (CHARACTERISE.has(cue.lemma)) {
    const as = next.slice(0, 8).findIndex((w) => w.lower === 'as');
    if (as < 1 || /[,;:“”"]/u.test(text.slice(cue.end, next[as]!.start))) return null;
    if (next.slice(0, as).some((w) => FINITE.has(w.lower) || CLAUSE_WORD.test(w.lower))) return null;
    const phrase = clauseSubject(text, s, cue, index);
    const content = phrase ? trimContent(text, cue.start, s.end) : null;
    return phrase && content ? { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end } : null;
  }
  // "The union called for an independent inspection": a demand, the verb included; so is
  // "called on both countries to exercise restraint".
  if (
    cue.lemma === 'call' &&
    (next[0]?.lower === 'for' || (next[0]?.lower === 'on' && listenerThenInfinitive(text, next.slice(1)))) &&
    !/^\p{Lu}/u.test(text[cue.start]!)
  ) {
    const phrase = clauseSubject(text, s, cue, index);
    const content = phrase ? trimContent(text, cue.start, s.end) : null;
    return phrase && content ? { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end } : null;
  }
  // "Economists pointed to the social cost": an argument made by citing something, the
  // verb included (a finite verb after its subject; "pointing to the terrace" is a gesture).
  if (
    cue.lemma === 'point' &&
    next[0]?.lower === 'to' &&
    /^(?:pointed|points)$/u.test(text.slice(cue.start, cue.end)) &&
    next.length > 2
  ) {
    const phrase = clauseSubject(text, s, cue, index);
    // "it points to …" is evidence, not someone's argument.
    if (phrase?.kind === 'pronoun' && phrase.text.toLowerCase() === 'it') return null;
    const content = phrase ? trimContent(text, cue.start, s.end) : null;
    return phrase && content ? { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end } : null;
  }
  // "She estimated the eruption could continue for weeks": a clause without "that".
  if (cue.lemma === 'estimate' && next[0]?.lower !== 'that') {
    const start = bareClauseStart(text, cue, next);
    const phrase = start === null ? null : clauseSubject(text, s, cue, index);
    const content = phrase && start !== null ? trimContent(text, start, s.end) : null;
    return phrase && content ? { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end } : null;
  }
  if (THAT_CUES.has(cue.lemma)) {
    const thatAt = next.slice(0, 4).findIndex((w) => w.lower === 'that');
    if (thatAt < 0 || (thatAt > 0 && !['assure', 'inform', 'advise'].includes(cue.lemma))) return null;
    if (/[,;:“”"]/u.test(text.slice(cue.end, next[thatAt]!.start))) return null;
    const phrase = clauseSubject(text, s, cue, index);
    const content = phrase ? trimContent(text, next[thatAt]!.end, s.end) : null;
    return phrase && content ? { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end } : null;
  }
  return null;
}

/**
 * "Critics worry the change could deepen isolation", "The trust believes a crackdown …
 * has helped": a belief verb (with or without "that") after the subject of its clause.
 */
function beliefClause(
  text: string,
  s: Sentence,
  index: ReferentIndex,
  cueStarts: readonly number[],
  ws: readonly Word[],
): ReportedSpeech | null {
  for (const at of cueStarts) {
    // Lower case only: "Fears that …" opening a sentence is a noun.
    const word = /^\p{L}+/u.exec(text.slice(at, at + 10))?.[0] ?? '';
    const lemma = BELIEF_FORMS.get(word);
    if (!lemma) continue;
    const i = ws.findIndex((w) => w.start === at);
    if (i < 1) continue;
    // "are worried", "was feared": a passive or an adjective, not the subject's view.
    if (/^(?:is|are|was|were|be|been|being|the|a|an|of|amid|and|to)$/u.test(ws[i - 1]!.lower)) continue;
    const cue: CueMatch = { start: at, end: ws[i]!.end, lemma, core: false };
    const next = ws.slice(i + 1);
    const start = next[0]?.lower === 'that' && next[1] ? next[1].start : bareClauseStart(text, cue, next);
    if (start === null) continue;
    const phrase = clauseSubject(text, s, cue, index);
    if (!phrase || /^(?:i|we)$/iu.test(phrase.text)) continue;
    const content = trimContent(text, start, s.end);
    if (content) return { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end };
  }
  return null;
}

/**
 * "The ministry issued a statement saying it would …", "has filed a lawsuit claiming she
 * was dismissed …": a document the subject put out, and the participle that gives its content.
 */
const DOCUMENT_PARTICIPLE =
  /\b(?:issued|issues|released|releases|published|publishes|filed|files|sent|sends|posted|posts|submitted|lodged|signed|put\s+out)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|lawsuit|complaint|letter|suit|petition|motion|appeal|filing|note|post|message|memo|release|notice)\s+(?:on\s+\p{Lu}\p{L}+\s+)?(saying|claiming|alleging|arguing|asserting|stating|warning|noting|insisting)\s+(that\s+)?/iu;

function documentParticiple(text: string, s: Sentence, index: ReferentIndex): ReportedSpeech | null {
  const m = DOCUMENT_PARTICIPLE.exec(text.slice(s.start, s.end));
  if (!m) return null;
  const verbStart = s.start + m.index;
  const phrase = clauseSubject(text, s, { start: verbStart, end: verbStart }, index);
  if (!phrase) return null;
  const contentStart = verbStart + m[0].length;
  const rest = wordsIn(text, contentStart, s.end);
  if (!m[2] && !rest.slice(0, 6).some((w) => FINITE.has(w.lower))) return null;
  const content = trimContent(text, contentStart, s.end);
  if (!content) return null;
  const partStart = contentStart - m[0].length + m[0].toLowerCase().lastIndexOf(m[1]!.toLowerCase());
  const participle = m[1]!.toLowerCase();
  const cue: CueMatch = {
    start: partStart,
    end: partStart + m[1]!.length,
    lemma: PARTICIPLE_LEMMA[participle] ?? participle.replace(/ing$/u, ''),
    core: true,
  };
  return { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end };
}

/** Participles that add speech to an attribution: ", adding that …", ", saying …". */
const PARTICIPLE =
  /,\s+(adding|saying|noting|warning|insisting|arguing|stressing|explaining|claiming|telling)\s+(that\s+)?/iu;
/** Subject pronouns: after a participle ("saying he took …") one opens a clause. */
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|it)$/u;

/**
 * Where the content after ", telling" starts: "telling the nation he would …", "telling
 * supporters at Howard University that she would …" — the listener (a few words, no
 * punctuation), then "that" (content after it) or a subject pronoun (content from it).
 * -1 when no clause follows the listener.
 */
function afterListener(text: string, rest: readonly Word[]): number {
  for (let k = 1; k < Math.min(rest.length - 1, 8); k++) {
    const w = rest[k]!;
    if (/[,;:“”"]/u.test(text.slice(rest[0]!.start, w.start))) return -1;
    if (FINITE.has(w.lower) || CLAUSE_WORD.test(w.lower)) return -1;
    if (w.lower === 'that') return rest[k + 1]!.start;
    if (SUBJECT_PRONOUN.test(w.lower)) return w.start;
  }
  return -1;
}
/** After "saying he", words that make no clause ("saying he and …"). */
const FINITE_BLOCKER = /^(?:and|or|but|to|of|in|on|at|for|with|himself|herself|themselves|itself)$/u;
const PARTICIPLE_LEMMA: Readonly<Record<string, string>> = {
  telling: 'tell',
  adding: 'add',
  saying: 'say',
  noting: 'note',
  warning: 'warn',
  insisting: 'insist',
  arguing: 'argue',
  stressing: 'stress',
  explaining: 'explain',
  claiming: 'claim',
};

/**
 * Participles whose act includes its object, so the content starts at the participle, as
 * with the finite verbs ("accused him of …", "promised to …"): ", accusing the minister of
 * ignoring …" (a charge: an object, then "of"), ", promising to rebuild …" (a commitment:
 * "to" and a verb). Read after a comma, with the speaker of the clause before it.
 */
const CHARGE_PARTICIPLE =
  /(?:,\s+|,?\s+and\s+(?=accused\s))(accusing|promising|pledging|vowing|accused)\s+/iu;

function participleCharge(text: string, s: Sentence, index: ReferentIndex): ReportedSpeech | null {
  const m = CHARGE_PARTICIPLE.exec(text.slice(s.start, s.end));
  if (!m) return null;
  const comma = s.start + m.index;
  const partStart = comma + m[0].indexOf(m[1]!);
  const partEnd = partStart + m[1]!.length;
  const participle = m[1]!.toLowerCase();
  const rest = wordsIn(text, partEnd, s.end);
  // ", and accused Brussels of ignoring …" after a partial quotation: the same charge as a
  // second verb of the sentence's speaker (the finite form after "and" only).
  if (participle === 'accusing' || participle === 'accused') {
    // An object of a few words, then "of": not "accusing glances", not a clause.
    const of = rest.slice(0, 7).findIndex((w) => w.lower === 'of');
    if (of < 1 || /[,;:“”"]/u.test(text.slice(partEnd, rest[of]!.start))) return null;
    if (rest.slice(0, of).some((w) => FINITE.has(w.lower) || CLAUSE_WORD.test(w.lower))) return null;
  } else if (
    rest[0]?.lower !== 'to' ||
    !rest[1] ||
    rest[1].capitalized ||
    !/^\p{Ll}+$/u.test(rest[1].lower)
  ) {
    // "promising to" and a verb; not "a promising start" or "promising results".
    return null;
  }
  const phrase = participleSpeaker(text, s, comma, index);
  const content = phrase ? trimContent(text, partStart, s.end) : null;
  if (!phrase || !content) return null;
  const lemma =
    participle === 'accusing' || participle === 'accused'
      ? 'accuse'
      : participle.replace(/ing$/u, '').replace(/^(?:promis|pledg)$/u, '$&e');
  return {
    span: content,
    cue: { start: partStart, end: partEnd, lemma, core: true },
    phrase,
    frameStart: partStart,
    frameEnd: s.end,
  };
}

/**
 * The speaker of the clause before a participle's comma at `comma`: the subject of the
 * last core cue there (or the name after an inverted "said"), else the sentence's
 * opening subject ("The mayor toured the site, promising to …").
 */
function participleSpeaker(
  text: string,
  s: Sentence,
  comma: number,
  index: ReferentIndex,
): SpeakerPhrase | null {
  const main = lastCoreCue(text, s, comma);
  return main ? subjectOfCue(text, s, comma, main, index) : openingSubject(text, s, comma, index);
}

/** The last core speech cue of the sentence before `comma` ("according to" aside), or undefined. */
function lastCoreCue(text: string, s: Sentence, comma: number): CueMatch | undefined {
  return cuesIn(wordsIn(text, s.start, comma))
    .filter((c) => c.core && c.lemma !== 'according to')
    .pop();
}

/**
 * The subject of the speech cue `main` before the comma at `comma` (after the last closing
 * quotation mark, in a clause that may lead to it), else the name after an inverted "said".
 */
function subjectOfCue(
  text: string,
  s: Sentence,
  comma: number,
  main: CueMatch,
  index: ReferentIndex,
): SpeakerPhrase | null {
  const before = text.slice(s.start, main.start);
  const close = Math.max(before.lastIndexOf('”'), before.lastIndexOf('"'), before.lastIndexOf('»'));
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
 * "“…,” the minister said, adding that Athens would not pay.": the participle's clause
 * is reported speech of the main clause's speaker (the subject of the cue before the
 * comma, or the name after an inverted "said").
 */
function participleAddition(text: string, s: Sentence, index: ReferentIndex): ReportedSpeech | null {
  const m = PARTICIPLE.exec(text.slice(s.start, s.end));
  if (!m) return null;
  const comma = s.start + m.index;
  const partStart = comma + m[0].indexOf(m[1]!);
  const partEnd = partStart + m[1]!.length;
  let contentStart = comma + m[0].length;
  let rest = wordsIn(text, contentStart, s.end);
  if (m[1]!.toLowerCase() === 'telling') {
    // "telling the nation he would …": the listener first; "telling" alone is no clause.
    if (m[2] || rest.length === 0 || SUBJECT_PRONOUN.test(rest[0]!.lower)) return null;
    contentStart = afterListener(text, rest);
    if (contentStart < 0) return null;
    rest = rest.filter((w) => w.start >= contentStart);
  }
  // Without "that", a clause must follow ("saying the plan was dead", "saying he took …"),
  // not "warning of …".
  if (
    !m[2] &&
    !rest.slice(0, 6).some((w) => FINITE.has(w.lower)) &&
    !(SUBJECT_PRONOUN.test(rest[0]?.lower ?? '') && rest.length > 2 && !FINITE_BLOCKER.test(rest[1]!.lower))
  )
    return null;
  if (rest.length > 0 && /^(?:to|of|about|for|on|with|by)$/u.test(rest[0]!.lower)) return null;
  const main = lastCoreCue(text, s, comma);
  if (!main) {
    // "Ruto on Thursday defended the plan, saying the country could not keep borrowing":
    // the participle is speech of the sentence's subject. With no speech verb before it,
    // the participle is the sentence's only act of speech and its content starts at the
    // verb, as "accused X of …" does ("voted against the hike, arguing that it was …").
    const subject = openingSubject(text, s, comma, index);
    // ("telling the nation he would …": the clause after the listener.)
    const telling = m[1]!.toLowerCase() === 'telling';
    const content = subject ? trimContent(text, telling ? contentStart : partStart, s.end) : null;
    if (!subject || !content) return null;
    const lemma = PARTICIPLE_LEMMA[m[1]!.toLowerCase()] ?? 'say';
    return {
      span: content,
      cue: { start: partStart, end: partEnd, lemma, core: true },
      phrase: subject,
      frameStart: partStart,
      frameEnd: s.end,
    };
  }
  const phrase = subjectOfCue(text, s, comma, main, index);
  if (!phrase) return null;
  const content = trimContent(text, contentStart, s.end);
  if (!content) return null;
  const lemma = PARTICIPLE_LEMMA[m[1]!.toLowerCase()] ?? 'say';
  return {
    span: content,
    cue: { start: partStart, end: partEnd, lemma, core: true },
    phrase,
    frameStart: partStart,
    frameEnd: s.end,
  };
}

/**
 * The subject opening a sentence, before `end`: a name (after a title or description at
 * most, "One governor, [Michelle Bowman],") or a description of a speaker ("Passenger
 * groups"), within the sentence's first words.
 */
function openingSubject(text: string, s: Sentence, end: number, index: ReferentIndex): SpeakerPhrase | null {
  const part = partitiveOpening(text, s.start, end);
  if (part) return part;
  // "On Wednesday he struck a more conciliatory tone, …": a day before the subject.
  const day = OPENING_DAY.exec(text.slice(s.start, Math.min(end, s.start + 40)));
  const from = s.start + (day ? day[0].length : 0);
  const subject = openingSpeaker(text, from, end, index);
  const opener = openingLead(text, from, end);
  if (!subject || subject.start - from - opener > 40) return null;
  const lead = text.slice(from + opener, subject.start);
  if (lead.trim() !== '' && !isTitleRun(lead) && !isDescriptionRun(lead) && !clauseLeadOk(lead)) return null;
  return subject;
}

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

const FINDING_VERB = /^(?:found|finds|showed|shows|shown)$/u;
const DOCUMENT_HEAD = [...DOCUMENT_NOUNS].join('|');
/** "A report released on Tuesday by the Midwest Water Alliance": a document and its author. */
const DOCUMENT_BY = new RegExp(
  `^\\s*(?:[^,.;:“”"]{0,40},\\s*)?(?:a|an|the|its|their|this|that|last\\s+\\p{L}+['’]s|\\p{Lu}[\\p{L}.'’-]*['’]s)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${DOCUMENT_HEAD})s?\\b[^,;:“”"]{0,80}\\b(?:by|from)\\s+(?:the\\s+)?$`,
  'iu',
);

const DOCUMENT_AUTHOR = new RegExp(
  `^(?:a|an|the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${DOCUMENT_HEAD})s?\\s+by\\s+((?:a|an|the)\\s.+)$`,
  'iu',
);

/** "a report by a property website": the author speaks for the document (as in {@link documentFinding}). */
function documentAuthor(phrase: SpeakerPhrase): SpeakerPhrase {
  if (phrase.kind !== 'description') return phrase;
  const m = DOCUMENT_AUTHOR.exec(phrase.text);
  if (!m) return phrase;
  const start = phrase.end - m[1]!.length;
  return { ...phrase, start, text: m[1]! };
}

/**
 * "A report … by the Midwest Water Alliance found that …", "The survey showed that …":
 * a document's finding, attributed to its author when named ("by X"), else to the
 * document as written.
 */
function documentFinding(
  text: string,
  s: Sentence,
  index: ReferentIndex,
  ws: readonly Word[],
): ReportedSpeech | null {
  const at = ws.findIndex((w, i) => FINDING_VERB.test(w.lower) && ws[i + 1]?.lower === 'that');
  if (at < 1) return null;
  const verb = ws[at]!;
  const cue: CueMatch = {
    start: verb.start,
    end: verb.end,
    lemma: verb.lower.startsWith('f') ? 'find' : 'show',
    core: true,
  };
  const phrase = speakerBefore(text, s.start, verb.start, index);
  if (!phrase) return null;
  const preceding = text.slice(s.start, phrase.start);
  const byAuthor = phrase.kind === 'mention' && DOCUMENT_BY.test(preceding);
  const head = phrase.text.toLowerCase().split(/\s+/).pop() ?? '';
  const isDocument = phrase.kind === 'description' && DOCUMENT_NOUNS.has(head) && clauseLeadOk(preceding);
  if (!byAuthor && !isDocument) return null;
  const content = trimContent(text, ws[at + 1]!.end, s.end);
  return content ? { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end } : null;
}

/**
 * "He blamed a winter without rain and a heatwave in June.": blame is a stated view; its
 * object (to the end of the sentence) is the content. Not in the passive ("was blamed").
 */
function blame(text: string, s: Sentence, index: ReferentIndex, ws: readonly Word[]): ReportedSpeech | null {
  const at = ws.findIndex(
    (w, i) => (w.lower === 'blamed' || w.lower === 'blames') && i > 0 && !w.capitalized,
  );
  if (at < 1 || /^(?:is|are|was|were|be|been|being|to)$/u.test(ws[at - 1]!.lower)) return null;
  const verb = ws[at]!;
  const cue: CueMatch = { start: verb.start, end: verb.end, lemma: 'blame', core: true };
  const phrase = clauseSubject(text, s, cue, index);
  if (!phrase) return null;
  const content = trimContent(text, verb.end, s.end);
  return content ? { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end } : null;
}

/** "appealed to residents not to waste water": a plea to a listener, with its infinitive. */
const APPEAL =
  /\b(appealed|appeals)\s+to\s+(?:(?:the|all|local)\s+)?\p{Ll}[\p{L}-]*\s+(?:not\s+)?to\s+\p{Ll}/u;
/**
 * A plea is speech of a directive kind, like "urged X to": the verb, the listener and the
 * infinitive are the content (as {@link contentStartAfter} reads "urged farmers not to
 * panic"). The content stops before a following "and said …" of the same subject, whose
 * speaker it shares; otherwise the speaker is the clause's subject.
 */
function appeal(
  text: string,
  s: Sentence,
  index: ReferentIndex,
  found: ReportedSpeech | null,
): ReportedSpeech | null {
  const m = APPEAL.exec(text.slice(s.start, s.end));
  if (!m) return null;
  const cue: CueMatch = {
    start: s.start + m.index,
    end: s.start + m.index + m[1]!.length,
    lemma: 'appeal',
    core: true,
  };
  let end = s.end;
  let phrase = clauseSubject(text, s, cue, index);
  if (found && found.span.start > cue.end) {
    const and = /\s+and\s+(?:also\s+)?$/u.exec(text.slice(cue.end, found.cue.start));
    if (!and) return null;
    end = cue.end + and.index;
    phrase ??= found.phrase;
  } else if (found) return null;
  const content = phrase ? trimContent(text, cue.start, end) : null;
  if (!phrase || !content) return null;
  return { span: content, cue, phrase, frameStart: cue.start, frameEnd: end };
}

/** The cue words of {@link appositiveRelative}, for the sentence scan. */
const APPOSITIVE_RELATIVE_WORDS: ReadonlySet<string> = new Set([
  'said',
  'warned',
  'argued',
  'predicted',
  'feared',
]);
/**
 * ", a measure business groups warned would hit hiring": an appositive noun phrase after a
 * comma (a determiner and one noun), a reduced relative clause on it whose subject is a
 * group of speakers (a plural speaker noun, up to two words before it) and a speech verb,
 * then a modal or auxiliary that opens the reported clause.
 */
const APPOSITIVE_RELATIVE =
  /,\s+((?:a|an|the)\s+\p{Ll}[\p{L}-]*\s+)((?:\p{Ll}[\p{L}-]*\s+){0,2}?(\p{Ll}[\p{L}-]*s))\s+(?:have\s+|had\s+)?(said|warned|argued|predicted|feared)\s+(?:could|would|will|may|might|can|should|must)\s/u;

/**
 * "… from an increase in payroll taxes, a measure business groups warned would hit
 * hiring.": the appositive and its relative clause (to the next comma or the sentence's
 * end) are the group's speech; the group is the speaker. The noun phrase is kept in the
 * content because the clause says nothing without it.
 */
function appositiveRelative(text: string, s: Sentence): ReportedSpeech | null {
  const m = APPOSITIVE_RELATIVE.exec(text.slice(s.start, s.end));
  if (!m || !isPluralSpeakerNoun(m[3]!)) return null;
  const npStart = s.start + m.index + m[0].indexOf(m[1]!);
  const groupStart = npStart + m[1]!.length;
  const groupEnd = groupStart + m[2]!.length;
  const cueStart = s.start + m.index + m[0].lastIndexOf(m[4]!);
  const cueEnd = cueStart + m[4]!.length;
  const comma = text.indexOf(',', cueEnd);
  const content = trimContent(text, npStart, comma >= 0 && comma < s.end ? comma : s.end);
  if (!content) return null;
  const phrase: SpeakerPhrase = {
    start: groupStart,
    end: groupEnd,
    kind: 'description',
    referent: null,
    text: m[2]!,
  };
  const cue: CueMatch = { start: cueStart, end: cueEnd, lemma: m[4]!.replace(/ed$/u, ''), core: true };
  return { span: content, cue, phrase, frameStart: npStart, frameEnd: s.end };
}

/** "which she said", "that it says": a relative clause whose verb a speaker vouches for. */
const RELATIVE_SPEAKER = /\b(?:which|that)\s+(he|she|it|they)\s+$/iu;
/** A finite verb opening the relative clause's rest: "could mobilise", "allows", "was". */
const RELATIVE_VERB =
  /^\s+(?:could|would|will|may|might|can|should|must|had|has|have|was|were|is|are|\p{Ll}{3,}s)\s/u;

/**
 * "… a plan, which she said could mobilise 800 billion euros.", "language that it says
 * allows it more flexibility": the rest of the relative clause (to the next comma or the
 * sentence's end) is the pronoun's speech.
 */
function relativeSpeech(text: string, s: Sentence, cueStarts: readonly number[]): ReportedSpeech | null {
  for (const at of cueStarts) {
    const word = /^(?:said|says)\b/u.exec(text.slice(at, at + 5));
    if (!word) continue;
    const from = Math.max(s.start, at - 20);
    const pron = RELATIVE_SPEAKER.exec(text.slice(from, at));
    if (!pron) continue;
    const end = at + word[0].length;
    if (!RELATIVE_VERB.test(text.slice(end, end + 20))) continue;
    const comma = text.indexOf(',', end);
    const content = trimContent(text, end, comma >= 0 && comma < s.end ? comma : s.end);
    if (!content) continue;
    const pStart = from + pron.index + pron[0].lastIndexOf(pron[1]!);
    const phrase: SpeakerPhrase = {
      start: pStart,
      end: pStart + pron[1]!.length,
      kind: 'pronoun',
      referent: null,
      text: pron[1]!,
    };
    const cue: CueMatch = { start: at, end, lemma: 'say', core: true };
    return { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end };
  }
  return null;
}
