import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'loc:porto',
    type: 'location',
    name: 'Porto',
    kind: 'city',
    country: 'PT',
    prominence: 3,
  }),
  makeEntity({
    id: 'loc:perth',
    type: 'location',
    name: 'Perth',
    kind: 'city',
    country: 'AU',
    prominence: 3,
  }),
  makeEntity({
    id: 'loc:quito',
    type: 'location',
    name: 'Quito',
    kind: 'capital',
    country: 'EC',
    prominence: 3,
  }),
  makeEntity({
    id: 'loc:jordan',
    type: 'location',
    name: 'Jordan',
    kind: 'country',
    country: 'JO',
    prominence: 4,
  }),
  makeEntity({
    id: 'loc:jordan-town',
    type: 'location',
    name: 'Jordan',
    kind: 'city',
    country: 'PH',
    prominence: 1,
  }),
  makeEntity({
    id: 'loc:havana',
    type: 'location',
    name: 'Havana',
    kind: 'capital',
    country: 'CU',
    prominence: 3,
  }),
]);

const link = linkerOver(kb, '2025-09-10');

describe('a town opening the name of an institution the KB does not know', () => {
  it('gives the town a mention of its own inside the institution', () => {
    const text = 'A keeper at the Porto Aquarium said the turtle, 40, had recovered.';
    const entities = link(text, [['Porto Aquarium', 'location']]);
    expect(writtenAs(entities, text, 'Porto')?.kbId).toBe('loc:porto');
    expect(writtenAs(entities, text, 'Porto Aquarium')?.kbId ?? null).toBeNull();
  });

  it('reads capitalised words between the town and the head, and a team named by its colours', () => {
    const text = 'Dale Finch, a nurse at Perth Royal Infirmary, coached the Quito Whites to a third title.';
    const entities = link(text, [
      ['Dale Finch', 'person'],
      ['Perth Royal Infirmary', 'organization'],
      ['Quito Whites', 'organization'],
    ]);
    expect(writtenAs(entities, text, 'Perth')?.kbId).toBe('loc:perth');
    expect(writtenAs(entities, text, 'Quito')?.kbId).toBe('loc:quito');
  });

  it('is nothing without a head word, or for a town that is also a country', () => {
    const text = 'Bartenders at the Havana Club poured the new Jordan Festival punch.';
    const entities = link(text, [
      ['Havana Club', 'organization'],
      ['Jordan Festival', 'event'],
    ]);
    expect(writtenAs(entities, text, 'Havana')).toBeUndefined();
    expect(writtenAs(entities, text, 'Jordan')).toBeUndefined();
  });
});

describe('a party opening the name of one of its organs (acc25-link-b)', () => {
  const parties = new MemoryKnowledgeBase([
    countryEntity('LA', 'Laos', 'Lao'),
    makeEntity({
      id: 'org:lprp',
      type: 'organization',
      name: "Lao People's Revolutionary Party",
      kind: 'party',
      country: 'LA',
      prominence: 2,
    }),
    makeEntity({
      id: 'org:workers-party',
      type: 'organization',
      name: 'Workers Party of Laos',
      kind: 'party',
      country: 'LA',
      prominence: 1,
    }),
  ]);
  const link = linkerOver(parties, '2026-01-10');

  it('gives the party a mention of its own, linked as the party', () => {
    const text = 'Laos said the Workers Party Central Committee met in Vientiane to choose a new leader.';
    const entities = link(text, [
      ['Laos', 'location'],
      ['Workers Party Central Committee', 'organization'],
    ]);
    expect(writtenAs(entities, text, 'Workers Party')?.kbId).toBe('org:workers-party');
    expect(writtenAs(entities, text, 'Workers Party Central Committee')).toBeDefined();
  });

  it('is nothing for a party the KB does not know', () => {
    const text = 'Laos said the Farmers Party Central Committee met in Vientiane.';
    const entities = link(text, [
      ['Laos', 'location'],
      ['Farmers Party Central Committee', 'organization'],
    ]);
    expect(writtenAs(entities, text, 'Farmers Party')).toBeUndefined();
  });
});
