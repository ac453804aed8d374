import { describe, expect, it } from 'vitest';
import { linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { joinedOrganisation } from './joined-names.js';
import { companyAsPlace } from './place-senses.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'org:northwind',
    type: 'organization',
    name: 'NorthWind',
    kind: 'company',
    prominence: 3,
  }),
  makeEntity({
    id: 'org:blueharbor',
    type: 'organization',
    name: 'BlueHarbor',
    kind: 'company',
    prominence: 3,
  }),
  makeEntity({ id: 'org:volta', type: 'organization', name: 'Volta', kind: 'company', prominence: 4 }),
  makeEntity({
    id: 'org:stoneridge',
    type: 'organization',
    name: 'StoneRidge',
    kind: 'company',
    prominence: 2,
  }),
  makeEntity({ id: 'loc:stone-ridge', type: 'location', name: 'Stone Ridge', kind: 'town', prominence: 2 }),
  makeEntity({ id: 'loc:redfield', type: 'location', name: 'Redfield', kind: 'town', prominence: 2 }),
]);

const link = linkerOver(kb, '2025-03-04', { tokens: true });

describe('company names split in two words', () => {
  it('joins a tagged two-word name on the exact name of a company', () => {
    const text = 'Shares of the logistics startup North Wind fell 9 percent on Tuesday.';
    expect(writtenAs(link(text, [['North Wind', 'person']]), text, 'North Wind')?.kbId).toBe('org:northwind');
  });

  it('finds a split name the tagger missed, and the company listed before it', () => {
    const text = 'The founder of the Volta and Blue Harbor companies spoke to investors in Lisbon.';
    const entities = link(text, [['Volta', 'organization']]);
    expect(writtenAs(entities, text, 'Blue Harbor')?.kbId).toBe('org:blueharbor');
    expect(writtenAs(entities, text, 'Volta')?.kbId).toBe('org:volta');
  });

  it('does not join a name given an age: a person is called so', () => {
    const text = 'Blue Harbor, 44, a ferry pilot from Tromso, rescued two kayakers on Sunday.';
    expect(writtenAs(link(text, [['Blue Harbor', 'person']]), text, 'Blue Harbor')?.kbId).toBeFalsy();
  });

  it('keeps a name the KB knows as written over the join', () => {
    const text = 'Flooding closed the main road into Stone Ridge on Sunday.';
    expect(writtenAs(link(text, [['Stone Ridge', 'location']]), text, 'Stone Ridge')?.kbId).toBe(
      'loc:stone-ridge',
    );
  });

  it('needs the join letter for letter, not a likeness', () => {
    expect(joinedOrganisation(kb, 'North Winds')).toBeNull();
    expect(joinedOrganisation(kb, 'Red Field')).toBeNull(); // a town, not a company
    expect(joinedOrganisation(kb, 'north wind')).toBeNull(); // not a name as written
    expect(joinedOrganisation(kb, 'Blue Harbor')?.id).toBe('org:blueharbor');
  });
});

describe('a company name in a list of companies', () => {
  it('is no place when the list ends in a company noun', () => {
    expect(companyAsPlace('the head of the Volta and Blue Harbor companies', 16, 21)).toBeNull();
    expect(companyAsPlace('villages of the Volta and their fields', 16, 21)).toBe('a place');
  });
});
