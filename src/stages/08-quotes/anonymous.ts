/**
 * Unnamed sources. A speaker given only by a description that resolves to no named
 * referent ("a diplomat from a northern member state", "officials", "another protester",
 * "the prime minister's official spokesman") is anonymous: the speaker keeps the
 * description as its name and is marked `anonymous`, so that a reader (and the scorer)
 * can tell "someone the article does not name" from a named person. A description of an
 * organisation ("the ministry"), of a document ("the report") or a bare name is not an
 * unnamed source. Where the description names the organisation the person speaks for or
 * belongs to ("a spokesperson for TikTok", "a police spokesperson", "engineers at ESA's
 * operations centre"), that organisation is the speaker's `affiliation`.
 */
import type { Affiliation } from '../../core/annotations.js';
import { partitionPoint, type Span } from '../../core/span.js';
import {
  DOCUMENT_NOUNS,
  isCompanyNoun,
  isOrgNoun,
  isPersonNoun,
  PLURAL_ROLE_NOUNS,
  singularOrgNoun,
} from './lexicon.js';
import { firstOccurrenceFrom, type ReferentIndex } from './referents.js';
import { isQuantifier } from './speaker-before-cue.js';
import { HEAD_PREPOSITIONS, isPluralSpeakerNoun } from './speaker-phrase.js';

/** Nouns for a crowd: "a group of neighbours", "a crowd of fans" speak as their members. */
const CROWD_NOUNS: ReadonlySet<string> = new Set(['group', 'crowd', 'handful', 'couple', 'number', 'pair']);

/** Counts used as a subject: "Thousands chanted …", "Dozens of residents said …". */
const COUNT_NOUNS: ReadonlySet<string> = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'millions']);

/** Plurals of organisation-like groups: "police said", "unions said" are institutions speaking. */
const INSTITUTION_PLURALS: ReadonlySet<string> = new Set(['police', 'unions', 'groups', 'authorities']);

const DETERMINERS =
  /^(?:the|a|an|one|another|some|several|many|two|three|four|five|other|his|her|their|its)$/u;

/** Words of rank before an affiliation ("a senior administration official"): not part of it. */
const RANKS: ReadonlySet<string> = new Set([
  'senior',
  'top',
  'junior',
  'former',
  'deputy',
  'chief',
  'unnamed',
  'anonymous',
  'high-ranking',
  'mid-level',
  'veteran',
  'longtime',
]);

function bare(w: string): string {
  return w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w;
}

/** Does a word name people (a person noun, singular or plural), not an institution? */
function namesPeople(w: string): boolean {
  if (DOCUMENT_NOUNS.has(w) || INSTITUTION_PLURALS.has(w) || isCompanyNoun(w)) return false;
  if (isPersonNoun(w)) return true;
  if (PLURAL_ROLE_NOUNS.has(w)) return true;
  return isPluralSpeakerNoun(w) && singularOrgNoun(w) === null;
}

/**
 * Is a description (as written) one of an unnamed person or group of people? Its head —
 * the word before its first preposition, or its last word — names people ("spokesperson",
 * "diplomat", "officials", "protesters"), or it is a quantifier ("many", "one of them"), a
 * count ("thousands"), or a crowd of people ("a group of neighbours").
 */
export function describesPeople(description: string): boolean {
  // The same descriptions recur across articles ("officials", "a spokesman"): read once.
  const known = PEOPLE_MEMO.get(description);
  if (known !== undefined) return known;
  if (PEOPLE_MEMO.size > 4096) PEOPLE_MEMO.clear();
  const answer = readDescribesPeople(description);
  PEOPLE_MEMO.set(description, answer);
  return answer;
}

const PEOPLE_MEMO = new Map<string, boolean>();
/** A quantifier, then up to three words ending in a plural. */
const QUANTIFIED_PLURAL = /^(?:several|many|some|various|numerous)\s+(?:[\p{L}-]+\s+){0,3}\p{L}+[^s\s]s$/u;

function readDescribesPeople(description: string): boolean {
  const lower = description.toLowerCase().replace(/\s+/gu, ' ').trim();
  if (isQuantifier(lower)) return true;
  // "Several Latin American governments", "Some European capitals": a quantified plural is
  // a group no one is named for.
  if (QUANTIFIED_PLURAL.test(lower)) return true;
  const words = lower.split(' ').map((w) => w.replace(/[,.;:“”"]/gu, ''));
  if (words.length === 0) return false;
  if (COUNT_NOUNS.has(words[0]!)) return true;
  const prep = words.findIndex((w, k) => k > 0 && HEAD_PREPOSITIONS.has(w));
  const head = bare(prep > 0 ? words[prep - 1]! : words[words.length - 1]!);
  if (CROWD_NOUNS.has(head) && prep > 0 && words[prep] === 'of') {
    const member = words.slice(prep + 1).find((w) => !DETERMINERS.test(w));
    return member !== undefined && namesPeople(bare(member));
  }
  if (namesPeople(head)) return true;
  // "two people familiar with the plans": the noun before an adjective heads it.
  return prep > 1 && namesPeople(bare(words[prep - 2]!)) && !isOrgNoun(head);
}

/**
 * The organisation an unnamed speaker's description names: an organisation mentioned
 * inside it ("a spokesperson for TikTok"), else the words before a person head when they
 * end in an organisation noun ("a police spokesperson", "China's foreign ministry
 * spokesperson"), else the complement after its preposition when that ends in one ("a
 * spokesman for the transport ministry").
 */
export function affiliationIn(text: string, phrase: Span, index: ReferentIndex): Affiliation | undefined {
  for (let i = firstOccurrenceFrom(index, phrase.start); i < index.occurrences.length; i++) {
    const o = index.occurrences[i]!;
    if (o.start >= phrase.end) break;
    if (o.end <= phrase.end && o.referent.type === 'organization') {
      // "A spokesperson for the U.N. human rights office": lower-case words ending in an
      // organisation's noun after the name make a body of its own, named as written.
      const body = o.end < phrase.end ? BODY_OF_NAMED.exec(text.slice(o.end, phrase.end)) : null;
      if (body && isOrgNoun(body[1]!) && !DOCUMENT_NOUNS.has(body[1]!))
        return { name: text.slice(o.start, phrase.end).replace(/\s+/gu, ' '), entityId: null };
      return { name: o.referent.name, entityId: o.referent.entityId };
    }
  }
  // "Doctors at Great Ormond Street Hospital": an institution the tagger took for a place;
  // "Analysts at Jefferies": a name after "at" that the KB knows as no place is an employer.
  // (The places are built on first use: read only when the phrase may name one.)
  const written = text.slice(phrase.start, phrase.end);
  const institution = INSTITUTION_NAME.test(written);
  const employer = AT_NAME.test(written);
  const places = institution || employer ? (index.places ?? []) : [];
  for (
    let i = partitionPoint(places.length, (k) => places[k]!.start < phrase.start);
    i < places.length;
    i++
  ) {
    const o = places[i]!;
    if (o.start >= phrase.end) break;
    if (o.end > phrase.end) continue;
    if (
      INSTITUTION_NAME.test(o.referent.name) ||
      (employer && o.referent.kbId === null && /\sat\s+$/u.test(text.slice(phrase.start, o.start)))
    )
      return { name: o.referent.name, entityId: o.referent.entityId };
  }
  let named = WRITTEN_MEMO.get(written);
  if (named === undefined) {
    if (WRITTEN_MEMO.size > 4096) WRITTEN_MEMO.clear();
    named = writtenAffiliation(written.replace(/\s+/gu, ' ').trim()) ?? null;
    WRITTEN_MEMO.set(written, named);
  }
  return named ?? undefined;
}

const WRITTEN_MEMO = new Map<string, Affiliation | null>();

/**
 * " human rights office", " refugee agency": two or three lower-case words to the phrase's
 * end. A lone noun after the name only gives its kind ("his Samagi Jana Balawegaya party").
 */
const BODY_OF_NAMED = /^\s+(?:\p{Ll}+\s+){1,2}(\p{Ll}+)$/u;

/** Capitalised words ending in a possessive before the head at `headAt`: the owner's name. */
function possessiveOwner(words: readonly string[], headAt: number): string | null {
  for (let k = 0; k < headAt; k++) {
    if (!/^\p{Lu}/u.test(words[k]!)) return null;
    if (/['’]s$/u.test(words[k]!)) return [...words.slice(0, k), bare(words[k]!)].join(' ');
  }
  return null;
}

/** " at " and a capitalised name: where the people described work. */
const AT_NAME = /\sat\s+\p{Lu}/u;

/** A place's name that is an institution's, whose people speak for it ("… Hospital", "University of …"). */
const INSTITUTION_NAME =
  /(?:^|\s)(?:Hospital|Infirmary|Clinic|University|College|School|Institute|Museum|Observatory|Zoo|Library)(?:\s|$)/u;

/** The organisation a description's own words name (see {@link affiliationIn}). */
function writtenAffiliation(written: string): Affiliation | undefined {
  const words = written.split(' ');
  const lower = words.map((w) => bare(w.toLowerCase()));
  const prep = lower.findIndex((w, k) => k > 0 && HEAD_PREPOSITIONS.has(w));
  const headAt = prep > 0 ? prep - 1 : lower.length - 1;
  if (!isPersonNoun(lower[headAt]!)) return undefined;
  // Modifiers between the determiner and the head.
  let from = 0;
  while (from < headAt && (DETERMINERS.test(lower[from]!) || RANKS.has(lower[from]!))) from++;
  let to = headAt;
  while (to > from && !isOrgNoun(lower[to - 1]!)) to--;
  if (to > from) {
    // Only a run of modifiers that reads as a name: "police", "health ministry", "China's
    // foreign ministry" (not "senior", "official").
    return { name: words.slice(from, to).join(' '), entityId: null };
  }
  // "Nigeria's representative", "South Africa's chief negotiator": the owner named before
  // the head is whom the person speaks for.
  const owner = possessiveOwner(words, headAt);
  if (owner) return { name: owner, entityId: null };
  if (prep > 0) {
    const rest = words.slice(prep + 1);
    let k = 0;
    while (k < rest.length && DETERMINERS.test(rest[k]!.toLowerCase())) k++;
    const complement = rest.slice(k);
    const last = complement[complement.length - 1];
    if (last && isOrgNoun(bare(last.toLowerCase())) && !DOCUMENT_NOUNS.has(bare(last.toLowerCase())))
      return { name: complement.join(' '), entityId: null };
  }
  return undefined;
}
