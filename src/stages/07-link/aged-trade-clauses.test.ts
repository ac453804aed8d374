/**
 * "NAME, AGE, who VERBs …": an age the famous bearer's birth year does not fit and a relative
 * clause whose verb is a trade present a private person, even under the exact name. The
 * bearer at his own age, or a clause of public life, still links.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver, personEntity } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { agedTradeClause, handsOnTrade } from './aged-trade-clauses.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('PT', 'Portugal', 'Portuguese'),
  personEntity({
    id: 'mendes',
    name: 'Rui Mendes Pereira',
    surname: 'Pereira',
    country: 'PT',
    prominence: 4,
    born: 1963,
    description: 'Prime Minister of Portugal since 2024',
    roles: [{ role: 'Prime Minister', org: 'PT', orgId: 'cd:country/pt', from: '2024-04-02' }],
  }),
]);

const idOf = (text: string, names: [string, EntityType][], surface: string) =>
  linkedEntityOver(kb, text, names, surface, '2025-03-04')?.kbId ?? null;

describe('an aged trade clause after an exact name', () => {
  it('leaves a breeder of another age unlinked, and his surname after', () => {
    const text =
      'Rui Mendes Pereira, 64, who breeds horses outside Beja, lost two foals to the heat. Pereira says the herd will recover.';
    const names: [string, EntityType][] = [
      ['Rui Mendes Pereira', 'person'],
      ['Pereira', 'person'],
    ];
    expect(idOf(text, names, 'Rui Mendes Pereira')).toBeNull();
    expect(idOf(text, names, 'Pereira')).toBeNull();
  });

  it('still links the bearer at his own age', () => {
    const text =
      'Rui Mendes Pereira, 62, who sells his plan as a break with austerity, met unions on Monday.';
    expect(idOf(text, [['Rui Mendes Pereira', 'person']], 'Rui Mendes Pereira')).toBe('p:mendes');
  });

  it('still links a clause of public life', () => {
    const text = 'Rui Mendes Pereira, 64, who leads the minority government, survived a confidence vote.';
    expect(idOf(text, [['Rui Mendes Pereira', 'person']], 'Rui Mendes Pereira')).toBe('p:mendes');
  });
});

describe('agedTradeClause', () => {
  it('reads the trade verb after an age', () => {
    expect(agedTradeClause('Ana Kell, 58, who still bakes bread at dawn', 8)).toBe('bakes');
    expect(agedTradeClause('Ana Kell (58), who farms sheep', 8)).toBe('farms');
  });

  it('reads no clause without an age, nor a verb of office', () => {
    expect(agedTradeClause('Ana Kell, who bakes bread', 8)).toBeNull();
    expect(agedTradeClause('Ana Kell, 58, who runs the central bank', 8)).toBeNull();
  });
});

describe('an aged clause of work with the hands after a spelling off the name', () => {
  it('leaves the spelling unlinked even at the bearer’s own age', () => {
    const text =
      'Rui Mendes Pereyra, 62, who grows tulips on 30 hectares near Beja, said this crop was his best. Pereyra exports mostly to Spain.';
    const names: [string, EntityType][] = [
      ['Rui Mendes Pereyra', 'person'],
      ['Pereyra', 'person'],
    ];
    expect(idOf(text, names, 'Rui Mendes Pereyra')).toBeNull();
    expect(idOf(text, names, 'Pereyra')).toBeNull();
  });
});

describe('handsOnTrade', () => {
  it('holds for work with the hands, not for verbs copy uses of office', () => {
    expect(handsOnTrade('grows')).toBe(true);
    expect(handsOnTrade('breeds')).toBe(true);
    expect(handsOnTrade('sells')).toBe(false);
    expect(handsOnTrade('drives')).toBe(false);
  });
});
