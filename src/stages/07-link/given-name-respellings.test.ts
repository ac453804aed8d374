/**
 * A given name in another language's spelling or spelled by its sound ("Lorens" for
 * Lawrence, "Jorja" for Giorgia) is the bearer's own given name, not another one: under the
 * bearer's office the near spelling links. A given name that is really another stays
 * unlinked.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('MT', 'Malta', 'Maltese'),
  countryEntity('NZ', 'New Zealand', 'New Zealand'),
  personEntity({
    id: 'vella',
    name: 'Giorgia Vellacott',
    surname: 'Vellacott',
    country: 'MT',
    prominence: 4,
    born: 1975,
    description: 'Prime Minister of Malta since 2024',
    roles: [{ role: 'Prime Minister', org: 'MT', orgId: 'cd:country/mt', from: '2024-02-01' }],
  }),
  personEntity({
    id: 'tane',
    name: 'Lawrence Tanemura',
    surname: 'Tanemura',
    country: 'NZ',
    prominence: 3,
    born: 1968,
    description: 'Prime Minister of New Zealand since 2025',
    roles: [{ role: 'Prime Minister', org: 'NZ', orgId: 'cd:country/nz', from: '2025-01-15' }],
  }),
  countryEntity('BD', 'Bangladesh', 'Bangladeshi'),
  personEntity({
    id: 'hossain',
    name: 'Tarique Hossainuddin',
    surname: 'Hossainuddin',
    country: 'BD',
    prominence: 3,
    born: 1962,
    description: 'Prime Minister of Bangladesh since 2026',
    roles: [{ role: 'Prime Minister', org: 'BD', orgId: 'cd:country/bd', from: '2026-02-20' }],
  }),
]);

const link = linkerOver(kb, '2026-04-20');

const kbIdOf = (text: string, names: [string, EntityType][], surface: string) =>
  writtenAs(link(text, names), text, surface)?.kbId;

describe('a given name spelled by sound or in another language', () => {
  it('links the sound spelling of an Italian given name under the bearer’s office', () => {
    const text = 'Maltese Prime Minister Jorja Vellacott opened the new ferry terminal in Valletta.';
    expect(kbIdOf(text, [['Jorja Vellacott', 'person']], 'Jorja Vellacott')).toBe('p:vella');
  });

  it('links another language’s form of the given name under the bearer’s office', () => {
    const text = 'New Zealand Prime Minister Lorens Tanemura announced the budget in Wellington.';
    expect(kbIdOf(text, [['Lorens Tanemura', 'person']], 'Lorens Tanemura')).toBe('p:tane');
  });

  it('links the Arabic spelling of a name South Asian English ends in "que"', () => {
    const text = 'Bangladeshi Prime Minister Tarek Hossainuddin met garment exporters in Dhaka.';
    expect(kbIdOf(text, [['Tarek Hossainuddin', 'person']], 'Tarek Hossainuddin')).toBe('p:hossain');
  });

  it('still keeps a given name that is another name from the bearer', () => {
    const text = 'Maltese Prime Minister Jessica Vellacott opened the new ferry terminal in Valletta.';
    expect(kbIdOf(text, [['Jessica Vellacott', 'person']], 'Jessica Vellacott')).toBeNull();
  });
});
