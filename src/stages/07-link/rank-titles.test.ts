/**
 * A military or police rank before a surname names a soldier, an officer, a mascot or a
 * character, not a famous bearer of the surname who holds no rank; a general of the KB keeps
 * his rank's name, and civil titles ending in a rank word ("Attorney General") are roles.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver, personEntity } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { rankOfAnother } from './rank-titles.js';

const senator = personEntity({
  id: 'holloway',
  name: 'Grant Holloway',
  surname: 'Holloway',
  country: 'NR',
  prominence: 4,
  description: 'Senator of Norland since 2010',
  roles: [{ role: 'Senator', org: 'NR', from: '2010-01-01' }],
});
const general = personEntity({
  id: 'brandt',
  name: 'Ottar Brandt',
  surname: 'Brandt',
  country: 'NR',
  prominence: 4,
  description: 'Chief of the Defence Staff of Norland; army general',
  roles: [{ role: 'Chief of the Defence Staff', org: 'NR', from: '2021-05-01' }],
});
const cricketer = personEntity({
  id: 'lund',
  name: 'Mikkel Lund',
  surname: 'Lund',
  country: 'NR',
  prominence: 3,
  description: 'Norlandic cricketer; opening batsman',
});
const kb = new MemoryKnowledgeBase([
  countryEntity('NR', 'Norland', 'Norlandic'),
  senator,
  general,
  cricketer,
]);

const idOf = (text: string, names: [string, EntityType][], surface: string) =>
  linkedEntityOver(kb, text, names, surface, '2025-03-04')?.kbId ?? null;

describe('ranks before a surname', () => {
  it('reads the rank right before the name, its short form too', () => {
    const at = (text: string) => rankOfAnother(text, text.indexOf('Holloway'), senator);
    expect(at('The mascot Colonel Holloway')).toBe('Colonel');
    expect(at('Witnesses said Sgt. Holloway')).toBe('Sgt.');
    expect(at('Senator Holloway')).toBeNull();
  });

  it('reads no rank in a civil title that ends in one', () => {
    const text = 'Attorney General Holloway';
    expect(rankOfAnother(text, text.indexOf('Holloway'), senator)).toBeNull();
    const dashed = 'Secretary-General Holloway';
    expect(rankOfAnother(dashed, dashed.indexOf('Holloway'), senator)).toBeNull();
  });

  it('leaves a ranked bearer of a senator’s surname unlinked', () => {
    const text = 'Major Holloway told the inquiry his patrol had been ambushed near the river crossing.';
    expect(idOf(text, [['Holloway', 'person']], 'Holloway')).toBeNull();
    const mascot = 'Colonel Holloway, the cartoon chicken on every box, turns fifty this year.';
    expect(idOf(mascot, [['Holloway', 'person']], 'Holloway')).toBeNull();
  });

  it('still links the surname alone and a general under his rank', () => {
    const text = 'Holloway told the Norland senate the budget would pass.';
    expect(idOf(text, [['Holloway', 'person']], 'Holloway')).toBe('p:holloway');
    const captain = 'Captain Lund top-scored with 76 as Norland won the final.';
    expect(idOf(captain, [['Lund', 'person']], 'Lund')).toBe('p:lund');
    const ranked = 'General Brandt told Norlandic senators the brigade was ready.';
    expect(idOf(ranked, [['Brandt', 'person']], 'Brandt')).toBe('p:brandt');
  });
});
