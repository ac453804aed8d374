/**
 * Readings of a place name from the words right around it: a word after "in" that the KB
 * knows as a city is the city, whatever the tagger typed it; a name after "club" is a club's,
 * not a misspelt country; the first word of a title ("Prime" of "Prime Minister") is not
 * part of the country's name before it.
 */
import { describe, expect, it } from 'vitest';
import {
  countryEntity,
  linkedEntityOver,
  linkerOver,
  personEntity,
} from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('GB', 'United Kingdom', 'British'),
  countryEntity('SD', 'Sudan', 'Sudanese'),
  countryEntity('NZ', 'New Zealand', 'New Zealander'),
  makeEntity({
    id: 'c:hull',
    type: 'location',
    name: 'Kingston upon Hull',
    names: [{ text: 'Hull', kind: 'alias' }],
    kind: 'city',
    country: 'GB',
    prominence: 2,
  }),
  personEntity({ id: 'hull', name: 'Charley Hull', surname: 'Hull', country: 'GB', prominence: 2 }),
  makeEntity({
    id: 'o:nzf',
    type: 'organization',
    name: 'New Zealand First',
    kind: 'party',
    country: 'NZ',
    prominence: 3,
  }),
]);

const link = linkerOver(kb, '2025-06-01');

const entityOver = (text: string, names: [string, EntityType][], surface: string) =>
  linkedEntityOver(kb, text, names, surface);

describe('a word after a preposition of place', () => {
  it('is the city the KB knows by it, though typed as a person', () => {
    const text = 'The old fish market in Hull reopened as a food hall on Saturday.';
    expect(entityOver(text, [['Hull', 'person']], 'Hull')?.kbId).toBe('c:hull');
  });

  it('is the city after "outside" too, though typed as a person (acc25-link-b)', () => {
    const text = 'Jane Oduya, 58, who keeps a farm shop outside Hull, said the eggs sold out by noon.';
    const names: [string, EntityType][] = [
      ['Jane Oduya', 'person'],
      ['Hull', 'person'],
    ];
    expect(entityOver(text, names, 'Hull')?.kbId).toBe('c:hull');
  });

  it('is no city after a word that is not of place', () => {
    const text = 'Charley Hull birdied the last hole, and the crowd cheered for Hull.';
    const names: [string, EntityType][] = [
      ['Charley Hull', 'person'],
      ['Hull', 'person'],
    ];
    const at = text.lastIndexOf('Hull');
    const e = link(text, names).find((x) => x.mentions.some((m) => m.start === at));
    expect(e?.kbId).not.toBe('c:hull');
  });
});

describe('a name after "club"', () => {
  it('is no misspelt country', () => {
    const text = 'The striker joined third-tier club Sedan on a two-year contract.';
    expect(entityOver(text, [['Sedan', 'location']], 'Sedan')?.kbId ?? null).toBeNull();
  });
});

describe("a title's first word after a country", () => {
  it('is not read as part of a spun party name', () => {
    const text = 'New Zealand Prime Minister Anna Reid met farmers in Otago.';
    const e = entityOver(text, [['New Zealand', 'location']], 'New Zealand');
    expect(e?.kbId).toBe('cd:country/nz');
    const all = link(text, [['New Zealand', 'location']]);
    expect(all.some((x) => x.kbId === 'o:nzf')).toBe(false);
  });
});
