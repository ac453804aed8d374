/**
 * Exactly written names the words around them give another sense (place-senses.ts): a
 * country that is also a US state in an address or inside a longer name, a company's name
 * used as a place, an organisation after another country's name.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { companyAsPlace, continuesAsName, countryWordBefore, isAddressState } from './place-senses.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('GE', 'Georgia', 'Georgian'),
  countryEntity('PT', 'Portugal', 'Portuguese'),
  countryEntity('ZA', 'South Africa', 'South African'),
  countryEntity('US', 'United States', 'American'),
  makeEntity({
    id: 'r:ga',
    type: 'location',
    name: 'Georgia (US state)',
    names: [{ text: 'State of Georgia', kind: 'alias' }],
    kind: 'region',
    country: 'US',
    prominence: 3,
  }),
  makeEntity({
    id: 'o:amazon',
    type: 'organization',
    name: 'Amazon',
    kind: 'company',
    country: 'US',
    prominence: 5,
  }),
  makeEntity({
    id: 'o:da',
    type: 'organization',
    name: 'Democratic Alliance',
    kind: 'party',
    country: 'ZA',
    prominence: 3,
  }),
]);

const link = linkerOver(kb, '2025-06-01');

function linked(text: string, surface: string, type: EntityType): string | null {
  const e = writtenAs(link(text, [[surface, type]]), text, surface);
  return e?.kbId ? e.name : null;
}

describe('a country that is also a US state', () => {
  it('is the state in an address, and nothing inside a longer name', () => {
    expect(
      linked('Floods cut power to homes around Macon, Georgia, the utility said.', 'Georgia', 'location'),
    ).toBe('Georgia (US state)');
    expect(linked('Georgia Tech beat its rival in overtime on Saturday.', 'Georgia', 'location')).toBeNull();
    expect(
      linked('Protesters marched through Tbilisi as Georgia braced for the vote.', 'Georgia', 'location'),
    ).toBe('Georgia');
    expect(
      linked('Georgia President Salome Zourabichvili refused to step down.', 'Georgia', 'location'),
    ).toBe('Georgia');
  });

  it('reads the address and the longer name from the characters around the mention', () => {
    expect(isAddressState('homes around Macon, Georgia', 20, 'Georgia')).toBe(true);
    expect(isAddressState('talks with Georgia', 11, 'Georgia')).toBe(false);
    expect(continuesAsName('Georgia Tech won', 7)).toBe(true);
    expect(continuesAsName('Georgia said', 7)).toBe(false);
  });
});

describe("a company's name used as a place", () => {
  it('is the place after "in the" or before a natural feature, the company otherwise', () => {
    expect(
      linked('Satellites recorded forest loss in the Amazon at record speed.', 'Amazon', 'location'),
    ).toBeNull();
    expect(linked('Fires in the Amazon rainforest hit a record in August.', 'Amazon', 'location')).toBeNull();
    expect(linked('Workers at Amazon voted to join a union.', 'Amazon', 'organization')).toBe('Amazon');
    expect(linked('Shares of the Amazon founder’s rocket firm rose.', 'Amazon', 'organization')).toBe(
      'Amazon',
    );
    expect(companyAsPlace('villages within the Amazon as talks began', 20, 26)).toBe('a place');
  });
  it('is no company as a kind of animal or a name given to one', () => {
    expect(
      linked('The zoo’s Amazon parrots learned to mimic the keepers.', 'Amazon', 'organization'),
    ).toBeNull();
    expect(
      linked('A filly called Amazon won at Newmarket on Saturday.', 'Amazon', 'organization'),
    ).toBeNull();
    expect(linked('Amazon shares rose after the results.', 'Amazon', 'organization')).toBe('Amazon');
  });
  it("is neither before a thing named after the word, nor as a pet's name", () => {
    expect(
      linked('An Amazon parrot escaped from the pet shop on Friday.', 'Amazon', 'organization'),
    ).toBeNull();
    expect(linked('A tabby called Amazon has gone missing in Leeds.', 'Amazon', 'organization')).toBeNull();
  });
});

describe("an organisation after another country's name", () => {
  it("refuses a namesake abroad, not the country's own body", () => {
    expect(
      linked("Portugal's Democratic Alliance won the snap election.", 'Democratic Alliance', 'organization'),
    ).toBeNull();
    expect(
      linked(
        'The Portuguese Democratic Alliance won the snap election.',
        'Democratic Alliance',
        'organization',
      ),
    ).toBeNull();
    expect(
      linked(
        "South Africa's Democratic Alliance joined the coalition.",
        'Democratic Alliance',
        'organization',
      ),
    ).toBe('Democratic Alliance');
    // A possessive demonym is a person's name ("Anthony Albanian's"), not a country.
    expect(countryWordBefore("Albanian's Labor Party", 11)).toEqual({ word: 'Albanian', possessive: true });
  });
});
