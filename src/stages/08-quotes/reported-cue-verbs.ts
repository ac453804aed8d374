/**
 * The cue-verb frames of one sentence: "Berg said (that) …", "Berg told reporters …",
 * "…, Berg said.", "…, said Berg.", and the weaker cues ("characterised", "insisted that")
 * that are speech only with a clause after them. Decides whether each cue word the scan
 * found is speech (not negated, not a relative clause on its subject, not a denial of what
 * others claim) and who its subject is.
 */
import type { Sentence } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import { sourceToComma } from './according-source.js';
import { type CueMatch, cueAt, type Word, wordsIn } from './cues.js';
import { firstOccurrenceFrom, type ReferentIndex } from './referents.js';
import {
  bareClauseStart,
  contentStartAfter,
  listenerThenInfinitive,
  THAT_CLAUSE_OK,
  thatFollows,
} from './reported-content.js';
import { documentAuthor } from './reported-other-frames.js';
import { clauseLeadOk, clauseSubject, DETERMINED_NOUN_PHRASE } from './reported-subject.js';
import {
  CLAUSE_WORD,
  FINITE,
  isAsciiWordChar,
  isSpaceAt,
  lastAsciiWord,
  MIN_CONTENT_WORDS,
  type ReportedSpeech,
  trimContent,
} from './reported-words.js';
import {
  invertedSpeakerRuledOut,
  openingLead,
  openingPlace,
  openingSpeaker,
  speakerAfter,
} from './speaker-after-cue.js';
import { speakerBefore } from './speaker-before-cue.js';
import { isDescriptionRun, isTitleRun, mentionPhrase, type SpeakerPhrase } from './speaker-phrase.js';
import { tailAfterListener } from './trailing-listener.js';

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
/** Verbs of denial, whose object may be what others claimed. */
const DENIAL = new Set(['deny', 'reject', 'dispute', 'dismiss']);
/** Others' claims as the object of a denial: "accusations that", "the allegations". */
const OTHERS_CLAIM =
  /^(?:the\s+|any\s+|all\s+)?(?:accusations?|allegations?|claims?|reports?|suggestions?|charges?|rumou?rs?|criticism)\b/iu;
/** A verb before a relative's antecedent: a past tense, a participle or an auxiliary. */
const VERB_LIKE = /\b(?:\p{Ll}{3,}(?:ed|ing)|is|are|was|were|has|have|had)\s+/gu;
/** ", who said", " who had told": a relative clause whose subject is the noun before it. */
const RELATIVE_WHO = /,?\s+who\s+(?:(?:also|later|have|has|had|previously)\s+)?$/u;

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
    if (o.start >= from && o.end <= end) found = mentionPhrase(text, o);
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

function spunSourceEndsSentence(text: string, phrase: SpeakerPhrase, sentenceEnd: number): boolean {
  const type = phrase.referent?.type;
  if (phrase.kind !== 'mention' || (type !== 'person' && type !== 'organization')) return false;
  return /^[\s.!?]*$/u.test(text.slice(phrase.end, sentenceEnd));
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
export const CHARACTERISE = new Set([
  'describe',
  'characterize',
  'characterise',
  'hail',
  'dismiss',
  'brand',
  'label',
]);
/** Non-core speech verbs that report speech when "that" follows: "estimated that the yield…". */
export const THAT_CUES = new Set([
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
  // A spinner's "told" ("instructed reporters that"); "instructed staff to leave" is an order.
  'instruct',
]);
/** Those of {@link THAT_CUES} whose listener may stand before "that": "assured investors that". */
const LISTENER_THAT_CUES: ReadonlySet<string> = new Set(['assure', 'inform', 'advise', 'instruct']);
/** How far a listener cue's "that" may stand: listener, place and time ("at the summit on Saturday"). */
const LISTENER_THAT_REACH = 12;

/**
 * Where the "that" of a {@link THAT_CUES} verb stands among the words after it (-1: none).
 * Right after the verb for all of them; for a verb with a listener, after the listener and
 * a phrase of place or time too ("informed delegates at the conference on Saturday that"),
 * as long as no verb or clause word comes first ("informed the board it was leaving, so that
 * …" reports no "that" clause).
 */
function listenerThatAt(next: readonly Word[], lemma: string): number {
  if (next[0]?.lower === 'that') return 0;
  if (!LISTENER_THAT_CUES.has(lemma)) return -1;
  const reach = Math.min(next.length, LISTENER_THAT_REACH);
  for (let k = 1; k < reach; k++) {
    const w = next[k]!;
    if (w.lower === 'that') return k;
    if (FINITE.has(w.lower) || CLAUSE_WORD.test(w.lower)) return -1;
  }
  return -1;
}

/**
 * Non-core verbs that attribute a whole sentence from its end: "…, the bank forecast.",
 * "…, a federal judge ruled on Monday." (a court's ruling is reported as its words; only
 * the past "ruled" closes a sentence so, "…, under the new rules" is no attribution).
 */
export const TRAILING_CUES = new Set(['forecast', 'estimate', 'indicate', 'signal', 'rule']);

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

export function inSentence(
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
      const after = speakerAfter(text, cue.end, s.end, index);
      const found = after ? sourceToComma(text, after, s.end) : sourceNamedIn(text, cue.end, s.end, index);
      if (!found) continue;
      const phrase = documentAuthor(found);
      // A spinner's "In line with X, …" attributes only when X is all there is before the
      // comma: "In line with the government's plan, …" names a plan, not a source.
      if (text.startsWith('In ', cue.start) && !/^\s*,/u.test(text.slice(phrase.end, phrase.end + 3)))
        continue;
      // "…, in accordance with Eurostat.": a named person or body, and nothing after it but
      // the sentence's end ("…, in accordance with the Geneva Conventions." cites a text).
      if (text.startsWith('in ', cue.start) && !spunSourceEndsSentence(text, phrase, s.end)) continue;
      const leading = text.slice(s.start, cue.start).trim() === '';
      const content = leading ? trimContent(text, phrase.end, s.end) : trimContent(text, s.start, cue.start);
      if (content) return { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end };
      continue;
    }
    // Inverted trailing attribution: "CONTENT, said Berg."
    const before = text.slice(s.start, cue.start);
    // "Parent Jamie Rennie, whose daughter is in primary six, said …": the comma closes a
    // relative clause on the subject, not a content before an inverted "said NAME".
    // (A finite verb from the first word after the cue on rules it out before any reading.)
    // ("…, told DD News from his hospital bed that …": "told" is never inverted; the words
    // before it are its subject.)
    if (
      cue.lemma !== 'tell' &&
      endsWithComma(before) &&
      !RELATIVE_ON_SUBJECT.test(before) &&
      !invertedSpeakerRuledOut(text, cue.end, s.end, index)
    ) {
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
 * After a closing verb, to the sentence's end: nothing, or a time ("on Monday", "late on
 * Friday", "last week", "earlier").
 */
const CLOSING_TAIL =
  /^(?:\s+(?:(?:(?:late|early)\s+)?on\s+\p{Lu}\p{Ll}+(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this)\s+(?:week|month|year|weekend)|earlier|later|overnight))?[\s.!?]*$/u;

/**
 * "He lost his own seat, the broadcaster reported.": a verb that reports nothing before its
 * object ({@link NO_CONTENT}) attributes the content before it when it ends the sentence,
 * after a comma and its subject (a time may follow it: "…, state media reported on Monday.").
 */
function closingReport(
  text: string,
  s: Sentence,
  cue: CueMatch,
  index: ReferentIndex,
): ReportedSpeech | null {
  if (!CLOSING_ONLY.has(cue.lemma) || !CLOSING_TAIL.test(text.slice(cue.end, s.end))) return null;
  const phrase = speakerBefore(text, s.start, cue.start, index);
  return phrase ? (trailingAttribution(text, s, cue, phrase) ?? null) : null;
}

/** A short time or place phrase opening a sentence: "Around 4:30 a.m.", "Late on Friday", "In Lima". */
const FRONTED_ADVERBIAL =
  /^\s*(?:around|about|at|on|in|by|shortly|soon|later|earlier|early|late|after|before|during|overnight|then|meanwhile|yesterday|today)\b[^,;“”"]{0,40}$/iu;

/** A sentence that opens with a name and a relative clause on it, up to a comma. */
const RELATIVE_ON_SUBJECT = /^[^,]{1,80},\s*(?:who|whose|which)\s[^,]{1,100},\s*$/u;

/**
 * "… welcomed the arrests but said …", "… toured the site and promised …", "… raised his
 * fist and appeared to shout: …".
 */
export const COORDINATED_CUE =
  /\b(?:and|but)\s+(?:(?:also|later|then)\s+)?(?:(?:appeared|seemed)\s+to\s+)?$/u;

/**
 * The subject a cue after "and" shares with the sentence's first verb: the speaker phrase
 * that opens the sentence (a name, a description, a pronoun), when no clause break (a
 * semicolon, a colon, a quotation) stands between it and the cue.
 */
export function coordinatedSubject(
  text: string,
  s: Span,
  cue: CueMatch,
  index: ReferentIndex,
): SpeakerPhrase | null {
  const whole = text.slice(s.start, cue.start);
  if (!COORDINATED_CUE.test(whole) || /[;:“”"«»]/u.test(whole)) return null;
  // "… shortly after 6 p.m. About an hour later, Cardinal NAME stepped out and declared":
  // the splitter keeps a sentence after "p.m." in the one before; the subject opens the last.
  let start = s.start;
  for (const m of whole.matchAll(MISSED_SENTENCE_BREAK)) start = s.start + m.index + m[0].length;
  const subject = openingSpeaker(text, start, cue.start, index);
  // Adverbs and a place may open the sentence before the subject ("Later, in Kyiv, …").
  const afterLead = start + openingLead(text, start, cue.start);
  const from = afterLead + openingPlace(text, afterLead, cue.start);
  if (!subject || subject.start - from > 40) return null;
  // Only a title or description may stand before the subject ("The mayor, [Petra Novak]").
  const lead = text.slice(from, subject.start);
  if (lead.trim() !== '' && !isTitleRun(lead) && !isDescriptionRun(lead)) return null;
  return subject;
}

/**
 * A full stop after a lower-case abbreviation ("p.m.", "a.m.") or a word, then a capital: a
 * sentence end the splitter may have read as an abbreviation's. Not after a capital's
 * initial ("U.S. President") nor a title ("St. Peter's", "Gen. Caine").
 */
const MISSED_SENTENCE_BREAK =
  /(?<=\p{Ll}\.)(?<!\b(?:St|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Rev|Jr|Sr|Mt|Ft|No|vs|etc)\.)\s+(?=\p{Lu})/gu;

/** ", director general for public security, ", ", the police chief, ": an appositive in lower case. */
const LOWER_APPOSITIVE = /^\s*,\s*(?:(?:the|a|an)\s+)?\p{Ll}[^,;:“”"()]{2,80},\s*$/u;

/**
 * Is `phrase` a name right after a comma (`preceding` ends in one) with a lower-case
 * appositive (`between`) before its cue, no verb in it: "…, Karl Huber, the police chief, told"?
 */
export function nameWithAppositive(phrase: SpeakerPhrase, preceding: string, between: string): boolean {
  if (phrase.kind !== 'mention' && phrase.kind !== 'name') return false;
  if (!/,\s*$/u.test(preceding) || !LOWER_APPOSITIVE.test(between)) return false;
  return !wordsIn(between, 0, between.length).some((w) => FINITE.has(w.lower) || CLAUSE_WORD.test(w.lower));
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
  // But "…, Karl Huber, director general for public security, told …": a name after the
  // content's comma, with its own appositive before the cue, is the speaker.
  const between = text.slice(phrase.end, cue.start);
  if (/^\s*,/u.test(between) && !nameWithAppositive(phrase, preceding, between)) return undefined;
  const afterComma = preceding.slice(comma + 1);
  if (
    !(
      afterComma.trim() === '' ||
      isTitleRun(afterComma) ||
      /^\s*(?:the|a|an)\s[^,;:“”"]{0,60}$/iu.test(afterComma)
    )
  )
    return undefined;
  // "…, Paris prosecutor NAME told BFM TV.": who was told is no content.
  const tail = tailAfterListener(text.slice(cue.end, s.end), cue.lemma);
  if (!TRAILING_TAIL.test(tail)) return undefined;
  // "The school's teacher, NAME, said in an interview that …": the text before the comma
  // is the subject's description and the content follows "that".
  const lead = preceding.slice(0, comma);
  if (/\sthat\s/u.test(tail) && (isDescriptionRun(lead) || DETERMINED_NOUN_PHRASE.test(lead)))
    return undefined;
  // "Around 4:30 a.m., Yoon said in an address that …", "On Tuesday, the ministry said …
  // that …": a time or place set before the subject is no content; "that" brings it.
  if (FRONTED_ADVERBIAL.test(lead) && /\sthat\s/u.test(tail)) return undefined;
  const content = trimContent(text, s.start, s.start + comma);
  return content ? { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end } : null;
}

/**
 * The subject of a weak cue: after "and" ("NAME was sworn in as Norway's prime minister on
 * Monday and called on …") the sentence's opening speaker, whom the cue shares with the
 * first verb — never the words just before "and"; else the clause's own subject.
 */
function weakCueSubject(
  text: string,
  s: Sentence,
  cue: CueMatch,
  index: ReferentIndex,
): SpeakerPhrase | null {
  if (COORDINATED_CUE.test(text.slice(Math.max(s.start, cue.start - 12), cue.start)))
    return coordinatedSubject(text, s, cue, index);
  return clauseSubject(text, s, cue, index);
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
  if (TRAILING_CUES.has(cue.lemma) && (cue.lemma !== 'rule' || text.slice(cue.start, cue.end) === 'ruled')) {
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
    const phrase = weakCueSubject(text, s, cue, index);
    const content = phrase ? trimContent(text, cue.start, s.end) : null;
    return phrase && content ? { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end } : null;
  }
  // "described how the bill would cut taxes": an account of events, from the wh-word on.
  if (cue.lemma === 'describe' && /^(?:how|why|what|where|when)$/u.test(next[0]?.lower ?? '')) {
    const phrase = weakCueSubject(text, s, cue, index);
    const content = phrase ? trimContent(text, next[0]!.start, s.end) : null;
    return phrase && content ? { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end } : null;
  }
  if (CHARACTERISE.has(cue.lemma)) {
    const as = next.slice(0, 8).findIndex((w) => w.lower === 'as');
    if (as < 1 || /[,;:“”"]/u.test(text.slice(cue.end, next[as]!.start))) return null;
    if (next.slice(0, as).some((w) => FINITE.has(w.lower) || CLAUSE_WORD.test(w.lower))) return null;
    const phrase = weakCueSubject(text, s, cue, index);
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
    const phrase = weakCueSubject(text, s, cue, index);
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
    const phrase = weakCueSubject(text, s, cue, index);
    // "it points to …" is evidence, not someone's argument.
    if (phrase?.kind === 'pronoun' && phrase.text.toLowerCase() === 'it') return null;
    const content = phrase ? trimContent(text, cue.start, s.end) : null;
    return phrase && content ? { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end } : null;
  }
  // "She estimated the eruption could continue for weeks": a clause without "that".
  if (cue.lemma === 'estimate' && next[0]?.lower !== 'that') {
    const start = bareClauseStart(text, cue, next);
    const phrase = start === null ? null : weakCueSubject(text, s, cue, index);
    const content = phrase && start !== null ? trimContent(text, start, s.end) : null;
    return phrase && content ? { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end } : null;
  }
  if (THAT_CUES.has(cue.lemma)) {
    const thatAt = listenerThatAt(next, cue.lemma);
    if (thatAt < 0) return null;
    if (/[,;:“”"]/u.test(text.slice(cue.end, next[thatAt]!.start))) return null;
    const phrase = weakCueSubject(text, s, cue, index);
    const content = phrase ? trimContent(text, next[thatAt]!.end, s.end) : null;
    return phrase && content ? { span: content, cue, phrase, frameStart: s.start, frameEnd: s.end } : null;
  }
  return null;
}
