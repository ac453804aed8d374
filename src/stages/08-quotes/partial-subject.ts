/**
 * `Machado, who has been in hiding since …, dedicated the prize “to the suffering people of
 * Venezuela …”`, `Hamas welcomed the warrants as “an important step toward justice”`: a
 * partial quotation with no cue, in a sentence that opens with a name as its subject, is
 * that subject's words, not those of the speaker of the paragraph before.
 */

import { isPersonNoun } from './lexicon.js';
import type { Unit } from './quote-units.js';
import { firstOccurrenceFrom, type ReferentIndex } from './referents.js';
import { type ResolveContext, type Resolved, resolvedAs } from './resolve-context.js';
import { resolvePronoun } from './resolve-pronouns.js';
import { isTitleRun, occurrenceStartingAt } from './speaker-phrase.js';

/** Before the name: the text's start, a line break, or a sentence's end. */
const SENTENCE_OPENS = /(?:^|\n|[.!?][”"’]?\s+)$/u;
/** After the name: its verb (a lower-case word) or an appositive's comma, no possessive. */
const SUBJECT_GOES_ON = /^(?:,|\s+\p{Ll})/u;

/**
 * The person or organisation that opens the sentence of a cue-less partial quotation
 * (whose span starts at its sentence), as its speaker; null otherwise.
 */
export function partialSubject(unit: Unit, context: ResolveContext, index: ReferentIndex): Resolved | null {
  if (unit.kind !== 'partial') return null;
  const { text } = context;
  const opening = unit.span.start;
  if (!SENTENCE_OPENS.test(text.slice(Math.max(0, opening - 4), opening))) return null;
  // ("Later in the day Machado dedicated …": a time adverb may open the sentence.)
  const c = text.charCodeAt(opening);
  const lead =
    c === 76 || c === 69 ? (TIME_LEAD.exec(text.slice(opening, opening + 40))?.[0].length ?? 0) : 0;
  // ("The Farmers Union welcomed …": an article may stand before the name.)
  const article = /^the\s+/iu.exec(text.slice(opening + lead, opening + lead + 5))?.[0].length ?? 0;
  const o = occurrenceStartingAt(index, opening + lead + article);
  const titled = o ? TITLE_NOUN_NEXT.exec(text.slice(o.end, o.end + 24)) : null;
  if (!o || (titled && isPersonNoun(titled[1]!)))
    return (
      titledSubject(opening + lead + article, context, index) ?? (o ? null : pronounSubject(unit, context))
    );
  if (o.referent.type !== 'person' && o.referent.type !== 'organization') return null;
  if (!SUBJECT_GOES_ON.test(text.slice(o.end, o.end + 3))) return null;
  return resolvedAs(o.referent, o, 0.6);
}

/** After a name, a lower-case title and a capital: "SpaceX [founder Elon] Musk". */
const TITLE_NOUN_NEXT = /^\s+(\p{Ll}+)\s+\p{Lu}/u;

/** A fronted phrase before the subject: "After the debate, ", "On Thursday, ". */
const FRONTED_PHRASE =
  /^(?:After|Before|During|Following|On|In|At|By|Within|Since|Later|Earlier|Meanwhile|Separately|Elsewhere)\b[^,.;:“”"]{0,50},\s+/u;

/** Lower-case words before a name that may be a title ("pop star"), never a clause's words. */
const LOWER_TITLE = /^(?:\p{Ll}[\p{Ll}-]*\s+){1,3}$/u;
const NOT_TITLE_WORDS: ReadonlySet<string> = new Set(
  'and but then also the a an as when while after before so yet now still even only just which who that'.split(
    ' ',
  ),
);

/**
 * `After the debate, pop star NAME endorsed Harris, calling her “…”`, `SpaceX founder NAME
 * thanked the teams for “…”`: a person named after a title (capitalised words or an
 * occupation: "SpaceX founder", "pop star"), perhaps after a fronted phrase, opening the
 * sentence and followed by its verb. Read from `from`, at most 60 characters on.
 */
function titledSubject(from: number, context: ResolveContext, index: ReferentIndex): Resolved | null {
  const { text } = context;
  let start = from;
  if (occurrenceStartingAt(index, start) === undefined) {
    const fronted = FRONTED_PHRASE.exec(text.slice(start, start + 60));
    if (fronted) start += fronted[0].length;
  }
  for (let i = firstOccurrenceFrom(index, start); i < index.occurrences.length; i++) {
    const o = index.occurrences[i]!;
    if (o.start > start + 60) break;
    const gap = text.slice(start, o.start);
    const lowerTitle = LOWER_TITLE.test(gap) && !gap.split(/\s+/u).some((w) => NOT_TITLE_WORDS.has(w));
    if (gap !== '' && !isTitleRun(gap) && !lowerTitle) return null;
    if (o.referent.type !== 'person') continue;
    // Its verb follows: a lower-case word that is no occupation ("founder Elon Musk").
    const next = /^\s+(\p{Ll}+)\b/u.exec(text.slice(o.end, o.end + 24));
    if (next && !isPersonNoun(next[1]!)) return resolvedAs(o.referent, o, 0.6);
    return null;
  }
  return null;
}

/** "Later ", "Earlier in the day, ": a time adverb before a sentence's subject. */
const TIME_LEAD =
  /^(?:Later|Earlier)(?:\s+(?:in|on)\s+the\s+(?:day|week|evening|morning|afternoon|night))?,?\s+/u;

/** "Later she …", "He …": a subject pronoun opening the sentence, perhaps after a time adverb. */
const PRONOUN_OPENING =
  /^(?:(?:Later|Earlier|Then|Afterwards|Separately|Meanwhile),?\s+(he|she)|(He|She))\s+\p{Ll}/u;

/**
 * `Later she dedicated the award to “the suffering people of Venezuela”`: a sentence opened
 * by "he" or "she" gives its partial quotation to whom the pronoun stands for.
 */
function pronounSubject(unit: Unit, context: ResolveContext): Resolved | null {
  const start = unit.span.start;
  const m = PRONOUN_OPENING.exec(context.text.slice(start, start + 24));
  if (!m) return null;
  const pronoun = (m[1] ?? m[2])!;
  const at = start + m[0].length - pronoun.length - 2;
  return resolvePronoun(
    { start: at, end: at + pronoun.length, kind: 'pronoun', referent: null, text: pronoun.toLowerCase() },
    context,
  );
}
