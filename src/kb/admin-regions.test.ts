import { describe, expect, it } from 'vitest';
import { regionOfCity } from './admin-regions.js';
import { cityToEntity } from './sources/convert.js';

describe('the province or state of a Canadian or Australian city', () => {
  it('is written into the description by the build, from the package code', () => {
    const kingston = cityToEntity(
      {
        cityId: 1,
        name: 'Kingston',
        country: 'CA',
        featureCode: 'PPL',
        adminCode: '08',
        population: 132_000,
      },
      'Canada',
    );
    expect(kingston.description).toBe('city in Ontario, Canada');
    const geelong = cityToEntity(
      { cityId: 2, name: 'Geelong', country: 'AU', featureCode: 'PPL', adminCode: '07', population: 268_000 },
      'Australia',
    );
    expect(geelong.description).toBe('city in Victoria, Australia');
  });

  it('is absent for other countries and unknown codes', () => {
    expect(regionOfCity('GB', 'ENG')).toBeUndefined();
    expect(regionOfCity('CA', '99')).toBeUndefined();
    expect(regionOfCity('AU', undefined)).toBeUndefined();
    expect(regionOfCity('US', 'OR')).toBe('Oregon');
  });
});
