/**
 * A town named with its state ("Fargo, North Dakota"): one place mention, linked to the town
 * the KB places in that state, the state keeping its own mention (place-addresses.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  countryEntity,
  linkedEntityOver,
  linkerOver,
  linkLayers,
} from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { linkDocument } from './link-document.js';

const state = (id: string, name: string) =>
  makeEntity({ id, type: 'location', name, kind: 'region', country: 'US', prominence: 3 });
const city = (id: string, name: string, where: string) =>
  makeEntity({
    id,
    type: 'location',
    name,
    kind: 'city',
    country: 'US',
    prominence: 1,
    description: `city in ${where}`,
  });

const kb = new MemoryKnowledgeBase([
  countryEntity('US', 'United States', 'American'),
  state('r:nd', 'North Dakota'),
  state('r:pa', 'Pennsylvania'),
  state('r:me', 'Maine'),
  state('r:or', 'Oregon'),
  state('r:oh', 'Ohio'),
  city('c:fargo', 'Fargo', 'North Dakota, United States'),
  city('c:portland', 'Portland', 'Oregon, United States'),
  state('r:tx', 'Texas'),
  city('c:odessa-tx', 'Odessa', 'Texas, United States'),

  makeEntity({
    id: 'c:odesa',
    type: 'location',
    name: 'Odesa',
    names: [{ text: 'Odessa', kind: 'alias' }],
    kind: 'city',
    country: 'UA',
    prominence: 4,
    description: 'port city on the Black Sea, Ukraine',
  }),
  makeEntity({
    id: 'c:butler',
    type: 'location',
    name: 'Butler, Pennsylvania',
    kind: 'city',
    country: 'US',
    prominence: 1,
  }),
]);

const link = linkerOver(kb, '2025-06-01');

/** A region the KB knows, towns in it it does not, and a region that is a person's name too. */
const malaysianKb = new MemoryKnowledgeBase([
  countryEntity('MY', 'Malaysia', 'Malaysian'),
  makeEntity({
    id: 'r:kelantan',
    type: 'location',
    name: 'Kelantan',
    kind: 'region',
    country: 'MY',
    prominence: 1,
  }),
  makeEntity({
    id: 'r:perak',
    type: 'location',
    name: 'Perak',
    kind: 'region',
    country: 'MY',
    prominence: 1,
  }),
  makeEntity({
    id: 'p:perak',
    type: 'person',
    name: 'Aziz Perak',
    names: [{ text: 'Perak', kind: 'surname' }],
    kind: 'politician',
    country: 'MY',
    prominence: 1,
  }),
]);

describe('a region typed a person after a town the KB does not know (acc26-link-b)', () => {
  const names = (region: string): [string, EntityType][] => [
    ['Siti Aminah', 'person'],
    ['Kuala Krai', 'location'],
    [region, 'person'],
  ];

  it('is the region the KB knows', () => {
    const text = 'Siti Aminah, 52, a rubber tapper in Kuala Krai, Kelantan, said prices had doubled.';
    expect(linkedEntityOver(malaysianKb, text, names('Kelantan'), 'Kelantan')?.kbId).toBe('r:kelantan');
  });

  it('is no region that a KB person is named by too', () => {
    const text = 'Siti Aminah, 52, a rubber tapper in Kuala Krai, Perak, said prices had doubled.';
    expect(linkedEntityOver(malaysianKb, text, names('Perak'), 'Perak')?.kbId).not.toBe('r:perak');
  });

  it('is no region that starts the next clause', () => {
    const text = 'After the floods in Kuala Krai, Kelantan said it would rebuild. Siti Aminah agreed.';
    expect(linkedEntityOver(malaysianKb, text, names('Kelantan'), 'Kelantan')?.kbId).not.toBe('r:kelantan');
  });
});

const entityOver = (text: string, names: [string, EntityType][], surface: string) =>
  linkedEntityOver(kb, text, names, surface);

describe('a town and its state', () => {
  it('links the whole address to the town the KB places in that state', () => {
    const text = 'Maria Olsen, a school bus driver from Fargo, North Dakota, won the state lottery.';
    const names: [string, EntityType][] = [
      ['Maria Olsen', 'person'],
      ['Fargo', 'location'],
      ['North Dakota', 'location'],
    ];
    expect(entityOver(text, names, 'Fargo, North Dakota')?.kbId).toBe('c:fargo');
    // The state is still named.
    expect(entityOver(text, names, 'North Dakota')?.kbId).toBe('r:nd');
  });

  it('takes a town the KB names as the address itself, whatever the tagger typed it', () => {
    const text = 'Crowds gathered at the fairground in Butler, Pennsylvania, for the anniversary.';
    const names: [string, EntityType][] = [
      ['Butler', 'person'],
      ['Pennsylvania', 'location'],
    ];
    expect(entityOver(text, names, 'Butler, Pennsylvania')?.kbId).toBe('c:butler');
  });

  it('never takes a namesake city of another state', () => {
    const text = 'Lobster boats stayed in harbour in Portland, Maine, as the storm came ashore.';
    const names: [string, EntityType][] = [
      ['Portland', 'location'],
      ['Maine', 'location'],
    ];
    expect(entityOver(text, names, 'Portland, Maine')).toBeUndefined();
  });

  it('leaves a list of places alone', () => {
    const text = 'Voters in Fargo, Ohio and Pennsylvania go to the polls on Tuesday.';
    const names: [string, EntityType][] = [
      ['Fargo', 'location'],
      ['Ohio', 'location'],
      ['Pennsylvania', 'location'],
    ];
    expect(entityOver(text, names, 'Fargo, Ohio')).toBeUndefined();
  });
});

describe('the town alone after its address', () => {
  const entityAt = (text: string, names: [string, EntityType][], at: number) =>
    link(text, names).find((e) => e.mentions.some((m) => m.start === at));

  it('is the town of the address, not a better-known namesake', () => {
    const text = 'Odessa, Texas, opened a second water tower this week. In Odessa, taps ran dry in July.';
    const names: [string, EntityType][] = [
      ['Odessa', 'location'],
      ['Texas', 'location'],
      ['Odessa', 'location'],
    ];
    expect(entityAt(text, names, text.lastIndexOf('Odessa'))?.kbId).toBe('c:odessa-tx');
  });

  it('leaves the name alone to its usual sense in an article without the address', () => {
    const text = 'Grain ships left Odessa under naval escort. In Odessa, the port worked through the night.';
    const names: [string, EntityType][] = [
      ['Odessa', 'location'],
      ['Odessa', 'location'],
    ];
    expect(entityAt(text, names, text.lastIndexOf('Odessa'))?.kbId).toBe('c:odesa');
  });
});

describe('a town named with its province, state or country outside the US', () => {
  const place = (
    id: string,
    name: string,
    kind: string,
    country: string,
    description: string,
    aliases: string[] = [],
  ) =>
    makeEntity({
      id,
      type: 'location',
      name,
      names: aliases.map((text) => ({ text, kind: 'alias' as const })),
      kind,
      country,
      prominence: 2,
      description,
    });
  const world = new MemoryKnowledgeBase([
    countryEntity('CA', 'Canada', 'Canadian'),
    countryEntity('AU', 'Australia', 'Australian'),
    countryEntity('SC', 'Seychelles', 'Seychellois'),
    countryEntity('CL', 'Chile', 'Chilean'),
    countryEntity('ES', 'Spain', 'Spanish'),
    countryEntity('GB', 'United Kingdom', 'British'),
    place('r:on', 'Ontario', 'region', 'CA', 'Canadian province'),
    place('r:vic', 'Victoria (Australia)', 'region', 'AU', 'Australian state', ['Victoria']),
    place('c:victoria-sc', 'Victoria', 'capital', 'SC', 'capital in Seychelles'),
    place('c:london', 'London', 'capital', 'GB', 'capital in United Kingdom'),
    place('c:london-on', 'London', 'city', 'CA', 'city in Ontario, Canada'),
    place('c:ballarat', 'Ballarat', 'city', 'AU', 'city in Victoria, Australia'),
    place('c:valdivia', 'Valdivia', 'city', 'CL', 'city in Chile'),
    place('c:santiago-cl', 'Santiago', 'capital', 'CL', 'capital in Chile'),
    place('c:santiago-es', 'Santiago', 'city', 'ES', 'city in Spain'),
  ]);
  const over = (text: string, names: [string, EntityType][], surface: string) =>
    linkedEntityOver(world, text, names, surface);

  it('links "London, Ontario" to the Canadian city, not the British capital', () => {
    const text = 'Firefighters in London, Ontario, put out a blaze at a warehouse overnight.';
    const names: [string, EntityType][] = [
      ['London', 'location'],
      ['Ontario', 'location'],
    ];
    expect(over(text, names, 'London, Ontario')?.kbId).toBe('c:london-on');
  });

  it('takes the town alone later under the type the tagger gave its word in the address (session acc24-link-a)', () => {
    const text =
      'London, Ontario, lost power for six hours. Residents protested outside the London city hall.';
    const names: [string, EntityType][] = [
      ['London', 'organization'],
      ['Ontario', 'location'],
      ['London', 'organization'],
    ];
    const at = text.lastIndexOf('London');
    const later = linkDocument(world, { text, date: '2025-02-27', ...linkLayers(text, names) }).find((e) =>
      e.mentions.some((m) => m.start === at),
    );
    expect(later?.kbId).toBe('c:london-on');
  });

  it('reads the name after the town as the state the address names, not a city of that name', () => {
    const text = 'A sheep farmer outside Ballarat, Victoria, lost 200 ewes in the floods.';
    const names: [string, EntityType][] = [
      ['Ballarat', 'location'],
      ['Victoria', 'location'],
    ];
    expect(over(text, names, 'Ballarat, Victoria')?.kbId).toBe('c:ballarat');
    expect(over(text, names, 'Victoria')?.kbId).toBe('r:vic');
  });

  it("links a town named with its country to the KB's one city of that name there", () => {
    const text = 'The brewery in Valdivia, Chile, exports to twelve countries.';
    const names: [string, EntityType][] = [
      ['Valdivia', 'person'],
      ['Chile', 'location'],
    ];
    expect(over(text, names, 'Valdivia, Chile')?.kbId).toBe('c:valdivia');
    const santiago = 'Pilgrims reached Santiago, Spain, after a month on foot.';
    expect(
      over(
        santiago,
        [
          ['Santiago', 'location'],
          ['Spain', 'location'],
        ],
        'Santiago, Spain',
      )?.kbId,
    ).toBe('c:santiago-es');
  });
});

describe('places of one name in two countries, the country named after it (acc27-link-b)', () => {
  const kb = new MemoryKnowledgeBase([
    countryEntity('NZ', 'New Zealand', 'New Zealander'),
    countryEntity('GB', 'United Kingdom', 'British'),
    makeEntity({
      id: 'c:ashcombe',
      type: 'location',
      name: 'Ashcombe',
      kind: 'city',
      country: 'GB',
      prominence: 1,
    }),
    makeEntity({
      id: 'r:ashcombe',
      type: 'location',
      name: 'Ashcombe Region',
      names: [{ text: 'Ashcombe', kind: 'alias' }],
      kind: 'region',
      country: 'NZ',
      prominence: 1,
    }),
  ]);
  it('links the one of the named country', () => {
    const text = 'Ruth Paora, a dairy farmer in Ashcombe, New Zealand, sold her herd in May.';
    const names = [
      ['Ruth Paora', 'person'],
      ['Ashcombe', 'location'],
      ['New Zealand', 'location'],
    ] as const;
    expect(linkedEntityOver(kb, text, names, 'Ashcombe')?.kbId).toBe('r:ashcombe');
    const home = 'Ruth Paora, a dairy farmer in Ashcombe, United Kingdom, sold her herd in May.';
    const homeNames = [
      ['Ruth Paora', 'person'],
      ['Ashcombe', 'location'],
      ['United Kingdom', 'location'],
    ] as const;
    expect(linkedEntityOver(kb, home, homeNames, 'Ashcombe')?.kbId).toBe('c:ashcombe');
  });
});
