/**
 * Copy that says a person only bears a famous name or nickname (session acc26-link-a): "the
 * other X" and "another X" compare somebody with the bearer; and a relative introduced in an
 * apposition whose predicate then gives a private trade ("her grandfather, X, was a miner").
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, kbIdAt, linkerOver } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { appositionAfter } from './descriptor.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('BR', 'Brazil', 'Brazilian'),
  countryEntity('PL', 'Poland', 'Polish'),
  makeEntity({
    id: 'p:lula',
    type: 'person',
    name: 'Luiz Inácio Lula da Silva',
    names: [
      { text: 'Lula', kind: 'alias' },
      { text: 'da Silva', kind: 'surname' },
    ],
    country: 'BR',
    born: 1945,
    prominence: 5,
    description: 'President of Brazil since 2023',
    roles: [{ role: 'President', org: 'BR', orgId: 'cd:country/br', from: '2023-01-01', to: null }],
  }),
  makeEntity({
    id: 'p:sikorski',
    type: 'person',
    name: 'Radosław Sikorski',
    names: [
      { text: 'Radoslaw Sikorski', kind: 'alias' },
      { text: 'Sikorski', kind: 'surname' },
    ],
    country: 'PL',
    born: 1963,
    prominence: 4,
    description: 'Polish foreign minister',
    roles: [
      {
        role: 'Minister of Foreign Affairs',
        org: 'PL',
        orgId: 'cd:country/pl',
        from: '2023-12-13',
        to: null,
      },
    ],
  }),
]);
const link = linkerOver(kb, '2025-03-10');

describe('"the other X": somebody compared with the bearer of a famous name', () => {
  it('leaves a nickname after "the other" unlinked', () => {
    const text =
      'Luiz Silva, 61, a bus driver in Recife, says passengers call him "the other Lula". Silva laughs.';
    const names: [string, EntityType][] = [
      ['Luiz Silva', 'person'],
      ['Lula', 'person'],
      ['Silva', 'person'],
    ];
    expect(kbIdAt(link(text, names), text, 'Lula') ?? null).toBeNull();
  });

  it('leaves "another X" unlinked at the end of its noun phrase', () => {
    const text = 'Coaches in São Paulo hailed the 15-year-old as another Lula.';
    expect(kbIdAt(link(text, [['Lula', 'person']]), text, 'Lula') ?? null).toBeNull();
  });

  it('still links the bearer when the name qualifies a noun after it, or without the words', () => {
    const rally = 'Thousands joined another Lula rally in Brasília on Sunday.';
    expect(kbIdAt(link(rally, [['Lula', 'person']]), rally, 'Lula')).toBe('p:lula');
    const plain = 'Brazilian President Lula met the other leaders in Brasília.';
    expect(kbIdAt(link(plain, [['Lula', 'person']]), plain, 'Lula')).toBe('p:lula');
  });
});

describe('a relative introduced in apposition, then given a trade by "was a"', () => {
  it('reads the predicate after the name as its apposition', () => {
    const text = 'Her grandfather, Jan Nowak, was a coal miner in Katowice.';
    expect(appositionAfter(text, text.indexOf(', was'))).toBe('a coal miner in Katowice');
  });

  it('leaves the exact famous name of a private grandfather unlinked', () => {
    const text =
      'Ewa Sikorska, 29, a violinist from Gdańsk, won the competition. Sikorska said her grandfather, Radosław Sikorski, was a railway worker.';
    const names: [string, EntityType][] = [
      ['Ewa Sikorska', 'person'],
      ['Radosław Sikorski', 'person'],
    ];
    expect(kbIdAt(link(text, names), text, 'Radosław Sikorski') ?? null).toBeNull();
  });

  it('still links the minister whose predicate is his office', () => {
    const text = 'Her guest, Radosław Sikorski, was a foreign minister under two governments.';
    expect(kbIdAt(link(text, [['Radosław Sikorski', 'person']]), text, 'Radosław Sikorski')).toBe(
      'p:sikorski',
    );
  });
});
