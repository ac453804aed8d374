/**
 * Another given name under a famous surname ("Abolore Tinubu, the president's son") is a
 * relative, even with the famous bearer's role words near it; a slip of the given name
 * ("Bolla Tinubu") is still a repair.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { Entity } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { hasOtherGivenName } from './given-names.js';

const tinubu = makeEntity({
  id: 'p:tinubu',
  type: 'person',
  name: 'Bola Tinubu',
  names: [
    { text: 'Bola Ahmed Tinubu', kind: 'alias' },
    { text: 'Tinubu', kind: 'surname' },
  ],
  country: 'NG',
  born: 1952,
  prominence: 4,
  description: 'President of Nigeria since 2023',
  roles: [{ role: 'President', org: 'NG', orgId: 'cd:country/ng', from: '2023-05-29', to: null }],
});
const vance = makeEntity({
  id: 'p:vance',
  type: 'person',
  name: 'J. D. Vance',
  country: 'US',
  prominence: 5,
});
const kb = new MemoryKnowledgeBase([countryEntity('NG', 'Nigeria', 'Nigerian'), tinubu]);

const link = linkerOver(kb, '2026-02-20');

function linkPerson(text: string, surface: string): Entity | undefined {
  return writtenAs(link(text, [[surface, 'person']]), text, surface);
}

describe('another given name under the same surname', () => {
  it('tells another given name from a slip of the bearer', () => {
    expect(hasOtherGivenName('Abolore Tinubu', tinubu)).toBe(true);
    expect(hasOtherGivenName('Bolla Tinubu', tinubu)).toBe(false);
    expect(hasOtherGivenName('Ahmed Tinubu', tinubu)).toBe(false);
    // Another surname is a matter for the sound-alike rules; initials are no given name.
    expect(hasOtherGivenName('Abolore Tinibu', tinubu)).toBe(false);
    expect(hasOtherGivenName('Jay Dee Vance', vance)).toBe(false);
  });
  it("counts a surname only like the bearer's without a full role cue, for long given names", () => {
    const titled = makeEntity({
      ...tinubu,
      names: [{ text: 'Imam Tinubu', kind: 'alias' }, ...tinubu.names],
    });
    expect(hasOtherGivenName('Olamilekan Tinibu', tinubu, false)).toBe(true);
    expect(hasOtherGivenName('Olamilekan Tinibu', tinubu, true)).toBe(false);
    expect(hasOtherGivenName('Seyi Tinibu', tinubu, false)).toBe(false);
    expect(hasOtherGivenName('Bolla Tinibu', tinubu, false)).toBe(false);
    // A title the KB writes in a name is no given name to be close to.
    expect(hasOtherGivenName('Imamu Tinubu', titled)).toBe(true);
  });
  it("refuses the president for a relative named next to the president's title", () => {
    const text = "Nigeria's President and Abolore Tinubu opened a polo tournament in Kano.";
    expect(linkPerson(text, 'Abolore Tinubu')?.kbId).toBeNull();
  });
  it('still repairs a slip of the given name', () => {
    const text = "Nigeria's President Bolla Tinubu signed the budget on Friday.";
    expect(linkPerson(text, 'Bolla Tinubu')?.kbId).toBe('p:tinubu');
  });
});

describe('a title in another transliteration', () => {
  it('is no given name: "Shaikh" is the "Sheikh" of the KB name', () => {
    const sheikh = makeEntity({
      id: 'p:sheikh-noor',
      type: 'person',
      name: 'Sheikh Nooraini',
      names: [
        { text: 'Nooraini', kind: 'surname' },
        // Her full name: the given word before it is hers, the title is not a given name.
        { text: 'Sheikh Nooraini Wazed', kind: 'alias' },
      ],
      country: 'BD',
      prominence: 4,
    });
    expect(hasOtherGivenName('Shaikh Nurayni', sheikh, false)).toBe(false);
    expect(hasOtherGivenName('Shaykh Nurayni', sheikh, false)).toBe(false);
  });
});
