/**
 * Referents: the people and organisations an article speaks of, each with its name,
 * entity id, gender and role words, and every place it is mentioned. Built from the
 * link stage's entities when present (canonical names and ids), else from NER mentions
 * with a small in-document coreference: a bare surname or "Mr. Berg" joins the full
 * name it repeats ("Anna Berg").
 *
 * This module builds the index (`buildReferents`): the occurrences, the coreference, the
 * gender evidence and the places. Beside it: referent-names.ts (an unlinked name repaired),
 * prepared-entities.ts (which entities may speak, and their names prepared) and
 * referent-role-words.ts (the titles and appositives around a mention).
 */
import type { Entity, EntityType, Mention } from '../../core/annotations.js';
import { partitionPoint, type Span } from '../../core/span.js';
import {
  decideGender,
  type FirstNames,
  firstNameGender,
  honorificGender,
  kbGender,
  kinshipGender,
  type PersonFacts,
  type PersonProfile,
  pronounVotes,
} from './gender.js';
import { kinFullName, kinGivenNameMislinked } from './kin-given-name.js';
import { type Gender, PLATFORM_NAMES, platformPreposition } from './lexicon.js';
import { isLanguageMention, prepareEntities, SPEAKING_TYPES } from './prepared-entities.js';
import { isPlaceName, stripHonorific, withoutOpeningTrade, withoutRegnalTitle } from './referent-names.js';
import { roleWordsAround } from './referent-role-words.js';

export interface Referent {
  readonly index: number;
  readonly name: string;
  readonly entityId: string | null;
  readonly kbId: string | null;
  readonly type: EntityType;
  readonly gender: Gender;
  /** Lower-case words of titles and descriptions given to it ("defence", "minister"). */
  readonly roles: Set<string>;
  /** What the knowledge base says the person is (empty when not linked): see profile.ts. */
  readonly profile?: PersonProfile;
  readonly occurrences: Span[];
}

export interface Occurrence extends Span {
  readonly referent: Referent;
}

export interface ReferentIndex {
  readonly referents: readonly Referent[];
  /** Every occurrence, ordered by start. */
  readonly occurrences: readonly Occurrence[];
  /**
   * Places (countries, cities), ordered by start: not speakers themselves, but what "its
   * government" belongs to.
   */
  readonly places?: readonly Occurrence[];
  /** The demonym of a country named `name` (from the KB's facts), or null. */
  readonly demonym?: (name: string) => string | null;
}

function lastWord(name: string): string {
  return name.trim().split(/\s+/).pop() ?? name;
}

/**
 * Is `span` a platform the words were posted on ("wrote on Truth Social", "posted on
 * Telegram", "via X")? Such an occurrence names no speaker and is no antecedent.
 */
function postedOn(text: string, span: Span): boolean {
  const c = text.charCodeAt(span.start - 2);
  // "on " / "via ": the letter before the space is an n or an a.
  if (c !== 110 && c !== 97) return false;
  return (
    PLATFORM_NAMES.has(text.slice(span.start, span.end).trim().toLowerCase()) &&
    platformPreposition(text.slice(Math.max(0, span.start - 5), span.start))
  );
}

/**
 * A test of whether a span lies inside one of `spans` (sorted once here; each test is a
 * binary search over the starts and the running furthest end).
 */
function spanContainment(spans: Span[]): (s: Span) => boolean {
  if (spans.length === 0) return () => false;
  spans.sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  let max = -1;
  for (const s of spans) {
    max = Math.max(max, s.end);
    furthest.push(max);
  }
  return (s) => {
    const k = partitionPoint(spans.length, (i) => spans[i]!.start <= s.start);
    return k > 0 && furthest[k - 1]! >= s.end;
  };
}

/** A set of spans keyed by start (no string or large-number keys per mention). */
class SpanSet {
  /** The first end added for each start; further ends of a start (rare) in `more`. */
  private readonly first = new Map<number, number>();
  private readonly more = new Map<number, number[]>();
  add(s: Span): void {
    if (!this.first.has(s.start)) {
      this.first.set(s.start, s.end);
      return;
    }
    const list = this.more.get(s.start);
    if (list) list.push(s.end);
    else this.more.set(s.start, [s.end]);
  }
  has(s: Span): boolean {
    const end = this.first.get(s.start);
    if (end === undefined) return false;
    return end === s.end || (this.more.get(s.start)?.includes(s.end) ?? false);
  }
}

export interface ReferentOptions {
  readonly firstNames: FirstNames;
  readonly facts: PersonFacts;
}

/** What a referent of an article reads its gender and role words from. */
interface ArticleFacts {
  readonly text: string;
  readonly options: ReferentOptions;
  /** Set once the index is built; reads before then give "unknown". */
  genderOf: (r: Referent) => Gender;
}

/**
 * A referent whose gender and role words are computed on first read (a class, not an
 * object with getters: no closures per referent).
 */
class LazyReferent implements Referent {
  readonly occurrences: Span[] = [];
  private genderValue: Gender | null = null;
  private roleSet: Set<string> | null = null;

  constructor(
    readonly index: number,
    readonly name: string,
    readonly entityId: string | null,
    readonly kbId: string | null,
    readonly type: EntityType,
    private readonly article: ArticleFacts,
  ) {}

  get gender(): Gender {
    this.genderValue ??= this.article.genderOf(this);
    return this.genderValue;
  }

  /** The KB profile of a linked person, read (and kept by the facts) on first use. */
  get profile(): PersonProfile | undefined {
    const { facts } = this.article.options;
    return this.type === 'person' && this.kbId && facts.profile ? facts.profile(this.kbId) : undefined;
  }

  /**
   * Role words are needed only to resolve a description ("the minister"): computed on
   * first use, from the KB and the words around every occurrence.
   */
  get roles(): Set<string> {
    if (!this.roleSet) {
      const { text, options } = this.article;
      const roles = new Set(this.kbId ? options.facts.roles(this.kbId) : []);
      for (const o of this.occurrences) for (const w of roleWordsAround(text, o)) roles.add(w);
      this.roleSet = roles;
    }
    return this.roleSet;
  }
}

/**
 * Where in `index.occurrences` the first occurrence starting at or after `at` is (found
 * by binary search): a loop that skips every occurrence starting before `at` may start here.
 */
export function firstOccurrenceFrom(index: ReferentIndex, at: number): number {
  const list = index.occurrences;
  return partitionPoint(list.length, (i) => list[i]!.start < at);
}

/** Builds the referent index of an article. Linear in mentions (plus a sort). */
export function buildReferents(
  text: string,
  mentions: readonly Mention[],
  entities: readonly Entity[] | undefined,
  options: ReferentOptions,
): ReferentIndex {
  const referents: Referent[] = [];
  const occurrences: Occurrence[] = [];
  const covered = new SpanSet();
  // Genders are computed one referent at a time, on the first read of each (the reader is
  // set once the index is built): most referents are never a pronoun's candidate.
  const article: ArticleFacts = { text, options, genderOf: () => 'unknown' };
  // The first person referent (in the order added) whose lower-case name ends in each of
  // its word-suffixes (" de vries", " vries"): the same answer as scanning the referents in
  // order with `endsWith(" " + key)`, since a name ends in " key" exactly when " key" is the
  // suffix from one of its spaces. Kept as referents are added, looked up per mention.
  const personBySuffix = new Map<string, Referent>();
  const add = (name: string, type: EntityType, entityId: string | null, kbId: string | null): Referent => {
    const r = new LazyReferent(referents.length, name, entityId, kbId, type, article);
    referents.push(r);
    if (type === 'person') {
      const lower = name.toLowerCase();
      for (let i = lower.indexOf(' '); i >= 0; i = lower.indexOf(' ', i + 1)) {
        const suffix = lower.slice(i);
        if (!personBySuffix.has(suffix)) personBySuffix.set(suffix, r);
      }
    }
    return r;
  };
  // A misc mention ("Russian" in "the Russian Defence Ministry") may be widened over.
  // Built on the first widening only: most articles' entities are all linked.
  let mentionStarts: number[] | null = null;
  const mentionAt = new Map<number, number>();
  // Is `at` inside some mention? (Widening a name must not swallow another one.)
  const taken = (at: number) => {
    if (!mentionStarts) {
      mentionStarts = [];
      for (const m of mentions) {
        if (m.type === 'misc') continue;
        mentionStarts.push(m.start);
        // The last mention with a start wins, as `new Map(entries)` keeps it.
        mentionAt.set(m.start, m.end);
      }
      mentionStarts.sort((a, b) => a - b);
    }
    const starts = mentionStarts;
    const lo = partitionPoint(starts.length, (i) => starts[i]! <= at);
    return lo > 0 && mentionAt.get(starts[lo - 1]!)! > at;
  };
  // A tagger's mention that starts where a linked entity's (wider) mention starts is that
  // entity ("Ursula" inside "Ursula von der Leyen"), not a person of its own.
  const entityStarts = new Set<number>();
  // …and one that ends where it ends, with words before it ("House Minority Leader Hakeem
  // Jeffries" tagged an organisation around the linked "Hakeem Jeffries"), is that entity too.
  const entityEnds = new Set<number>();
  // …and one inside it ("Felipe" in "King Felipe VI") is that entity as well.
  const personSpans: Span[] = [];
  // People named in full from a relative's surname ("Thompson's wife, Paulette,"): their
  // surname stays the relative's when a bare surname is looked up.
  const kinNamed = new Set<Referent>();
  for (const e of prepareEntities(text, entities ?? [], taken, options.firstNames)) {
    if (!SPEAKING_TYPES.has(e.type)) continue;
    // "wrote on Truth Social": a platform where words were posted is no speaker there.
    const posted = e.type === 'organization' ? e.spans.map((m) => postedOn(text, m)) : null;
    if (posted?.every(Boolean) && e.joined.length === 0) {
      for (const original of e.entity.mentions) covered.add(original);
      for (const m of e.spans) entityStarts.add(m.start);
      continue;
    }
    const kinName = e.type === 'person' && e.entity.kbId === null ? kinNameOf(text, e.spans) : null;
    // "his brother John" linked to Elton John: the given name is a relative's, not the
    // famous namesake's surname; the person stays unlinked, named as written.
    const mislinked =
      e.type === 'person' &&
      e.entity.kbId !== null &&
      e.spans.length > 0 &&
      e.spans.every((m) => kinGivenNameMislinked(text, m, e.name));
    const r = mislinked
      ? add(text.slice(e.spans[0]!.start, e.spans[0]!.end).trim(), e.type, null, null)
      : add(kinName ?? e.name, e.type, e.entity.id, e.entity.kbId);
    if (kinName) kinNamed.add(r);
    for (let i = 0; i < e.spans.length; i++) {
      const m = e.spans[i]!;
      const original = e.entity.mentions[i]!;
      if (posted?.[i]) {
        covered.add(original);
        entityStarts.add(m.start);
        continue;
      }
      r.occurrences.push({ start: m.start, end: m.end });
      occurrences.push({ start: m.start, end: m.end, referent: r });
      covered.add(original);
      entityStarts.add(m.start);
      if (e.type === 'person') {
        entityEnds.add(m.end);
        personSpans.push(m);
      }
    }
    for (const m of e.joinedMentions ?? []) covered.add(m);
    for (const m of e.joined) {
      r.occurrences.push({ start: m.start, end: m.end });
      occurrences.push({ start: m.start, end: m.end, referent: r });
      covered.add(m);
    }
  }
  const insidePerson = spanContainment(personSpans);
  // Mentions the link stage did not cover (or no link stage at all); a place the tagger
  // called a person ("Stewart Island") is a place.
  const sorted = mentions
    .filter(
      (m) =>
        SPEAKING_TYPES.has(m.type) &&
        !covered.has(m) &&
        !entityStarts.has(m.start) &&
        !entityEnds.has(m.end) &&
        !insidePerson(m) &&
        !(m.type === 'organization' && postedOn(text, m)) &&
        !(m.type === 'person' && isLanguageMention(text, m)) &&
        // "St. Peter's Square", "Saint Mark's Basilica": a saint in a place's name.
        !(m.type === 'person' && SAINT_BEFORE.test(text.slice(Math.max(0, m.start - 7), m.start))),
    )
    .map((m) =>
      m.type === 'person' && isPlaceName(text.slice(m.start, m.end).trim())
        ? { ...m, type: 'location' as const }
        : m,
    )
    .sort((a, b) => a.start - b.start);
  const byName = new Map<string, Referent>();
  const bySurname = new Map<string, Referent>();
  for (const r of referents) {
    byName.set(r.name.toLowerCase(), r);
    if (r.type === 'person' && r.name.includes(' ') && !kinNamed.has(r))
      bySurname.set(lastWord(r.name).toLowerCase(), r);
  }
  // First pass: full names, longest first, so that a surname used before its full name
  // still joins it and "De Vries" joins "Pieter de Vries".
  const byLength = [...sorted].sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const m of byLength) {
    if (!SPEAKING_TYPES.has(m.type) || covered.has(m)) continue;
    const surface = stripHonorific(text.slice(m.start, m.end).trim(), options.firstNames);
    const lowerName = surface.toLowerCase();
    const repeats = personBySuffix.has(` ${lowerName}`);
    if (m.type === 'person' && surface.includes(' ') && !byName.has(lowerName) && !repeats) {
      const r = add(surface, 'person', null, null);
      byName.set(surface.toLowerCase(), r);
      const key = lastWord(surface).toLowerCase();
      if (!bySurname.has(key)) bySurname.set(key, r);
    }
  }
  for (const m of sorted) {
    if (!SPEAKING_TYPES.has(m.type) || covered.has(m)) continue;
    const raw = text
      .slice(m.start, m.end)
      .trim()
      .replace(/['’]s$/u, '');
    const surface =
      m.type === 'person'
        ? stripHonorific(raw, options.firstNames)
        : withoutOpeningTrade(text, m.start, raw, options.firstNames);
    const key = surface.toLowerCase();
    let r = byName.get(key);
    if (!r && m.type === 'person' && !surface.includes(' ')) r = bySurname.get(key);
    // "De Vries" repeats the end of "Pieter de Vries".
    if (!r && m.type === 'person') r = personBySuffix.get(` ${key}`);
    if (!r) {
      r = add((m.type === 'person' && kinFullName(text, m)) || surface, m.type, null, null);
      byName.set(key, r);
    }
    r.occurrences.push({ start: m.start, end: m.end });
    occurrences.push({ start: m.start, end: m.end, referent: r });
  }
  occurrences.sort((a, b) => a.start - b.start);
  let evidence: GenderEvidence | null = null;
  article.genderOf = (r) => {
    evidence ??= genderEvidence(text, occurrences);
    return referentGender(text, r, evidence, options);
  };
  return new ArticleIndex(referents, occurrences, text, mentions, entities, options.facts);
}

/** "St. " or "Saint " right before a mention. */
const SAINT_BEFORE = /(?:^|[^\p{L}])(?:St\.?|Saint)\s+$/u;

/** The full name of a person named by a given name alone beside a relative ("Paulette Thompson"). */
function kinNameOf(text: string, spans: readonly Span[]): string | null {
  for (const m of spans) {
    const name = kinFullName(text, m);
    if (name) return name;
  }
  return null;
}

/** The referent index of an article (a class: no getter built per article). */
class ArticleIndex implements ReferentIndex {
  private placeList: Occurrence[] | null = null;

  constructor(
    readonly referents: readonly Referent[],
    readonly occurrences: readonly Occurrence[],
    private readonly text: string,
    private readonly mentions: readonly Mention[],
    private readonly entities: readonly Entity[] | undefined,
    private readonly facts: PersonFacts,
  ) {}

  demonym(name: string): string | null {
    return this.facts.demonym?.(name) ?? null;
  }

  /** Places are read only to resolve "its government": found on first use. */
  get places(): readonly Occurrence[] {
    this.placeList ??= placesOf(this.text, this.mentions, this.entities);
    return this.placeList;
  }
}

/**
 * Where each person's evidence of gender lies: the indices of their occurrences, and for
 * each occurrence the start of the next person occurrence (the end of its pronoun window).
 */
interface GenderEvidence {
  readonly occurrences: readonly Occurrence[];
  readonly occurrencesOf: ReadonlyMap<Referent, readonly number[]>;
  readonly nextPersonStart: readonly number[];
}

function genderEvidence(text: string, occurrences: readonly Occurrence[]): GenderEvidence {
  const nextPersonStart = new Array<number>(occurrences.length);
  const occurrencesOf = new Map<Referent, number[]>();
  let nextStart = text.length;
  for (let i = occurrences.length - 1; i >= 0; i--) {
    nextPersonStart[i] = nextStart;
    if (occurrences[i]!.referent.type === 'person') nextStart = occurrences[i]!.start;
  }
  for (let i = 0; i < occurrences.length; i++) {
    const r = occurrences[i]!.referent;
    if (r.type !== 'person') continue;
    const list = occurrencesOf.get(r);
    if (list) list.push(i);
    else occurrencesOf.set(r, [i]);
  }
  return { occurrences, occurrencesOf, nextPersonStart };
}

/**
 * A referent's gender from its sources, strongest first, each read only when the stronger
 * ones are silent: the KB, an honorific before its last occurrence that has one (else its
 * name's first word), the first-name lexicon, then the pronouns after its occurrences (up
 * to the next person, within 200 characters and the same paragraph).
 */
function referentGender(
  text: string,
  r: Referent,
  evidence: GenderEvidence,
  options: ReferentOptions,
): Gender {
  if (r.type !== 'person') return 'neuter';
  const kb = kbGender(options.facts, r.kbId);
  if (kb) return kb;
  const mine = evidence.occurrencesOf.get(r) ?? [];
  let honorific: 'male' | 'female' | null = null;
  for (const i of mine) {
    const o = evidence.occurrences[i]!;
    const h =
      honorificGender(text.slice(Math.max(0, o.start - 6), o.start)) ??
      kinshipGender(text.slice(Math.max(0, o.start - 36), o.start));
    if (h) honorific = h;
  }
  if (honorific === null) {
    const space = r.name.indexOf(' ');
    honorific = honorificGender(`${space < 0 ? r.name : r.name.slice(0, space)} `);
  }
  if (honorific) return honorific;
  const lexicon = firstNameGender(options.firstNames, withoutRegnalTitle(r.name));
  if (lexicon) return lexicon;
  const votes = { male: 0, female: 0 };
  for (const i of mine) {
    const o = evidence.occurrences[i]!;
    const newline = text.indexOf('\n', o.end);
    const limit = Math.min(evidence.nextPersonStart[i]!, o.end + 200, newline < 0 ? text.length : newline);
    const v = pronounVotes(text, o.end, limit);
    votes.male += v.male;
    votes.female += v.female;
  }
  return decideGender(null, null, null, votes);
}

/** Location occurrences as referents of their own (linked name and id when linked). */
function placesOf(
  text: string,
  mentions: readonly Mention[],
  entities: readonly Entity[] | undefined,
): Occurrence[] {
  const out: Occurrence[] = [];
  const covered = new Set<number>();
  const place = (name: string, entityId: string | null, kbId: string | null): Referent => ({
    index: -1,
    name,
    entityId,
    kbId,
    type: 'location',
    gender: 'neuter',
    roles: new Set(),
    occurrences: [],
  });
  for (const e of entities ?? []) {
    if (e.type !== 'location') continue;
    const r = place(e.name, e.id, e.kbId);
    for (const m of e.mentions) {
      r.occurrences.push({ start: m.start, end: m.end });
      out.push({ start: m.start, end: m.end, referent: r });
      covered.add(m.start);
    }
  }
  for (const m of mentions) {
    if (m.type !== 'location' || covered.has(m.start)) continue;
    const r = place(text.slice(m.start, m.end), null, null);
    r.occurrences.push({ start: m.start, end: m.end });
    out.push({ start: m.start, end: m.end, referent: r });
  }
  return out.sort((a, b) => a.start - b.start);
}
