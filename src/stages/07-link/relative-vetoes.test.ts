/**
 * Vetoes against false repairs of news names: a relative who shares the surname under another
 * given name (even beside a role cue), a media or trade occupation just before the name, and a
 * division or settlement noun with "of" before a name that is a person's surname, and a
 * place named like a capital: "City, Region-of-another-country" or called a town or village.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('GH', 'Ghana', 'Ghanaian'),
  countryEntity('EC', 'Ecuador', 'Ecuadorian'),
  countryEntity('US', 'United States', 'American'),
  countryEntity('FR', 'France', 'French'),
  makeEntity({
    id: 'pl:paris',
    type: 'location',
    name: 'Paris',
    kind: 'capital',
    country: 'FR',
    prominence: 4,
    description: 'capital in France',
  }),
  makeEntity({
    id: 'pl:texas',
    type: 'location',
    name: 'Texas',
    kind: 'region',
    country: 'US',
    prominence: 3,
    description: 'US state',
  }),
  makeEntity({
    id: 'p:mensah',
    type: 'person',
    name: 'Kwame Mensah',
    names: [{ text: 'Mensah', kind: 'surname' }],
    country: 'GH',
    born: 1958,
    prominence: 4,
    description: 'President of Ghana since 2025',
    roles: [{ role: 'President', org: 'GH', orgId: 'cd:country/gh', from: '2025-01-07', to: null }],
  }),
  makeEntity({
    id: 'p:zamora',
    type: 'person',
    name: 'Lucía Zamora',
    names: [{ text: 'Zamora', kind: 'surname' }],
    country: 'EC',
    born: 1970,
    prominence: 3,
    description: 'Mayor of Quito since 2023',
    roles: [{ role: 'Mayor', org: 'Quito', orgId: null, from: '2023-05-14', to: null }],
  }),
  makeEntity({
    id: 'p:brandt',
    type: 'person',
    name: 'Helen Brandt',
    names: [{ text: 'Brandt', kind: 'surname' }],
    country: 'US',
    born: 1961,
    prominence: 4,
    description: 'Chief Justice of the United States',
    roles: [{ role: 'Chief Justice', org: 'US', orgId: 'cd:country/us', from: '2019-01-01', to: null }],
  }),
]);

const link = linkerOver(kb, '2026-05-10');

describe('a relative under another given name', () => {
  it('does not repair the father into the president, whatever the role words say', () => {
    const text =
      'Ghana marked the centenary of Edward Mensah, the president of Ghana from 1970 to 1972, with a state ceremony.';
    expect(
      writtenAs(link(text, [['Edward Mensah', 'person']]), text, 'Edward Mensah')?.kbId ?? null,
    ).toBeNull();
  });

  it('still links the president under his own name', () => {
    const text = 'Ghana’s president Kwame Mensah opened the new port in Tema on Monday.';
    expect(writtenAs(link(text, [['Kwame Mensah', 'person']]), text, 'Kwame Mensah')?.kbId).toBe('p:mensah');
  });
});

describe('a media or trade occupation before the name', () => {
  it('refuses an exactly named namesake introduced as a broadcaster', () => {
    const text = 'Veteran broadcaster Helen Brandt anchored the network’s election night coverage.';
    expect(
      writtenAs(link(text, [['Helen Brandt', 'person']]), text, 'Helen Brandt')?.kbId ?? null,
    ).toBeNull();
  });

  it('keeps a past media career: a former journalist may be the judge', () => {
    const text = 'Former journalist Helen Brandt swore in the new attorney general on Monday.';
    expect(writtenAs(link(text, [['Helen Brandt', 'person']]), text, 'Helen Brandt')?.kbId).toBe('p:brandt');
  });

  it('refuses a miller named like a politician', () => {
    const text = 'Neapolitan miller Zamora has supplied flour to pizza makers since 1924.';
    expect(writtenAs(link(text, [['Zamora', 'person']]), text, 'Zamora')?.kbId ?? null).toBeNull();
  });
});

describe('a division or settlement named like a person', () => {
  it('does not link the province to the mayor who shares its name', () => {
    const text = 'Landslides cut roads across the Ecuadorian province of Zamora after a week of rain.';
    expect(writtenAs(link(text, [['Zamora', 'person']]), text, 'Zamora')?.kbId ?? null).toBeNull();
  });

  it('still links the surname when it stands for the mayor', () => {
    const text = 'Quito mayor Zamora closed the old market, saying traders would move in June.';
    expect(writtenAs(link(text, [['Zamora', 'person']]), text, 'Zamora')?.kbId).toBe('p:zamora');
  });
});

describe('a place named like a capital', () => {
  const places = (text: string, names = ['Paris']) =>
    link(
      text,
      names.map((n) => [n, 'location'] as [string, EntityType]),
    );

  it('does not link "Paris, Texas" (or a later bare "Paris") to the French capital', () => {
    const text =
      'A rodeo opens this weekend in Paris, Texas. Paris police asked drivers to avoid the fairgrounds.';
    const entities = places(text, ['Paris', 'Texas', 'Paris']);
    const paris = writtenAs(entities, text, 'Paris')!;
    expect(paris.kbId).toBeNull();
    expect(paris.mentions).toHaveLength(2);
    expect(writtenAs(entities, text, 'Texas')?.kbId).toBe('pl:texas');
  });

  it('does not link a town or village to the capital', () => {
    const text = 'Paris, a town of 25,000 near the state line, reopened its library on Monday.';
    expect(writtenAs(places(text), text, 'Paris')?.kbId ?? null).toBeNull();
  });

  it('keeps the capital when the words after it name its own country or another city', () => {
    const text = 'Talks in Paris, France, and in Berlin ended without a deal.';
    expect(writtenAs(places(text), text, 'Paris')?.kbId).toBe('pl:paris');
    const other = 'Flights from Paris, London and Rome were cancelled.';
    expect(writtenAs(places(other), other, 'Paris')?.kbId).toBe('pl:paris');
  });
});
