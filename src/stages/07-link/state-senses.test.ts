/**
 * "New York" is the city the KB gives the bare name to, unless the words around make it the
 * state: a member of its delegation, its primary, an address after a town.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { isRepair } from './link-clusters.js';
import { stateSenseOfCityName } from './state-senses.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('US', 'United States', 'American'),
  makeEntity({
    id: 'c:nyc',
    type: 'location',
    name: 'New York City',
    names: [{ text: 'New York', kind: 'alias' }],
    kind: 'city',
    country: 'US',
    description: 'city in New York, United States',
    prominence: 5,
  }),
  makeEntity({
    id: 'r:ny',
    type: 'location',
    name: 'New York (state)',
    names: [
      { text: 'New York State', kind: 'alias' },
      { text: 'State of New York', kind: 'alias' },
    ],
    kind: 'region',
    country: 'US',
    prominence: 4,
  }),
]);

function linkedId(text: string, names: readonly (readonly [string, EntityType])[]) {
  return linkedEntityOver(kb, text, names, 'New York', '2016-04-01')?.kbId ?? null;
}

describe('the words that make a city-named state the state', () => {
  it('are a delegation, a vote or nothing', () => {
    const at = (text: string) => {
      const start = text.indexOf('New York');
      return stateSenseOfCityName(text, start, start + 'New York'.length);
    };
    expect(at('said Ann Reyes, a Democrat from New York, on Tuesday')).toBe('a member of its delegation');
    expect(at('a rally in New York on Monday')).toBeNull();
    expect(at('Alaska, Hawaii and New York hold contests')).toBe('among other states');
    expect(at('voters in New York, Ohio and Texas')).toBe('among other states');
    expect(at('flights between Paris and New York resumed')).toBeNull();
    expect(at('offices in Washington and New York')).toBeNull();
    expect(at('the primary in New York next week')).toBe('its vote');
    expect(at('ahead of the New York primary')).toBe('its vote');
    expect(at('she is moving to New York in June')).toBeNull();
  });
});

describe('"New York"', () => {
  it('is the state for a member of its delegation', () => {
    const text = 'Representative Ann Reyes, Republican of New York, said the bill would pass.';
    expect(linkedId(text, [['New York', 'location']])).toBe('r:ny');
  });

  it('is no repair of the state’s name, written without the KB’s qualifier', () => {
    const text = 'Representative Ann Reyes, Republican of New York, said the bill would pass.';
    const state = linkedEntityOver(kb, text, [['New York', 'location']], 'New York', '2016-04-01');
    expect(state?.mentions.map((m) => m.repaired)).toEqual([false]);
  });

  it('is the state of its primary', () => {
    const text = 'The senator trails in the polls ahead of the primary in New York next Tuesday.';
    expect(linkedId(text, [['New York', 'location']])).toBe('r:ny');
  });

  it('is the state after a town’s name', () => {
    const text = 'The meeting was held at a field office in White Plains, New York, on Saturday.';
    expect(linkedId(text, [['New York', 'location']])).toBe('r:ny');
  });

  it('is the city otherwise', () => {
    const text = 'The anchor is moving to New York and will appear in the show’s later hour.';
    expect(linkedId(text, [['New York', 'location']])).toBe('c:nyc');
  });

  it('is no address after a person’s name: the comma opens an apposition (acc27-link-b)', () => {
    const text = 'Dana Whitfield, New York’s envoy to the trade talks, flew to Geneva on Monday.';
    const names = [
      ['Dana Whitfield', 'person'],
      ['New York', 'location'],
    ] as const;
    expect(linkedId(text, names)).toBe('c:nyc');
  });
});

describe('a name written as the KB writes it, give or take its qualifiers', () => {
  const town = makeEntity({
    id: 'c:white-plains',
    type: 'location',
    name: 'White Plains',
    kind: 'city',
    country: 'US',
    description: 'city in New York, United States',
    prominence: 1,
  });

  it('is no repair without the bracketed qualifier, or with a town’s region after a comma', () => {
    expect(isRepair('New York', kb.get('r:ny')!)).toBe(false);
    expect(isRepair('White Plains, New York', town)).toBe(false);
  });

  it('is a repair when the name itself differs', () => {
    expect(isRepair('White Plans, New York', town)).toBe(true);
    expect(isRepair('New Yrok', kb.get('r:ny')!)).toBe(true);
  });
});
