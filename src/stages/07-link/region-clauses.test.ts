/**
 * The name after "Town, " read as a clause's subject, not an address ("After talks in
 * Jeddah, Ukraine said …"), and an apposition's unknown county placed by the name after it
 * ("Houston, a village in Renfrewshire, Scotland"): region-clauses.ts.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { outerRegion, regionIsSubject } from './region-clauses.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('UA', 'Ukraine', 'Ukrainian'),
  countryEntity('SA', 'Saudi Arabia', 'Saudi'),
  countryEntity('US', 'United States', 'American'),
  makeEntity({
    id: 'pl:wales',
    type: 'location',
    name: 'Wales',
    kind: 'region',
    country: 'GB',
    prominence: 4,
  }),
  makeEntity({
    id: 'pl:riyadh',
    type: 'location',
    name: 'Riyadh',
    kind: 'capital',
    country: 'SA',
    prominence: 3,
    description: 'capital in Saudi Arabia',
  }),
  makeEntity({
    id: 'pl:dallas',
    type: 'location',
    name: 'Dallas',
    kind: 'city',
    country: 'US',
    prominence: 3,
    description: 'city in Texas, United States',
  }),
]);

describe('a country after a town that begins the next clause', () => {
  it('keeps the town when the country after its comma says or does something', () => {
    const text = 'After two days of meetings in Riyadh, Ukraine agreed to a maritime truce, officials said.';
    const names = [
      ['Riyadh', 'location'],
      ['Ukraine', 'location'],
    ] as const;
    expect(linkedEntityOver(kb, text, names, 'Riyadh')?.kbId).toBe('pl:riyadh');
  });

  it('still reads an address: a country with no verb after it, a US state before a verb', () => {
    const abroad = 'Riyadh, Ukraine, is a hamlet of 300 people near the border.';
    const names = [
      ['Riyadh', 'location'],
      ['Ukraine', 'location'],
    ] as const;
    expect(linkedEntityOver(kb, abroad, names, 'Riyadh')?.kbId ?? null).toBeNull();
    expect(regionIsSubject('Ukraine', ' said on Monday')).toBe(true);
    expect(regionIsSubject('Ukraine', ', on Monday')).toBe(false);
    expect(regionIsSubject('Texas', ' said on Monday')).toBe(false);
  });
});

describe('an apposition county the KB lacks, placed by the name after it', () => {
  it('leaves a town placed in another country unlinked', () => {
    const text = 'Dallas, a village in Powys, Wales, will lose its last bus route in May.';
    const names = [
      ['Dallas', 'location'],
      ['Powys', 'location'],
      ['Wales', 'location'],
    ] as const;
    expect(linkedEntityOver(kb, text, names, 'Dallas')?.kbId ?? null).toBeNull();
  });

  it('keeps the town when the outer name is its own country or state', () => {
    const text = 'Dallas, a city in Dallas County, Texas, opened a new library branch.';
    const names = [
      ['Dallas', 'location'],
      ['Dallas County', 'location'],
      ['Texas', 'location'],
    ] as const;
    expect(linkedEntityOver(kb, text, names, 'Dallas')?.kbId).toBe('pl:dallas');
    expect(outerRegion(', Wales, will lose')).toBe('Wales');
    expect(outerRegion(', Wales and Scotland')).toBeNull();
    expect(outerRegion(' will lose')).toBeNull();
  });
});
