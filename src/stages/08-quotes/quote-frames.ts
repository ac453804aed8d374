/**
 * The attribution of a quotation: a cue and speaker right after it (`,” Berg said`, `,”
 * said Berg`), or before it (`Berg said: “…”`, `according to Berg, “…”`, a passive agent, a
 * participle's subject, an outer clause), whether the quotation is embedded in a larger
 * clause (partial), whether a quotation continues after an attribution, and where a partial
 * quote's reported clause starts. Separate from the assembly: these read one quotation's
 * surroundings and decide nothing about its neighbours.
 */
import { partitionPoint } from '../../core/span.js';
import { type CueMatch, countWords, cueAt, cuesIn, type Word, wordsIn } from './cues.js';
import { gestureFrame } from './gesture-frame.js';
import { headlineLabelFrame } from './headline-label.js';
import { isMannerRun } from './manner-run.js';
import type { QuotedSpan } from './marks.js';
import { parentheticalSubject } from './parenthetical-frame.js';
import { endsInPunctuation, type Frame, innerText, isSpaceAt, onlyPunctuation } from './quote-units.js';
import type { ReferentIndex } from './referents.js';
import { inRelationAppositive } from './relation-appositive.js';
import { relativeWhoSubject } from './relative-who-subject.js';
import { datelineEnd } from './reported.js';
import { contentStartAfter } from './reported-content.js';
import { COORDINATED_CUE, coordinatedSubject, nameWithAppositive } from './reported-cue-verbs.js';
import { FINITE } from './reported-words.js';
import { openingLead, openingSpeaker, speakerAfter } from './speaker-after-cue.js';
import { speakerBefore } from './speaker-before-cue.js';
import { isDescriptionRun, isTitleRun, type SpeakerPhrase } from './speaker-phrase.js';

const GAP_MAX_WORDS = 14;

/** Words allowed between a cue and a direct quotation: `told reporters on Tuesday:`. */
const SHORT_LEAD_IN = /^[\s,]*(?:[\p{L}\p{N}'’.-]+[\s,]+){0,7}?[:,]\s*$/u;

/** ", while …", "; but …": a conjunction that opens a clause of its own after a quotation. */
const CONJUNCTION_LEAD = /^[\s,;:—–-]*(?:while|whereas|but|although|though|yet)\s/iu;

const AS_LEAD = /^[\s,;:—–-]*as\s/iu;
const AS_ONLY = /^[\s,;:—–-]*as\s+$/iu;
/** A sentence's end: a stop, then a space or the end of the text. */
const STOP = /[.!?](?=\s|$)/u;

/** Does `cue` (up to `to`, cut at its sentence's end) report content after it? */
function contentOfItsOwn(text: string, cue: CueMatch, to: number): boolean {
  const stop = STOP.exec(text.slice(cue.end, to));
  const end = stop ? cue.end + stop.index : to;
  return contentStartAfter(text, cue, wordsIn(text, cue.end, end, 16)) !== null;
}

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
export function frameAfter(text: string, from: number, to: number, index: ReferentIndex): Frame | null {
  const ws = wordsIn(text, from, to, GAP_MAX_WORDS);
  if (ws.length === 0) return null;
  if (!onlyPunctuation(text, from, ws[0]!.start)) return null;
  for (const cue of cuesIn(ws)) {
    if (cue.lemma === 'according to') {
      const phrase = speakerAfter(text, cue.end, to, index);
      if (phrase && onlyPunctuation(text, from, cue.start))
        return { cue, phrase, before: false, embedded: false };
      continue;
    }
    const inverted = onlyPunctuation(text, from, cue.start);
    if (inverted) {
      // "…“eradicate hostile forces”, accusing the parliament of …": a participle after the
      // quotation goes on with the sentence's subject; the phrase after it is its object.
      if (endsInIng(text, cue.end)) continue;
      const phrase = speakerAfter(text, cue.end, to, index);
      // ",” said federal teams were in place": a finite verb after the phrase makes it the
      // subject of reported content, whose speaker stands before the quotation.
      if (phrase && !subjectOfClause(text, phrase.end, to))
        return { cue, phrase, before: false, embedded: false };
      continue;
    }
    // ",” while Governor Cole said …": a conjunction opens another clause, with a speaker
    // of its own; the quotation belongs to the clause before it.
    if (CONJUNCTION_LEAD.test(text.slice(from, cue.start))) return null;
    // ",” as Finance Minister Lars Klingbeil said the deficit would shrink": "as" is a "while"
    // when the cue reports content of its own; ",” as the minister put it." frames the quotation.
    if (AS_LEAD.test(text.slice(from, cue.start)) && contentOfItsOwn(text, cue, to)) return null;
    // ",” a rescue worker, who asked not to be named for fear of reprisals, told Reuters":
    // "asked" withholds the name; the cue after that clause frames the quotation.
    if (cue.lemma === 'ask' && WHO_BEFORE.test(text.slice(Math.max(from, cue.start - 8), cue.start)))
      return frameAfterWithheldName(text, from, cue.start, to, index);
    const phrase = speakerBefore(text, from, cue.start, index);
    // ",” a charge the party rejected": a noun the quotation stands for, then a clause
    // whose subject answers it; that subject did not say the words.
    if (phrase && ANSWERED_NOUN.test(phrase.text)) return null;
    if (
      phrase &&
      (onlyPunctuation(text, from, phrase.start) ||
        // ",” as Karl Brandt said on Monday." (one with content of its own left above).
        AS_ONLY.test(text.slice(from, phrase.start)) ||
        isTitleRun(text.slice(from, phrase.start)) ||
        // "!” a demonstrator who gave her name as Anjali told AFP": the name the speaker gave.
        (phrase.kind !== 'description' && GAVE_NAME_LEAD.test(text.slice(from, phrase.start))) ||
        // ",” the brewery's director, Tomáš Novák, said": a description before the name.
        (phrase.kind === 'mention' && isDescriptionRun(text.slice(from, phrase.start))) ||
        // ",” an emotional Norris said": how the named person spoke.
        (phrase.referent?.type === 'person' && isMannerRun(text.slice(from, phrase.start))) ||
        // "… “as many people as possible” outside the arena, Karl Huber, the police chief,
        // told": the rest of the content, then the name and its appositive.
        (CONTENT_TAIL.test(text.slice(from, phrase.start)) &&
          nameWithAppositive(phrase, text.slice(from, phrase.start), text.slice(phrase.end, cue.start))))
    )
      return { cue, phrase, before: false, embedded: false };
    // Only the first cue right after the quotation may attribute it.
    return null;
  }
  return null;
}

/** An indefinite description, then the name it gave: " a 22-year-old student who gave her name as ". */
const GAVE_NAME_LEAD =
  /^[\s,]*(?:a|an|one)\s[^,;:.!?“”"]{1,60}?\swho\s+(?:gave|would\s+give)\s+(?:only\s+)?(?:his|her|their)\s+(?:(?:first|family|last)\s+|sur)?name(?:\s+only)?\s+as\s+$/u;
/** A short place or time phrase ending the content before a trailing speaker: " outside the arena, ". */
const CONTENT_TAIL =
  /^\s+(?:in|on|at|outside|inside|near|during|after|before|from|across|over|within)\s[^,;:“”"]{1,50},\s*$/u;
const WHO_BEFORE = /,\s+who\s+$/u;
/** "asked not to be named (for fear of reprisals), ": a speaker withholding the name. */
const NAME_WITHHELD =
  /^asked\s+not\s+to\s+be\s+(?:named|identified)(?:\s+(?:for|because|as|to)\s[^,;:“”"]{1,60})?,\s+/u;

/**
 * The frame after a quotation whose speaker's description goes on with ", who asked not to
 * be named …," (the clause at `at`): the cue right after the clause, with the description
 * before it as the speaker; null when none follows.
 */
function frameAfterWithheldName(
  text: string,
  from: number,
  at: number,
  to: number,
  index: ReferentIndex,
): Frame | null {
  const withheld = NAME_WITHHELD.exec(text.slice(at, Math.min(to, at + 120)));
  if (!withheld) return null;
  const after = at + withheld[0].length;
  const next = wordsIn(text, after, to, 2);
  const cue = next.length > 0 ? cueAt(next, 0) : null;
  if (!cue) return null;
  const phrase = speakerBefore(text, from, cue.start, index);
  return phrase && onlyPunctuation(text, from, phrase.start)
    ? { cue, phrase, before: false, embedded: false }
    : null;
}

/** "a statement", "in a letter": a document's noun ending a speaker phrase. */
const DOCUMENT_END = /\b(?:statement|letter|message|video|post|note|notice|memo|release)$/u;

/** Is `cue` a past participle ("posted", "issued") right after a document's noun, `phrase`? */
function isDocumentParticiple(text: string, cue: CueMatch, phrase: SpeakerPhrase): boolean {
  return (
    text.charCodeAt(cue.end - 1) === 100 &&
    text.charCodeAt(cue.end - 2) === 101 &&
    phrase.end + 1 === cue.start &&
    DOCUMENT_END.test(phrase.text)
  );
}

/** A modal right before a verb: "would continue", "will say". */
const MODAL_BEFORE = /\b(?:would|will|could|can|may|might|should|must)\s+$/u;
/**
 * An article right after a verb and before the quotation: the verb takes an object ("that her
 * government maintains a “good communication”"), it reports nothing of its own.
 */
const OBJECT_AFTER = /^\s+(?:a|an)\s+[^“”"]*$/u;

/** Does the word ending at `end` end in "ing" (a participle: "accusing", "saying")? */
function endsInIng(text: string, end: number): boolean {
  return (
    text.charCodeAt(end - 1) === 103 && text.charCodeAt(end - 2) === 110 && text.charCodeAt(end - 3) === 105
  );
}

/** Does a finite verb follow the phrase ending at `end` ("federal teams were in place")? */
function subjectOfClause(text: string, end: number, to: number): boolean {
  const next = wordsIn(text, end, to, 1)[0];
  return next !== undefined && /^\s+$/u.test(text.slice(end, next.start)) && FINITE.has(next.lower);
}

/** A frame before the quotation: `Berg said: “…”`, `Berg said the plan was “unrealistic”`. */
export function frameBefore(text: string, start: number, to: number, index: ReferentIndex): Frame | null {
  // "MUNICH (Reuters) - Zelenskyy urged …, saying “…”": the dateline is no subject.
  const from = datelineEnd(text, start, to, true);
  const ws = wordsIn(text, from, to);
  // The cues from the last one back (each word's cue depends on the words only, so cues
  // are read as far back as the first that frames the quotation, no further).
  let shared: Frame | null = null;
  for (let k = ws.length - 1; k >= 0; k--) {
    const cue = cueAt(ws, k);
    if (cue === null) continue;
    let phrase: SpeakerPhrase | null;
    // "… was described by coach Rahul Dravid as “…”": a passive verb's agent speaks.
    const agent = passiveAgent(text, from, cue, to);
    if (agent > 0) phrase = speakerAfter(text, agent, to, index);
    else if (cue.lemma === 'according to' || onlyPunctuation(text, from, cue.start)) {
      // "Asked by reporters whether …, he laughed: “…”": a participle's agent put the
      // question; the answer is another's.
      if (BY_AGENT.test(text.slice(cue.end, Math.min(to, cue.end + 5)))) continue;
      phrase = speakerAfter(text, cue.end, to, index);
    }
    // "Yoon accused the parliament of … and said he was acting to “…”": a second verb
    // shares the subject that opens the sentence (the words before "and" are none). An
    // earlier speech verb of that subject frames the quotation first ("Peskov said Moscow
    // had … and called the result “…”" reports both clauses); else the shared subject does
    // ("Mamberti stepped onto the balcony and declared: “…”").
    else if (COORDINATED_CUE.test(text.slice(Math.max(from, cue.start - 20), cue.start))) {
      const subject = coordinatedSubject(text, { start: from, end: to }, cue, index);
      if (subject && !shared) shared = frameWith(text, cue, subject, to);
      continue;
    } else phrase = speakerBefore(text, from, cue.start, index);
    // "Camp Mystic said in a statement posted on its website that …": a past participle
    // after a document's noun says where the words appeared; the document is no subject.
    if (phrase?.kind === 'description' && isDocumentParticiple(text, cue, phrase)) continue;
    // "to his predecessor, Francis, recalling “…”": the relation's other person is no subject.
    if (phrase && /ing$/u.test(text.slice(cue.start, cue.end)) && inRelationAppositive(text, phrase))
      phrase = null;
    phrase ??= participleSubject(text, from, cue, index) ?? relativeWhoSubject(text, from, cue, index);
    if (!phrase) continue;
    // "Harvey told reporters she had written much of the novel when “…”": a verb whose
    // subject opens the clause an earlier speech verb reports, and which is no core speech
    // verb or stands apart from the quotation, is part of that clause; the earlier verb
    // frames the quote ("sources said he said “…”" stays with "he").
    // "Campbell told a forum that Washington hoped “…”": a place standing for its
    // government reports nothing itself; the earlier verb's subject said the words.
    const place = namesPlace(phrase, index);
    if (place || phrase.kind === 'pronoun' || phrase.kind === 'mention' || phrase.kind === 'description') {
      const outer = outerFrame(text, from, ws, k, phrase, index);
      // ("Karimi said the cabinet would continue “…”": a modal's verb is no act of speech
      // but part of the clause the earlier verb reports.)
      if (
        outer &&
        (place ||
          !cue.core ||
          countWords(text, cue.end, to, 5) > 4 ||
          MODAL_BEFORE.test(text.slice(Math.max(from, cue.start - 8), cue.start)) ||
          OBJECT_AFTER.test(text.slice(cue.end, to)))
      )
        return outer;
    }
    return frameWith(text, cue, phrase, to);
  }
  return shared ?? gestureFrame(text, from, to, index) ?? headlineLabelFrame(text, from, to, index);
}

/**
 * "… called the fall “a fundamental act of justice” for Syrians, but warned it was a moment
 * of “risk”": a cue after "and"/"but" between the sentence's previous quotation and this
 * one has that quotation's speaker, `phrase`, as its subject (no subject stands between).
 */
export function sharedWithPrevious(
  text: string,
  from: number,
  to: number,
  phrase: SpeakerPhrase,
): Frame | null {
  const ws = wordsIn(text, from, to);
  for (const cue of cuesIn(ws)) {
    if (!COORDINATED_CUE.test(text.slice(Math.max(from, cue.start - 20), cue.start))) continue;
    // Only the words of the previous clause before "and"/"but": no clause mark of a new sentence.
    if (/[.;:!?]/u.test(text.slice(from, cue.start))) return null;
    return frameWith(text, cue, phrase, to);
  }
  return null;
}

/** A frame before the quotation at `to`: embedded unless only a short lead-in stands between. */
function frameWith(text: string, cue: CueMatch, phrase: SpeakerPhrase, to: number): Frame {
  const between = text.slice(Math.max(cue.end, phrase.end), to);
  // SHORT_LEAD_IN ends in a comma or colon and spaces: tested only then (it backtracks).
  const tail = between.trimEnd();
  const last = tail.charCodeAt(tail.length - 1);
  const shortLeadIn = (last === 44 || last === 58) && SHORT_LEAD_IN.test(between);
  const embedded = !(tail === '' || shortLeadIn) || /\bthat\s*$/u.test(between);
  return { cue, phrase, before: true, embedded };
}

/** Is a speaker phrase a bare name the tagger found as a place ("Washington", "Ottawa")? */
function namesPlace(phrase: SpeakerPhrase, index: ReferentIndex): boolean {
  if (phrase.kind !== 'name') return false;
  const places = index.places ?? [];
  const at = partitionPoint(places.length, (k) => places[k]!.start < phrase.start);
  return at < places.length && places[at]!.start === phrase.start && places[at]!.end === phrase.end;
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

/** Participles that characterise in someone's words, by lemma. */
const CHARACTERISING_PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ['described', 'describe'],
  ['characterised', 'characterise'],
  ['characterized', 'characterize'],
  ['branded', 'brand'],
  ['labelled', 'label'],
  ['labeled', 'label'],
  ['dubbed', 'dub'],
]);
/** A passive speech verb, then "as", right before a quotation: "was described as ". */
const PASSIVE_AS_BEFORE = /\b(?:was|were|is|are|been|being)\s+(\p{Ll}+)\s+as\s+$/u;

/**
 * "the damage was described as “catastrophic” by local government minister NAME": a
 * passive cue's agent after the quotation speaks. `to` is where the quotation opens,
 * `end` where it closes; null unless "by" follows the quotation.
 */
export function passiveAgentAfterQuote(
  text: string,
  from: number,
  to: number,
  end: number,
  limit: number,
  index: ReferentIndex,
): Frame | null {
  // Cheapest first: "by" right after the closing mark.
  const by = BY_AGENT.exec(text.slice(end, Math.min(limit, end + 5)));
  if (!by) return null;
  const lead = text.slice(Math.max(from, to - 40), to);
  const m = PASSIVE_AS_BEFORE.exec(lead);
  const lemma = m ? CHARACTERISING_PARTICIPLES.get(m[1]!) : undefined;
  if (!m || !lemma) return null;
  const at = to - lead.length + m.index + m[0].indexOf(m[1]!, m[0].search(/\s/u));
  const cue: CueMatch = { start: at, end: at + m[1]!.length, lemma, core: false };
  const phrase = speakerAfter(text, end + by[0].length, limit, index);
  return phrase ? { cue, phrase, before: true, embedded: true } : null;
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
  // "…, he said in a speech, adding that …": the participle goes on with the frame's "he".
  const framed = parentheticalSubject(text, from, cue.start, index);
  if (framed) return framed;
  const subject = openingSpeaker(text, from, cue.start, index);
  const opener = openingLead(text, from, cue.start);
  if (!subject || subject.start - from - opener > 40) return null;
  // ("President-elect NAME blamed …, writing that …": a title about to be held is a title.)
  const lead = text.slice(from + opener, subject.start).replace(/-elect(?=\s)/gu, ' ');
  // "He also promised …, saying …": a pronoun only when it opens the sentence.
  if (subject.kind === 'pronoun') return lead.trim() === '' ? subject : null;
  return lead.trim() === '' || isTitleRun(lead) || isDescriptionRun(lead) ? subject : null;
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
export function continuedAfterAttribution(
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
  // The second quotation closes its own sentence (perhaps inside a quotation it quotes:
  // `… said, ‘Everyone out.’”`).
  if (!endsInPunctuation(innerText(text, next).replace(/['’]$/u, ''), false)) return null;
  const period = prev.end + gap.lastIndexOf('.');
  const frame = frameAfter(text, prev.end, period, index);
  if (!frame) return null;
  // The attribution sentence is only the frame (`said NAME, a farmer from Thirsk.`).
  const lineEnd = text.indexOf('\n', next.end);
  const restEnd = Math.min(lineEnd < 0 ? text.length : lineEnd, next.end + 200);
  if (text.slice(next.end, restEnd).trim() !== '' && frameAfter(text, next.end, restEnd, index)) return null;
  return frame;
}

/** A verb or a conjunction: the words before a "that" are a clause of their own. */
const CLAUSE_BEFORE_THAT =
  /\b(?:is|are|was|were|has|have|had|will|would|could|can|should|did|does|do|and|but|or)\b/iu;

/** Where reported content begins after a cue: past "that", "reporters", "in a statement". */
export function skipToContent(text: string, frame: Frame, quoteStart: number): number {
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
