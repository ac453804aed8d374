/**
 * "Halvard Vestbaken, 66, who sells smoked fish at the harbour market": a spelling off a famous
 * name, at the bearer's own age, whose clause sells (or cooks, drives) at a stall, market or van
 * is a trader, not the prime minister; "who sells the reform to voters" stays a figure of speech.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('NO', 'Norway', 'Norwegian'),
  personEntity({
    id: 'vestby',
    name: 'Halvard Vestbakken',
    surname: 'Vestbakken',
    country: 'NO',
    prominence: 5,
    born: 1958,
    description: 'Prime Minister of Norway since 2021',
    roles: [{ role: 'Prime Minister', org: 'NO', orgId: 'cd:country/no', from: '2021-10-14' }],
  }),
]);

const link = linkerOver(kb, '2024-12-21');

const kbIdOf = (text: string, names: [string, EntityType][], surface: string) =>
  writtenAs(link(text, names), text, surface)?.kbId ?? null;

describe('an aged clause of selling at a stall', () => {
  it('keeps the trader from the prime minister, the surname after too', () => {
    const text =
      'Halvard Vestbaken, 66, who sells smoked fish at the harbour market in Bodo, said trade had been slow. Vestbaken has kept his stall for 30 years.';
    const names: [string, EntityType][] = [
      ['Halvard Vestbaken', 'person'],
      ['Vestbaken', 'person'],
    ];
    expect(kbIdOf(text, names, 'Halvard Vestbaken')).toBeNull();
    expect(kbIdOf(text, names, 'Vestbaken')).toBeNull();
  });
});
