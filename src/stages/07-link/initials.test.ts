/**
 * Initials and a surname ("K.P. Oli"): the surname alone decides, when the initials begin the
 * given names of the bearer (initials.ts).
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { Entity, EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { initialsAndSurname, initialsFit } from './initials.js';

const tamang = makeEntity({
  id: 'p:tamang',
  type: 'person',
  name: 'Ram Bahadur Lama Tamang',
  names: [{ text: 'Tamang', kind: 'surname' }],
  country: 'NP',
  born: 1958,
  prominence: 3,
  description: 'Prime Minister of Nepal',
  roles: [{ role: 'Prime Minister', org: 'NP', orgId: 'cd:country/np', from: '2024-07-15', to: null }],
});
const kb = new MemoryKnowledgeBase([countryEntity('NP', 'Nepal', 'Nepali'), tamang]);

const link = linkerOver(kb, '2025-06-01');

function linkedId(text: string, surface: string, type: EntityType = 'person'): string | null | undefined {
  const entities: Entity[] = link(text, [
    ['Nepal', 'location'],
    [surface, type],
  ]);
  return writtenAs(entities, text, surface)?.kbId;
}

describe('initials and a surname', () => {
  it('reads the initials and the surname of the written form only', () => {
    expect(initialsAndSurname('R.B. Tamang')).toEqual({ initials: 'RB', surname: 'Tamang' });
    expect(initialsAndSurname('R. B. Tamang')).toEqual({ initials: 'RB', surname: 'Tamang' });
    expect(initialsAndSurname('Ram Tamang')).toBeNull();
  });

  it('reads capitals run together as initials, not a word or a long acronym', () => {
    expect(initialsAndSurname('RB Tamang')).toEqual({ initials: 'RB', surname: 'Tamang' });
    expect(initialsAndSurname('NATO Tamang')).toBeNull();
    expect(initialsAndSurname('Rb Tamang')).toBeNull();
  });

  it('fits initials that begin the given names of a name or alias', () => {
    expect(initialsFit('RB', tamang)).toBe(true);
    expect(initialsFit('R', tamang)).toBe(true);
    expect(initialsFit('MK', tamang)).toBe(false);
  });

  it('links the bearer whose given names the initials begin', () => {
    const text = 'Protests in Nepal brought down the cabinet of R.B. Tamang on Tuesday.';
    expect(linkedId(text, 'R.B. Tamang')).toBe('p:tamang');
  });

  it('links initials run together, whatever type the tagger gave the name', () => {
    const text = 'Protests in Nepal brought down the cabinet of RB Tamang on Tuesday.';
    expect(linkedId(text, 'RB Tamang', 'organization')).toBe('p:tamang');
    const other = 'Protests in Nepal brought down the cabinet of MK Tamang on Tuesday.';
    expect(linkedId(other, 'MK Tamang', 'organization')).toBeFalsy();
  });

  it('leaves other initials to somebody else', () => {
    const text = 'Protests in Nepal brought down the cabinet of M.K. Tamang on Tuesday.';
    expect(linkedId(text, 'M.K. Tamang')).toBeFalsy();
  });
});
