/**
 * The spinner's words for "conservative" and "strip" (spinner-lexicon.ts): a party's name
 * wholly spun, read as the body of the article's country (national-bodies.ts), and a place
 * translated word by word; and a city of several words the tagger missed after a
 * preposition of place, an Arabic article hyphened inside it (spans.ts, link-missed.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  countryEntity,
  linkedEntityOver,
  linkerOver,
  writtenAs,
} from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { findSpun } from './spin.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('GB', 'Britain', 'British'),
  countryEntity('CA', 'Canada', 'Canadian'),
  makeEntity({
    id: 'o:tories',
    type: 'organization',
    name: 'Conservative Party',
    kind: 'party',
    country: 'GB',
    prominence: 4,
  }),
  makeEntity({
    id: 'o:greens',
    type: 'organization',
    name: 'Green Party',
    kind: 'party',
    country: 'GB',
    prominence: 2,
  }),
  makeEntity({ id: 'pl:strip', type: 'location', name: 'Gaza Strip', kind: 'territory', prominence: 5 }),
  makeEntity({
    id: 'c:sharm',
    type: 'location',
    name: 'Sharm El Sheikh',
    names: [{ text: 'Sharm al-Sheikh', kind: 'alias' }],
    kind: 'city',
    country: 'EG',
    prominence: 3,
  }),
]);

describe("a party's name wholly spun", () => {
  it("is the body of the article's country the name spins", () => {
    const text = "Britain's Conventional Celebration chose a new leader on Saturday.";
    const names = [
      ['Britain', 'location'],
      ['Conventional Celebration', 'location'],
    ] as const;
    expect(linkedEntityOver(kb, text, names, 'Conventional Celebration')?.kbId).toBe('o:tories');
  });

  it('stays unlinked in an article of no country, or of another', () => {
    const bare = 'The Conventional Celebration chose a new leader on Saturday.';
    const names = [['Conventional Celebration', 'organization']] as const;
    expect(linkedEntityOver(kb, bare, names, 'Conventional Celebration')?.kbId ?? null).toBeNull();
    const other = "Canada's Conventional Celebration chose a new leader on Saturday.";
    const otherNames = [
      ['Canada', 'location'],
      ['Conventional Celebration', 'organization'],
    ] as const;
    expect(linkedEntityOver(kb, other, otherNames, 'Conventional Celebration')?.kbId ?? null).toBeNull();
  });
});

describe('the spinner lexicon', () => {
  it('reads "Sector" back as the Strip of a translated place name', () => {
    expect(findSpun(kb, 'Gaza Sector', ['location'])?.entity.id).toBe('pl:strip');
    expect(findSpun(kb, 'Gaza Sectors', ['organization'])).toBeNull();
  });
});

describe('a city of several words the tagger missed', () => {
  const link = linkerOver(kb, '2025-10-13', { tokens: true });
  it('is the city after a preposition of place, an Arabic article hyphened in it', () => {
    const text = 'The envoys flew to Sharm al-Sheikh for the talks.';
    expect(writtenAs(link(text, []), text, 'Sharm al-Sheikh')?.kbId).toBe('c:sharm');
  });
  it('is nothing without the preposition', () => {
    const text = 'Sharm al-Sheikh hotels were full.';
    expect(writtenAs(link(text, []), text, 'Sharm al-Sheikh')?.kbId ?? null).toBeNull();
  });
});
