/**
 * Sound-alike candidate search: the KB entities a mention's surface may be a mangled
 * spelling of — found through the fuzzy index (the surface's keys and their one-letter
 * deletions, src/kb/fuzzy-key.ts) and kept when their similarity reaches a floor
 * (sound-alike.ts for people, the whole name for anything else).
 *
 * What a search reads of the KB is prepared once per knowledge base ({@link CandidateTable}):
 * an entry per entity (whether it is a person, whether its name is written family name first,
 * its default names reduced), and per fuzzy-index hit list, on first use, its hits split into
 * people and prominent other entities with each name already reduced. A search then walks
 * those views: no type, prominence or kind test per hit on another group's hits, no map from
 * entity to names (an entry is marked with the search's number instead), no name reduced or
 * looked up. The order of candidates found, the names each is compared with and every
 * similarity are those of the plain search (see candidate-search.test.ts).
 */
import type { EntityType } from '../../core/annotations.js';
import { fuzzyKey, fuzzyKeyOfNormalized } from '../../kb/fuzzy-key.js';
import type { KbEntity, KbNameKind } from '../../kb/model.js';
import { arabicNameForm, normalizeName } from '../../kb/names.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase, NameHit } from '../../ports/knowledge-base.js';
import { detach } from './detach.js';
import { familyNameFirst } from './name-order.js';
import { heardPolishName } from './polish-hearings.js';
import { frenchRespelling, heardFrenchName, lineageName } from './respellings.js';
import { letters, lettersSimilarityAtLeast } from './similarity.js';
import {
  defaultTexts,
  familyFirstLikeness,
  type Likeness,
  type LikenessMemo,
  type NameLetters,
  NameLettersTable,
  personLikeness,
  type SurfaceLetters,
  surfaceLetters,
} from './sound-alike.js';

/** Which KB types a mention of each NER type may link to. */
export const COMPATIBLE: Readonly<Record<EntityType, readonly EntityType[]>> = {
  person: ['person'],
  organization: ['organization', 'location'],
  location: ['location', 'organization'],
  event: ['event'],
  misc: ['event', 'organization'],
};

/** A sound-alike candidate and its similarity to the surface. */
export interface Candidate {
  readonly entity: KbEntity;
  readonly sim: number;
  readonly surnameSim: number;
  /** Similarity of the given names (1 when either name has one word). */
  readonly givenSim: number;
}

/**
 * A floor raised for most of a search's people: `raised` for every candidate but those
 * `keeps` accepts, which are compared down to the search's own floor. The linker asks for
 * the low floor of a role cue next to a name only for the namesakes that cue may be about
 * (link-sound-alikes.ts): the others cannot be linked below the floor without a cue, so
 * their distances are worked out to that floor only.
 */
export interface RaisedFloor {
  readonly raised: number;
  readonly keeps: (entity: KbEntity) => boolean;
}

/** Names and aliases: the kinds full names are compared under. */
export const NAMES_AND_ALIASES: ReadonlySet<KbNameKind> = new Set<KbNameKind>(['name', 'alias']);
/** Surnames: the kind a one-word mention is compared under. */
export const SURNAMES: ReadonlySet<KbNameKind> = new Set<KbNameKind>(['surname']);

/** Least prominence of an organisation, place or event the linker compares by spelling. */
export const MIN_OTHER_PROMINENCE = 3;

/** What the fuzzy index holds for a surface: hit lists in the order its keys were read. */
interface FuzzyHits {
  /** Of each key variant, then of each of its one-letter deletions. */
  readonly keys: readonly (readonly NameHit[])[];
  /** Of the last word's key (several words, key of 3+ letters), for its surnames; read when first needed. */
  lastWord: readonly NameHit[] | null | undefined;
  /** No key at all: nothing to compare. */
  readonly empty: boolean;
  /** The surface's letters, once compared: all its parts (as a person's name), or whole. */
  letters?: SurfaceLetters;
  all?: string;
}

/**
 * Fuzzy keys of a surface and of its spelling variants where a letter reads two ways
 * ("c" as k or s, "j" as y), so "Merc" finds Merz and "Jurij" finds Yuri.
 */
export function queryKeys(surface: string): string[] {
  // "Yehya Al-Sinwar": the name without its article too (the KB indexes both forms).
  const form = arabicNameForm(surface);
  // "Siril" for Cyril: an S starting a name before e, i or y may stand for a soft C (keys read c as k).
  const soft = SOFT_S.test(form) ? form.replace(SOFT_S_ALL, 'C') : null;
  if (form === surface && soft === null) return spellingKeys(surface);
  const keys = new Set(spellingKeys(surface));
  if (form !== surface) for (const k of spellingKeys(form)) keys.add(k);
  if (soft !== null) for (const k of spellingKeys(soft)) keys.add(k);
  return [...keys];
}
const SOFT_S = /(?:^|\s)S(?=[eiy])/;
const SOFT_S_ALL = /(?<=^|\s)S(?=[eiy])/g;

/** Fuzzy keys of one spelling and of its variants where a letter reads two ways. */
export function spellingKeys(surface: string): string[] {
  // No c, j or y: every variant is the surface itself.
  if (!/[cjy]/i.test(surface)) {
    const key = fuzzyKey(surface);
    return key.length >= 2 ? [key] : [];
  }
  // Plain ASCII without apostrophes (which normalising drops, joining the letters around them)
  // and without "nr" (normalising reads a final "Jnr"/"Snr" as "Jr"/"Sr", which a variant may
  // make or unmake): a variant's normal form is the surface's with the same letters replaced,
  // so the surface is normalised once, not once per variant.
  const norm = PLAIN_VARIANTS.test(surface) ? normalizeName(surface) : null;
  // (A letter the form lacks leaves it as it is: no replacement is run for it.)
  const variants = norm
    ? [
        norm,
        norm.includes('c') ? norm.replace(/c/g, 's') : norm,
        norm.includes('j') ? norm.replace(/j/g, 'y') : norm,
        norm.includes('y') ? norm.replace(/y/g, 'j') : norm,
        CH_OR_DJ.test(norm) ? norm.replace(/ch/g, 'c').replace(/dj/g, 'c') : norm,
        // "tch" as French writes č ("Voutchitch"), only when there is one.
        TCH.test(norm) ? norm.replace(/tch/g, 'c').replace(/ch/g, 'c').replace(/dj/g, 'c') : norm,
      ]
    : [
        surface,
        surface.replace(/c/gi, 's'),
        surface.replace(/j/gi, 'y'),
        surface.replace(/y/gi, 'j'),
        // "ch" and "dj" for the c and č of Slavic and Turkish names ("Vuchich" for Vučić, "Redjep" for Recep).
        surface.replace(/ch/gi, 'c').replace(/dj/gi, 'c'),
        TCH.test(surface) ? surface.replace(/tch/gi, 'c').replace(/ch/gi, 'c').replace(/dj/gi, 'c') : surface,
      ];
  const keys: string[] = [];
  for (let i = 0; i < variants.length; i++) {
    const v = variants[i]!;
    // A variant met before gives a key met before.
    if (variants.indexOf(v) < i) continue;
    const key = norm ? fuzzyKeyOfNormalized(v) : fuzzyKey(v);
    if (key.length >= 2 && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

const TCH = /tch/i;
const CH_OR_DJ = /ch|dj/;

/** What a likeness to a French name as heard counts for (see heardCandidates). */
export const HEARD_WEIGHT = 0.96;

/** Surfaces whose variants may be made on the normal form (see queryKeys). */
const PLAIN_VARIANTS = /^(?!.*nr)[\x00-\x26\x28-\x5f\x61-\x7f]*$/is;

/** One bit per name kind, so a hit's kind is tested against the wanted kinds without a set. */
const KIND_BIT: Readonly<Record<KbNameKind, number>> = {
  name: 1,
  alias: 2,
  short: 4,
  demonym: 8,
  surname: 16,
};

/** One bit per entity type, for the compatible types of a mention. */
const TYPE_BIT: Readonly<Record<EntityType, number>> = {
  person: 1,
  organization: 2,
  location: 4,
  event: 8,
  misc: 16,
};

function kindBits(kinds: ReadonlySet<KbNameKind>): number {
  let bits = 0;
  for (const k of kinds) bits |= KIND_BIT[k];
  return bits;
}

/**
 * A KB entity as candidate search reads it. `stamp`, `name`, `names` and `texts` are a
 * search's scratch: the number of the search that last found the entity, and the names it was
 * found under (of the wanted kinds; null when found under other kinds only) — a person's first
 * such name in `name`, all of them in `names` once there are two (most are found under one:
 * no array per entity and search).
 */
class Entry {
  stamp = 0;
  name: NameLetters | null = null;
  names: NameLetters[] | null = null;
  texts: string[] | null = null;
  /** {@link defaultTexts} under names and aliases, and under surnames, reduced (on first use). */
  private defaultPeople: readonly NameLetters[] | undefined;
  private defaultSurnames: readonly NameLetters[] | undefined;
  private defaultOthers: readonly string[] | undefined;

  /** The entity's prominence, read by every search without reaching for the entity. */
  readonly prominence: number;

  constructor(
    readonly entity: KbEntity,
    readonly typeBit: number,
    /** A person whose name is written family name first ("Yoon Suk-yeol"). */
    readonly familyFirst: boolean,
  ) {
    this.prominence = entity.prominence;
  }

  /** A person's names compared when found under another kind only (see defaultTexts). */
  defaultNames(table: NameLettersTable, kinds: ReadonlySet<KbNameKind>): readonly NameLetters[] {
    if (kinds === NAMES_AND_ALIASES) {
      this.defaultPeople ??= table.defaultNames(this.entity, kinds);
      return this.defaultPeople;
    }
    if (kinds === SURNAMES) {
      this.defaultSurnames ??= table.defaultNames(this.entity, kinds);
      return this.defaultSurnames;
    }
    return table.defaultNames(this.entity, kinds);
  }

  /** Another entity's names compared when found under another kind only, reduced. */
  defaultLetters(table: NameLettersTable, kinds: ReadonlySet<KbNameKind>): readonly string[] {
    if (kinds !== NAMES_AND_ALIASES) return defaultTexts(this.entity, kinds).map((t) => table.lettersOf(t));
    this.defaultOthers ??= defaultTexts(this.entity, kinds).map((t) => table.lettersOf(t));
    return this.defaultOthers;
  }
}

/** One fuzzy-index hit list split for the search: its people, and its prominent other entities. */
interface ListView {
  readonly people: readonly Entry[];
  /** Kind bit of each people hit. */
  readonly peopleKinds: readonly number[];
  /** Letters of the name of each people hit. */
  readonly peopleNames: readonly NameLetters[];
  readonly others: readonly Entry[];
  readonly othersKinds: readonly number[];
  readonly othersLetters: readonly string[];
}

/**
 * What candidate search reads of one knowledge base: an {@link Entry} per entity (built on
 * the first search) and a {@link ListView} per fuzzy-index hit list (built when the list is
 * first read; a view depends on the list only, never on what a document says).
 */
export class CandidateTable {
  private static readonly shared = new PerKnowledgeBase((kb) => new CandidateTable(kb));

  /** The table of `kb` (built on the first call for that KB). */
  static for(kb: KnowledgeBase): CandidateTable {
    return CandidateTable.shared.of(kb);
  }

  readonly letters: NameLettersTable;
  /** The comparisons of the current search (one search at a time, whatever the document). */
  readonly memo: LikenessMemo;
  private readonly entries = new Map<KbEntity, Entry>();
  private readonly views = new WeakMap<readonly NameHit[], ListView>();

  private constructor(kb: KnowledgeBase) {
    this.letters = NameLettersTable.for(kb);
    this.memo = this.letters.memo();
    for (const e of kb.entities()) this.entry(e);
  }

  private entry(e: KbEntity): Entry {
    let entry = this.entries.get(e);
    if (!entry) {
      // An entity added after the table was built gets its entry when first found.
      entry = new Entry(e, TYPE_BIT[e.type], e.type === 'person' && familyNameFirst(e) !== null);
      this.entries.set(e, entry);
    }
    return entry;
  }

  /** The view of a hit list (built on first use). */
  view(list: readonly NameHit[]): ListView {
    let view = this.views.get(list);
    if (!view) {
      const people: Entry[] = [];
      const peopleKinds: number[] = [];
      const peopleNames: NameLetters[] = [];
      const others: Entry[] = [];
      const othersKinds: number[] = [];
      const othersLetters: string[] = [];
      for (const h of list) {
        const e = h.entity;
        if (e.type === 'person') {
          people.push(this.entry(e));
          peopleKinds.push(KIND_BIT[h.kind]);
          peopleNames.push(this.letters.of(h.text));
        } else if (e.prominence >= MIN_OTHER_PROMINENCE) {
          others.push(this.entry(e));
          othersKinds.push(KIND_BIT[h.kind]);
          othersLetters.push(this.letters.lettersOf(h.text));
        }
      }
      view = { people, peopleKinds, peopleNames, others, othersKinds, othersLetters };
      this.views.set(list, view);
    }
    return view;
  }

  private heard: Map<string, { readonly entity: KbEntity; readonly name: NameLetters }[]> | null = null;

  /**
   * Shortened and heard forms of people's names: French and Polish names as an English writer
   * hears them ("Arnault" as "Arno", "Trzaskowski" as "Tshaskovski", polish-hearings.ts) and
   * Arab names without their family name ("Tamim bin Hamad"), by the fuzzy key of the form
   * and with its letters (built on first use, once per KB).
   */
  heardNames(key: string): readonly { readonly entity: KbEntity; readonly name: NameLetters }[] {
    if (this.heard === null) {
      this.heard = new Map();
      for (const entry of this.entries.values()) {
        const e = entry.entity;
        if (e.type !== 'person') continue;
        for (const heard of [
          heardFrenchName(e.name, e.country),
          heardPolishName(e.name, e.country),
          lineageName(e.name),
        ]) {
          if (heard === null) continue;
          const k = fuzzyKey(heard);
          let list = this.heard.get(k);
          if (!list) {
            list = [];
            this.heard.set(k, list);
          }
          list.push({ entity: e, name: this.letters.of(heard) });
        }
      }
    }
    return this.heard.get(key) ?? [];
  }

  /** The entry of each hit of a list, for searches the views do not serve. */
  entryOf(e: KbEntity): Entry {
    return this.entry(e);
  }
}

/**
 * Each entity once, at its best similarity among `candidates` (the first of equals kept), best
 * first: the union of searches of several spellings of one surface.
 */
export function bestOfEach(candidates: readonly Candidate[]): Candidate[] {
  const best = new Map<KbEntity, Candidate>();
  for (const c of candidates) {
    const had = best.get(c.entity);
    if (!had || c.sim > had.sim) best.set(c.entity, c);
  }
  return [...best.values()].sort((a, b) => b.sim - a.sim);
}

/** Number of the current search, marking the entries it has found. */
let searchStamp = 0;

/** Bound on cached candidate lists per knowledge base (cleared when full). */
const CANDIDATE_CACHE_SIZE = 50_000;

/** A search kept: what was asked, and the candidates found. */
interface KeptSearch {
  readonly type: EntityType;
  readonly kinds: ReadonlySet<KbNameKind>;
  readonly floor: number;
  readonly minProminence: number;
  readonly found: Candidate[];
}

/** Searches kept per KB, by surface (each surface's few searches in a list), and how many. */
interface CandidateCache {
  readonly bySurface: Map<string, KeptSearch[]>;
  size: number;
}

const candidateCaches = new PerKnowledgeBase<CandidateCache>(() => ({ bySurface: new Map(), size: 0 }));

/** Drops the candidate lists kept for `kb` (benchmarks measure articles with names not seen before). */
export function forgetCandidates(kb: KnowledgeBase): void {
  candidateCaches.forget(kb);
}

function candidateCache(kb: KnowledgeBase): CandidateCache {
  return candidateCaches.of(kb);
}

/** Whether two kind sets hold the same kinds (the linker passes the same sets). */
function sameKinds(a: ReadonlySet<KbNameKind>, b: ReadonlySet<KbNameKind>): boolean {
  return a === b || kindsLabel(a) === kindsLabel(b);
}

/** Labels of the kind sets searched, for the cache key. */
function kindsLabel(kinds: ReadonlySet<KbNameKind>): string {
  if (kinds === NAMES_AND_ALIASES) return 'name,alias';
  if (kinds === SURNAMES) return 'surname';
  return [...kinds].join(',');
}

/**
 * The candidate searches of one document: the fuzzy-index hits of each surface are read
 * once per document (a surface is searched again under another type or floor), the
 * candidate lists kept per KB across documents (names recur across a corpus) unless
 * `useCache` is off.
 */
export class CandidateSearch {
  private readonly table: CandidateTable;
  /** Per surface searched: the fuzzy-index hit lists of its keys, and of its last word. */
  private readonly fuzzyHits = new Map<string, FuzzyHits>();

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly useCache = true,
  ) {
    this.table = CandidateTable.for(kb);
  }

  /**
   * Sound-alike candidates of compatible type, with their similarity to the surface, best
   * first; only entities of `minProminence` or more (a caller that would drop the others
   * spares them the comparison). With `raise`, people other than those it keeps must reach
   * its raised floor (see {@link RaisedFloor}).
   */
  candidates(
    surface: string,
    type: EntityType,
    kinds: ReadonlySet<KbNameKind>,
    floor = 0.5,
    minProminence = 0,
    raise: RaisedFloor | null = null,
  ): Candidate[] {
    // Which people a raised floor keeps is the document's: such a search is not kept.
    if (raise !== null && type === 'person')
      return this.withRespelling(surface, type, kinds, floor, minProminence, raise);
    // Candidates depend on the KB and the surface only: names recur across a corpus, so keep them.
    const cache = this.useCache ? candidateCache(this.kb) : null;
    const kept = cache?.bySurface.get(surface);
    if (kept)
      for (const k of kept)
        if (
          k.type === type &&
          k.floor === floor &&
          k.minProminence === minProminence &&
          sameKinds(k.kinds, kinds)
        )
          return k.found;
    const found = this.withRespelling(surface, type, kinds, floor, minProminence, null);
    if (cache) {
      if (cache.size >= CANDIDATE_CACHE_SIZE) {
        cache.bySurface.clear();
        cache.size = 0;
      }
      const search: KeptSearch = { type, kinds, floor, minProminence, found };
      const list = cache.bySurface.get(surface);
      if (list) list.push(search);
      // A surface cut from an article is copied: the cache must not keep the article alive.
      else cache.bySurface.set(detach(surface), [search]);
      cache.size++;
    }
    return found;
  }

  /**
   * Candidates of the surface and, for a person's full name in French transliteration
   * ("Valeri Zaloujny"), of its English respelling, and people whose French name it writes
   * as heard ("Bernard Arno"; respellings.ts): each entity once, at its best similarity.
   */
  private withRespelling(
    surface: string,
    type: EntityType,
    kinds: ReadonlySet<KbNameKind>,
    floor: number,
    minProminence: number,
    raise: RaisedFloor | null,
  ): Candidate[] {
    const found = this.compute(surface, type, kinds, floor, minProminence, raise);
    if (type !== 'person' || kinds !== NAMES_AND_ALIASES) return found;
    const respelled = frenchRespelling(surface);
    const more = respelled?.includes(' ')
      ? this.compute(respelled, type, kinds, floor, minProminence, raise)
      : [];
    const heard = this.heardCandidates(surface, floor, minProminence, raise);
    if (more.length === 0 && heard.length === 0) return found;
    return bestOfEach([...found, ...more, ...heard]);
  }

  /** People whose French name, as heard (respellings.ts), has the surface's fuzzy key, at the floor. */
  private heardCandidates(
    surface: string,
    lowest: number,
    minProminence: number,
    raise: RaisedFloor | null,
  ): Candidate[] {
    if (!surface.includes(' ')) return [];
    const hits = this.table.heardNames(fuzzyKey(surface));
    if (hits.length === 0) return [];
    const q = surfaceLetters(surface);
    const s: Likeness = { sim: 0, surnameSim: 0, givenSim: 1 };
    const out: Candidate[] = [];
    for (const { entity, name } of hits) {
      if (entity.prominence < minProminence) continue;
      const floor = raise === null || raise.keeps(entity) ? lowest : raise.raised;
      // A name as heard is a guess at how the writer heard it: never quite the name as written.
      personLikeness(q, name, floor / HEARD_WEIGHT, s);
      const sim = s.sim * HEARD_WEIGHT;
      if (sim >= floor)
        out.push({ entity, sim, surnameSim: s.surnameSim * HEARD_WEIGHT, givenSim: s.givenSim });
    }
    return out;
  }

  private compute(
    surface: string,
    type: EntityType,
    kinds: ReadonlySet<KbNameKind>,
    floor: number,
    minProminence: number,
    raise: RaisedFloor | null,
  ): Candidate[] {
    const found = this.fuzzyHitsOf(surface);
    if (found === null) return [];
    const person = type === 'person';
    // Each entity once (in the order found), with the names it was found under (of the wanted
    // kinds), or none (null: its name and first names of those kinds) when found under another
    // kind only.
    const stamp = ++searchStamp;
    const wanted = kindBits(kinds);
    const order: Entry[] = [];
    if (person) {
      for (const hits of found.keys) this.takePeople(hits, stamp, wanted, minProminence, false, order);
      // A mangled given name should not hide a well-kept surname: the last word's surnames too.
      const last = this.lastWordHits(surface, found);
      if (last) this.takePeople(last, stamp, wanted, minProminence, true, order);
      return this.comparePeople(surface, found, order, kinds, floor, raise);
    }
    let compatible = 0;
    for (const t of COMPATIBLE[type]) compatible |= TYPE_BIT[t];
    compatible &= ~TYPE_BIT.person;
    for (const hits of found.keys) this.takeOthers(hits, stamp, wanted, compatible, minProminence, order);
    return this.compareOthers(surface, found, order, kinds, floor);
  }

  /** Adds the people of a hit list to the search (see compute). */
  private takePeople(
    hits: readonly NameHit[],
    stamp: number,
    wanted: number,
    minProminence: number,
    surnamesOnly: boolean,
    order: Entry[],
  ): void {
    const view = this.table.view(hits);
    const people = view.people;
    const kindsOf = view.peopleKinds;
    const names = view.peopleNames;
    for (let i = 0; i < people.length; i++) {
      const kind = kindsOf[i]!;
      if (surnamesOnly && kind !== KIND_BIT.surname) continue;
      const entry = people[i]!;
      if (entry.prominence < minProminence) continue;
      const first = entry.stamp !== stamp;
      if (first) {
        entry.stamp = stamp;
        entry.name = null;
        entry.names = null;
        order.push(entry);
      }
      if ((kind & wanted) !== 0) {
        const n = names[i]!;
        const one = entry.name;
        if (one === null) entry.name = n;
        else if (entry.names === null) {
          if (n !== one) entry.names = [one, n];
        } else if (!entry.names.includes(n)) entry.names.push(n);
      }
    }
  }

  /** Adds the entities of compatible type and `minProminence` or more of a hit list (see compute). */
  private takeOthers(
    hits: readonly NameHit[],
    stamp: number,
    wanted: number,
    compatible: number,
    minProminence: number,
    order: Entry[],
  ): void {
    if (minProminence < MIN_OTHER_PROMINENCE) {
      // Not what the linker asks: every hit of the list, as the view holds prominent ones only.
      for (const h of hits) {
        const entry = this.table.entryOf(h.entity);
        if ((entry.typeBit & compatible) === 0 || entry.prominence < minProminence) continue;
        this.takeOther(entry, KIND_BIT[h.kind], this.table.letters.lettersOf(h.text), stamp, wanted, order);
      }
      return;
    }
    const view = this.table.view(hits);
    const others = view.others;
    for (let i = 0; i < others.length; i++) {
      const entry = others[i]!;
      if ((entry.typeBit & compatible) === 0 || entry.prominence < minProminence) continue;
      this.takeOther(entry, view.othersKinds[i]!, view.othersLetters[i]!, stamp, wanted, order);
    }
  }

  private takeOther(
    entry: Entry,
    kind: number,
    text: string,
    stamp: number,
    wanted: number,
    order: Entry[],
  ): void {
    if (entry.stamp !== stamp) {
      entry.stamp = stamp;
      entry.texts = null;
      order.push(entry);
    }
    if ((kind & wanted) !== 0) {
      const own = entry.texts;
      if (own === null) entry.texts = [text];
      else if (!own.includes(text)) own.push(text);
    }
  }

  /**
   * People found, compared part by part (sound-alike.ts); those at the floor (or, with
   * `raise`, at theirs), best first.
   */
  private comparePeople(
    surface: string,
    found: FuzzyHits,
    order: readonly Entry[],
    kinds: ReadonlySet<KbNameKind>,
    lowest: number,
    raise: RaisedFloor | null,
  ): Candidate[] {
    const out: Candidate[] = [];
    if (order.length === 0) return out;
    found.letters ??= surfaceLetters(surface);
    const q = found.letters;
    const table = this.table.letters;
    const s: Likeness = { sim: 0, surnameSim: 0, givenSim: 1 };
    const memo = this.table.memo;
    memo.next();
    for (const entry of order) {
      // The memo holds the comparisons of one floor: under a raised floor, of the raised one
      // (most of the search's people), the few kept low compared without it.
      const low = raise === null || raise.keeps(entry.entity);
      const floor = low ? lowest : raise.raised;
      const known = low && raise !== null ? undefined : memo;
      let sim = 0;
      let surnameSim = 0;
      let givenSim = 1;
      // Its names found (one, or several), or its default names.
      const one = entry.names === null ? entry.name : null;
      const names = one !== null ? null : (entry.names ?? entry.defaultNames(table, kinds));
      const count = names === null ? 1 : names.length;
      for (let k = 0; k < count; k++) {
        const n = names === null ? one! : names[k]!;
        // "Yoon Suk-yol": family name first, so the surname to compare is the first word.
        if (entry.familyFirst) familyFirstLikeness(q, n, floor, s);
        else personLikeness(q, n, floor, s, known);
        if (s.sim > sim) {
          sim = s.sim;
          surnameSim = s.surnameSim;
          givenSim = s.givenSim;
        }
      }
      if (sim >= floor) out.push({ entity: entry.entity, sim, surnameSim, givenSim });
    }
    return out.sort((a, b) => b.sim - a.sim);
  }

  /** Other entities found, compared by the whole name; those at the floor, best first. */
  private compareOthers(
    surface: string,
    found: FuzzyHits,
    order: readonly Entry[],
    kinds: ReadonlySet<KbNameKind>,
    floor: number,
  ): Candidate[] {
    const out: Candidate[] = [];
    if (order.length === 0) return out;
    found.all ??= letters(surface);
    const whole = found.all;
    const table = this.table.letters;
    for (const entry of order) {
      let sim = 0;
      for (const text of entry.texts ?? entry.defaultLetters(table, kinds)) {
        // Below the floor a value is dropped: the comparison may stop there.
        const v = lettersSimilarityAtLeast(whole, text, floor, floor);
        if (v > sim) sim = v;
      }
      if (sim >= floor) out.push({ entity: entry.entity, sim, surnameSim: 0, givenSim: 1 });
    }
    return out.sort((a, b) => b.sim - a.sim);
  }

  /**
   * The fuzzy-index hits of a surface (see {@link FuzzyHits}), read once per document; null
   * when the surface has no key to look up.
   */
  private fuzzyHitsOf(surface: string): FuzzyHits | null {
    let found = this.fuzzyHits.get(surface);
    if (found === undefined) {
      const kb = this.kb;
      const keys = queryKeys(surface);
      const lists: (readonly NameHit[])[] = [];
      for (const key of keys) {
        // The key and, one letter dropped, its deletions (the index holds keys with one letter
        // dropped); in a run of one letter every deletion is the same, looked up once. Lists
        // without hits add nothing.
        if (kb.lookupFuzzyNear) {
          for (const hits of kb.lookupFuzzyNear(key)) lists.push(hits);
          continue;
        }
        lists.push(kb.lookupFuzzy(key));
        if (key.length >= 4) {
          for (let i = 0; i < key.length; i++) {
            if (i > 0 && key.charCodeAt(i) === key.charCodeAt(i - 1)) continue;
            lists.push(kb.lookupFuzzy(key.slice(0, i) + key.slice(i + 1)));
          }
        }
      }
      found = { keys: lists, lastWord: undefined, empty: keys.length === 0 };
      this.fuzzyHits.set(surface, found);
    }
    return found.empty ? null : found;
  }

  /** The fuzzy-index hits of the last word of a surface of several words (key of 3+ letters), else null. */
  private lastWordHits(surface: string, found: FuzzyHits): readonly NameHit[] | null {
    if (found.lastWord === undefined) {
      found.lastWord = null;
      const words = surface.split(/\s+/);
      if (words.length > 1) {
        const last = fuzzyKey(words[words.length - 1]!);
        if (last.length >= 3) found.lastWord = this.kb.lookupFuzzy(last);
      }
    }
    return found.lastWord;
  }
}
