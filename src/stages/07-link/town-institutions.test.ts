import { describe, expect, it } from 'vitest';
import { linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
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
