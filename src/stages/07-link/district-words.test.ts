/**
 * Places the tagger ran into the words around them: a district word before a city ("Midtown
 * Manhattan"), a place after "outside" or "near" inside one mention (district-words.ts).
 */
import { describe, expect, it } from 'vitest';
import { linkedEntityOver, linkLayers } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { withDistrictWordsOut } from './district-words.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'c:denver',
    type: 'location',
    name: 'Denver',
    kind: 'city',
    country: 'US',
    prominence: 3,
  }),
  makeEntity({ id: 'c:perm', type: 'location', name: 'Perm', kind: 'city', country: 'RU', prominence: 2 }),
  makeEntity({ id: 'c:tulsa', type: 'location', name: 'Tulsa', kind: 'city', country: 'US', prominence: 2 }),
  makeEntity({
    id: 'o:southern-baptist',
    type: 'organization',
    name: 'Southern Baptist Convention',
    names: [{ text: 'Southern Baptist', kind: 'alias' }],
    prominence: 3,
  }),
  makeEntity({
    id: 'r:saxony',
    type: 'location',
    name: 'Saxony',
    kind: 'region',
    country: 'DE',
    prominence: 2,
  }),
  makeEntity({
    id: 'r:lower-saxony',
    type: 'location',
    name: 'Lower Saxony',
    kind: 'region',
    country: 'DE',
    prominence: 2,
  }),
]);

function spans(text: string, names: readonly (readonly [string, EntityType])[]) {
  return withDistrictWordsOut(kb, text, linkLayers(text, names).mentions).map((m) => [
    text.slice(m.start, m.end),
    m.type,
  ]);
}

describe('a district word before a city', () => {
  it('leaves the city, a place, when the whole is no KB name', () => {
    expect(
      spans('A gas leak shut three blocks of Downtown Denver on Friday.', [['Downtown Denver', 'person']]),
    ).toEqual([['Denver', 'location']]);
    const text = 'A gas leak shut three blocks of Downtown Denver on Friday.';
    expect(linkedEntityOver(kb, text, [['Downtown Denver', 'person']], 'Denver')?.kbId).toBe('c:denver');
  });

  it('keeps a KB name whole, and a district word before anything but a town', () => {
    expect(spans('Voters in Lower Saxony went to the polls.', [['Lower Saxony', 'location']])).toEqual([
      ['Lower Saxony', 'location'],
    ]);
    expect(spans('Floods hit Upper Saxony villages.', [['Upper Saxony', 'location']])).toEqual([
      ['Upper Saxony', 'location'],
    ]);
  });
});

describe('a place after a locative word inside a mention', () => {
  it('splits the place off, the words before kept as tagged', () => {
    expect(
      spans('A trawlerman on the Kama outside Perm said the catch was poor.', [
        ['Kama outside Perm', 'organization'],
      ]),
    ).toEqual([
      ['Kama', 'organization'],
      ['Perm', 'location'],
    ]);
  });

  it('leaves a mention whose words after the locative are no KB place', () => {
    expect(spans('He runs Farm near Brookvale Ltd.', [['Farm near Brookvale Ltd', 'organization']])).toEqual([
      ['Farm near Brookvale Ltd', 'organization'],
    ]);
  });
});

describe('a town before a creed’s word (session acc22-link-b)', () => {
  it('leaves the town, a place, when the whole is no KB name', () => {
    const text = 'Ruth Cole, who leads a Tulsa Methodist congregation, opened the hall to flood victims.';
    expect(spans(text, [['Tulsa Methodist', 'misc']])).toEqual([['Tulsa', 'location']]);
    expect(linkedEntityOver(kb, text, [['Tulsa Methodist', 'misc']], 'Tulsa')?.kbId).toBe('c:tulsa');
  });

  it('keeps a KB name whole, and a creed after anything but a town', () => {
    expect(
      spans('The Southern Baptist delegates met in June.', [['Southern Baptist', 'organization']]),
    ).toEqual([['Southern Baptist', 'organization']]);
    expect(spans('Tensions rose in the Greek Orthodox parish.', [['Greek Orthodox', 'misc']])).toEqual([
      ['Greek Orthodox', 'misc'],
    ]);
  });
});
