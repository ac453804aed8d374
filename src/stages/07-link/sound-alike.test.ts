/**
 * The bounded comparisons of sound-alike search against the plain ones they replace, on
 * the shipped KB's people and spellings of their names mangled the ways copy mangles them:
 * wherever a name reaches the floor the two agree to the last bit; below it the bounded one
 * may give up early, but never reports a name the plain one drops.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../core/random.js';
import { defaultKbPath, loadKnowledgeBase } from '../../kb/store.js';
import { familyNameFirst } from './name-order.js';
import { letterProfile, letters, lettersSimilarity, nameSimilarity, PROFILE_SLOTS } from './similarity.js';
import {
  familyFirstLikeness,
  familyFirstLikenessUnbounded,
  type Likeness,
  type NameLetters,
  NameLettersTable,
  nameLetters,
  personLikeness,
  personLikenessUnbounded,
  type SurfaceLetters,
  surfaceLetters,
} from './sound-alike.js';

const kb = loadKnowledgeBase(defaultKbPath());
const people = [...kb.entities()].filter((e) => e.type === 'person');

/** People's names by their first and by their last word. */
const byGiven = new Map<string, string[]>();
const bySurname = new Map<string, string[]>();
for (const p of people) {
  const words = p.name.split(' ');
  if (words.length < 2) continue;
  byGiven.set(words[0]!, [...(byGiven.get(words[0]!) ?? []), p.name]);
  bySurname.set(words.at(-1)!, [...(bySurname.get(words.at(-1)!) ?? []), p.name]);
}

const SWAPS: readonly (readonly [RegExp, string])[] = [
  [/a/, 'e'],
  [/o/, 'u'],
  [/i/, 'y'],
  [/k/, 'c'],
  [/v/, 'w'],
  [/ph/, 'f'],
  [/ss/, 's'],
  [/e/, ''],
  [/n/, 'nn'],
  [/t/, 'd'],
  [/r/, 'l'],
  [/ /, ''],
  [/^(\S+) /, '$1 J. '],
  [/$/, ' Jr.'],
  // Two neighbouring letters swapped ("Merkle"): transpositions step over a row of the table.
  [/([a-z])([a-z])(?=[a-z]*$)/, '$2$1'],
  [/([a-z])([a-z])/, '$2$1'],
];

/** A name with one to three slips of the kinds translation and spinners make. */
function mangle(name: string, next: () => number): string {
  let out = name;
  const slips = 1 + Math.floor(next() * 3);
  for (let k = 0; k < slips; k++) {
    const [pattern, replacement] = SWAPS[Math.floor(next() * SWAPS.length)]!;
    out = out.replace(pattern, replacement);
  }
  if (next() < 0.2) {
    // Another person's given name before this surname ("Daniel Okoro" for Daniel Ek).
    const other = people[Math.floor(next() * people.length)]!.name.split(' ')[0]!;
    out = `${other} ${out.split(' ').slice(1).join(' ')}`;
  }
  return out.trim();
}

/** A comparison of a surface with a KB name at a floor, written into `out`. */
type Compare = (s: SurfaceLetters, n: NameLetters, floor: number, out: Likeness) => void;

/** How many names an agreement check compared, and how many of them reached the floor. */
interface Agreement {
  compared: number;
  reached: number;
}

/**
 * Compares `surface` with each name at each floor, the bounded comparison against the
 * unbounded one: the same to the last bit wherever the unbounded one reaches the floor, under
 * the floor wherever it does not. `eachFloor` runs before each floor's names.
 */
function expectAgreement(
  bounded: Compare,
  unbounded: Compare,
  surface: string,
  names: readonly string[],
  floors: readonly number[],
  counts: Agreement,
  eachFloor?: () => void,
): void {
  const s = surfaceLetters(surface);
  const table = NameLettersTable.for(kb);
  const out: Likeness = { sim: 0, surnameSim: 0, givenSim: 1 };
  const slow: Likeness = { sim: 0, surnameSim: 0, givenSim: 1 };
  for (const floor of floors) {
    eachFloor?.();
    for (const name of names) {
      const n = table.of(name);
      bounded(s, n, floor, out);
      unbounded(s, n, floor, slow);
      counts.compared++;
      if (slow.sim >= floor) {
        counts.reached++;
        expect({ surface, name, floor, ...out }).toEqual({ surface, name, floor, ...slow });
      } else expect(out.sim, `${surface} / ${name} at ${floor}`).toBeLessThan(floor);
    }
  }
}

describe('personLikeness', () => {
  it('agrees with the unbounded comparison on every name that reaches the floor', () => {
    const next = seededRandom(7);
    const counts: Agreement = { compared: 0, reached: 0 };
    const memo = NameLettersTable.for(kb).memo();
    // One search: the names of the table (numbered), a memo across them, used half the time.
    const bounded: Compare = (s, n, floor, out) =>
      personLikeness(s, n, floor, out, next() < 0.5 ? memo : undefined);
    for (let i = 0; i < 800; i++) {
      const source = people[Math.floor(next() * people.length)]!;
      const surface = mangle(source.name, next);
      // The source's names and a spread of others, near and far.
      const names = [source.name, ...source.names.map((n) => n.text)];
      for (let j = 0; j < 40; j++) names.push(people[Math.floor(next() * people.length)]!.name);
      // People sharing its given name or surname (what a memo of the search serves).
      const [given] = source.name.split(' ');
      const surname = source.name.split(' ').pop()!;
      names.push(...(byGiven.get(given!) ?? []).slice(0, 12), ...(bySurname.get(surname) ?? []).slice(0, 12));
      expectAgreement(
        bounded,
        personLikenessUnbounded,
        surface,
        names,
        [0.5, 0.55, 0.7, 0.78, 0.85, 0.9],
        counts,
        () => memo.next(),
      );
    }
    // The check means something only if many names reach the floor and many do not.
    expect(counts.reached).toBeGreaterThan(2000);
    expect(counts.compared - counts.reached).toBeGreaterThan(20_000);
  });

  it('agrees with it on surfaces of three and four words, whose later tails may be passed over', () => {
    // Titles, places and headline words before a name ("State Senator Jon Tester", "Quake Zone
    // Angela Merkel"): the surname is compared with the last one, two and three words.
    const hyphenated = people.filter((p) => /\S-\S+$/.test(p.name));
    expect(hyphenated.length).toBeGreaterThan(20);
    const before = ['State Senator', 'Former', 'Quake Zone', 'Supreme Court', 'Great', 'Even Worse', 'Van'];
    const next = seededRandom(11);
    let multiTail = 0;
    const counts: Agreement = { compared: 0, reached: 0 };
    for (let i = 0; i < 250; i++) {
      // Half of them double-barrelled surnames written apart ("Andrew Lloyd Webber" for
      // Lloyd-Webber), which only the last two words together match.
      const source =
        i % 2 === 0
          ? people[Math.floor(next() * people.length)]!
          : hyphenated[Math.floor(next() * hyphenated.length)]!;
      const named = (next() < 0.5 ? mangle(source.name, next) : source.name).replace(/-/g, ' ');
      const surface = next() < 0.5 ? named : `${before[Math.floor(next() * before.length)]!} ${named}`;
      if (surfaceLetters(surface).tails.length >= 2) multiTail++;
      const names = [source.name, ...source.names.map((n) => n.text)];
      for (let j = 0; j < 20; j++) names.push(people[Math.floor(next() * people.length)]!.name);
      const surname = source.name.split(' ').pop()!;
      names.push(...(bySurname.get(surname) ?? []).slice(0, 8));
      expectAgreement(
        personLikeness,
        personLikenessUnbounded,
        surface,
        names,
        [0.4, 0.5, 0.55, 0.7, 0.78],
        counts,
      );
    }
    expect(multiTail).toBeGreaterThan(150);
    expect(counts.reached).toBeGreaterThan(300);
    expect(counts.compared - counts.reached).toBeGreaterThan(10_000);
  });
});

describe('familyFirstLikeness', () => {
  it('agrees with the unbounded comparison on every name that reaches the floor', () => {
    // Names written family name first, mangled, or in the other order, or another person's.
    const familyFirst = people.filter((p) => familyNameFirst(p) !== null).map((p) => p.name);
    expect(familyFirst.length).toBeGreaterThan(30);
    const next = seededRandom(13);
    const counts: Agreement = { compared: 0, reached: 0 };
    for (let i = 0; i < 300; i++) {
      const source = familyFirst[Math.floor(next() * familyFirst.length)]!;
      const pick = next();
      const surface =
        pick < 0.5
          ? mangle(source, next)
          : pick < 0.7
            ? source.split(' ').reverse().join(' ')
            : people[Math.floor(next() * people.length)]!.name;
      const names = [source];
      for (let j = 0; j < 20; j++) names.push(familyFirst[Math.floor(next() * familyFirst.length)]!);
      expectAgreement(
        familyFirstLikeness,
        familyFirstLikenessUnbounded,
        surface,
        names,
        [0.5, 0.55, 0.7, 0.78, 0.85],
        counts,
      );
    }
    // The check means something only if many names reach the floor and many do not.
    expect(counts.reached).toBeGreaterThan(300);
    expect(counts.compared - counts.reached).toBeGreaterThan(10_000);
  });
});

describe('NameLettersTable', () => {
  it('holds the letters of every KB name, the same as reducing the name on the spot', () => {
    const table = NameLettersTable.for(kb);
    const surnames = new Map<string, number>();
    const ids = new Set<number>();
    expect(table.size.names).toBeGreaterThan(14_000);
    expect(table.size.people).toBeGreaterThan(5_000);
    for (const e of kb.entities()) {
      for (const text of [e.name, ...e.names.map((n) => n.text)]) {
        if (e.type === 'person') {
          // The same letters, and the parts numbered: the same surname or given name, the same number.
          const { surnameId, givenId, ...parts } = table.of(text);
          const { surnameId: noSurname, givenId: noGiven, ...plain } = nameLetters(text);
          expect(parts).toEqual(plain);
          expect([noSurname, noGiven]).toEqual([-1, -1]);
          expect(surnameId).toBeGreaterThanOrEqual(0);
          expect(givenId).toBeGreaterThanOrEqual(0);
          const known = surnames.get(plain.surnameLetters);
          if (known !== undefined) expect(surnameId).toBe(known);
          else {
            expect(ids.has(surnameId)).toBe(false);
            surnames.set(plain.surnameLetters, surnameId);
            ids.add(surnameId);
          }
        }
        expect(table.lettersOf(text)).toBe(letters(text));
      }
    }
    expect(table.of('Nobody Inthekb').all).toBe('nobodyinthekb');
    expect(table.lettersOf('Nowhere-on-Sea')).toBe('nowhereonsea');
  });

  it("keeps each part's letter profile as its three masks", () => {
    const profile = new Int32Array(PROFILE_SLOTS);
    const masks = (x: string) => {
      letterProfile(x, profile, 0);
      return [...profile];
    };
    for (const text of [
      'Donald Trump',
      'Ursula von der Leyen',
      'Annalena Baerbock',
      'Madonna',
      'Shakti Kanta Das',
    ]) {
      const n = nameLetters(text);
      expect([n.allOnce, n.allTwice, n.allThrice], text).toEqual(masks(n.all));
      expect([n.surnameOnce, n.surnameTwice, n.surnameThrice], text).toEqual(masks(n.surnameLetters));
      expect([n.givenOnce, n.givenTwice, n.givenThrice], text).toEqual(masks(n.given2));
    }
    // "Annalena Baerbock": letters twice (a, n, e) and three times (a) are told apart.
    expect(nameLetters('Annalena Baerbock').allThrice).not.toBe(0);
  });

  it('gives the similarities nameSimilarity gives on the raw strings', () => {
    const a = surfaceLetters('Donald Trumph');
    const b = nameLetters('Donald Trump');
    expect(lettersSimilarity(a.all, b.all)).toBe(nameSimilarity('Donald Trumph', 'Donald Trump'));
    expect(lettersSimilarity(a.tails[0]!, b.surnameLetters)).toBe(nameSimilarity('Trumph', 'Trump'));
  });
});
