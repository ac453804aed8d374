/**
 * Appositions and clauses that present a public figure rather than a private person
 * (name-presentations.ts): a spelling off a known name so presented is still repaired on the
 * article's support, as one without an apposition is.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver, personEntity } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { presentedByPublicDeed } from './name-presentations.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('IB', 'Iberland', 'Iberlandic'),
  countryEntity('GM', 'Greenmark', 'Greenmarkish'),
  personEntity({
    id: 'mazzon',
    name: 'Carlo Mazzon',
    surname: 'Mazzon',
    country: 'IB',
    prominence: 2,
    born: 1974,
    description: 'President of the Costa Verde region 2023–2025',
    roles: [{ role: 'President of Costa Verde', org: 'IB', from: '2023-07-17', to: '2025-11-01' }],
  }),
  personEntity({
    id: 'nielsby',
    name: 'Jens-Erik Nielsby',
    surname: 'Nielsby',
    country: 'GM',
    prominence: 3,
    born: 1991,
    description: 'Premier of Greenmark since 2025',
    roles: [{ role: 'Prime Minister', org: 'GM', from: '2025-04-07' }],
  }),
]);

const idOf = (text: string, names: [string, EntityType][], surface: string, date: string) =>
  linkedEntityOver(kb, text, names, surface, date)?.kbId;

describe('public posts and deeds in an apposition (session acc24-link-a)', () => {
  it('repairs a spelling presented as "the regional president"', () => {
    const text =
      'Floods killed 200 people in Iberland, the worst disaster in decades. Carlo Mazon, the regional president, faced anger over late warnings.';
    expect(idOf(text, [['Carlo Mazon', 'person']], 'Carlo Mazon', '2024-10-31')).toBe('p:mazzon');
  });

  it('repairs a spelling whose clause says the party won the election', () => {
    const text =
      'Jens-Erik Nilsby, whose Unity party won the Greenmark election, formed a broad coalition on Friday.';
    expect(idOf(text, [['Jens-Erik Nilsby', 'person']], 'Jens-Erik Nilsby', '2025-03-28')).toBe('p:nielsby');
  });

  it('reads a post of a level of government and a won vote, not a firm’s post or a prize', () => {
    const presents = (s: string) => presentedByPublicDeed(`Ana Kell${s}`, 8);
    expect(presents(', the state governor, said')).toBe(true);
    expect(presents(', who won the presidential run-off in May, said')).toBe(true);
    expect(presents(', whose Green party narrowly lost the 2024 election, said')).toBe(true);
    expect(presents(', the company president, said')).toBe(false);
    expect(presents(', who won the lottery in May, said')).toBe(false);
  });
});
