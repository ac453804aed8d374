/**
 * Athletes of the field and the pool: "javelin thrower", "pole vaulter" are sport profiles,
 * and "won gold", "javelin", "world record", "Euro 2024" are words of sport in an article,
 * so a near spelling of a lesser-known champion in a report of their event is that champion
 * ("Tomas Wadleich set a world record in the javelin"), while a namesake in a local story
 * stays unlinked.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { documentSpheres, personSphere } from './spheres.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('CZ', 'Czechia', 'Czech'),
  makeEntity({
    id: 'p:vadlejch',
    type: 'person',
    name: 'Jakub Vadlejch',
    names: [{ text: 'Vadlejch', kind: 'surname' }],
    country: 'CZ',
    description: 'Czech javelin thrower; Olympic silver medallist',
    prominence: 1,
    born: 1990,
  }),
]);

const link = linkerOver(kb, '2024-08-09');

function linked(text: string, surface: string): string | null {
  const e = writtenAs(link(text, [[surface, 'person']]), text, surface);
  return e?.kbId ? e.name : null;
}

describe('field and pool athletes', () => {
  it('reads throwers and vaulters as sport, and medals and records as words of sport', () => {
    expect(personSphere(' czech javelin thrower ')).toBe('sport');
    expect(personSphere(' pole vaulter ')).toBe('sport');
    expect(documentSpheres(' he won gold in paris ').has('sport')).toBe(true);
    expect(documentSpheres(' a new world record ').has('sport')).toBe(true);
    expect(documentSpheres(' gold prices rose again ').has('sport')).toBe(false);
  });

  it('repairs a near spelling of a champion in a report of the event, not of a local namesake', () => {
    expect(
      linked('Jakub Vadleich won gold in the javelin with his last throw in Paris.', 'Jakub Vadleich'),
    ).toBe('Jakub Vadlejch');
    expect(
      linked(
        'Jakub Vadleich, who coaches the village school team, won gold in the javelin at the county games.',
        'Jakub Vadleich',
      ),
    ).toBeNull();
  });
});
