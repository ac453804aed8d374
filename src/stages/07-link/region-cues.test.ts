/**
 * A place name the words around it, or its article, give to another KB place: "upstate New
 * York" is the state, and the bare "Congo" beside the DRC's neighbours and rebels is the DRC.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { burialBefore, otherCountryOfName, partOfStateBefore, riverAfter } from './region-cues.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('US', 'United States', 'American'),
  countryEntity('RW', 'Rwanda', 'Rwandan'),
  makeEntity({
    id: 'cd:country/cg',
    type: 'location',
    name: 'Republic of the Congo',
    names: [{ text: 'Congo', kind: 'alias' }],
    kind: 'country',
    country: 'CG',
    prominence: 4,
  }),
  makeEntity({
    id: 'cd:country/cd',
    type: 'location',
    name: 'DR Congo',
    names: [{ text: 'Democratic Republic of the Congo', kind: 'alias' }],
    kind: 'country',
    country: 'CD',
    prominence: 4,
  }),
  makeEntity({
    id: 'c:nyc',
    type: 'location',
    name: 'New York City',
    names: [{ text: 'New York', kind: 'alias' }],
    kind: 'city',
    country: 'US',
    description: 'city in New York, United States',
    prominence: 4,
  }),
  makeEntity({
    id: 'r:nys',
    type: 'location',
    name: 'New York (state)',
    names: [{ text: 'New York State', kind: 'alias' }],
    kind: 'region',
    country: 'US',
    description: 'US state',
    prominence: 3,
  }),
  makeEntity({
    id: 'r:ohio',
    type: 'location',
    name: 'Ohio',
    kind: 'region',
    country: 'US',
    description: 'US state',
    prominence: 3,
  }),
  makeEntity({
    id: 'w:ohio',
    type: 'location',
    name: 'Ohio River',
    kind: 'place',
    country: 'US',
    prominence: 2,
  }),
]);

const link = linkerOver(kb, '2025-06-01');

function linkedId(text: string, surface: string, names: readonly (readonly [string, EntityType])[]) {
  const entities = link(text, names);
  return writtenAs(entities, text, surface)?.kbId ?? null;
}

describe('partOfStateBefore and otherCountryOfName', () => {
  it('read "upstate" right before a name', () => {
    const text = 'a dairy farm in upstate New York';
    expect(partOfStateBefore(text, text.indexOf('New York'))).toBe(true);
    expect(partOfStateBefore('a deli in New York', 10)).toBe(false);
  });
  it('give the bare Congo to the DRC only beside its cues, and not beside Brazzaville', () => {
    expect(otherCountryOfName('Congo accused Rwanda of backing the rebels.', 'Congo')).toBe(
      'Democratic Republic of the Congo',
    );
    expect(otherCountryOfName('Congo held a vote, officials in Brazzaville said.', 'Congo')).toBeNull();
    expect(otherCountryOfName('Congo held a vote on Sunday.', 'Congo')).toBeNull();
  });
});

describe('a place name its words give to another place', () => {
  it('is the state after "upstate", and the city without it', () => {
    const up = 'A dairy farm in upstate New York lost its barn to a fire.';
    expect(linkedId(up, 'New York', [['New York', 'location']])).toBe('r:nys');
    const city = 'A deli in New York lost its sign to a storm.';
    expect(linkedId(city, 'New York', [['New York', 'location']])).toBe('c:nyc');
  });
  it('is the river before "river", alone or in a list of rivers, and the state elsewhere', () => {
    const list = 'Barges waited where the Ohio and Tennessee rivers meet.';
    expect(linkedId(list, 'Ohio', [['Ohio', 'location']])).toBe('w:ohio');
    const alone = 'Barges waited on the Ohio river for the fog to lift.';
    expect(riverAfter(alone, alone.indexOf(' river'))).toBe(true);
    expect(riverAfter('Voters in Ohio rivered', 'Voters in Ohio'.length)).toBe(false);
    const state = 'Voters in Ohio and Tennessee went to the polls.';
    expect(linkedId(state, 'Ohio', [['Ohio', 'location']])).toBe('r:ohio');
  });
  it('is the DRC for the bare Congo beside Rwanda', () => {
    const text = 'Congo and Rwanda agreed to a ceasefire in talks hosted by Qatar.';
    const names = [
      ['Congo', 'location'],
      ['Rwanda', 'location'],
    ] as const;
    expect(linkedId(text, 'Congo', names)).toBe('cd:country/cd');
    const alone = 'Congo held a parliamentary vote on Sunday.';
    expect(linkedId(alone, 'Congo', [['Congo', 'location']])).toBe('cd:country/cg');
  });
});

describe('a town after a burial word (acc25-link-b)', () => {
  const graves = new MemoryKnowledgeBase([
    makeEntity({
      id: 'c:alden',
      type: 'location',
      name: 'Alden',
      kind: 'city',
      country: 'US',
      prominence: 2,
    }),
    makeEntity({
      id: 'p:alden-cemetery',
      type: 'location',
      name: 'Alden National Cemetery',
      kind: 'place',
      country: 'US',
      prominence: 1,
    }),
  ]);
  const linkGraves = linkerOver(graves, '2024-06-05');

  it('reads a burial word and "at" or "in" before the name', () => {
    const text = 'Veterans laid wreaths at his grave at Alden. He was buried in Alden.';
    expect(burialBefore(text, text.indexOf('Alden'))).toBe(true);
    expect(burialBefore(text, text.lastIndexOf('Alden'))).toBe(true);
    const plain = 'She grew up at Alden and studied in Alden.';
    expect(burialBefore(plain, plain.indexOf('Alden'))).toBe(false);
  });

  it('is the cemetery named after the town, else the town', () => {
    const grave = 'Veterans laid wreaths at his grave at Alden on Memorial Day.';
    expect(writtenAs(linkGraves(grave, [['Alden', 'location']]), grave, 'Alden')?.kbId).toBe(
      'p:alden-cemetery',
    );
    const town = 'Veterans marched through Alden on Memorial Day.';
    expect(writtenAs(linkGraves(town, [['Alden', 'location']]), town, 'Alden')?.kbId).toBe('c:alden');
  });
});
