import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { homeNamesake, mayMoveHome, qualifiedHomePlace, refusalGivesWay } from './home-places.js';

const town = (id: string, name: string, country: string, kind: string, prominence: number) =>
  makeEntity({ id, type: 'location', name, country, kind, prominence, description: `${kind} in ${country}` });

const kb = new MemoryKnowledgeBase([
  countryEntity('AU', 'Australia', 'Australian'),
  countryEntity('GB', 'United Kingdom', 'British'),
  countryEntity('KY', 'Cayman Islands', 'Caymanian'),
  makeEntity({
    id: 'reg:tasmania',
    type: 'location',
    name: 'Tasmania',
    country: 'AU',
    kind: 'region',
    prominence: 2,
  }),
  town('geo:georgetown-ky', 'George Town', 'KY', 'capital', 2),
  town('geo:georgetown-au', 'George Town', 'AU', 'city', 1),
  town('geo:perth-au', 'Perth', 'AU', 'city', 4),
  town('geo:perth-gb', 'Perth', 'GB', 'city', 1),
  town('geo:hobart', 'Hobart', 'AU', 'city', 2),
  makeEntity({
    id: 'reg:victoria-au',
    type: 'location',
    name: 'Victoria, Australia',
    names: [{ text: 'Victoria (Australia)', kind: 'alias' }],
    country: 'AU',
    kind: 'region',
    prominence: 2,
  }),
  makeEntity({
    id: 'reg:victoria-ky',
    type: 'location',
    name: 'Victoria, Cayman Islands',
    country: 'KY',
    kind: 'region',
    prominence: 1,
  }),
]);

describe('mayMoveHome', () => {
  const capital = kb.get('geo:georgetown-ky')!;
  it('moves a lesser town of a country the article does not name, or a refused town', () => {
    expect(mayMoveHome(capital, null, new Set(['AU']))).toBe(capital);
    expect(mayMoveHome(null, capital, new Set(['AU']))).toBe(capital);
  });
  it('keeps a town of a named country, a well-known city and anything not a town', () => {
    expect(mayMoveHome(capital, null, new Set(['KY']))).toBeNull();
    expect(mayMoveHome(kb.get('geo:perth-au')!, null, new Set(['GB']))).toBeNull();
    expect(mayMoveHome(kb.get('reg:tasmania')!, null, new Set())).toBeNull();
  });
});

describe('homeNamesake', () => {
  it('finds the one town of that name in the home country', () => {
    const capital = kb.get('geo:georgetown-ky')!;
    expect(homeNamesake(kb, 'George Town', 'AU', capital)?.id).toBe('geo:georgetown-au');
    expect(homeNamesake(kb, 'George Town', 'GB', capital)).toBeNull();
  });
});

describe('a town named in a story set in another country that has one of that name', () => {
  it("links the article's own country's town", () => {
    const text = "Floods cut roads around George Town in Tasmania, Australia's island state, on Monday.";
    const names = [
      ['George Town', 'location'],
      ['Tasmania', 'location'],
      ['Australia', 'location'],
    ] as const;
    expect(linkedEntityOver(kb, text, names, 'George Town')?.kbId).toBe('geo:georgetown-au');
  });
  it('leaves the capital when the article names its country, and a well-known city', () => {
    const text = 'Bankers in George Town, Cayman Islands, met Australian regulators.';
    const names = [
      ['George Town', 'location'],
      ['Cayman Islands', 'location'],
      ['Australian', 'misc'],
    ] as const;
    // Town and country are one address mention (place-addresses.ts).
    expect(linkedEntityOver(kb, text, names, 'George Town, Cayman Islands')?.kbId).toBe('geo:georgetown-ky');
    const perth = 'British tourists flew to Perth for the Ashes.';
    expect(
      linkedEntityOver(
        kb,
        perth,
        [
          ['British', 'misc'],
          ['Perth', 'location'],
        ],
        'Perth',
      )?.kbId,
    ).toBe('geo:perth-au');
  });
});

describe('a town refused by the region after it', () => {
  it("becomes the lesser-known namesake of that region's country", () => {
    const text = 'Floods cut roads around George Town, Tasmania, on Monday.';
    const names = [
      ['George Town', 'location'],
      ['Tasmania', 'location'],
    ] as const;
    expect(linkedEntityOver(kb, text, names, 'George Town')?.kbId).toBe('geo:georgetown-au');
  });
  it('gives way only to a lesser-known namesake', () => {
    const capital = kb.get('geo:georgetown-ky')!;
    expect(refusalGivesWay(capital, kb.get('geo:georgetown-au')!)).toBe(true);
    expect(refusalGivesWay(capital, town('geo:other', 'George Town', 'AU', 'city', 2))).toBe(false);
  });
});

describe('qualifiedHomePlace', () => {
  it("finds the place the KB qualifies by the home country's name", () => {
    expect(qualifiedHomePlace(kb, 'Victoria', 'AU')?.id).toBe('reg:victoria-au');
    expect(qualifiedHomePlace(kb, 'Victoria', 'GB')).toBeNull();
  });
  it('links the bare name in a story set in that country, and nothing where none dominates', () => {
    const text = 'Bushfires near Hobart forced evacuations, and crews from Victoria flew in to help.';
    const names = [
      ['Hobart', 'location'],
      ['Victoria', 'location'],
    ] as const;
    expect(linkedEntityOver(kb, text, names, 'Victoria')?.kbId).toBe('reg:victoria-au');
    const bare = 'Crews from Victoria flew in to help.';
    expect(linkedEntityOver(kb, bare, [['Victoria', 'location']], 'Victoria')?.kbId ?? null).toBeNull();
  });
});
