import { describe, expect, it } from 'vitest';
import { cityToEntity } from './sources/convert.js';
import { defaultKbPath, loadKnowledgeBase } from './store.js';
import { apAbbreviationsOf, usStateOfCity } from './us-states.js';

describe('the state of a US city', () => {
  it('is written into the description by the build, from the package state code', () => {
    const columbia = cityToEntity(
      {
        cityId: 4575352,
        name: 'Columbia',
        country: 'US',
        featureCode: 'PPLA',
        adminCode: 'SC',
        population: 131_686,
      },
      'United States',
    );
    expect(columbia.description).toBe('city in South Carolina, United States');
    expect(usStateOfCity(columbia.description)).toBe('South Carolina');
  });

  it('is absent for cities of other countries and descriptions of other things', () => {
    const exeter = cityToEntity(
      {
        cityId: 2649808,
        name: 'Exeter',
        country: 'GB',
        featureCode: 'PPLA2',
        adminCode: 'ENG',
        population: 113_118,
      },
      'United Kingdom',
    );
    expect(exeter.description).toBe('city in United Kingdom');
    expect(usStateOfCity(exeter.description)).toBeNull();
    expect(usStateOfCity('US senator from Arizona 1987-2018')).toBeNull();
    expect(usStateOfCity(null)).toBeNull();
  });
});

describe('the AP abbreviations of the states', () => {
  it('are found by the state, and are the short names of the shipped KB states', () => {
    expect(apAbbreviationsOf('Kansas')).toEqual(['Kan.', 'Kans.']);
    expect(apAbbreviationsOf('Ohio')).toEqual([]);
    const kb = loadKnowledgeBase(defaultKbPath());
    // Short names match only as written: "Ga." is Georgia's, "GA" Gabon's.
    const state = (abbreviation: string) =>
      kb
        .lookup(abbreviation)
        .find(
          (h) =>
            h.kind === 'short' && h.entity.names.some((n) => n.kind === 'short' && n.text === abbreviation),
        )?.entity.name;
    expect(state('Fla.')).toBe('Florida');
    expect(state('N.Y.')).toBe('New York (state)');
    expect(state('Ga.')).toBe('Georgia (US state)');
    expect(state('W.Va.')).toBe('West Virginia');
  });
});
