/**
 * He, she, they, it: the paragraph's current speaker when compatible, else the nearest
 * person of the same gender (then number and type) outside quotations, passing over a quoted
 * title, a name in apposition to a relation ("his predecessor"), an object when a subject of
 * the same gender opens the sentence, and a name given by an unnamed speaker.
 */
import type { Speaker } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import { appositiveSubject } from './appositive-subject.js';
import { type Gender, isPersonNoun, PRONOUNS, personNounGender } from './lexicon.js';
import { opensPlaceName } from './possessive-place.js';
import { pronounOpeningSentence, relativeClauseSubject } from './pronoun-sentence-subject.js';
import type { Referent } from './referents.js';
import { datelineEnd } from './reported.js';
import {
  countBefore,
  insideQuote,
  lastTurnIn,
  lastTurnNear,
  OPENING_MARKS,
  type ResolveContext,
  type Resolved,
  resolvedAs,
  SENTENCE_BREAK,
  type SpeakerTurn,
  wordAfter,
} from './resolve-context.js';
import { isCountryBody, isOffice } from './resolve-organisations.js';
import { speakerBeforeObject } from './speaker-over-object.js';
import { isPluralSpeakerNoun, isTitleRun, type SpeakerPhrase } from './speaker-phrase.js';

/** An opening mark, perhaps an article, then the name: the start of a quoted title. */
const TITLE_OPENING = /[“"«„](?:The|A|An)\s+$/u;
/** Right after the name, the title's closing mark (perhaps behind a comma or a full stop). */
const TITLE_CLOSING = /^[,.]?[”"»]/u;

/** True when the occurrence is the whole of a title in quotation marks ('"A Real Pain,"'). */
function isQuotedTitle(text: string, o: Span): boolean {
  return (
    TITLE_OPENING.test(text.slice(Math.max(0, o.start - 5), o.start)) &&
    TITLE_CLOSING.test(text.slice(o.end, o.end + 2))
  );
}

/** "his predecessor, ", "her late husband, ": a relation of a person told about as a pronoun. */
const RELATION_BEFORE = /\b(his|her)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+),\s+$/u;
/**
 * The person of `gender` whose name opens the sentence of occurrence `i` (after a title at
 * most: "President Donald Trump announced …"), when that is another person than its own.
 */
function subjectBefore(i: number, gender: Gender, context: ResolveContext): Referent | null {
  const occurrences = context.index.occurrences;
  const own = occurrences[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const o = occurrences[j]!;
    // (One character past the name's start: the capital the break looks ahead to.)
    if (SENTENCE_BREAK.test(context.text.slice(o.end, own.start + 1))) return null;
    if (o.referent.type !== 'person' || o.referent === own.referent) continue;
    if (insideQuote(context.quoted, o.start)) return null;
    // "Bolsonaro supporter Marcos Tavares": a name before a person noun only qualifies it.
    if (isPersonNoun(wordAfter(context.text, o.end).toLowerCase())) return null;
    return o.referent.gender === gender && opensSentence(context.text, o.start) ? o.referent : null;
  }
  return null;
}

/** Does the sentence open at `at`, or with a title before it ("President Donald Trump")? */
function opensSentence(text: string, at: number): boolean {
  const floor = Math.max(0, at - 80);
  let k = at;
  while (
    k > floor &&
    !(text[k - 1] === '\n' || (/[.!?]/u.test(text[k - 2] ?? '') && /\s/u.test(text[k - 1]!)))
  )
    k--;
  if (k === floor && floor > 0) return false;
  // "BERLIN (Reuters) - Ukrainian President Volodymyr Zelenskiy met …": the wire's dateline
  // is no word of the sentence.
  const lead = text.slice(datelineEnd(text, k, at, true), at);
  return lead.trim() === '' || isTitleRun(lead);
}

/** Kin words a person noun's endings miss ("his wife, NAME"). */
const KIN = new Set([
  'wife',
  'husband',
  'son',
  'daughter',
  'brother',
  'sister',
  'mother',
  'father',
  'partner',
  'widow',
]);

/**
 * True when the occurrence is in apposition to a relation of the person "he" / "she"
 * stands for ("his predecessor, Pope Francis,"): the name is the other person of the
 * relation, never the pronoun's antecedent.
 */
function relatedToPronoun(text: string, o: Span, pronoun: string): boolean {
  const m = RELATION_BEFORE.exec(text.slice(Math.max(0, o.start - 40), o.start));
  // A person ("his predecessor, NAME"), not what names one ("his first name, Joe").
  if (!m || !(isPersonNoun(m[2]!) || KIN.has(m[2]!))) return false;
  return (m[1] === 'his' && pronoun === 'he') || (m[1] === 'her' && pronoun === 'she');
}

/** Places in capitals, then the opening parenthesis of a wire agency's credit. */
const DATELINE_PLACES = /^\p{Lu}{2,}[\p{Lu}\p{M} .,'’/-]{0,60}\($/u;
/** The credit's closing parenthesis, then the dateline's dash. */
const CREDIT_END = /^\)\s*(?:—|–|--|-)\s/u;

/**
 * Is `o` the wire agency credited in the dateline that opens its paragraph ("NEW
 * DELHI/ISLAMABAD (Reuters) - ")? The agency reports the story: "it" in the story is never
 * the agency.
 */
function inDateline(text: string, o: Span): boolean {
  if (text.charCodeAt(o.end) !== 41 || text.charCodeAt(o.start - 1) !== 40) return false;
  const paragraphStart = text.lastIndexOf('\n', o.start) + 1;
  return (
    o.start - paragraphStart <= 80 &&
    DATELINE_PLACES.test(text.slice(paragraphStart, o.start)) &&
    CREDIT_END.test(text.slice(o.end, o.end + 6))
  );
}

/** The paragraph's last speaker as "it" (an organisation) or "they" (an unnamed group), or null. */
function pronounGoesOn(phrase: SpeakerPhrase, paragraph: number, context: ResolveContext): Resolved | null {
  const pronoun = phrase.text.toLowerCase();
  if (pronoun !== 'it' && pronoun !== 'they') return null;
  const turn = lastTurnIn(context, paragraph, phrase.start);
  if (!turn) return null;
  const body = pronoun === 'it' && turn.referent?.type === 'organization';
  const group =
    pronoun === 'they' &&
    turn.referent === null &&
    turn.speaker.anonymous === true &&
    isPluralSpeakerNoun(turn.speaker.name.slice(turn.speaker.name.lastIndexOf(' ') + 1).toLowerCase());
  if (!body && !group) return null;
  const occurrences = context.index.occurrences;
  for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (o.start < turn.at) break;
    if (o.start >= phrase.start || insideQuote(context.quoted, o.start)) continue;
    if (o.referent.type === 'organization' && o.referent !== turn.referent) return null;
  }
  if (body) return resolvedAs(turn.referent!, phrase, 0.65);
  return {
    speaker: { ...turn.speaker, mention: { start: phrase.start, end: phrase.end } },
    referent: null,
    certainty: 0.6,
  };
}

function orgSpeaker(referent: Referent, phrase: SpeakerPhrase): Resolved {
  return resolvedAs(referent, phrase, 0.6);
}

/** The subject pronoun of a possessive one ("his" is "he"'s, "her" "she"'s). */
const SUBJECT_OF_POSSESSIVE: Readonly<Record<string, string>> = { his: 'he', her: 'she' };

/**
 * Whom the possessive "his"/"her" at `start` of the text stands for ("His office said",
 * "her campaign"), resolved as its subject pronoun standing there would be; null for any
 * other word or when no one is found.
 */
export function resolvePossessive(
  possessive: string,
  start: number,
  context: ResolveContext,
): Resolved | null {
  const subject = SUBJECT_OF_POSSESSIVE[possessive.toLowerCase()];
  if (!subject) return null;
  return resolvePronoun(
    { start, end: start + possessive.length, kind: 'pronoun', referent: null, text: subject },
    context,
  );
}

export function resolvePronoun(phrase: SpeakerPhrase, context: ResolveContext): Resolved | null {
  const info = PRONOUNS[phrase.text.toLowerCase()];
  if (!info) return null;
  const paragraph = context.paragraphOf(phrase.start);
  const occurrences = context.index.occurrences;
  if (!info.person || info.plural) {
    // "Netanyahu's office said … It said …": "it" continues the paragraph's office, and
    // "India's defence ministry said …. It described …" the country's body.
    if (phrase.text.toLowerCase() === 'it') {
      const turn = lastTurnIn(context, paragraph, phrase.start);
      if (turn && turn.referent === null && (isOffice(turn.speaker) || isCountryBody(turn.speaker)))
        return {
          speaker: { ...turn.speaker, mention: { start: phrase.start, end: phrase.end } },
          referent: null,
          certainty: 0.7,
        };
    }
    // "The committee said … Darfur and Kordofan … “…,” it said", "Officials said …, though
    // they cautioned …": the paragraph's speaker, a body for "it" or an unnamed group for
    // "they", goes on when no organisation is named since (a place named in its words is
    // what it spoke of).
    const here = pronounGoesOn(phrase, paragraph, context);
    if (here) return here;
    // "it" / "they": the nearest organisation in this or the previous paragraph; "Spain
    // secured language that it says allows …": a country speaks as "it" when no
    // organisation is named before it in its own paragraph (the nearest place there,
    // outside quotations).
    const placeInParagraph = (): Resolved | null => {
      if (phrase.text.toLowerCase() !== 'it') return null;
      const places = context.index.places ?? [];
      for (let i = countBefore(places, phrase.start) - 1; i >= 0; i--) {
        const o = places[i]!;
        if (o.start >= phrase.start || insideQuote(context.quoted, o.start)) continue;
        if (context.paragraphOf(o.start) < paragraph) break;
        return resolvedAs(o.referent, phrase, 0.5);
      }
      return null;
    };
    for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
      const o = occurrences[i]!;
      if (o.start >= phrase.start || insideQuote(context.quoted, o.start)) continue;
      if (context.paragraphOf(o.start) < paragraph - 1) break;
      if (o.referent.type !== 'organization' || inDateline(context.text, o)) continue;
      if (context.paragraphOf(o.start) < paragraph)
        return placeInParagraph() ?? orgSpeaker(o.referent, phrase);
      return orgSpeaker(o.referent, phrase);
    }
    return placeInParagraph();
  }
  if (phrase.text.toLowerCase() === 'i' || phrase.text.toLowerCase() === 'we') return null;
  const compatible = (r: Referent) =>
    r.type === 'person' && (r.gender === info.gender || r.gender === 'unknown');
  const turn = lastTurnIn(context, paragraph, phrase.start);
  if (turn?.referent && compatible(turn.referent) && turn.referent.gender === info.gender) {
    return resolvedAs(turn.referent, phrase, 0.85);
  }
  // "A witness, who gave her name only as Anja, told … “…,” she said": the paragraph's
  // speaker known by a given name alone (no entity to check the gender of) goes on.
  if (turn && turn.referent === null && isGivenNameOnly(turn.speaker, context.text))
    return {
      speaker: { ...turn.speaker, mention: { start: phrase.start, end: phrase.end } },
      referent: null,
      certainty: 0.7,
    };
  // "A security official, speaking on condition of anonymity, said … “…,” he said": the
  // paragraph's unnamed speaker goes on when no one of that gender is named since.
  if (turn && turn.referent === null && !namedSince(turn, phrase, info.gender, context)) {
    const described = describedSpeaker(phrase, info.gender, paragraph, context);
    if (described) return described;
  }
  // "One engineer, interviewed afterwards, said … / “…,” he told reporters": with no
  // speaker in its own paragraph yet, the previous paragraph's unnamed speaker goes on when
  // no one of that gender is named since.
  if (!turn) {
    const previous = lastTurnNear(phrase, context);
    if (previous && previous.referent === null && !namedSince(previous, phrase, info.gender, context)) {
      const described = describedSpeaker(phrase, info.gender, paragraph, context);
      if (described) return described;
    }
  }
  // "“…,” said Giorgi Tsiklauri, a developer. / “…,” he said": a paragraph that opens with
  // a quotation and has no speaker yet goes on with the previous paragraph's last speaker,
  // a person of unknown gender, when no one who could be meant is named since (a person of
  // that gender named earlier is not the likelier one).
  if (!turn && opensWithQuotation(context.text, phrase.start)) {
    const previous = lastTurnNear(phrase, context);
    if (
      previous?.referent?.type === 'person' &&
      previous.referent.gender === 'unknown' &&
      previous.paragraph === paragraph - 1 &&
      !namedSince(previous, phrase, info.gender, context)
    )
      return resolvedAs(previous.referent, phrase, 0.7);
  }
  let fallback: Referent | null = null;
  // Among people of unknown gender, one who has spoken recently is the likelier antecedent.
  const recentSpeakers = new Set<Referent>();
  for (let i = context.turns.length - 1; i >= 0 && context.turns[i]!.paragraph >= paragraph - 2; i--) {
    const r = context.turns[i]!.referent;
    if (r && compatible(r)) recentSpeakers.add(r);
  }
  for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (o.start >= phrase.start || insideQuote(context.quoted, o.start)) continue;
    if (context.paragraphOf(o.start) < paragraph - 2) break;
    if (!compatible(o.referent)) continue;
    // A name opening a title in quotation marks ('the so-called "Woodstock for Capitalists"')
    // or making one up ('won for "A Real Pain,"') is not a person in the story.
    if (o.start > 0 && (OPENING_MARKS.has(context.text[o.start - 1]!) || isQuotedTitle(context.text, o)))
      continue;
    // "He paid tribute to his predecessor, Pope Francis, …. “…,” he said": a name in
    // apposition to "his predecessor" is someone else than the "he" it is told about.
    if (relatedToPronoun(context.text, o, phrase.text.toLowerCase())) continue;
    // "from the loggia of St. Peter's Basilica": a place's name, not a person.
    if (opensPlaceName(context.text, o)) continue;
    // "Addressing President Donald Trump directly, he said: …": a name in the participle
    // phrase opening the pronoun's own sentence is who the pronoun's subject acts on.
    if (inOpeningParticiple(context.text, o, phrase.start)) continue;
    // "Trump announced Kirk's death. “…,” he wrote", "Netanyahu thanked Trump in a video
    // message. “…,” he said": a name in the object is no match for the sentence's subject
    // of the same gender.
    // "He addressed President Donald Trump directly. “…,” he said": the earlier "he" goes on.
    const opener = pronounOpeningSentence(o, phrase.text, context);
    const earlier =
      opener >= 0 && (o.referent.gender === info.gender || o.referent.gender === 'unknown')
        ? resolvePronoun({ ...phrase, start: opener, end: opener + phrase.text.length }, context)
        : null;
    if (earlier)
      return {
        ...earlier,
        speaker: { ...earlier.speaker, mention: { start: phrase.start, end: phrase.end } },
      };
    const subject =
      subjectBefore(i, info.gender, context) ??
      speakerBeforeObject(o, info.gender, context) ??
      relativeClauseSubject(i, info.gender, context) ??
      appositiveSubject(i, info.gender, context);
    const match = subject ?? (o.referent.gender === info.gender ? o.referent : null);
    if (match) {
      // The paragraph's speaker (gender unknown) still wins over a match named before it
      // (or over the subject of the sentence that named it: "Dati said a crown of Empress
      // Eugénie was found. / Beccuau told BFMTV that … “…,” she said").
      if (turn?.referent && compatible(turn.referent) && o.start < turn.at && turn.referent !== match)
        return resolvedAs(turn.referent, phrase, 0.7);
      return resolvedAs(match, phrase, 0.8);
    }
    if (!fallback || (recentSpeakers.has(o.referent) && !recentSpeakers.has(fallback))) fallback = o.referent;
  }
  if (turn?.referent && compatible(turn.referent)) return resolvedAs(turn.referent, phrase, 0.7);
  // "A health ministry spokeswoman said … “…,” she said": the paragraph's described
  // speaker of that gender wins over a name of unknown gender from an earlier paragraph.
  if (fallback && turn && !turn.referent && personNounGender(lastWordOf(turn.speaker.name)) === info.gender) {
    const described = describedSpeaker(phrase, info.gender, paragraph, context);
    if (described) return described;
  }
  if (fallback) return resolvedAs(fallback, phrase, 0.6);
  return (
    describedSpeaker(phrase, info.gender, paragraph, context) ?? previousSpeaker(phrase, info.gender, context)
  );
}

/** A participle opening a sentence: "Addressing", "Turning to", "Responding to". */
const OPENING_PARTICIPLE = /^\p{Lu}\p{Ll}{2,}ing\s/u;

/**
 * Is `o` inside a participle phrase that opens its sentence and ends in the comma right
 * before the pronoun at `pronoun` ("Addressing NAME directly, he said")? The participle's
 * subject is the pronoun's referent, so the name is someone else. Cheapest test first: the
 * pronoun follows ", ".
 */
function inOpeningParticiple(text: string, o: Span, pronoun: number): boolean {
  if (text.charCodeAt(pronoun - 2) !== 44 || o.end > pronoun || pronoun - o.end > 60) return false;
  if (/[.!?;"“”\n]/u.test(text.slice(o.end, pronoun - 2))) return false;
  const floor = Math.max(0, o.start - 60);
  let k = o.start;
  while (k > floor && text[k - 1] !== '\n' && !(/[.!?]/u.test(text[k - 2] ?? '') && text[k - 1] === ' ')) k--;
  if (k === floor && floor > 0) return false;
  const lead = text.slice(k, o.start);
  return OPENING_PARTICIPLE.test(lead) && !/[,;"“”]/u.test(lead);
}

/** Does the paragraph (the line) that holds `at` open with a quotation mark? */
function opensWithQuotation(text: string, at: number): boolean {
  return OPENING_MARKS.has(text[text.lastIndexOf('\n', at) + 1] ?? '');
}

/**
 * Is a person of `gender` (or of unknown gender) named outside quotations between a
 * turn's speaker and the pronoun?
 */
function namedSince(
  turn: SpeakerTurn,
  phrase: SpeakerPhrase,
  gender: Gender,
  context: ResolveContext,
): boolean {
  const from = Math.max(turn.at, turn.speaker.mention?.end ?? 0);
  const occurrences = context.index.occurrences;
  for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (o.start < from) return false;
    if (o.start >= phrase.start || insideQuote(context.quoted, o.start)) continue;
    if (o.referent.type === 'person' && (o.referent.gender === gender || o.referent.gender === 'unknown'))
      return true;
  }
  return false;
}

/**
 * "“…,” the new pope said from the balcony of St. Peter's Basilica. / He went on to …":
 * with no person of that gender named near, "he"/"she" continues the previous paragraph's
 * last speaker when that speaker resolved to a person of that gender.
 */
function previousSpeaker(phrase: SpeakerPhrase, gender: Gender, context: ResolveContext): Resolved | null {
  const paragraph = context.paragraphOf(phrase.start);
  const t = context.turns.findLast((x) => x.at < phrase.start);
  // (A quotation over two paragraphs before it is that speaker's last turn: it ends in the
  // paragraph before, whatever paragraph it opened in.)
  if (
    !t ||
    (t.lastParagraph ?? t.paragraph) < paragraph - 1 ||
    t.referent?.type !== 'person' ||
    t.referent.gender !== gender
  )
    return null;
  return resolvedAs(t.referent, phrase, 0.6);
}

/**
 * "The fire brigade spokeswoman said … She told state television …": with no named
 * person to refer to, "he"/"she" continues the last speaker of this or the previous
 * paragraph when that speaker was a description of a single person of that gender (or
 * of unknown gender).
 */
function describedSpeaker(
  phrase: SpeakerPhrase,
  gender: Gender,
  paragraph: number,
  context: ResolveContext,
): Resolved | null {
  for (let i = context.turns.length - 1; i >= 0; i--) {
    const t = context.turns[i]!;
    if (t.at >= phrase.start) continue;
    if (t.paragraph < paragraph - 1) return null;
    if (t.referent) return null;
    const words = t.speaker.name.toLowerCase().split(/\s+/);
    const prep = words.findIndex((w, k) => k > 0 && /^(?:of|for|at|with|from|in)$/u.test(w));
    const head = (prep > 0 ? words[prep - 1] : words[words.length - 1]) ?? '';
    if (!isPersonNoun(head) || !/^(?:the|a|an|one)$/u.test(words[0] ?? '')) return null;
    const g = personNounGender(head);
    if (g !== 'unknown' && g !== gender) return null;
    return {
      speaker: { ...t.speaker, mention: { start: phrase.start, end: phrase.end } },
      referent: null,
      certainty: 0.6,
    };
  }
  return null;
}

function lastWordOf(name: string): string {
  const words = name.toLowerCase().split(/\s+/u);
  const prep = words.findIndex((w, k) => k > 0 && /^(?:of|for|at|with|from|in)$/u.test(w));
  return (prep > 0 ? words[prep - 1] : words[words.length - 1]) ?? '';
}

/** The words before the name an unnamed speaker gave: "her name only as ", "her first name, ". */
const NAME_GIVEN_BEFORE = /(?:\b|sur)name(?:\s+only)?\s+as\s+$|\bfirst\s+name,\s+$/u;

/** Is `speaker` the one name an unnamed speaker gave ("who gave her name only as Anja"), with no entity? */
function isGivenNameOnly(speaker: Speaker, text: string): boolean {
  if (speaker.entityId !== null || speaker.anonymous || speaker.mention === null) return false;
  const at = speaker.mention.start;
  return NAME_GIVEN_BEFORE.test(text.slice(Math.max(0, at - 30), at));
}
