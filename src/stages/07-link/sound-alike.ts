/**
 * The comparisons of sound-alike candidate search: a mention's surface against the KB names
 * its fuzzy key found. Every string the comparisons read is reduced by {@link letters}
 * once — per KB name in a table built once per knowledge base ({@link NameLettersTable}),
 * per surface once per candidate search ({@link surfaceLetters}) — so a comparison is only
 * the edit distances, never normalisation or splitting.
 */
import type { KbEntity, KbNameKind } from '../../kb/model.js';
import { arabicNameForm, surnameOf } from '../../kb/names.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import {
  letterProfile,
  letters,
  lettersSimilarity,
  lettersSimilarityAtLeast,
  PROFILE_SLOTS,
  similarityCeilingOf,
} from './similarity.js';

/** Generational suffixes: not part of the surname a mention is compared under ("Marcos Jr."). */
const GENERATION = /^(jr|jnr|snr|sr|ii|iii|iv)\.?$/i;

/** What a comparison reads of one KB name: its parts, each already reduced by `letters`. */
export interface NameLetters {
  /** `letters(name)`. */
  readonly all: string;
  /** `surnameOf(name)`: null for one-word names. */
  readonly surname: string | null;
  /** Whether the surname has particles ("von der Leyen"). */
  readonly surnameSpaced: boolean;
  /** `letters(surname)` ('' without one). */
  readonly surnameLetters: string;
  /** `letters` of the first word (the given name). */
  readonly given: string;
  /** `letters(letters(first word))`: what the given-name similarity compares. */
  readonly given2: string;
  /** For a name written family name first: `letters` of the first word, of the rest (null for one word). */
  readonly head: string | null;
  readonly rest: string | null;
  /**
   * Letter profiles (see letterProfile) of `all`, `surnameLetters` and `given2`, each as its
   * three masks: kept in the name's own fields, so a comparison's ceilings reach for no array.
   */
  readonly allOnce: number;
  readonly allTwice: number;
  readonly allThrice: number;
  readonly surnameOnce: number;
  readonly surnameTwice: number;
  readonly surnameThrice: number;
  readonly givenOnce: number;
  readonly givenTwice: number;
  readonly givenThrice: number;
  /**
   * Numbers of `surnameLetters` and `given2` among the distinct ones of a {@link NameLettersTable}
   * (−1: a name reduced on the spot), for a search's memo ({@link LikenessMemo}).
   */
  readonly surnameId: number;
  readonly givenId: number;
  /** `letters` of the first two words as one (three words or more), else null. */
  readonly given12: string | null;
}

/** Where the profile made for a {@link NameLetters} holds each part's letter profile. */
const NAME_ALL = 0;
const NAME_SURNAME = PROFILE_SLOTS;
const NAME_GIVEN = 2 * PROFILE_SLOTS;
const NAME_PROFILE = new Int32Array(3 * PROFILE_SLOTS);

/**
 * {@link NameLetters} of one name (Arabic name forms in one spelling: {@link arabicNameForm});
 * `number`: numbers the surname and given-name letters (see NameLetters.surnameId), else they
 * are −1.
 */
export function nameLetters(written: string, number?: (part: string, given: boolean) => number): NameLetters {
  const name = arabicNameForm(written);
  const all = letters(name);
  const surname = surnameOf(name);
  const first = name.split(/\s+/)[0]!;
  // Parts that are the same string share one reduction (most names are two plain words).
  const given = first === name ? all : letters(first);
  const space = name.indexOf(' ');
  const headText = space < 0 ? null : name.slice(0, space);
  const restText = space < 0 ? null : name.slice(space + 1);
  const rest = restText === null ? null : letters(restText);
  const surnameLetters = surname === null ? '' : surname === restText ? rest! : letters(surname);
  const given2 = letters(given);
  // Made in a scratch array (letterProfile writes every slot), then kept as the name's fields.
  const profile = NAME_PROFILE;
  letterProfile(all, profile, NAME_ALL);
  letterProfile(surnameLetters, profile, NAME_SURNAME);
  letterProfile(given2, profile, NAME_GIVEN);
  return {
    all,
    surname,
    surnameSpaced: surname?.includes(' ') === true,
    surnameLetters,
    given,
    given2,
    head: headText === null ? null : headText === first ? given : letters(headText),
    rest,
    allOnce: profile[NAME_ALL]!,
    allTwice: profile[NAME_ALL + 1]!,
    allThrice: profile[NAME_ALL + 2]!,
    surnameOnce: profile[NAME_SURNAME]!,
    surnameTwice: profile[NAME_SURNAME + 1]!,
    surnameThrice: profile[NAME_SURNAME + 2]!,
    givenOnce: profile[NAME_GIVEN]!,
    givenTwice: profile[NAME_GIVEN + 1]!,
    givenThrice: profile[NAME_GIVEN + 2]!,
    surnameId: number ? number(surnameLetters, false) : -1,
    givenId: number ? number(given2, true) : -1,
    given12: firstTwoWords(name),
  };
}

/**
 * `letters` of the first two words written as one, for a name of three words or more
 * ("Shakti Kanta Das": "shaktikanta"), else null: a given name split or merged in
 * transliteration is compared whole with the other side's first word.
 */
function firstTwoWords(name: string): string | null {
  const words = name.split(/\s+/);
  return words.length >= 3 && words.filter((w, i) => i === 0 || !GENERATION.test(w)).length >= 3
    ? letters(`${words[0]}${words[1]}`)
    : null;
}

/**
 * The letters of every name of a knowledge base — and of every person's name, all its
 * parts ({@link NameLetters}) — built in one go on first use: a table of the KB, the same
 * for every article (nothing in it depends on what was read). A name missing from it (a KB
 * written to after the table was built) is reduced on the spot.
 */
export class NameLettersTable {
  private static readonly shared = new PerKnowledgeBase((kb) => new NameLettersTable(kb.entities()));

  /** The table of `kb` (built on the first call for that KB). */
  static for(kb: KnowledgeBase): NameLettersTable {
    return NameLettersTable.shared.of(kb);
  }

  private readonly letters = new Map<string, string>();
  private readonly people = new Map<string, NameLetters>();
  /** Per person, {@link defaultTexts} under names and aliases, reduced. */
  private readonly byName = new Map<KbEntity, readonly NameLetters[]>();

  constructor(entities: Iterable<KbEntity>) {
    for (const e of entities) {
      // Other names are compared only for entities of prominence 3+ (the linker repairs no
      // other by spelling): the rest are reduced on the spot if ever asked for.
      if (e.type !== 'person' && e.prominence < MIN_OTHER_PROMINENCE) continue;
      this.add(e.name, e.type === 'person');
      for (const n of e.names) this.add(n.text, e.type === 'person');
      if (e.type === 'person')
        this.byName.set(
          e,
          defaultTexts(e, NAMES_AND_ALIASES).map((t) => this.of(t)),
        );
    }
  }

  /** {@link defaultTexts} of a person, reduced (kept for names and aliases, the usual kinds). */
  defaultNames(entity: KbEntity, kinds: ReadonlySet<KbNameKind>): readonly NameLetters[] {
    const kept =
      kinds.size === 2 && kinds.has('name') && kinds.has('alias') ? this.byName.get(entity) : undefined;
    return kept ?? defaultTexts(entity, kinds).map((t) => this.of(t));
  }

  /** Distinct surname and given-name letters of the table's names, numbered. */
  private readonly surnameIds = new Map<string, number>();
  private readonly givenIds = new Map<string, number>();
  private readonly number = (part: string, given: boolean): number => {
    const ids = given ? this.givenIds : this.surnameIds;
    let id = ids.get(part);
    if (id === undefined) {
      id = ids.size;
      ids.set(part, id);
    }
    return id;
  };

  /** A memo for searches over this table's names (one search at a time). */
  memo(): LikenessMemo {
    return new LikenessMemo(this.surnameIds.size, this.givenIds.size);
  }

  private add(name: string, person: boolean): void {
    if (person) {
      if (this.people.has(name)) return;
      const parts = nameLetters(name, this.number);
      this.people.set(name, parts);
      // `lettersOf` is the name as written; the parts compare its Arabic form (rarely another).
      this.letters.set(name, arabicNameForm(name) === name ? parts.all : letters(name));
    } else if (!this.letters.has(name)) this.letters.set(name, letters(name));
  }

  /** The letters of `name`'s parts (a person's name: what person comparisons read). */
  of(name: string): NameLetters {
    return this.people.get(name) ?? nameLetters(name);
  }

  /** `letters(name)`. */
  lettersOf(name: string): string {
    return this.letters.get(name) ?? letters(name);
  }

  /** How many names the table holds, and how many with their parts. */
  get size(): { readonly names: number; readonly people: number } {
    return { names: this.letters.size, people: this.people.size };
  }
}

/** Least prominence of an organisation, place or event the linker compares by spelling. */
const MIN_OTHER_PROMINENCE = 3;

const NAMES_AND_ALIASES: ReadonlySet<KbNameKind> = new Set<KbNameKind>(['name', 'alias']);

/**
 * The names an entity found under another kind of name is compared with: its name, then
 * its names of the wanted kinds, four at most.
 */
export function defaultTexts(entity: KbEntity, kinds: ReadonlySet<KbNameKind>): string[] {
  const out = [entity.name];
  for (const n of entity.names)
    if (kinds.has(n.kind) && out.length < 4 && !out.includes(n.text)) out.push(n.text);
  return out;
}

/** What a comparison reads of a mention's surface, each part already reduced by `letters`. */
export interface SurfaceLetters {
  readonly all: string;
  readonly spaced: boolean;
  /** `letters` of the last word, a generational suffix at the end left out. */
  readonly last: string;
  /** How many words, generational suffixes after the first left out. */
  readonly words: number;
  /** `letters` of the last k words joined (k = 1…min(3, words − 1)), index k − 1. */
  readonly tails: readonly string[];
  /** `letters` of the first word, and of that again. */
  readonly given: string;
  readonly given2: string;
  /** `letters` of the first word and of the rest (null for one word). */
  readonly head: string | null;
  readonly rest: string | null;
  /** Letter profiles (see letterProfile) of `all`, `given2` and each of `tails`, in that order. */
  readonly profile: Int32Array;
  /** `letters` of the first two words as one (three words or more), else null. */
  readonly given12: string | null;
}

/** Where {@link SurfaceLetters.profile} holds each part's letter profile. */
const SURFACE_ALL = 0;
const SURFACE_GIVEN = PROFILE_SLOTS;
const SURFACE_TAILS = 2 * PROFILE_SLOTS;

/** {@link SurfaceLetters} of one surface (Arabic name forms in one spelling). */
export function surfaceLetters(written: string): SurfaceLetters {
  const surface = arabicNameForm(written);
  const trimmed = surface.replace(/\s+(jr|jnr|snr|sr|ii|iii|iv)\.?$/i, '');
  const words = surface.split(/\s+/).filter((w, i) => i === 0 || !GENERATION.test(w));
  const tails: string[] = [];
  for (let k = 1; k <= Math.min(3, words.length - 1); k++) tails.push(letters(words.slice(-k).join(' ')));
  const given = letters(words[0]!);
  const space = surface.indexOf(' ');
  const all = letters(surface);
  const given2 = letters(given);
  const profile = new Int32Array(SURFACE_TAILS + tails.length * PROFILE_SLOTS);
  letterProfile(all, profile, SURFACE_ALL);
  letterProfile(given2, profile, SURFACE_GIVEN);
  for (let k = 0; k < tails.length; k++) letterProfile(tails[k]!, profile, SURFACE_TAILS + k * PROFILE_SLOTS);
  return {
    all,
    spaced: surface.includes(' '),
    last: letters(trimmed.slice(trimmed.lastIndexOf(' ') + 1)),
    words: words.length,
    tails,
    given,
    given2,
    head: space < 0 ? null : letters(surface.slice(0, space)),
    rest: space < 0 ? null : letters(surface.slice(space + 1)),
    profile,
    given12: firstTwoWords(surface),
  };
}

/**
 * The given-name similarity, a given name split on one side and merged on the other
 * ("Shakti Kanta" / "Shaktikanta") compared whole as well.
 */
function givenLikeness(s: SurfaceLetters, n: NameLetters, floor: number): number {
  const plain =
    s.given.length <= 1 || n.given.length <= 1
      ? givenLetterSim(s, n)
      : lettersSimilarityAtLeast(s.given2, n.given2, Math.max(0, floor));
  if (plain >= 1 || !givenMayMerge(s, n)) return plain;
  const merged =
    s.given12 !== null && n.given12 === null
      ? lettersSimilarityAtLeast(s.given12, n.given2, Math.max(0, floor))
      : lettersSimilarityAtLeast(s.given2, n.given12!, Math.max(0, floor));
  return Math.max(plain, merged);
}

/** Whether one side's first two words may be the other's given name merged (see givenLikeness). */
function givenMayMerge(s: SurfaceLetters, n: NameLetters): boolean {
  return (
    (s.given12 !== null && n.given12 === null && n.given.length > s.given.length + 2) ||
    (n.given12 !== null && s.given12 === null && s.given.length > n.given.length + 2)
  );
}

/** A comparison's result: overall similarity, of the surnames and of the given names. */
export interface Likeness {
  sim: number;
  surnameSim: number;
  givenSim: number;
}

function set(out: Likeness, sim: number, surnameSim: number, givenSim: number): Likeness {
  out.sim = sim;
  out.surnameSim = surnameSim;
  out.givenSim = givenSim;
  return out;
}

/**
 * What one search (one surface, one floor) has compared already, by the numbers of a
 * {@link NameLettersTable}'s surnames and given names: KB names share them, and a
 * comparison's value depends on the two strings only (for a given name, also on the floor it
 * was asked at). Entries are marked with the search's number, so a new search forgets them
 * without clearing anything.
 */
export class LikenessMemo {
  private search = 0;
  private readonly lastSearch: Int32Array;
  private readonly lastFloor: Float64Array;
  private readonly lastValue: Float64Array;
  private readonly givenSearch: Int32Array;
  private readonly givenFloor: Float64Array;
  private readonly givenValue: Float64Array;

  constructor(surnames: number, givens: number) {
    this.lastSearch = new Int32Array(surnames);
    this.lastFloor = new Float64Array(surnames);
    this.lastValue = new Float64Array(surnames);
    this.givenSearch = new Int32Array(givens);
    this.givenFloor = new Float64Array(givens);
    this.givenValue = new Float64Array(givens);
  }

  /** Starts another search: nothing compared yet. */
  next(): void {
    this.search++;
  }

  /**
   * `lettersSimilarityAtLeast(s.last, n.surnameLetters, at, plainFloor)` (`plainFloor` the same
   * throughout a search), or an answer of this search at a floor at or below `at` (see given).
   */
  surname(s: SurfaceLetters, n: NameLetters, at: number, plainFloor: number): number {
    const id = n.surnameId;
    if (id < 0 || id >= this.lastSearch.length)
      return lettersSimilarityAtLeast(s.last, n.surnameLetters, at, plainFloor);
    if (this.lastSearch[id] === this.search) {
      const value = this.lastValue[id]!;
      const floor = this.lastFloor[id]!;
      if (floor <= at || value >= floor) return value;
    }
    const value = lettersSimilarityAtLeast(s.last, n.surnameLetters, at, plainFloor);
    this.lastSearch[id] = this.search;
    this.lastFloor[id] = at;
    this.lastValue[id] = value;
    return value;
  }

  /**
   * `lettersSimilarityAtLeast(s.given2, n.given2, at)`, or an answer of this search at a
   * floor at or below `at` (at or above its floor a value is exact; below, it is 0 or exact,
   * as an answer at `at` may be), or an exact one.
   */
  given(s: SurfaceLetters, n: NameLetters, at: number): number {
    const id = n.givenId;
    if (id < 0 || id >= this.givenSearch.length) return lettersSimilarityAtLeast(s.given2, n.given2, at);
    if (this.givenSearch[id] === this.search) {
      const value = this.givenValue[id]!;
      const floor = this.givenFloor[id]!;
      if (floor <= at || value >= floor) return value;
    }
    const value = lettersSimilarityAtLeast(s.given2, n.given2, at);
    this.givenSearch[id] = this.search;
    this.givenFloor[id] = at;
    this.givenValue[id] = value;
    return value;
  }
}

/**
 * Similarity of a multi-word surface to a person's name: whole name and surname both count.
 * Written into `out` (one object reused for every name of a search). `memo`: the comparisons
 * of this search so far (same surface and floor), used and added to.
 */
export function personLikeness(
  s: SurfaceLetters,
  n: NameLetters,
  floor: number,
  out: Likeness,
  memo?: LikenessMemo,
): Likeness {
  if (floor <= 0) return personLikenessUnbounded(s, n, floor, out);
  // Ceilings from letter profiles first (similarityCeiling: no edit distance computed): most
  // names the fuzzy index proposes cannot reach the floor even at their parts' ceilings.
  const fullCeiling = similarityCeilingOf(
    s.all,
    s.profile,
    SURFACE_ALL,
    n.all,
    n.allOnce,
    n.allTwice,
    n.allThrice,
  );
  const twoParts = n.surname !== null && s.words >= 2;
  const mergeable = twoParts && givenMayMerge(s, n);
  let givenCeiling = 1;
  if (twoParts) {
    let surnameCeiling = 0;
    for (let k = 0; k < s.tails.length; k++) {
      const c = similarityCeilingOf(
        s.tails[k]!,
        s.profile,
        SURFACE_TAILS + k * PROFILE_SLOTS,
        n.surnameLetters,
        n.surnameOnce,
        n.surnameTwice,
        n.surnameThrice,
      );
      TAIL_CEILINGS[k] = c;
      if (c > surnameCeiling) surnameCeiling = c;
    }
    // A given name split on one side and merged on the other is also compared whole
    // (givenLikeness): the profiles of the plain parts bound nothing then.
    givenCeiling = mergeable
      ? 1
      : s.given.length <= 1 || n.given.length <= 1
        ? givenLetterSim(s, n)
        : similarityCeilingOf(
            s.given2,
            s.profile,
            SURFACE_GIVEN,
            n.given2,
            n.givenOnce,
            n.givenTwice,
            n.givenThrice,
          );
    if (0.5 * fullCeiling + 0.5 * (0.35 * givenCeiling + 0.65 * surnameCeiling) < floor)
      return set(out, 0, 0, 0);
  } else if (fullCeiling < floor) return set(out, 0, 0, 0);
  // Surnames first: short strings, and a surname far off (no similarity at floor − 0.3) rules
  // the name out. For a surface of two words that is also the surname comparison (below).
  const lastCheck = n.surname !== null && s.spaced && !n.surnameSpaced;
  const oneTail = twoParts && lastCheck && s.tails.length === 1 && s.tails[0] === s.last;
  let lastSim = -1;
  if (lastCheck && !oneTail) {
    lastSim = memo
      ? memo.surname(s, n, 0, floor - 0.3)
      : lettersSimilarity(s.last, n.surnameLetters, floor - 0.3);
    if (lastSim === 0) return set(out, 0, 0, 0);
  }
  if (!twoParts) {
    // The similarity is the whole name's: below the floor its value does not matter.
    const full = lettersSimilarityAtLeast(s.all, n.all, floor - SLACK, Math.max(0, floor - 0.05));
    return full === 0 ? set(out, 0, 0, 0) : set(out, full, full, 1);
  }
  // sim = ½·full + ½·(0.35·given + 0.65·surname) counts only at `floor` or above (a name
  // below it is dropped, whatever its value), and no part exceeds its ceiling: each part must
  // make up what the others, at their ceilings, leave. So the short surnames first, then the
  // given names, then the whole name (the longest comparison), each bounded by what it must reach.
  const surnameFloor = (2 * floor - fullCeiling - 0.35 * givenCeiling) / 0.65 - SLACK;
  let surnameSim = 0;
  if (oneTail) {
    // The last word is the only tail: the check at floor − 0.3 (its stops kept) and the
    // surname's similarity in one comparison, which may stop below the surname floor — a name
    // then fails one or the other, as it would with the two made apart.
    const at = Math.max(0, surnameFloor);
    surnameSim = memo
      ? memo.surname(s, n, at, floor - 0.3)
      : lettersSimilarityAtLeast(s.last, n.surnameLetters, at, floor - 0.3);
    if (surnameSim === 0) return set(out, 0, 0, 0);
  } else {
    for (let k = 0; k < s.tails.length; k++) {
      const tail = s.tails[k]!;
      // The last word's similarity is known already (exact: it was not 0).
      const known = k === 0 && lastSim > 0 && tail === s.last;
      // A tail whose letters cannot reach the surname floor, or beat the best tail so far,
      // changes neither the test below nor the maximum: its distance is not worked out.
      const ceiling = TAIL_CEILINGS[k]!;
      if (!known && (ceiling < surnameFloor || ceiling <= surnameSim)) continue;
      const sim = known
        ? lastSim
        : lettersSimilarityAtLeast(tail, n.surnameLetters, Math.max(0, surnameFloor));
      if (sim > surnameSim) surnameSim = sim;
    }
  }
  if (surnameSim < surnameFloor) return set(out, 0, 0, 0);
  const givenFloor = (2 * floor - fullCeiling - 0.65 * surnameSim) / 0.35 - SLACK;
  if (givenFloor > givenCeiling) return set(out, 0, 0, 0);
  const givenSim = mergeable
    ? givenLikeness(s, n, givenFloor)
    : s.given.length <= 1 || n.given.length <= 1
      ? givenCeiling
      : memo
        ? memo.given(s, n, Math.max(0, givenFloor))
        : lettersSimilarityAtLeast(s.given2, n.given2, Math.max(0, givenFloor));
  if (givenSim < givenFloor) return set(out, 0, 0, 0);
  const rest = 0.35 * givenSim + 0.65 * surnameSim;
  // The whole name must make up the rest; and the plain comparison's stops (at floor − 0.05) stay.
  const fullFloor = 2 * floor - rest - SLACK;
  if (fullFloor > fullCeiling) return set(out, 0, 0, 0);
  const full = lettersSimilarityAtLeast(s.all, n.all, fullFloor, Math.max(0, floor - 0.05));
  if (full === 0) return set(out, 0, 0, 0);
  return set(out, 0.5 * full + 0.5 * rest, surnameSim, givenSim);
}

/**
 * The letter ceilings of a surface's tails against the surname of the name compared (see
 * personLikeness), by tail: a scratch the comparison fills and reads (three tails at most).
 */
const TAIL_CEILINGS = new Float64Array(3);

/** The similarity of given names when either is an initial: 0.9 for the same letter, else 0.3. */
function givenLetterSim(s: SurfaceLetters, n: NameLetters): number {
  return s.given[0] === n.given[0] ? 0.9 : 0.3;
}

/**
 * Margin on the bounds derived from the floor: a value this close to one is computed
 * exactly, so rounding in the bound's arithmetic can never drop a name that reaches the floor.
 */
const SLACK = 1e-9;

/** {@link personLikeness} as first written, every similarity exact: for a floor of 0 or less. */
export function personLikenessUnbounded(
  s: SurfaceLetters,
  n: NameLetters,
  floor: number,
  out: Likeness,
): Likeness {
  if (
    n.surname !== null &&
    s.spaced &&
    !n.surnameSpaced &&
    lettersSimilarity(s.last, n.surnameLetters, floor - 0.3) === 0
  ) {
    return set(out, 0, 0, 0);
  }
  const full = lettersSimilarity(s.all, n.all, Math.max(0, floor - 0.05));
  if (full === 0) return set(out, 0, 0, 0);
  if (n.surname === null || s.words < 2) return set(out, full, full, 1);
  let surnameSim = 0;
  for (const tail of s.tails) surnameSim = Math.max(surnameSim, lettersSimilarity(tail, n.surnameLetters));
  const givenSim = givenLikeness(s, n, 0);
  return set(out, 0.5 * full + 0.5 * (0.35 * givenSim + 0.65 * surnameSim), surnameSim, givenSim);
}

/**
 * Similarity of a surface to a name written family name first ("Yoon Suk Yeol"): the first
 * words are the surnames, the rest the given names (compared whole: "Suk-yol", "Suk Yeol").
 * At or above `floor` the similarity of {@link familyFirstLikenessUnbounded}; below it, that
 * or 0.
 */
export function familyFirstLikeness(
  s: SurfaceLetters,
  n: NameLetters,
  floor: number,
  out: Likeness,
): Likeness {
  // The surnames and given names weigh half, and each is 1 at most: a whole name whose letters
  // cannot reach 2·floor − 1 (the floor itself when either side is one word) leaves the name
  // below the floor, so no distance is worked out (a search drops such a name, whatever its value).
  const needed = s.head !== null && n.head !== null ? 2 * floor - 1 : floor;
  if (
    floor > 0 &&
    similarityCeilingOf(s.all, s.profile, SURFACE_ALL, n.all, n.allOnce, n.allTwice, n.allThrice) < needed
  )
    return set(out, 0, 0, 0);
  return familyFirstLikenessUnbounded(s, n, floor, out);
}

/** {@link familyFirstLikeness} as first written, every similarity exact. */
export function familyFirstLikenessUnbounded(
  s: SurfaceLetters,
  n: NameLetters,
  floor: number,
  out: Likeness,
): Likeness {
  const full = lettersSimilarity(s.all, n.all, Math.max(0, floor - 0.05));
  if (full === 0 || s.head === null || n.head === null) return set(out, full, full, 1);
  const surnameSim = lettersSimilarity(s.head, n.head);
  const givenSim = lettersSimilarity(s.rest!, n.rest!);
  return set(out, 0.5 * full + 0.5 * (0.35 * givenSim + 0.65 * surnameSim), surnameSim, givenSim);
}
