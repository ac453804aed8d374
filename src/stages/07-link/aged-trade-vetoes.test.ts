/**
 * A near spelling presented as a private person — an age the famous bearer's birth year rules
 * out and a trade his profile lacks — stays unlinked even when its sentence goes on to name
 * the bearer's office ("… said the Norwegian prime minister's father …"): that title is
 * somebody else's. The bearer himself, at his own age or under his own office, still links.
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
    prominence: 4,
    born: 1964,
    description: 'Prime Minister of Norway since 2023',
    roles: [{ role: 'Prime Minister', org: 'NO', orgId: 'cd:country/no', from: '2023-10-01' }],
  }),
]);

const link = linkerOver(kb, '2026-03-02');

const kbIdOf = (text: string, names: [string, EntityType][], surface: string) =>
  writtenAs(link(text, names), text, surface)?.kbId;

describe('an aged trade before the bearer’s office in the same sentence', () => {
  it('keeps the near spelling of a private person from the bearer', () => {
    const text =
      'Halvard Vestbaken, a 43-year-old fisherman from Svolvaer in Lofoten, said the Norwegian prime minister had once bought cod at his stall. Vestbaken still rows out at dawn.';
    const names: [string, EntityType][] = [
      ['Halvard Vestbaken', 'person'],
      ['Vestbaken', 'person'],
    ];
    expect(kbIdOf(text, names, 'Halvard Vestbaken')).toBeNull();
    expect(kbIdOf(text, names, 'Vestbaken')).toBeNull();
  });

  it('still links the near spelling at the bearer’s own age under his office', () => {
    const text =
      'Halvard Vestbaken, 62, the Norwegian prime minister, said the cod quota would rise next year.';
    expect(kbIdOf(text, [['Halvard Vestbaken', 'person']], 'Halvard Vestbaken')).toBe('p:vestby');
  });
});
