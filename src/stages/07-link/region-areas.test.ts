/** A city's name before "area" is the region named after the city (region-areas.ts). */
import { describe, expect, it } from 'vitest';
import { kbIdAt, linkerOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({ id: 'c:orlov', type: 'location', name: 'Orlov', kind: 'city', country: 'RU', prominence: 2 }),
  makeEntity({
    id: 'r:orlov',
    type: 'location',
    name: 'Orlov region',
    names: [{ text: 'Orlov Oblast', kind: 'alias' }],
    kind: 'region',
    country: 'RU',
    prominence: 2,
  }),
  makeEntity({
    id: 'c:dunmore',
    type: 'location',
    name: 'Dunmore',
    kind: 'city',
    country: 'GB',
    prominence: 1,
  }),
  makeEntity({
    id: 'r:dunmore',
    type: 'location',
    name: 'Dunmore Region',
    kind: 'region',
    country: 'NZ',
    prominence: 1,
  }),
]);

const link = linkerOver(kb, '2025-03-13');

describe('a city before "area"', () => {
  it('is the region named after it, of its own country', () => {
    const text = 'Drones struck a fuel depot in the Orlov area overnight, the governor said.';
    expect(kbIdAt(link(text, [['Orlov', 'location']]), text, 'Orlov')).toBe('r:orlov');
  });

  it('stays the city without "area", or when the region is another country’s', () => {
    const city = 'Drones struck a fuel depot in Orlov overnight.';
    expect(kbIdAt(link(city, [['Orlov', 'location']]), city, 'Orlov')).toBe('c:orlov');
    const code = 'Call the Orlov area code for details.';
    expect(kbIdAt(link(code, [['Orlov', 'location']]), code, 'Orlov')).toBe('c:orlov');
    const kent = 'Hop farms in the Dunmore area reported a poor harvest.';
    expect(kbIdAt(link(kent, [['Dunmore', 'location']]), kent, 'Dunmore')).toBe('c:dunmore');
  });
});
