/**
 * A US town followed by its own state is that town, even when a country shares the state's
 * name: "Athens, Georgia" is the city of the US state, not a namesake in the Caucasus.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('US', 'United States', 'American'),
  countryEntity('GE', 'Georgia', 'Georgian'),
  makeEntity({
    id: 'r:georgia-us',
    type: 'location',
    name: 'Georgia (US state)',
    names: [{ text: 'Georgia', kind: 'alias' }],
    kind: 'region',
    country: 'US',
    description: 'US state',
    prominence: 3,
  }),
  makeEntity({
    id: 'c:augusta-ga',
    type: 'location',
    name: 'Augusta',
    kind: 'city',
    country: 'US',
    description: 'city in Georgia, United States',
    prominence: 1,
  }),
]);

const link = linkerOver(kb, '2025-04-01');

function linkedId(text: string, surface: string, names: readonly (readonly [string, EntityType])[]) {
  const entities = link(text, names);
  return writtenAs(entities, text, surface)?.kbId ?? null;
}

describe('a US town named with its own state', () => {
  it('is the town, though a country bears the state name', () => {
    const text = 'Volunteers in Augusta, Georgia, planted trees along the river walk.';
    const names = [
      ['Augusta', 'location'],
      ['Georgia', 'location'],
    ] as const;
    // Town and state are one address mention (place-addresses.ts), the state linked inside it.
    expect(linkedId(text, 'Augusta, Georgia', names)).toBe('c:augusta-ga');
    expect(linkedId(text, 'Georgia', names)).toBe('r:georgia-us');
  });
  it('is still no town of that name when another state follows', () => {
    const text = 'Volunteers in Augusta, Maine, planted trees along the river walk.';
    expect(linkedId(text, 'Augusta', [['Augusta', 'location']])).toBeNull();
  });
});
