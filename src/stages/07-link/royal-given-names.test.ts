/**
 * A royal named in full, then by title and given name ("Prince Faisal said …"), is one person
 * (session acc26-link-a); not a commoner sharing the given name, nor two royals sharing it.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, kbIdAt, linkerOver } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('JO', 'Jordan', 'Jordanian'),
  countryEntity('GB', 'United Kingdom', 'British'),
  makeEntity({
    id: 'p:hamza',
    type: 'person',
    name: 'Hamza bin Talal',
    names: [{ text: 'bin Talal', kind: 'surname' }],
    country: 'JO',
    prominence: 3,
    description: 'Jordanian former crown prince',
  }),
  makeEntity({
    id: 'p:hamza-yusuf',
    type: 'person',
    name: 'Hamza Yusuf',
    names: [{ text: 'Yusuf', kind: 'surname' }],
    country: 'GB',
    prominence: 3,
    description: 'British footballer',
  }),
]);
const link = linkerOver(kb, '2025-04-02');

describe('a royal by title and given name', () => {
  it('joins "Prince Hamza" to the royal named in full before', () => {
    const text =
      'Jordan’s Hamza bin Talal renounced his title on Sunday. Prince Hamza said he could not stay silent.';
    const names: [string, EntityType][] = [
      ['Hamza bin Talal', 'person'],
      ['Hamza', 'person'],
    ];
    const entities = link(text, names);
    expect(kbIdAt(entities, text, 'Hamza', 1)).toBe('p:hamza');
  });

  it('does not join a commoner sharing the given name', () => {
    const text = 'Striker Hamza Yusuf scored twice. Prince Hamza watched from the stands.';
    const names: [string, EntityType][] = [
      ['Hamza Yusuf', 'person'],
      ['Hamza', 'person'],
    ];
    const entities = link(text, names);
    expect(kbIdAt(entities, text, 'Hamza', 1) ?? null).toBeNull();
  });
});
