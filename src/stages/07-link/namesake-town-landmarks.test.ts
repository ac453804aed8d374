/**
 * A landmark of a famous city named in an article about a namesake town is the town's copy:
 * "Paris, Texas" refused as the French capital takes the Eiffel Tower it names with it
 * (namesake-town-landmarks.ts, link-consistency.ts).
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, kbIdAt, linkerOver } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { landmarkOfTown } from './namesake-town-landmarks.js';

const capital = makeEntity({
  id: 'c:lutecia',
  type: 'location',
  name: 'Lutecia',
  kind: 'capital',
  country: 'GA',
  prominence: 5,
  description: 'capital of Gallia',
});
const tower = makeEntity({
  id: 'p:iron-tower',
  type: 'location',
  name: 'Iron Needle',
  kind: 'place',
  country: 'GA',
  prominence: 2,
  description: 'iron tower in Lutecia',
});

const kb = new MemoryKnowledgeBase([
  countryEntity('GA', 'Gallia', 'Gallian'),
  countryEntity('US', 'United States', 'American'),
  makeEntity({ id: 'r:tx', type: 'location', name: 'Texas', kind: 'region', country: 'US', prominence: 3 }),
  capital,
  tower,
]);
const link = linkerOver(kb, '2025-01-18');

describe('landmarks of a namesake town (session acc24-link-a)', () => {
  it('leaves the famous landmark unlinked when the article’s town of its city is elsewhere', () => {
    const text =
      'Lutecia, Texas, will light its own Iron Needle on Friday, a replica crowned by a cowboy hat. Lutecia mayor Jo Reed expects crowds.';
    const names: [string, EntityType][] = [
      ['Lutecia', 'location'],
      ['Texas', 'location'],
      ['Iron Needle', 'location'],
      ['Lutecia', 'location'],
    ];
    const entities = link(text, names);
    expect(kbIdAt(entities, text, 'Lutecia') ?? null).toBeNull();
    expect(kbIdAt(entities, text, 'Iron Needle') ?? null).toBeNull();
  });

  it('still links the landmark in its own city', () => {
    const text = 'Tourists queued for hours at the Iron Needle in Lutecia on Saturday.';
    const names: [string, EntityType][] = [
      ['Iron Needle', 'location'],
      ['Lutecia', 'location'],
    ];
    const entities = link(text, names);
    expect(kbIdAt(entities, text, 'Iron Needle')).toBe('p:iron-tower');
  });

  it('reads the town from the description, and only for a landmark', () => {
    expect(landmarkOfTown(tower, capital)).toBe('Lutecia');
    expect(landmarkOfTown(capital, capital)).toBeNull();
  });
});
