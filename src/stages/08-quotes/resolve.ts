/**
 * From a speaker phrase to a speaker: a mention is its referent; a pronoun is the
 * nearest compatible person (gender and number), preferring the paragraph's current
 * speaker; a definite description ("the minister", "the founder of Wind Shift
 * Capital") is the person whose titles and appositives match it; an indefinite one
 * ("a spokeswoman for the ministry") stays a description. Nothing is invented: a
 * phrase that cannot be resolved keeps its own words, and no phrase gives null.
 */
import type { Speaker } from '../../core/annotations.js';
import { partitionPoint, type Span } from '../../core/span.js';
import { affiliationIn, describesPeople } from './anonymous.js';
import type { SpeakerPhrase } from './cues.js';
import {
  AGE_NOUN,
  cuesIn,
  HEAD_PREPOSITIONS,
  isPluralSpeakerNoun,
  isQuantifier,
  isTitleRun,
  speakerAfter,
  wordsIn,
} from './cues.js';
import type { PersonProfile } from './gender.js';
import type { Gender } from './lexicon.js';
import {
  isCompanyNoun,
  isDemonym,
  isOrgNoun,
  isPersonNoun,
  ORG_NOUNS,
  PERSON_ROLE_NOUNS,
  PRONOUNS,
  personNounGender,
  singularOrgNoun,
  singularPersonNoun,
  TITLE_WORDS,
} from './lexicon.js';
import { profileHas } from './profile.js';
import { firstOccurrenceFrom, type Occurrence, type Referent, type ReferentIndex } from './referents.js';

/** A speaker already attributed, for the "current speaker" of a paragraph. */
export interface SpeakerTurn {
  readonly at: number;
  readonly paragraph: number;
  readonly speaker: Speaker;
  readonly referent: Referent | null;
}

export interface ResolveContext {
  readonly text: string;
  readonly index: ReferentIndex;
  /** Quotation spans: mentions inside them are not candidate antecedents. */
  readonly quoted: readonly Span[];
  readonly paragraphOf: (offset: number) => number;
  readonly turns: readonly SpeakerTurn[];
}

export interface Resolved {
  readonly speaker: Speaker;
  readonly referent: Referent | null;
  /** How sure the resolution is, multiplied into the quote's confidence. */
  readonly certainty: number;
}

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'for',
  'at',
  'in',
  'on',
  'and',
  'to',
  'with',
  'from',
  "'s",
  's',
]);

const OPENING_MARKS: ReadonlySet<string> = new Set(['"', '“', '«', '„']);

/**
 * How many of `list` (ordered by start) start before `at`: a loop backwards from `at`
 * that skips every one starting at or after it may start at the one before this.
 */
function countBefore(list: readonly Span[], at: number): number {
  return partitionPoint(list.length, (i) => list[i]!.start < at);
}

/** True when `at` lies inside one of the quotations. */
export function insideQuote(quoted: readonly Span[], at: number): boolean {
  // Quotes are few per article; a linear scan is cheaper than an index here.
  for (const q of quoted) if (q.start <= at && at < q.end) return true;
  return false;
}

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
    if (SENTENCE_BREAK.test(context.text.slice(o.end, own.start))) return null;
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
  const lead = text.slice(k, at);
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

function fromReferent(r: Referent, mention: Span): Speaker {
  return { name: r.name, entityId: r.entityId, mention: { start: mention.start, end: mention.end } };
}

/** The speaker named by `mention` of referent `r`, with how sure the rule that found it is. */
export function resolvedAs(r: Referent, mention: Span, certainty: number): Resolved {
  return { speaker: fromReferent(r, mention), referent: r, certainty };
}

function fromText(phrase: SpeakerPhrase): Speaker {
  return {
    name: singleSpaced(phrase.text),
    entityId: null,
    mention: { start: phrase.start, end: phrase.end },
  };
}

/**
 * `s` with every run of spaces made one space and none at either end:
 * `s.replace(/\s+/g, ' ').trim()`, which most phrases already are — they are returned as
 * they are, after one pass over their char codes, with no pattern run.
 */
export function singleSpaced(s: string): string {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    // Any \s other than a lone inner space (a tab, a newline, U+00A0, a space at an end or
    // after another) takes the pattern.
    if (c === 32) {
      if (i === 0 || i === n - 1 || s.charCodeAt(i - 1) === 32) return s.replace(/\s+/g, ' ').trim();
    } else if ((c >= 9 && c <= 13) || (c >= 128 && /\s/.test(s[i]!))) return s.replace(/\s+/g, ' ').trim();
  }
  return s;
}

/**
 * A person named at the end of a description made only of title words ("The Secretary of
 * State Cardinal Pietro Parolin", "the Minister of Finance Anna Berg"): the title is that
 * person's, so the description names them. Any other word before the name ("a spokesman
 * for Anna Berg", "an aide to President Berg") makes the name someone else's. Only the
 * occurrences inside the phrase are read.
 */
function nameEndingTitle(phrase: Span, index: ReferentIndex, text: string): Occurrence | null {
  let last: Occurrence | null = null;
  for (let i = firstOccurrenceFrom(index, phrase.start); i < index.occurrences.length; i++) {
    const o = index.occurrences[i]!;
    if (o.start >= phrase.end) break;
    if (o.end <= phrase.end) last = o;
  }
  if (last?.referent.type !== 'person' || last.start <= phrase.start) return null;
  if (text.slice(last.end, phrase.end).trim() !== '') return null;
  const lead = text.slice(phrase.start, last.start).trim().split(/\s+/u);
  const titled = lead.every((w) => {
    const l = w.toLowerCase();
    return l === 'the' || l === 'of' || TITLE_WORDS.has(l);
  });
  return titled && lead.some((w) => TITLE_WORDS.has(w.toLowerCase())) ? last : null;
}

/**
 * A description that stays as written: an unnamed source when it describes people
 * ({@link describesPeople}), with the organisation it names ({@link affiliationIn}).
 */
function unresolved(phrase: SpeakerPhrase, context: ResolveContext, certainty: number): Resolved {
  const speaker = fromText(phrase);
  if (!describesPeople(speaker.name)) return { speaker, referent: null, certainty };
  const named = nameEndingTitle(phrase, context.index, context.text);
  if (named) return resolvedAs(named.referent, named, certainty);
  const affiliation = namedAffiliation(phrase, affiliationIn(context.text, phrase, context.index), context);
  // Written out field by field, in the order a spread would give them (a spread of a
  // conditional object was a measurable cost here).
  const { name, entityId, mention } = speaker;
  return {
    speaker: affiliation
      ? { name, entityId, mention, anonymous: true, affiliation }
      : { name, entityId, mention, anonymous: true },
    referent: null,
    certainty,
  };
}

/**
 * "A spokesperson for the company": an affiliation written as a company's kind is the
 * company named before it (as "the company said" would be); any other stays as found.
 */
function namedAffiliation(
  phrase: SpeakerPhrase,
  affiliation: Speaker['affiliation'],
  context: ResolveContext,
): Speaker['affiliation'] {
  if (!affiliation || affiliation.entityId !== null || !isCompanyNoun(affiliation.name)) return affiliation;
  if (!singleSpaced(phrase.text).toLowerCase().endsWith(` the ${affiliation.name}`)) return affiliation;
  const owner = organisationNamedBefore(phrase, affiliation.name, [affiliation.name], context);
  return owner ? { name: owner.name, entityId: owner.entityId } : affiliation;
}

function lastTurnIn(context: ResolveContext, paragraph: number, before: number): SpeakerTurn | undefined {
  for (let i = context.turns.length - 1; i >= 0; i--) {
    const t = context.turns[i]!;
    if (t.at < before && t.paragraph === paragraph) return t;
    if (t.paragraph < paragraph) return undefined;
  }
  return undefined;
}

function orgSpeaker(referent: Referent, phrase: SpeakerPhrase): Resolved {
  return resolvedAs(referent, phrase, 0.6);
}

function resolvePronoun(phrase: SpeakerPhrase, context: ResolveContext): Resolved | null {
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
      if (o.referent.type !== 'organization') continue;
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
    // "Trump announced Kirk's death. “…,” he wrote", "Netanyahu thanked Trump in a video
    // message. “…,” he said": a name in the object is no match for the sentence's subject
    // of the same gender.
    const subject = subjectBefore(i, info.gender, context);
    if (subject) return resolvedAs(subject, phrase, 0.8);
    if (o.referent.gender === info.gender) {
      // The paragraph's speaker (gender unknown) still wins over a match named before it.
      if (turn?.referent && compatible(turn.referent) && o.start < turn.at && turn.referent !== o.referent)
        return resolvedAs(turn.referent, phrase, 0.7);
      return resolvedAs(o.referent, phrase, 0.8);
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
  return describedSpeaker(phrase, info.gender, paragraph, context);
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

/**
 * "The Indian minister" for "India's External Affairs Minister …": a demonym matches a
 * role word naming its country by a shared stem (Indian/India's, German/Germany,
 * British/Britain's). Irregular pairs (Dutch, French) do not match.
 */
function demonymMatches(word: string, roles: ReadonlySet<string>): boolean {
  const stem = word.slice(0, 4);
  for (const role of roles) if (role !== word && role.startsWith(stem) && role.length >= 4) return true;
  return false;
}

/**
 * Does the KB profile of a person answer description word `w`? In "the former X", "former"
 * is answered by another word of the description in a role that ended, and the other
 * words by any role; otherwise only what the person is now answers.
 */
function profileMatches(
  profile: PersonProfile,
  w: string,
  ws: readonly string[],
  wantsFormer: boolean,
): boolean {
  if (!wantsFormer) return profileHas(profile.now, w);
  if (w === 'former') return ws.some((x) => x !== 'former' && profileHas(profile.past, x));
  return profileHas(profile.past, w) || profileHas(profile.now, w);
}

/** Modifiers that make a role another one: shadow, former, deputy, vice, acting. */
const ROLE_SHIFTERS = ['shadow', 'former', 'deputy', 'vice', 'acting', 'ex'];

/** Does a person carry a shifted role the description does not ask for? */
function hasShiftedRole(roles: ReadonlySet<string>, ws: readonly string[]): boolean {
  for (const m of ROLE_SHIFTERS) if (roles.has(m) && !ws.includes(m)) return true;
  return false;
}

function lastWordOf(name: string): string {
  const words = name.toLowerCase().split(/\s+/u);
  const prep = words.findIndex((w, k) => k > 0 && /^(?:of|for|at|with|from|in)$/u.test(w));
  return (prep > 0 ? words[prep - 1] : words[words.length - 1]) ?? '';
}

/**
 * Is role word `w` among `roles`? "president-elect" is the role the person is about to
 * hold (or holds by the time the knowledge base was written): "president" answers it.
 */
function holdsRole(roles: ReadonlySet<string>, w: string): boolean {
  return roles.has(w) || (w.endsWith('-elect') && roles.has(w.slice(0, -6)));
}

/** Does `phrase` open with a place the tagger found ("Qatar's prime minister")? */
function placeAt(phrase: SpeakerPhrase, context: ResolveContext): boolean {
  const places = context.index.places ?? [];
  const i = countBefore(places, phrase.start);
  const o = places[i];
  return (
    o !== undefined && o.start === phrase.start && /^['’]s\s/u.test(context.text.slice(o.end, o.end + 3))
  );
}

/**
 * "Russia's foreign ministry" → "Russian foreign ministry": a phrase opening with a country
 * the tagger found and its possessive, named by the country's demonym (from the KB) and
 * the words after the possessive; null for a place that is no country the KB knows.
 */
function countryBody(phrase: SpeakerPhrase, context: ResolveContext): Speaker | null {
  const places = context.index.places ?? [];
  const o = places[countBefore(places, phrase.start)];
  if (o === undefined || o.start !== phrase.start) return null;
  const possessive = /^['’]s\s+/u.exec(context.text.slice(o.end, o.end + 3));
  if (!possessive) return null;
  const rest = singleSpaced(context.text.slice(o.end + possessive[0].length, phrase.end));
  // The body is the rest of the phrase, with no second possessive ("Russia's army's chief").
  if (rest === '' || /['’]s\s/u.test(rest)) return null;
  const demonym = context.index.demonym?.(o.referent.name);
  if (!demonym) return null;
  return { name: `${demonym} ${rest}`, entityId: null, mention: { start: phrase.start, end: phrase.end } };
}

function contentWords(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length > 1 && !STOP.has(w));
}

/**
 * "Coffee growers in Huila are celebrating …, but many say …": a quantifier subject is
 * the group that opens this sentence or the one before it in the paragraph, as written.
 */
function groupBefore(phrase: SpeakerPhrase, context: ResolveContext): Resolved | null {
  const { text } = context;
  const paragraphStart = text.lastIndexOf('\n', phrase.start) + 1;
  const stretch = text.slice(paragraphStart, phrase.start);
  const starts = [0, ...[...stretch.matchAll(/[.!?]["”’]?\s+/gu)].map((m) => m.index + m[0].length)];
  for (const at of starts.slice(-2).reverse()) {
    const from = paragraphStart + at;
    const group = speakerAfter(text, from, Math.min(phrase.start, from + 100), context.index);
    if (group?.kind !== 'description' || group.start - from > 1) continue;
    const head =
      group.text
        .split(/\s+(?:at|for|of|from|with|in)\s+/u)[0]!
        .split(/\s+/)
        .pop() ?? '';
    if (!isPluralSpeakerNoun(head.toLowerCase())) continue;
    // The group ends where its verb starts: "Wine producers in Bordeaux [are pulling …]".
    const verb = /\s+(?:are|were|is|was|have|has|had|will|would|say|said|says)\b/u.exec(group.text);
    const words = verb ? group.text.slice(0, verb.index) : group.text;
    // "one of them" after "Some baristas": one barista.
    const member = /^(one|two|three|each)\s+of\s+/iu.exec(phrase.text);
    if (member) {
      const ws = words.split(/\s+/);
      while (ws.length > 1 && /^(?:some|many|most|several|the|other|all|both)$/iu.test(ws[0]!)) ws.shift();
      const k = ws.findIndex((w) => isPluralSpeakerNoun(w.toLowerCase()));
      const one = member[1]!.toLowerCase() === 'one' || member[1]!.toLowerCase() === 'each';
      if (k >= 0 && one)
        ws[k] = singularPersonNoun(ws[k]!.toLowerCase()) ?? singularOrgNoun(ws[k]!.toLowerCase()) ?? ws[k]!;
      const name = `${member[1]!.toLowerCase() === 'each' ? 'one' : member[1]!.toLowerCase()} ${ws.join(' ')}`;
      return {
        speaker: { name, entityId: null, mention: { start: phrase.start, end: phrase.end }, anonymous: true },
        referent: null,
        certainty: 0.6,
      };
    }
    return unresolved({ ...group, end: group.start + words.length, text: words }, context, 0.6);
  }
  return null;
}

function resolveDescription(phrase: SpeakerPhrase, context: ResolveContext): Resolved {
  // "Others" are not the group itself: they stay as written.
  if (isQuantifier(phrase.text) && phrase.text.toLowerCase() !== 'others')
    return groupBefore(phrase, context) ?? unresolved(phrase, context, 0.6);
  // "a goal the alliance's secretary-general called “…”": a noun phrase the speaker's
  // words describe stands before the speaker's own phrase.
  const inner = /^(?:a|an|the)\s+\p{Ll}+\s+((?:the|its|their)\s+\S.*)$/u.exec(phrase.text);
  if (inner && !isPersonNoun(phrase.text.split(/\s+/u)[1]!)) {
    const start = phrase.end - inner[1]!.length;
    return resolveDescription({ ...phrase, start, text: inner[1]! }, context);
  }
  // "“…,” the statement said." after "Netanyahu's office said …": the statement is the
  // words of the speaker just before it (of this paragraph or the one before).
  if (/^the\s+(?:statement|communiqu[eé]|press release)$/iu.test(phrase.text)) {
    const t = lastTurnNear(phrase, context);
    if (t && !t.speaker.anonymous)
      return {
        speaker: { ...t.speaker, mention: { start: phrase.start, end: phrase.end } },
        referent: t.referent,
        certainty: 0.6,
      };
  }
  // "OPEC+ agreed on Thursday to …, the group said": a bare "the group" is the
  // organisation named before it in its sentence, else the one that spoke last.
  if (GROUP_WORDS.test(phrase.text)) {
    const group = groupNamedBefore(phrase, context);
    if (group) return resolvedAs(group, phrase, 0.7);
  }
  // "The US Centers for Disease Control … said … The agency said …", "according to
  // Ukraine's Coordination Headquarters … The headquarters said …": an institution
  // described by its kind is the one named just before it.
  const kind = INSTITUTION_KIND.exec(phrase.text)?.[1]?.toLowerCase();
  if (kind) {
    const body = institutionNamedBefore(phrase, kind, context);
    if (body) return resolvedAs(body, phrase, 0.7);
    // "Culture Minister Rachida Dati said … the ministry said": the minister's ministry.
    const ministry = kind === 'ministry' ? ministryOfMinister(phrase, context) : null;
    if (ministry) return { speaker: ministry, referent: null, certainty: 0.6 };
  }
  // "The prosecutor, Daniel Okafor KC, had told the jury …": the name in apposition.
  const apposed = appositivePerson(phrase, context);
  if (apposed) return resolvedAs(apposed, phrase, 0.85);
  // "IMF chief warns …", "UN chief says …": a headline's title with no article is definite.
  const definite = /^(the|his|her|their|its)\s/i.test(phrase.text) || isHeadlineTitle(phrase.text);
  let ws = contentWords(phrase.text);
  // "The IG Metall union": an organisation named inside an organisation description.
  // The head noun stands before the first preposition: "a spokesperson for the ministry".
  const raw = phrase.text.toLowerCase().split(/\s+/);
  const prep = raw.findIndex((w, i) => i > 0 && /^(of|for|at|with|from|in|to|on)$/.test(w));
  const head = (prep > 0 ? raw[prep - 1] : raw[raw.length - 1])?.replace(/['’]s$/u, '');
  // "the prime minister's official spokesman", "the spokesman for the prime minister": a
  // spokesperson, aide or lawyer speaks for someone and is not them — only the words of
  // the head's own phrase describe the speaker.
  if (head && PROXY_NOUNS.has(head)) {
    const own = raw.slice(
      raw.findLastIndex((w, i) => i < (prep > 0 ? prep : raw.length) && /['’]s$/u.test(w)) + 1,
    );
    ws = contentWords((prep > 0 ? own.slice(0, own.length - (raw.length - prep)) : own).join(' '));
  }
  // "Russia's foreign ministry", "China's commerce ministry": a country's body, named as
  // reporters write it without the possessive ("Russian foreign ministry").
  if (head && !definite && isOrgNoun(head) && !isPersonNoun(head)) {
    const body = countryBody(phrase, context);
    if (body) return { speaker: body, referent: null, certainty: 0.75 };
  }
  // "Coinlane's board", "the orchestra's management": a body inside an organisation speaks
  // as itself, not as the organisation.
  if (head && INNER_BODIES.has(head) && /['’]s\s/u.test(phrase.text))
    return { speaker: fromText(phrase), referent: null, certainty: 0.75 };
  if (head && ORG_NOUNS.has(head) && !Object.hasOwn(PERSON_ROLE_NOUNS, head)) {
    for (
      let oi = firstOccurrenceFrom(context.index, phrase.start);
      oi < context.index.occurrences.length;
      oi++
    ) {
      const o = context.index.occurrences[oi]!;
      if (o.start >= phrase.end) break;
      if (o.start >= phrase.start && o.referent.type === 'organization') {
        return resolvedAs(o.referent, phrase, 0.8);
      }
    }
  }
  // "Qatar's prime minister announced …": a place's office has one holder, who may be
  // named later in the article (the place is a place the tagger found).
  const placeOwned =
    !definite &&
    head !== undefined &&
    isPersonNoun(head) &&
    !isOrgNoun(head) &&
    !PROXY_NOUNS.has(head) &&
    placeAt(phrase, context);
  if ((!definite && !placeOwned) || ws.length === 0) {
    // "An engineer at a chip plant in Taichung says …" opening an article: a delayed lead,
    // whose person the article names next ("… said Lin Mei-ling, a process engineer").
    const lead = /^(?:a|an)\s/iu.test(phrase.text) && context.paragraphOf(phrase.start) === 0;
    const anchoredLead = lead && /\s(?:of|at|for|in|from|with)\s/iu.test(phrase.text);
    const named =
      anchoredLead && head && isPersonNoun(head)
        ? namedNext(phrase, head, ws.filter(isPersonNoun), context, true)
        : null;
    if (named) return resolvedAs(named, phrase, 0.6);
    return unresolved(phrase, context, 0.75);
  }
  // "The 79-year-old says …": an age names the person the article was just about — the
  // last person named before it, outside quotations, within the two paragraphs before
  // (a paragraph of background with no name may stand between: "Merz was elected … / The
  // conservative leader fell six votes short … / “…,” the 69-year-old told lawmakers").
  if (head && AGE_NOUN.test(head) && !head.endsWith('s')) {
    const named = personNamedBefore(phrase, context, 2);
    if (named) return resolvedAs(named, phrase, 0.65);
  }
  // "Its government has said …": a state body speaks for the place or organisation "its" is.
  if (/^(?:its|their)\s/iu.test(phrase.text) && head && STATE_BODIES.has(head)) {
    const owner = ownerBefore(phrase, context);
    if (owner) return resolvedAs(owner, phrase, 0.65);
  }
  const roleWords = ws.filter((w) => isPersonNoun(w) || isOrgNoun(w));
  const demonyms = new Set(ws.filter((w) => w.length >= 5 && isDemonym(w[0]!.toUpperCase() + w.slice(1))));
  let best: Referent | null = null;
  let bestScore = 0;
  let bestAt = -1;
  const isOrgHead =
    roleWords.length > 0 && roleWords.every((w) => isOrgNoun(w) && !Object.hasOwn(PERSON_ROLE_NOUNS, w));
  const wantsFormer = ws.includes('former');
  // The owner in "the bloc's tech chief" must be the organisation of a role the person
  // holds; the other words may come from the KB's description of them too.
  // (Read on first use: most descriptions have no referent named only after them.)
  let owners: ReadonlySet<string> | null = null;
  const forwardMatch = (profile: PersonProfile, w: string) => {
    owners ??= new Set(
      [...phrase.text.toLowerCase().matchAll(/([\p{L}\p{N}-]+)['’]s\b/gu)].map((m) => m[1]!),
    );
    return profileHas(owners.has(w) ? profile.offices : profile.now, w);
  };
  for (const r of context.index.referents) {
    // The type first: it is free, and a referent's role words are computed on first use.
    if (isOrgHead !== (r.type === 'organization')) continue;
    let at = -1;
    for (const o of r.occurrences) if (o.start < phrase.start && o.start > at) at = o.start;
    const profile = r.profile;
    const kbHas = profile ? (w: string) => profileMatches(profile, w, ws, wantsFormer) : null;
    // "The head of the International Monetary Fund said …" before Kristalina Georgieva is
    // named: a description of two words or more that the KB profile of a person named
    // later in the article answers word for word is that person.
    // (Its owner must be in its roles: its free description may name others.)
    if (at < 0 && !placeOwned && !(profile && ws.length >= 2 && ws.every((w) => forwardMatch(profile, w))))
      continue;
    // "…, the court said." is a court named before it, not the Supreme Court an appeal
    // may go to later in the article: a definite description points back. (Tested before
    // the role words: the tests below only skip a referent too, and this one is free.)
    // (A place's office holder may be named after it: every word must then match, below.)
    // "The chancellor" is not the shadow chancellor, nor a former or deputy one.
    // ("The former chancellor" may be the shadow chancellor the KB says held it before.)
    if (r.type === 'person' && hasShiftedRole(r.roles, ws) && !(wantsFormer && kbHas?.('former'))) continue;
    const lowerName = r.name.toLowerCase();
    if (
      roleWords.length > 0 &&
      !roleWords.some((w) => holdsRole(r.roles, w) || lowerName.includes(w) || kbHas?.(w) === true)
    )
      continue;
    const nameWords = lowerName.split(/\s+/);
    let score = 0;
    for (const w of ws)
      if (
        holdsRole(r.roles, w) ||
        nameWords.includes(w) ||
        (demonyms.has(w) && demonymMatches(w, r.roles)) ||
        kbHas?.(w) === true
      )
        score++;
    if (at < 0 && score < ws.length) continue;
    if (score > bestScore || (score === bestScore && score > 0 && at > bestAt)) {
      best = r;
      bestScore = score;
      bestAt = at;
    }
  }
  if (best && bestScore >= Math.min(2, ws.length)) {
    return resolvedAs(best, phrase, 0.8);
  }
  // "the Bulgarian economist" after Kristalina Georgieva: the only person named before of
  // that nationality (by the KB's country), when the rest of the description does not
  // contradict what the KB says of them.
  const nationality = ws.filter((w) => demonyms.has(w) || NATIONALITY_NOUNS.has(w));
  if (nationality.length > 0 && !isOrgHead && !wantsFormer) {
    const of = context.index.referents.filter(
      (r) =>
        r.type === 'person' &&
        r.profile !== undefined &&
        r.occurrences.some((o) => o.start < phrase.start) &&
        nationality.every((w) => r.profile!.now.has(w)),
    );
    if (of.length === 1 && !hasShiftedRole(of[0]!.roles, ws)) return resolvedAs(of[0]!, phrase, 0.65);
  }
  // "…, the company said." / "The chipmaker said" / "the central bank said": a company or
  // a central bank described by its kind is the one named last before it.
  if (head && /^the\s/iu.test(phrase.text)) {
    const named = organisationNamedBefore(phrase, head, ws, context);
    if (named) return resolvedAs(named, phrase, 0.7);
  }
  // "The founder of Wind Shift Capital added …" after "Pieter van Dongen, the company's
  // founder,": the one person named before with the description's head role.
  if (head && isPersonNoun(head)) {
    const holders = context.index.referents.filter(
      (r) => r.type === 'person' && r.occurrences.some((o) => o.start < phrase.start) && r.roles.has(head),
    );
    if (holders.length === 1) return resolvedAs(holders[0]!, phrase, 0.65);
  }
  // "The spokeswoman said" after "A trust spokeswoman said": the same unnamed speaker,
  // named as first written.
  if (/^the\s/iu.test(phrase.text) && head) {
    for (let i = context.turns.length - 1; i >= 0; i--) {
      const t = context.turns[i]!;
      if (t.at >= phrase.start || t.referent) continue;
      const earlier = t.speaker.name.toLowerCase().split(/\s+/u);
      // The earlier phrase's head: the word before its first preposition, or its last word.
      const prepAt = earlier.findIndex((w, k) => k > 0 && HEAD_PREPOSITIONS.has(w));
      const earlierHead = prepAt > 0 ? earlier[prepAt - 1] : earlier[earlier.length - 1];
      if (/^(?:a|an|one)$/u.test(earlier[0]!) && earlier.length > 1 && earlierHead === head)
        return {
          speaker: { ...t.speaker, mention: { start: phrase.start, end: phrase.end } },
          referent: null,
          certainty: 0.65,
        };
    }
  }
  // Only a description anchored to an organisation introduces someone new ("its chief
  // executive", "the company's founder", "the head of the agency"); a bare "the official"
  // points back.
  const anchored = /^(?:its|their)\s|['’]s\s|\s(?:of|at|for)\s/iu.test(phrase.text);
  const named =
    head && anchored && isPersonNoun(head)
      ? namedNext(phrase, head, roleWords, context, isArticleLead(phrase, context))
      : null;
  if (named) return resolvedAs(named, phrase, 0.65);
  // "…," the Dutchman said. / the Manchester City striker said / the conservative leader
  // said: a bare singular description of a person the article does not name again points
  // back to the person the passage is about.
  if (!anchored && head && /^the\s/iu.test(phrase.text) && pointsBack(head, ws)) {
    // An age or a nationality alone never introduces a new person ("The 37-year-old
    // leader", "The Ethiopian, who has led …"): opening a paragraph, it still points back
    // to the person named in the paragraphs before. A bare role ("The head judge") may be
    // someone new there and stays as written.
    const strong =
      NATIONALITY_NOUNS.has(head) ||
      (ws.length === 1 && isNationalityWord(head)) ||
      ws.some((w) => AGE_NOUN.test(w) && !w.endsWith('s'));
    const back =
      personPointedBack(phrase, context) ?? (strong ? personNamedBefore(phrase, context, 2) : null);
    if (back) return resolvedAs(back, phrase, 0.6);
  }
  const previous = head ? previousParagraphSpeaker(phrase, head, ws, context) : null;
  if (previous) return resolvedAs(previous, phrase, 0.6);
  return unresolved(phrase, context, 0.7);
}

/** A bare reference to an organisation as a body: "the group", "the cartel", "the alliance". */
const GROUP_WORDS = /^the\s+(?:group|cartel|alliance|coalition|organi[sz]ation|forum|movement|campaign)$/iu;

/**
 * The organisation "the group" stands for: the last one named before it in its sentence
 * outside quotations, else the speaker of the last turn of this or the previous paragraph
 * when that was an organisation.
 */
function groupNamedBefore(phrase: SpeakerPhrase, context: ResolveContext): Referent | null {
  const { text } = context;
  const occurrences = context.index.occurrences;
  for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (o.start >= phrase.start || insideQuote(context.quoted, o.start)) continue;
    // Past the start of the sentence (a full stop, a question or exclamation mark, a newline).
    if (/[.!?]\s|\n/u.test(text.slice(o.end, phrase.start))) break;
    if (o.referent.type === 'organization') return o.referent;
  }
  const t = lastTurnNear(phrase, context);
  return t?.referent?.type === 'organization' ? t.referent : null;
}

/** A bare institution named by its kind: "the agency", "the headquarters", "the commission". */
const INSTITUTION_KIND =
  /^the\s+(agency|headquarters|committee|commission|ministry|authority|council|department|regulator|institute|bureau|inquiry|tribunal|watchdog)$/iu;

/**
 * The institution "the agency" stands for: the nearest organisation named before it outside
 * quotations, in its paragraph or the one before, whose name holds the same word ("the
 * headquarters" → "Coordination Headquarters"); else the organisation that spoke last in its
 * own paragraph, when no other organisation was named since ("The CDC said … The agency
 * said …").
 */
function institutionNamedBefore(
  phrase: SpeakerPhrase,
  kind: string,
  context: ResolveContext,
): Referent | null {
  const paragraph = context.paragraphOf(phrase.start);
  const occurrences = context.index.occurrences;
  let lastOrganisation: Referent | null = null;
  for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (insideQuote(context.quoted, o.start)) continue;
    if (context.paragraphOf(o.start) < paragraph - 1) break;
    if (o.referent.type !== 'organization') continue;
    // "The National Weather Service had issued a flood watch …, the agency said": a public
    // body named earlier in the same sentence is "the agency" whatever its name says.
    if (
      lastOrganisation === null &&
      ANY_BODY_KINDS.has(kind) &&
      isInstitution(o.referent) &&
      !SENTENCE_BREAK.test(context.text.slice(o.end, phrase.start))
    )
      return o.referent;
    lastOrganisation ??= o.referent;
    if (o.referent.name.toLowerCase().split(/\s+/u).includes(kind)) return o.referent;
  }
  const t = context.turns.findLast((x) => x.at < phrase.start);
  const r = t?.paragraph === paragraph ? t.referent : null;
  return r?.type === 'organization' && (lastOrganisation === null || lastOrganisation === r) ? r : null;
}

/** Kinds any public body may be called ("the agency" for a weather service or a regulator). */
const ANY_BODY_KINDS: ReadonlySet<string> = new Set(['agency', 'authority', 'regulator', 'watchdog']);

/**
 * A sentence's end (a full stop, question or exclamation mark, perhaps a closing mark, then
 * a capital or an opening mark: "1 a.m. on Friday" goes on) or a line break.
 */
const SENTENCE_BREAK = /[.!?][”"’]?\s+(?=[\p{Lu}“"‘])|\n/u;

/** "Culture Minister ", "Foreign Affairs Minister ": a portfolio's title right before a name. */
const PORTFOLIO_MINISTER = /\b((?:\p{Lu}\p{Ll}+\s+){1,2})Minister\s+$/u;

/** Titles written "X Minister" that name no ministry. */
const NO_PORTFOLIO: ReadonlySet<string> = new Set(['prime', 'chief', 'first', 'deputy', 'state', 'junior']);

/**
 * "Culture Minister Rachida Dati said …. The ministry said …": with no ministry named, "the
 * ministry" is that of the last minister whose portfolio its own paragraph gave before it,
 * named as written ("culture ministry"). Further back it stays as written.
 */
function ministryOfMinister(phrase: SpeakerPhrase, context: ResolveContext): Speaker | null {
  const paragraph = context.paragraphOf(phrase.start);
  const occurrences = context.index.occurrences;
  for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (context.paragraphOf(o.start) < paragraph) break;
    if (o.referent.type !== 'person' || insideQuote(context.quoted, o.start)) continue;
    const title = PORTFOLIO_MINISTER.exec(context.text.slice(Math.max(0, o.start - 40), o.start));
    if (!title) continue;
    const portfolio = title[1]!.trim().toLowerCase();
    if (portfolio.split(/\s+/u).some((w) => NO_PORTFOLIO.has(w))) continue;
    return {
      name: `${portfolio} ministry`,
      entityId: null,
      mention: { start: phrase.start, end: phrase.end },
    };
  }
  return null;
}

/** The last speaker turn before the phrase, when it is in the phrase's paragraph or the one before. */
function lastTurnNear(phrase: SpeakerPhrase, context: ResolveContext): SpeakerTurn | undefined {
  const t = context.turns.findLast((x) => x.at < phrase.start);
  return t && t.paragraph >= context.paragraphOf(phrase.start) - 1 ? t : undefined;
}

/**
 * A headline's title with no article: a capitalised name or acronym, then a lower-case
 * person noun ("IMF chief", "UN chief", "Fed chair") — not "A spokesman" or "Some officials".
 */
function isHeadlineTitle(phrase: string): boolean {
  const m = /^(\p{Lu}[\p{L}.-]*)\s+(\p{Ll}[\p{Ll}-]*)$/u.exec(phrase);
  return m !== null && !DETERMINER_WORD.test(m[1]!) && isPersonNoun(m[2]!) && !m[2]!.endsWith('s');
}

const DETERMINER_WORD =
  /^(?:A|An|One|Some|Another|Several|Many|Other|Two|Three|Most|All|Both|Each|Every|No)$/u;

/**
 * The person named right after a description, set off by commas: "The prosecutor, Daniel
 * Okafor KC, had told …", "The head of the delegation, presidential aide Vladimir
 * Medinsky, said …" (a few lower-case title words may stand before the name).
 */
function appositivePerson(phrase: SpeakerPhrase, context: ResolveContext): Referent | null {
  const { text, index } = context;
  if (text.charCodeAt(phrase.end) !== 44) return null;
  const oi = firstOccurrenceFrom(index, phrase.end);
  const o = index.occurrences[oi];
  if (o?.referent.type !== 'person' || o.start - phrase.end > 40) return null;
  if (!/^,\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}$/u.test(text.slice(phrase.end, o.start))) return null;
  // The name ends the apposition: a comma after it (a post-nominal like "KC" may stand between).
  return /^(?:\s+\p{Lu}{2,4})?,/u.test(text.slice(o.end, o.end + 8)) ? o.referent : null;
}

/** Heads for people a quotation paragraph's "the X said" rarely continues (new voices). */
const NEW_VOICE_HEADS: ReadonlySet<string> = new Set([
  'judge',
  'prosecutor',
  'lawyer',
  'doctor',
  'officer',
  'chairman',
  'chairwoman',
  'chair',
  'president',
  'referee',
]);

/**
 * "Reid Wiseman, the mission's commander, said … / “…,” the former Navy test pilot said.":
 * a definite description of one person in a paragraph that opens with a quotation, with
 * no one named before it in that paragraph, is the person who spoke last in the paragraph
 * before — when they were also the last person named there, their gender fits, and what
 * the article or the KB calls them does not contradict a one-word description.
 */
function previousParagraphSpeaker(
  phrase: SpeakerPhrase,
  head: string,
  ws: readonly string[],
  context: ResolveContext,
): Referent | null {
  const { text } = context;
  if (!/^the\s/iu.test(phrase.text) || !isPersonNoun(head) || isOrgNoun(head) || head.endsWith('s'))
    return null;
  if (UNNAMED_HEADS.has(head) || PROXY_NOUNS.has(head) || NEW_VOICE_HEADS.has(head)) return null;
  if (/['’]s\s/u.test(phrase.text)) return null;
  const paragraphStart = text.lastIndexOf('\n', phrase.start) + 1;
  if (!OPENING_MARKS.has(text[paragraphStart] ?? '')) return null;
  const paragraph = context.paragraphOf(phrase.start);
  let turn: SpeakerTurn | undefined;
  for (let i = context.turns.length - 1; i >= 0; i--) {
    const t = context.turns[i]!;
    if (t.at >= phrase.start) continue;
    if (t.paragraph === paragraph) return null;
    if (t.paragraph === paragraph - 1) turn = t;
    break;
  }
  const r = turn?.referent;
  if (r?.type !== 'person') return null;
  // No other person named since, outside quotations.
  const occurrences = context.index.occurrences;
  for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (insideQuote(context.quoted, o.start) || o.referent.type !== 'person') continue;
    if (o.referent !== r) return null;
    break;
  }
  const g = personNounGender(head);
  if (g !== 'unknown' && r.gender !== 'unknown' && r.gender !== g) return null;
  if (ws.length === 1) {
    const own = [...r.roles].filter((w) => isPersonNoun(w));
    const kb = r.profile ? profileHas(r.profile.now, head) : false;
    if (own.length > 0 && !r.roles.has(head) && !kb) return null;
  }
  return r;
}

/** Words in an organisation's name that make it no company: "IG Metall union", "Finance Ministry". */
const INSTITUTION_WORDS =
  /\b(?:union|ministry|agency|council|court|party|commission|committee|government|parliament|police|army|university|federation|association|department|office|authority|regulator|institute|bureau|league|foundation|reserve|fund|organi[sz]ation|service|forces|school|hospital|congress|senate|assembly|nations|delegation|confederation|chamber|movement)\b/iu;

/**
 * The organisation a description of its kind points back to, among those named before it
 * outside quotations in its paragraph or the two before: "the company" / "the chipmaker"
 * skip institutions (a union, a ministry, even when only the word after the name says so:
 * "the IG Metall union"); "the central bank" wants a central bank's name (Bank, Reserve,
 * Fed). One named earlier in the same sentence wins ("Tesla delivered …, the American
 * company said"); else the nearest one the article's first paragraph names (the story's
 * company, not a rival named in passing); else the nearest in its paragraph. A company
 * named only in an earlier paragraph after the lead stays unresolved; further on, the company
 * the lead names is still "the company".
 */
function organisationNamedBefore(
  phrase: SpeakerPhrase,
  head: string,
  ws: readonly string[],
  context: ResolveContext,
): Referent | null {
  const company = isCompanyNoun(head);
  const centralBank = head === 'bank' && ws.includes('central');
  if (!company && !centralBank) return null;
  // "the ferry operator", "the drone maker": a modifier other than a nationality may say the
  // company is another one than the names before it — only the same sentence decides then.
  const bareKind = centralBank || ws.every((w) => w === head || isDemonym(w[0]!.toUpperCase() + w.slice(1)));
  const { text } = context;
  const paragraph = context.paragraphOf(phrase.start);
  let sentenceStart = -2;
  const sentenceStartOf = () => {
    if (sentenceStart === -2) {
      const floor = Math.max(0, phrase.start - 400);
      sentenceStart = floor;
      for (let i = phrase.start - 1; i > floor; i--) {
        const c = text.charCodeAt(i);
        // (A closing mark may stand between the full stop and the space: `sustainable." "Our`.)
        const next = text.charCodeAt(i + 1) === 34 || text.charCodeAt(i + 1) === 0x201d ? i + 2 : i + 1;
        if (c === 10 || ((c === 46 || c === 63 || c === 33) && text.charCodeAt(next) === 32)) {
          sentenceStart = i;
          break;
        }
      }
    }
    return sentenceStart;
  };
  const occurrences = context.index.occurrences;
  const lastSpeaker = lastTurnIn(context, paragraph, phrase.start)?.referent;
  const spokeLast =
    lastSpeaker?.type === 'organization' && !isInstitution(lastSpeaker) ? lastSpeaker : undefined;
  let nearest: Referent | null = null;
  for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (o.start >= phrase.start || insideQuote(context.quoted, o.start)) continue;
    const at = context.paragraphOf(o.start);
    if (at < paragraph - 2) break;
    const r = o.referent;
    if (r.type !== 'organization') continue;
    if (centralBank) {
      if (!/\b(?:bank|reserve|fed)\b/iu.test(r.name)) continue;
    } else if (isInstitution(r) || INSTITUTION_WORDS.test(wordAfter(text, o.end))) continue;
    if (o.start > sentenceStartOf()) return r;
    // "Nvidia said … DeepSeek's model was …. “…,” the company said": the company that
    // spoke last in the paragraph, over one named since as what it spoke about.
    if (company && spokeLast !== undefined && spokeLast !== r) return spokeLast;
    if (!bareKind) return null;
    if (at === paragraph) nearest ??= r;
    if (r.occurrences.some((x) => context.paragraphOf(x.start) === 0)) return r;
  }
  if (nearest || !company || !bareKind) return nearest;
  // Further on, "the company" is still the story's company: the first one the lead names.
  for (const o of occurrences) {
    if (context.paragraphOf(o.start) > 0 || o.start >= phrase.start) break;
    if (o.referent.type === 'organization' && !isInstitution(o.referent)) {
      if (!INSTITUTION_WORDS.test(wordAfter(text, o.end))) return o.referent;
    }
  }
  return null;
}

const INSTITUTIONS = new WeakMap<Referent, boolean>();
/** Does an organisation's name say it is an institution, no company? (Read once per referent.) */
function isInstitution(r: Referent): boolean {
  let known = INSTITUTIONS.get(r);
  if (known === undefined) {
    known = INSTITUTION_WORDS.test(r.name);
    INSTITUTIONS.set(r, known);
  }
  return known;
}

/** The word right after `at` (after spaces), or ''. */
function wordAfter(text: string, at: number): string {
  return /^\s+([\p{L}-]+)/u.exec(text.slice(at, at + 30))?.[1] ?? '';
}

/** People who speak for someone else: "the minister's spokesman" is not the minister. */
const PROXY_NOUNS: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'aide',
  'aides',
  'adviser',
  'advisor',
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'representative',
  'envoy',
]);

/**
 * "the Spaniard said", "the Catalan said": a nationality word after "the" (and a few
 * lower-case modifiers: "the 22-year-old Spaniard") is a description
 * of a person (the tagger may have called it a name, or a person): read as "the spaniard".
 * Only after "the", so that a surname shaped like a demonym ("Morgan said") stays a name.
 */
function nationalityAfterThe(phrase: SpeakerPhrase, text: string): SpeakerPhrase | null {
  if (phrase.kind !== 'name' && phrase.kind !== 'mention') return null;
  // "The Swede said" opening a sentence: the capitalised run took "The" into the name.
  const opening = /^the\s+/iu.exec(phrase.text);
  const word = (opening ? phrase.text.slice(opening[0].length) : phrase.text).replace(/['’]s$/u, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  if (phrase.referent && phrase.referent.type !== 'person') return null;
  if (!isNationalityWord(word.toLowerCase())) return null;
  if (opening) return { ...phrase, kind: 'description', referent: null };
  // "the Spaniard", "the 22-year-old Spaniard", "the former Dane".
  const before = /\b(the)\s+(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,3}$/iu.exec(
    text.slice(Math.max(0, phrase.start - 60), phrase.start),
  );
  if (!before) return null;
  const start = phrase.start - before[0].length;
  return { start, end: phrase.end, kind: 'description', referent: null, text: text.slice(start, phrase.end) };
}

/** Capitalised words shaped like demonyms that name an institution or a paper ("the Vatican"). */
const NOT_NATIONALITY: ReadonlySet<string> = new Set([
  'guardian',
  'vatican',
  'taliban',
  'pentagon',
  'republican',
  'democratic',
  'metropolitan',
  'economist',
]);

/**
 * Is a lower-case word a nationality used as a noun ("spaniard", "egyptian", "japanese",
 * "catalan")? Demonyms in -ian/-ese/-ish, and the listed nouns (an -an ending alone is
 * too weak: "the Vatican", "the Taliban").
 */
function isNationalityWord(lower: string): boolean {
  if (NATIONALITY_NOUNS.has(lower)) return true;
  if (NOT_NATIONALITY.has(lower) || !/(?:ian|ese|ish)$/u.test(lower)) return false;
  return isDemonym(lower[0]!.toUpperCase() + lower.slice(1));
}

/** Nationality nouns used as a second reference ("the Dutchman", "the Briton"). */
const NATIONALITY_NOUNS: ReadonlySet<string> = new Set(
  'catalan basque scot brit turk mexican korean cuban moroccan kenyan ugandan venezuelan chilean afghan israeli pakistani iraqi saudi qatari thai greek czech dutchman dutchwoman briton frenchman frenchwoman englishman englishwoman scotsman scotswoman irishman irishwoman welshman welshwoman spaniard dane swede finn pole norwegian german italian american australian canadian brazilian argentine belgian austrian swiss kenyan ethiopian'.split(
    ' ',
  ),
);

/**
 * Does a definite description re-describe someone already named? A nationality noun, or
 * a person noun with a modifier ("the Manchester City striker", "the conservative leader")
 * — not a bare "the spokeswoman" or "the official", which may be an unnamed speaker.
 */
function pointsBack(head: string, ws: readonly string[]): boolean {
  if (NATIONALITY_NOUNS.has(head)) return true;
  // "the Egyptian", "the Italian": a demonym alone names a person.
  if (ws.length === 1 && isNationalityWord(head)) return true;
  // "the 42-year-old Zimbabwean": an age with a demonym names a person too.
  if (
    ws.some((w) => AGE_NOUN.test(w) && !w.endsWith('s')) &&
    isDemonym(head[0]!.toUpperCase() + head.slice(1))
  )
    return true;
  return (
    isPersonNoun(head) &&
    !isOrgNoun(head) &&
    !head.endsWith('s') &&
    ws.length >= 2 &&
    !UNNAMED_HEADS.has(head)
  );
}

/**
 * Heads that usually stand for someone the article never names, or for a company
 * ("the iPhone maker", "the chip manufacturer").
 */
const UNNAMED_HEADS: ReadonlySet<string> = new Set([
  'maker',
  'manufacturer',
  'retailer',
  'carrier',
  'operator',
  'producer',
  'developer',
  'giant',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'source',
  'witness',
  'resident',
  'victim',
  'suspect',
]);

/**
 * The person a description points back to: the paragraph's current named speaker, else
 * the last person named before it in the paragraph, outside quotations. A description
 * opening a paragraph ("The head judge said …") may bring in someone new: it stays.
 */
function personPointedBack(phrase: SpeakerPhrase, context: ResolveContext): Referent | null {
  const paragraph = context.paragraphOf(phrase.start);
  for (let i = context.turns.length - 1; i >= 0; i--) {
    const t = context.turns[i]!;
    if (t.at >= phrase.start) continue;
    if (t.paragraph !== paragraph) break;
    if (t.referent?.type === 'person') return t.referent;
  }
  const occurrences = context.index.occurrences;
  for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (o.start >= phrase.start || insideQuote(context.quoted, o.start)) continue;
    if (context.paragraphOf(o.start) < paragraph) break;
    if (o.referent.type === 'person') return o.referent;
  }
  return null;
}

/**
 * The last person named before `phrase` outside quotations, in its paragraph or at most
 * `paragraphs` paragraphs before it.
 */
function personNamedBefore(
  phrase: SpeakerPhrase,
  context: ResolveContext,
  paragraphs: number,
): Referent | null {
  const paragraph = context.paragraphOf(phrase.start);
  const occurrences = context.index.occurrences;
  for (let i = countBefore(occurrences, phrase.start) - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (o.start >= phrase.start || insideQuote(context.quoted, o.start)) continue;
    if (context.paragraphOf(o.start) < paragraph - paragraphs) break;
    if (o.referent.type === 'person' && !possessorInPhrase(context.text, o)) return o.referent;
  }
  return null;
}

/**
 * "… for her role in Yorgos Lanthimos's “Poor Things”": a possessor inside a prepositional
 * phrase is no one the passage is about.
 */
function possessorInPhrase(text: string, o: Span): boolean {
  return (
    /^['’]s\s/u.test(text.slice(o.end, o.end + 3)) &&
    /\b(?:in|of|for|on|at|from|with|by|to)\s+$/u.test(text.slice(Math.max(0, o.start - 6), o.start))
  );
}

/** Bodies inside an organisation that speak as themselves ("the company's board"). */
const INNER_BODIES = new Set(['board', 'management', 'leadership', 'shareholders', 'directors', 'trustees']);

/** Bodies that speak for a country or an organisation: "its government", "their ministry". */
const STATE_BODIES = new Set([
  'government',
  'ministry',
  'cabinet',
  'administration',
  'embassy',
  'presidency',
  'leadership',
  'board',
  'management',
]);

/** The nearest organisation or place before `phrase` in its paragraph, outside quotations. */
function ownerBefore(phrase: SpeakerPhrase, context: ResolveContext): Referent | null {
  const paragraph = context.paragraphOf(phrase.start);
  let best: Occurrence | null = null;
  const consider = (list: readonly Occurrence[]) => {
    for (let i = list.length - 1; i >= 0; i--) {
      const o = list[i]!;
      if (o.start >= phrase.start) continue;
      if (context.paragraphOf(o.start) < paragraph) break;
      if (insideQuote(context.quoted, o.start) || o.referent.type === 'person') continue;
      if (!best || o.start > best.start) best = o;
      break;
    }
  };
  consider(context.index.occurrences);
  consider(context.index.places ?? []);
  const found = best as Occurrence | null;
  return found ? found.referent : null;
}

/**
 * A definite description no one before it fits ("…, its chief executive said." in a lead)
 * names the person the article introduces next: the first person first mentioned after
 * it, in the same or the next paragraph, as the subject or object of a speech cue
 * ("Anna Lindqvist told the newspaper …", "said Anna Lindqvist"), of a compatible gender
 * and with no title of their own that contradicts the description.
 */
/**
 * After a person named in a delayed lead: a speech cue later in their sentence ("NAME,
 * founder of X, said …"), or a paragraph right after theirs that opens with a quotation.
 */
function speaksInLead(text: string, from: number): boolean {
  const stop = text.slice(from, from + 300).search(/[.!?](?:\s|$)/u);
  const sentenceEnd = stop < 0 ? Math.min(text.length, from + 300) : from + stop;
  if (cuesIn(wordsIn(text, from, sentenceEnd)).some((c) => c.core)) return true;
  const paragraphEnd = text.indexOf('\n', from);
  return paragraphEnd >= 0 && /^\s*["“«„]/u.test(text.slice(paragraphEnd, paragraphEnd + 10));
}

/**
 * Does `phrase` open the article ("The owner of a Chiang Mai sanctuary says …")? A dateline
 * may stand before it ("LUXEMBOURG — The head of …"), and a headline may stand in its own
 * paragraph before the lead.
 */
function isArticleLead(phrase: SpeakerPhrase, context: ResolveContext): boolean {
  const { text } = context;
  const paragraph = context.paragraphOf(phrase.start);
  if (paragraph > 1) return false;
  const paragraphStart = text.lastIndexOf('\n', phrase.start - 1) + 1;
  const before = text.slice(paragraphStart, phrase.start);
  if (before.trim() !== '' && !DATELINE.test(before)) return false;
  if (paragraph === 0) return true;
  // The paragraph before is a headline: one line, no full stop at its end.
  const headline = text.slice(0, paragraphStart).trim();
  return (
    headline.length > 0 && headline.length < 200 && !headline.includes('\n') && !/[.!?]$/u.test(headline)
  );
}

/** A dateline opening the lead: "LUXEMBOURG — ", "SÃO PAULO, Brazil – ". */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M}\s.'’-]*(?:,\s*[\p{L}\s.]+)?\s+[—–-]\s+$/u;

/**
 * @param lead - the description opens the article (a delayed lead): the person introduced
 *   next is the one it describes even under another title ("A concert promoter in Seoul
 *   says …" / "NAME, founder of the agency X, said …"), and a quotation paragraph right
 *   after the one naming them counts as their speaking.
 */
function namedNext(
  phrase: SpeakerPhrase,
  head: string,
  roleWords: readonly string[],
  context: ResolveContext,
  lead = false,
): Referent | null {
  const { text, index } = context;
  const paragraph = context.paragraphOf(phrase.start);
  const gender = personNounGender(head);
  const personRoles = roleWords.filter((w) => isPersonNoun(w));
  const leadFrom = lead ? text.lastIndexOf('\n', phrase.start - 1) + 1 : 0;
  for (let oi = firstOccurrenceFrom(index, phrase.end); oi < index.occurrences.length; oi++) {
    const o = index.occurrences[oi]!;
    if (o.start < phrase.end) continue;
    if (context.paragraphOf(o.start) > paragraph + 1) break;
    const r = o.referent;
    if (r.type !== 'person' || insideQuote(context.quoted, o.start)) continue;
    // Only a person the article has not named before the description (a headline above a
    // delayed lead may name them already).
    if (r.occurrences.some((x) => x.start < phrase.start && x.start >= leadFrom)) return null;
    if (gender !== 'unknown' && r.gender !== 'unknown' && r.gender !== gender) return null;
    const ownRoles = [...r.roles].filter((w) => isPersonNoun(w));
    const laterParagraph = context.paragraphOf(o.start) > paragraph;
    if (!(lead && laterParagraph) && ownRoles.length > 0 && !personRoles.some((w) => r.roles.has(w)))
      return null;
    const after = wordsIn(text, o.end, Math.min(text.length, o.end + 60), 3);
    const before = wordsIn(text, Math.max(0, o.start - 30), o.start).slice(-2);
    const speaks = cuesIn(after).some((c) => c.core) || cuesIn(before).some((c) => c.core);
    // The delayed lead's person is introduced in a later paragraph, not inside the lead.
    return speaks || (lead && laterParagraph && speaksInLead(text, o.end)) ? r : null;
  }
  return null;
}

function resolveName(phrase: SpeakerPhrase, context: ResolveContext): Resolved {
  const lower = phrase.text.toLowerCase();
  for (const r of context.index.referents) {
    const n = r.name.toLowerCase();
    if (n === lower || n.endsWith(` ${lower}`)) return resolvedAs(r, phrase, 0.85);
  }
  // Family name first ("Kim" for "Kim Sung-ho"), only for a unique person.
  const byFirst = context.index.referents.filter(
    (r) => r.type === 'person' && r.name.toLowerCase().startsWith(`${lower} `),
  );
  if (byFirst.length === 1) return resolvedAs(byFirst[0]!, phrase, 0.75);
  // "Thousands chanted …", "Officials said …" opening a sentence read as a capitalised word.
  if (!/\s/u.test(lower) && describesPeople(lower) && !isPersonNoun(lower))
    return unresolved(phrase, context, 0.8);
  return { speaker: fromText(phrase), referent: null, certainty: 0.8 };
}

/** "Netanyahu's office", "the minister's press office": an office that speaks for its head. */
export const OFFICE_OF = /^(.+?)(['’])s\s+((?:press\s+)?office)$/iu;

/**
 * The office of the person or organisation named in `phrase` ("Benjamin Netanyahu's
 * office said"), as the speaker: the office said it, not its head. Its name is the phrase
 * as written (titles the tagger kept before a person's name are dropped); it has no
 * entity of its own.
 */
function officeSpeaker(phrase: SpeakerPhrase): Resolved | null {
  // The pattern ends in "office" (ASCII letters: no other character folds to them), which
  // is the phrase's own last word: tested first, without the pattern (which tries every
  // start of the owner's name).
  if (!endsWithOffice(phrase.text)) return null;
  const m = OFFICE_OF.exec(phrase.text.replace(/\s+/gu, ' ').trim());
  if (!m) return null;
  let owner = m[1]!;
  const name = phrase.referent?.name;
  if (name && owner !== name && owner.endsWith(` ${name}`)) owner = name;
  return {
    speaker: {
      name: `${owner}${m[2]!}s ${m[3]!.toLowerCase()}`,
      entityId: null,
      mention: { start: phrase.start, end: phrase.end },
    },
    referent: null,
    certainty: 1,
  };
}

/** Does `s`, without its trailing spaces, end in "office" in any case? */
export function endsWithOffice(s: string): boolean {
  const t = s.trimEnd();
  return t.length >= 6 && t.slice(-6).toLowerCase() === 'office';
}

/**
 * Is `speaker` a body named as written, with no entity ("Brazilian foreign ministry", from
 * {@link countryBody})? Its name opens with a capital and ends with an institution's word.
 */
function isCountryBody(speaker: Speaker): boolean {
  return (
    speaker.entityId === null &&
    !speaker.anonymous &&
    /^\p{Lu}/u.test(speaker.name) &&
    INSTITUTION_WORDS.test(speaker.name.slice(speaker.name.lastIndexOf(' ') + 1))
  );
}

/** The words before the name an unnamed speaker gave: "her name only as ", "her first name, ". */
const NAME_GIVEN_BEFORE = /\bname(?:\s+only)?\s+as\s+$|\bfirst\s+name,\s+$/u;

/** Is `speaker` the one name an unnamed speaker gave ("who gave her name only as Anja"), with no entity? */
function isGivenNameOnly(speaker: Speaker, text: string): boolean {
  if (speaker.entityId !== null || speaker.anonymous || speaker.mention === null) return false;
  const at = speaker.mention.start;
  return NAME_GIVEN_BEFORE.test(text.slice(Math.max(0, at - 30), at));
}

/** Is `speaker` an office found by {@link officeSpeaker}? */
function isOffice(speaker: Speaker): boolean {
  return speaker.entityId === null && / office$/u.test(speaker.name) && /['’]s /u.test(speaker.name);
}

/** Resolves a speaker phrase in context; null only for pronouns with no antecedent. */
/**
 * "Police said …" after "Avon and Somerset Police said …": a bare "police" is the one
 * police force the article named before it (outside quotations), when there is one.
 */
function policeForce(phrase: SpeakerPhrase, context: ResolveContext): Referent | null {
  let force: Referent | null = null;
  for (const r of context.index.referents) {
    if (
      r.type !== 'organization' ||
      !/\b(?:police|constabulary)\b/iu.test(r.name) ||
      /\s/u.test(r.name) === false
    )
      continue;
    if (!r.occurrences.some((o) => o.start < phrase.start && !insideQuote(context.quoted, o.start))) continue;
    if (force) return null;
    force = r;
  }
  return force;
}

export function resolveSpeaker(phrase: SpeakerPhrase, context: ResolveContext): Resolved | null {
  if (/^(?:the\s+)?police$/iu.test(phrase.text)) {
    const force = policeForce(phrase, context);
    if (force) return resolvedAs(force, phrase, 0.7);
  }
  const nationality = nationalityAfterThe(phrase, context.text);
  if (nationality) return resolveDescription(nationality, context);
  switch (phrase.kind) {
    case 'mention':
      return officeSpeaker(phrase) ?? resolvedAs(phrase.referent!, phrase, 1);
    case 'pronoun':
      return resolvePronoun(phrase, context);
    case 'description':
      return resolveDescription(phrase, context);
    case 'name':
      return resolveName(phrase, context);
  }
}
