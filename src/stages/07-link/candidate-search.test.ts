/**
 * Candidate search against the plain search it replaces, on the shipped KB: names of KB
 * entities mangled the ways copy mangles them, other entities' names and single words,
 * searched as people (names and aliases; surnames), organisations, places and events. The
 * plain search reads the fuzzy index key by key, gathers every entity in a map and compares
 * each with the unbounded comparison; the two must agree on every candidate, its order and
 * every similarity.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../core/annotations.js';
import { seededRandom } from '../../core/random.js';
import { fuzzyKey } from '../../kb/fuzzy-key.js';
import type { KbEntity, KbNameKind } from '../../kb/model.js';
import { defaultKbPath, loadKnowledgeBase } from '../../kb/store.js';
import type { NameHit } from '../../ports/knowledge-base.js';
import {
  bestOfEach,
  type Candidate,
  CandidateSearch,
  COMPATIBLE,
  HEARD_WEIGHT,
  MIN_OTHER_PROMINENCE,
  NAMES_AND_ALIASES,
  queryKeys,
  SURNAMES,
  spellingKeys,
} from './candidate-search.js';
import { familyNameFirst } from './name-order.js';
import { frenchRespelling, heardFrenchName, lineageName } from './respellings.js';
import { letters, lettersSimilarity } from './similarity.js';
import {
  defaultTexts,
  familyFirstLikenessUnbounded,
  type Likeness,
  nameLetters,
  personLikenessUnbounded,
  surfaceLetters,
} from './sound-alike.js';

const kb = loadKnowledgeBase(defaultKbPath());
const entities = [...kb.entities()];

/** The search as first written: every list read, every entity gathered in a map, compared unbounded. */
function plainCandidates(
  surface: string,
  type: EntityType,
  kinds: ReadonlySet<KbNameKind>,
  floor: number,
  minProminence: number,
): Candidate[] {
  const keys = queryKeys(surface);
  if (keys.length === 0) return [];
  const lists: (readonly NameHit[])[] = [];
  for (const key of keys) {
    lists.push(kb.lookupFuzzy(key));
    if (key.length >= 4)
      for (let i = 0; i < key.length; i++) lists.push(kb.lookupFuzzy(key.slice(0, i) + key.slice(i + 1)));
  }
  const person = type === 'person';
  const texts = new Map<KbEntity, string[] | null>();
  const take = (hits: readonly NameHit[], surnamesOnly: boolean): void => {
    for (const h of hits) {
      if (surnamesOnly && h.kind !== 'surname') continue;
      const e = h.entity;
      if (
        e.prominence < minProminence ||
        !COMPATIBLE[type].includes(e.type) ||
        person !== (e.type === 'person')
      )
        continue;
      const own = texts.get(e);
      if (kinds.has(h.kind)) {
        if (own === undefined || own === null) texts.set(e, [h.text]);
        else if (!own.includes(h.text)) own.push(h.text);
      } else if (own === undefined) texts.set(e, null);
    }
  };
  for (const hits of lists) take(hits, false);
  const words = surface.split(/\s+/);
  if (person && words.length > 1) {
    const last = fuzzyKey(words[words.length - 1]!);
    if (last.length >= 3) take(kb.lookupFuzzy(last), true);
  }
  const out: Candidate[] = [];
  const q = surfaceLetters(surface);
  const s: Likeness = { sim: 0, surnameSim: 0, givenSim: 1 };
  for (const [entity, own] of texts) {
    let sim = 0;
    let surnameSim = 0;
    let givenSim = 1;
    for (const text of own ?? defaultTexts(entity, kinds)) {
      if (person) {
        const n = nameLetters(text);
        if (familyNameFirst(entity) !== null) familyFirstLikenessUnbounded(q, n, floor, s);
        else personLikenessUnbounded(q, n, floor, s);
        if (s.sim > sim) {
          sim = s.sim;
          surnameSim = s.surnameSim;
          givenSim = s.givenSim;
        }
      } else {
        const v = lettersSimilarity(letters(surface), letters(text), floor);
        if (v > sim) sim = v;
      }
    }
    if (sim >= floor) out.push({ entity, sim, surnameSim, givenSim });
  }
  return out.sort((a, b) => b.sim - a.sim);
}

const SLIPS: readonly (readonly [RegExp, string])[] = [
  [/a/, 'e'],
  [/o/, 'u'],
  [/i/, 'y'],
  [/k/, 'c'],
  [/c/, 'k'],
  [/v/, 'w'],
  [/j/, 'y'],
  [/ph/, 'f'],
  [/ss/, 's'],
  [/e/, ''],
  [/n/, 'nn'],
  [/t/, 'd'],
  [/r/, 'l'],
  [/ /, ''],
  [/([a-z])([a-z])/, '$2$1'],
];

function mangle(name: string, next: () => number): string {
  let out = name;
  const slips = Math.floor(next() * 3);
  for (let k = 0; k < slips; k++) {
    const [pattern, replacement] = SLIPS[Math.floor(next() * SLIPS.length)]!;
    out = out.replace(pattern, replacement);
  }
  return out.trim();
}

/** Query keys as first written: every variant of the surface through fuzzyKey. */
function plainQueryKeys(surface: string): string[] {
  if (!/[cjy]/i.test(surface)) {
    const key = fuzzyKey(surface);
    return key.length >= 2 ? [key] : [];
  }
  const variants = new Set([
    surface,
    surface.replace(/c/gi, 's'),
    surface.replace(/j/gi, 'y'),
    surface.replace(/y/gi, 'j'),
    surface.replace(/ch/gi, 'c').replace(/dj/gi, 'c'),
    surface.replace(/tch/gi, 'c').replace(/ch/gi, 'c').replace(/dj/gi, 'c'),
  ]);
  return [...new Set([...variants].map(fuzzyKey).filter((k) => k.length >= 2))];
}

/** The plain search of the surface and, for a full name in French transliteration, of its respelling. */
function plainWithRespelling(
  surface: string,
  type: EntityType,
  kinds: ReadonlySet<KbNameKind>,
  floor: number,
  minProminence: number,
): Candidate[] {
  const found = plainCandidates(surface, type, kinds, floor, minProminence);
  if (type !== 'person' || kinds !== NAMES_AND_ALIASES) return found;
  const respelled = frenchRespelling(surface);
  const more = respelled?.includes(' ') ? plainCandidates(respelled, type, kinds, floor, minProminence) : [];
  // French names as heard, every person of the KB tried.
  const heard: Candidate[] = [];
  if (surface.includes(' ')) {
    const key = fuzzyKey(surface);
    const q = surfaceLetters(surface);
    const s: Likeness = { sim: 0, surnameSim: 0, givenSim: 1 };
    for (const e of entities) {
      if (e.type !== 'person' || e.prominence < minProminence) continue;
      for (const name of [heardFrenchName(e.name, e.country), lineageName(e.name)]) {
        if (name === null || fuzzyKey(name) !== key) continue;
        personLikenessUnbounded(q, nameLetters(name), floor / HEARD_WEIGHT, s);
        if (s.sim * HEARD_WEIGHT >= floor)
          heard.push({
            entity: e,
            sim: s.sim * HEARD_WEIGHT,
            surnameSim: s.surnameSim * HEARD_WEIGHT,
            givenSim: s.givenSim,
          });
      }
    }
  }
  if (more.length === 0 && heard.length === 0) return found;
  return bestOfEach([...found, ...more, ...heard]);
}

const brief = (cands: readonly Candidate[]) =>
  cands.map((c) => ({ id: c.entity.id, sim: c.sim, surnameSim: c.surnameSim, givenSim: c.givenSim }));

describe('spellingKeys', () => {
  it('gives the keys of every variant of the surface, in order, on KB names and awkward spellings', () => {
    const next = seededRandom(5);
    let checked = 0;
    for (const e of entities) {
      for (const text of [e.name, ...e.names.map((n) => n.text)]) {
        for (const surface of [text, mangle(text, next), text.toUpperCase()]) {
          expect(spellingKeys(surface), surface).toEqual(plainQueryKeys(surface));
          checked++;
        }
      }
    }
    for (const surface of [
      'Ferdinand Marcos Jnr',
      'Marcos SNR',
      'Cynr Jones',
      'Marcos Ynr',
      "D'Jamal Chavez",
      'D`jamal',
      'Djokovic',
      'Dzhokhar Chechen',
      'Jean-Yves Le Drian',
      'Çağlayan Yıldız',
      'Jürgen Klopp',
      'CHRISTINE LAGARDE',
      'Jay  Carney_3',
      'Yury Y. Chaika',
    ])
      expect(spellingKeys(surface), surface).toEqual(plainQueryKeys(surface));
    expect(checked).toBeGreaterThan(60_000);
  });
});

describe('CandidateSearch', () => {
  it('finds what the plain search finds, in the same order, with the same similarities', () => {
    const next = seededRandom(11);
    const pick = () => entities[Math.floor(next() * entities.length)]!;
    let found = 0;
    let searched = 0;
    // One search object for all (its per-document hit lists are then shared, as in an article).
    const search = new CandidateSearch(kb, false);
    for (let i = 0; i < 700; i++) {
      const e = pick();
      const name = [e.name, ...e.names.map((n) => n.text)][Math.floor(next() * (e.names.length + 1))]!;
      const surface = mangle(name, next);
      const word = surface.split(/\s+/).pop()!;
      const searches: [string, EntityType, ReadonlySet<KbNameKind>, number, number][] = [
        [surface, 'person', NAMES_AND_ALIASES, 0.78, 0],
        [surface, 'person', NAMES_AND_ALIASES, 0.55, 0],
        [word, 'person', SURNAMES, 0.7, 0],
        [
          surface,
          e.type === 'person' ? 'organization' : e.type,
          NAMES_AND_ALIASES,
          0.9,
          MIN_OTHER_PROMINENCE,
        ],
        [surface, 'misc', NAMES_AND_ALIASES, 0.9, MIN_OTHER_PROMINENCE],
        // Not what the linker asks (other entities of any prominence): the views do not serve it.
        [surface, 'location', NAMES_AND_ALIASES, 0.85, 0],
      ];
      for (const [text, type, kinds, floor, least] of searches) {
        const fast = search.candidates(text, type, kinds, floor, least);
        expect(brief(fast), `${text} as ${type} at ${floor}`).toEqual(
          brief(plainWithRespelling(text, type, kinds, floor, least)),
        );
        searched++;
        found += fast.length;
      }
    }
    // The check means something only if searches find many candidates.
    expect(searched).toBe(4200);
    expect(found).toBeGreaterThan(3000);
  });

  it('with a raised floor, finds the people it keeps at the floor and the others at the raised one', () => {
    const next = seededRandom(13);
    const people = entities.filter((e) => e.type === 'person');
    const search = new CandidateSearch(kb, false);
    // Any test of the entity will do: the linker's asks whether one of its titles stands next to the name.
    const raise = { raised: 0.78, keeps: (e: KbEntity) => e.prominence >= 3 };
    let dropped = 0;
    let kept = 0;
    for (let i = 0; i < 400; i++) {
      const e = people[Math.floor(next() * people.length)]!;
      const surface = mangle(e.name, next);
      const all = plainWithRespelling(surface, 'person', NAMES_AND_ALIASES, 0.55, 0);
      // The others as a search at the raised floor finds them (its comparisons stop at floors
      // of their own: a name may pass 0.78 in one at 0.55 and not in one at 0.78).
      const high = new Set(
        plainWithRespelling(surface, 'person', NAMES_AND_ALIASES, raise.raised, 0).map((c) => c.entity),
      );
      const expected = all.filter((c) => raise.keeps(c.entity) || high.has(c.entity));
      const fast = search.candidates(surface, 'person', NAMES_AND_ALIASES, 0.55, 0, raise);
      expect(brief(fast), surface).toEqual(brief(expected));
      dropped += all.length - expected.length;
      kept += expected.filter((c) => c.sim < raise.raised).length;
    }
    // Both floors must have been at work.
    expect(dropped).toBeGreaterThan(100);
    expect(kept).toBeGreaterThan(20);
  });
});
