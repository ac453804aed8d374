/**
 * Polish names spelled by ear ("Tshaskovski", "Navrotski") are found through the heard form
 * of each Polish person's name, and repaired under the usual evidence; a private person
 * spelled so, and people of other countries, are not heard the Polish way.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver, personEntity } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { heardPolishName } from './polish-hearings.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('PL', 'Poland', 'Polish'),
  makeEntity({
    id: 'l:gdansk',
    type: 'location',
    name: 'Gdańsk',
    kind: 'city',
    country: 'PL',
    prominence: 3,
  }),
  personEntity({
    id: 'przybylski',
    name: 'Tomasz Przybylski',
    surname: 'Przybylski',
    country: 'PL',
    prominence: 3,
    description: 'Mayor of Gdańsk since 2019',
    roles: [{ role: 'Mayor', org: 'Gdańsk', orgId: 'l:gdansk', from: '2019-03-01' }],
  }),
]);

const idOf = (text: string, names: [string, EntityType][], surface: string) =>
  linkedEntityOver(kb, text, names, surface, '2025-03-04')?.kbId ?? null;

describe('heardPolishName', () => {
  it('writes the letters of Polish sounds as English hears them', () => {
    expect(heardPolishName('Rafał Trzaskowski', 'PL')).toBe('Rafal Tshaskovski');
    expect(heardPolishName('Karol Nawrocki', 'PL')).toBe('Karol Navrotski');
    expect(heardPolishName('Jarosław Kaczyński', 'PL')).toBe('Yaroslav Kachynski');
  });

  it('hears nobody of another country the Polish way, nor a name heard as written', () => {
    expect(heardPolishName('Wolfgang Schwarz', 'DE')).toBeNull();
    expect(heardPolishName('Adam Bodnar', 'PL')).toBeNull();
  });
});

describe('a Polish name spelled by ear', () => {
  it('repairs the mayor under his title and town', () => {
    const text = 'Gdańsk Mayor Tomash Pshybylski opened the new shipyard museum on Monday.';
    const names: [string, EntityType][] = [
      ['Gdańsk', 'location'],
      ['Tomash Pshybylski', 'person'],
    ];
    expect(idOf(text, names, 'Tomash Pshybylski')).toBe('p:przybylski');
  });

  it('leaves the same spelling presented as a private person unlinked', () => {
    const text = 'Tomash Pshybylski, a bus driver from Łódź, won the lottery on Monday.';
    expect(idOf(text, [['Tomash Pshybylski', 'person']], 'Tomash Pshybylski')).toBeNull();
  });
});
