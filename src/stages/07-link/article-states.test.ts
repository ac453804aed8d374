/**
 * A town named alone, of which the KB knows namesakes, is the one in the US state the article
 * names ("visited Missouri … a rally in Springfield"); with no state, or the states of two
 * namesakes named, the linker's usual choice stands.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { usStatesNamedIn } from './article-states.js';

function city(id: string, name: string, country: string, where: string, prominence = 1) {
  return makeEntity({
    id,
    type: 'location',
    name,
    kind: 'city',
    country,
    description: `city in ${where}`,
    prominence,
  });
}

function region(id: string, name: string) {
  return makeEntity({ id, type: 'location', name, kind: 'region', country: 'US', prominence: 3 });
}

const kb = new MemoryKnowledgeBase([
  countryEntity('US', 'United States', 'American'),
  countryEntity('GB', 'United Kingdom', 'British'),
  region('r:mo', 'Missouri'),
  region('r:il', 'Illinois'),
  region('r:nh', 'New Hampshire'),
  city('c:springfield-il', 'Springfield', 'US', 'Illinois, United States'),
  city('c:springfield-mo', 'Springfield', 'US', 'Missouri, United States'),
  city('c:manchester-gb', 'Manchester', 'GB', 'United Kingdom', 2),
  city('c:manchester-nh', 'Manchester', 'US', 'New Hampshire, United States'),
  countryEntity('MX', 'Mexico', 'Mexican'),
  city('c:monterrey', 'Monterrey', 'MX', 'Mexico', 3),
]);

const link = linkerOver(kb, '2016-03-01');

function linkedId(text: string, surface: string, names: readonly (readonly [string, EntityType])[]) {
  const entities = link(text, names);
  return writtenAs(entities, text, surface)?.kbId ?? null;
}

describe('the US states an article names', () => {
  it('are read as whole words, the longer name first', () => {
    const text = 'Voters in West Virginia and Kansas, unlike Arkansas, went to Indianapolis and Washington.';
    expect([...usStatesNamedIn(text)].sort()).toEqual(['Arkansas', 'Kansas', 'West Virginia']);
  });

  it('leave out a state’s name that begins a city’s ("Kansas City")', () => {
    expect([...usStatesNamedIn('He spoke to a Kansas City radio station.')]).toEqual([]);
  });
});

describe('a town named alone, with namesakes in the KB', () => {
  it('is the one in the state the article names', () => {
    const text =
      'The senator spent the weekend in Missouri. He held a rally in Springfield that drew nearly 4,000 people.';
    const names: [string, EntityType][] = [
      ['Missouri', 'location'],
      ['Springfield', 'location'],
    ];
    expect(linkedId(text, 'Springfield', names)).toBe('c:springfield-mo');
  });

  it('is the US town, not the better-known foreign one, in a story set in its state', () => {
    const text =
      'Turnout was high across New Hampshire on Tuesday. "I came for the debate," said a nurse from Manchester who had never voted before.';
    const names: [string, EntityType][] = [
      ['New Hampshire', 'location'],
      ['Manchester', 'location'],
    ];
    expect(linkedId(text, 'Manchester', names)).toBe('c:manchester-nh');
  });

  it('is left to the usual choice when the states of two namesakes are named', () => {
    const text =
      'The governors of Missouri and Illinois met on Friday. Both said Springfield would host the next meeting.';
    const names: [string, EntityType][] = [
      ['Missouri', 'location'],
      ['Illinois', 'location'],
      ['Springfield', 'location'],
    ];
    expect(linkedId(text, 'Springfield', names)).not.toBe('c:springfield-mo');
  });

  it('is the one of the state its own sentence names, when the article names both', () => {
    const text =
      'Illinois and Missouri vote on Tuesday. The senator visited Missouri on Saturday, holding a rally in Springfield that drew 5,000 people.';
    const names: [string, EntityType][] = [
      ['Illinois', 'location'],
      ['Missouri', 'location'],
      ['Springfield', 'location'],
    ];
    expect(linkedId(text, 'Springfield', names)).toBe('c:springfield-mo');
  });

  it('is left to the usual choice when no state is named', () => {
    const text = 'The band opened its tour in Manchester, where the first show sold out in an hour.';
    expect(linkedId(text, 'Manchester', [['Manchester', 'location']])).toBe('c:manchester-gb');
  });
});

describe('a town its address places in a US state', () => {
  it('is no misspelt foreign city: "Monterey, Calif." is not Monterrey', () => {
    const text = 'The hotel chain sold its oldest inn, in Monterey, Calif., to a group of local investors.';
    expect(linkedId(text, 'Monterey', [['Monterey', 'location']])).toBeNull();
  });

  it('leaves the repair of a misspelt foreign city with no address', () => {
    const text =
      'The carmaker will build its new plant near Monterey, the industrial capital of northern Mexico.';
    expect(linkedId(text, 'Monterey', [['Monterey', 'location']])).toBe('c:monterrey');
  });
});
