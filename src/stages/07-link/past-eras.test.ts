/**
 * Among people sharing a name, the one whose time the sentence names: a dead predecessor
 * ("the late strongman …", "the funeral of …", "…, the 17th-century king") against the living
 * namesake who is otherwise more prominent.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { eraCue, eraFit } from './past-eras.js';

const elder = makeEntity({
  id: 'p:varga-elder',
  type: 'person',
  name: 'Tomas Varga',
  country: 'MV',
  prominence: 2,
  description: 'President of Moldavia 1968-85 (1921-1994); father of Tomas Varga Jr.',
  roles: [{ role: 'President', org: 'MV', orgId: 'cd:country/mv', from: '1968-03-01', to: '1985-07-01' }],
});
const son = makeEntity({
  id: 'p:varga-son',
  type: 'person',
  name: 'Tomas Varga Jr.',
  names: [{ text: 'Tomas Varga', kind: 'alias' }],
  country: 'MV',
  born: 1956,
  prominence: 4,
  description: 'President of Moldavia since 2021',
  roles: [{ role: 'President', org: 'MV', orgId: 'cd:country/mv', from: '2021-05-01', to: null }],
});
const oldKing = makeEntity({
  id: 'p:edmund-old',
  type: 'person',
  name: 'Edmund III of Castria',
  names: [{ text: 'Edmund III', kind: 'alias' }],
  country: 'CS',
  prominence: 1,
  description: 'King of Castria 1661-99 (1630-1699)',
  roles: [{ role: 'Monarch', org: 'CS', orgId: 'cd:country/cs', from: '1661', to: '1699' }],
});
const king = makeEntity({
  id: 'p:edmund-now',
  type: 'person',
  name: 'Edmund III',
  names: [{ text: 'King Edmund', kind: 'alias' }],
  country: 'NR',
  born: 1950,
  prominence: 5,
  description: 'King of Norland since 2020',
  roles: [{ role: 'Monarch', org: 'NR', orgId: 'cd:country/nr', from: '2020-01-10', to: null }],
});

const kb = new MemoryKnowledgeBase([
  countryEntity('MV', 'Moldavia', 'Moldavian'),
  countryEntity('CS', 'Castria', 'Castrian'),
  countryEntity('NR', 'Norland', 'Norlandic'),
  elder,
  son,
  oldKing,
  king,
]);

const idOf = (text: string, names: [string, EntityType][], surface: string) =>
  linkedEntityOver(kb, text, names, surface, '2025-03-04')?.kbId;

describe('a dated sentence among namesakes', () => {
  it('gives "the late" strongman and his years to the dead predecessor', () => {
    const text = 'Students in Kiro recalled the curfew imposed by the late strongman Tomas Varga in 1971.';
    expect(idOf(text, [['Tomas Varga', 'person']], 'Tomas Varga')).toBe('p:varga-elder');
  });

  it('gives a funeral to the dead predecessor', () => {
    const text = 'Thousands lined the streets for the funeral of Tomas Varga, the country’s first leader.';
    expect(idOf(text, [['Tomas Varga', 'person']], 'Tomas Varga')).toBe('p:varga-elder');
  });

  it('keeps the living namesake when nothing dates the sentence', () => {
    const text = 'President Tomas Varga signed the budget on Tuesday.';
    expect(idOf(text, [['Tomas Varga', 'person']], 'Tomas Varga')).toBe('p:varga-son');
  });

  it('gives a century before the living king’s birth to the old one', () => {
    const text = 'A new biography of Edmund III, the 17th-century king who built the harbour, sold out.';
    expect(idOf(text, [['Edmund III', 'person']], 'Edmund III')).toBe('p:edmund-old');
  });

  it('keeps the reigning king for a modern year', () => {
    const text = 'Edmund III opened the new bridge, the first since 2019.';
    expect(idOf(text, [['Edmund III', 'person']], 'Edmund III')).toBe('p:edmund-now');
  });
});

describe('eraCue and eraFit', () => {
  it('reads nothing in an undated sentence', () => {
    const text = 'Tomas Varga spoke to reporters.';
    expect(eraCue(text, 0, 11)).toBeNull();
  });

  it('reads a death after the name and the years of a reign', () => {
    const text = 'Tomas Varga, who died in exile, ruled from 1968 to 1985.';
    const cue = eraCue(text, 0, 11)!;
    expect(cue.dead).toBe(true);
    expect(cue.periods).toEqual([
      { from: 1968, to: 1968 },
      { from: 1985, to: 1985 },
    ]);
    expect(eraFit(elder, cue)).toBeGreaterThan(0);
    expect(eraFit(son, cue)).toBeLessThan(0);
  });

  it('does not read past the sentence', () => {
    const text = 'The old regime fell in 1985. Tomas Varga spoke to reporters.';
    expect(eraCue(text, 29, 40)).toBeNull();
  });
});
