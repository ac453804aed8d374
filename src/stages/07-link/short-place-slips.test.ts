/**
 * A short place name (under five letters) one letter slip off a capital of note, after a
 * preposition of place, is that capital (session acc22-link-b; `capitalSlipped` in
 * link-sound-alikes.ts): "a hospital in Kyvi" is Kyiv's.
 */
import { describe, expect, it } from 'vitest';
import { kbIdAt, linkerOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const place = (id: string, name: string, kind: string, prominence: number) =>
  makeEntity({ id, type: 'location', name, kind, country: 'XX', prominence });

const kb = new MemoryKnowledgeBase([
  place('c:riga', 'Riga', 'capital', 4),
  place('c:tula', 'Tula', 'capital', 4),
  place('c:tala', 'Tala', 'city', 1),
  place('c:bern', 'Bern', 'capital', 3),
]);
const link = linkerOver(kb, '2025-06-01');

describe('a short place name slipped', () => {
  it('is the capital of note one slip off, after a preposition of place', () => {
    const text = 'A drone struck a depot in Rgia overnight, officials said.';
    expect(kbIdAt(link(text, [['Rgia', 'location']]), text, 'Rgia')).toBe('c:riga');
  });

  it('is nothing without the preposition, with a rival one slip off, or for a lesser place', () => {
    const bare = 'Rgia officials denied the report on Monday.';
    expect(kbIdAt(link(bare, [['Rgia', 'location']]), bare, 'Rgia')).toBeNull();
    const rival = 'A drone struck a depot in Tila overnight, officials said.';
    expect(kbIdAt(link(rival, [['Tila', 'location']]), rival, 'Tila')).toBeNull();
    const lesser = 'A drone struck a depot in Bren overnight, officials said.';
    expect(kbIdAt(link(lesser, [['Bren', 'location']]), lesser, 'Bren')).toBeNull();
  });
});

/**
 * A longer place name two slips off a country or capital of note, under the 0.90 of a
 * spelling repair, after a preposition of place, in copy of public affairs (session
 * acc23-link-b; `countrySlipped` in link-sound-alikes.ts).
 */
describe('a country or capital two slips off', () => {
  const countries = new MemoryKnowledgeBase([
    place('c:armenia', 'Armenia', 'country', 4),
    place('c:hamu', 'Hamu', 'capital', 4),
  ]);
  const withRival = new MemoryKnowledgeBase([
    place('c:armenia', 'Armenia', 'country', 4),
    place('c:armena', 'Armena', 'city', 2),
  ]);
  const linkIn = linkerOver(countries, '2025-06-01');

  it('is that country or capital after a preposition of place in an article of public affairs', () => {
    const text = 'The president said elections in Armeine would go ahead as planned.';
    expect(kbIdAt(linkIn(text, [['Armeine', 'location']]), text, 'Armeine')).toBe('c:armenia');
    const city = 'Ministers met for talks in Hamoo on the ceasefire.';
    expect(kbIdAt(linkIn(city, [['Hamoo', 'location']]), city, 'Hamoo')).toBe('c:hamu');
  });

  it('is nothing outside public affairs, without the preposition, or with a rival as near', () => {
    const holiday = 'We spent a lovely week in Armeine with the children.';
    expect(kbIdAt(linkIn(holiday, [['Armeine', 'location']]), holiday, 'Armeine')).toBeNull();
    const bare = 'Armeine officials said the president would attend the talks.';
    expect(kbIdAt(linkIn(bare, [['Armeine', 'location']]), bare, 'Armeine')).toBeNull();
    const rival = 'The president said elections in Armeine would go ahead as planned.';
    expect(
      kbIdAt(linkerOver(withRival, '2025-06-01')(rival, [['Armeine', 'location']]), rival, 'Armeine'),
    ).toBeNull();
  });
});
