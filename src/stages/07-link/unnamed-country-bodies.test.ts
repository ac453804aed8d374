/**
 * A generic body name that a word swap matches to a body of a country the article never
 * names, in a story set in another country, is not that body (unnamed-country-bodies.ts).
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('US', 'United States', 'American'),
  countryEntity('AM', 'Armenia', 'Armenian'),
  countryEntity('FR', 'France', 'French'),
  countryEntity('KR', 'South Korea', 'South Korean'),
  makeEntity({
    id: 'p:seoul',
    type: 'location',
    name: 'Seoul',
    kind: 'capital',
    country: 'KR',
    prominence: 4,
  }),
  makeEntity({
    id: 'p:washington',
    type: 'location',
    name: 'Washington',
    kind: 'capital',
    country: 'US',
    prominence: 4,
  }),
  makeEntity({
    id: 'p:paris',
    type: 'location',
    name: 'Paris',
    kind: 'capital',
    country: 'FR',
    prominence: 4,
  }),
  makeEntity({
    id: 'p:paris-tx',
    type: 'location',
    name: 'Paris',
    kind: 'city',
    country: 'US',
    prominence: 1,
  }),
  makeEntity({
    id: 'p:austin',
    type: 'location',
    name: 'Austin',
    kind: 'city',
    country: 'US',
    prominence: 2,
  }),
  makeEntity({
    id: 'o:doi',
    type: 'organization',
    name: 'US Department of the Interior',
    names: [{ text: 'Interior Department', kind: 'alias' }],
    kind: 'ministry',
    country: 'US',
    prominence: 2,
  }),
  makeEntity({
    id: 'o:white-house',
    type: 'organization',
    name: 'White House',
    kind: 'government',
    country: 'US',
    prominence: 5,
  }),
]);

const over = (text: string, names: [string, EntityType][]) =>
  linkedEntityOver(kb, text, names, 'Interior Ministry')?.kbId ?? null;

describe('a swapped generic body name in a story set in another country', () => {
  it('is not the body of a country the article never names', () => {
    const text =
      'Riot police cleared the square in Armenia overnight. The Interior Ministry said 40 people were held. Armenia has seen weeks of protests.';
    expect(
      over(text, [
        ['Armenia', 'location'],
        ['Interior Ministry', 'organization'],
        ['Armenia', 'location'],
      ]),
    ).toBeNull();
  });

  it('is not the body of a country the article names less often than its home', () => {
    const text =
      'SEOUL (Yonhap) - Lee won South Korea’s election, the Interior Ministry said. Washington welcomed the result. South Korea votes again in 2028.';
    expect(
      over(text, [
        ['SEOUL', 'location'],
        ['South Korea', 'location'],
        ['Interior Ministry', 'organization'],
        ['Washington', 'location'],
        ['South Korea', 'location'],
      ]),
    ).toBeNull();
  });

  it('is not the body when the article is set in a town of another country', () => {
    const text =
      'PARIS (Reuters) - Rioters set cars ablaze overnight, the interior ministry said on Thursday. Police in Paris detained 150 people.';
    const names: [string, EntityType][] = [
      ['PARIS', 'location'],
      ['interior ministry', 'organization'],
      ['Paris', 'location'],
    ];
    expect(linkedEntityOver(kb, text, names, 'interior ministry')?.kbId ?? null).toBeNull();
    // The body's own country's towns set the story at home.
    const home =
      'AUSTIN (Reuters) - Crews fought the blaze overnight, the Interior Ministry said. Austin asked for help.';
    expect(
      over(home, [
        ['AUSTIN', 'location'],
        ['Interior Ministry', 'organization'],
        ['Austin', 'location'],
      ]),
    ).toBe('o:doi');
  });

  it('is the body when the article names its country, or names no country often', () => {
    const named =
      'Wildfires spread across Armenia and the United States this week. The Interior Ministry said crews in the United States were stretched. Armenia asked for help.';
    expect(
      over(named, [
        ['Armenia', 'location'],
        ['United States', 'location'],
        ['Interior Ministry', 'organization'],
        ['United States', 'location'],
        ['Armenia', 'location'],
      ]),
    ).toBe('o:doi');
    const bare = 'The Interior Ministry said crews were stretched by the fires.';
    expect(over(bare, [['Interior Ministry', 'organization']])).toBe('o:doi');
  });

  it('is the body when its country is named right before it, wherever the story is set', () => {
    // Session 24 (lead): "China's Overseas Ministry spokesperson …" in a story from Tokyo.
    const text =
      'SEOUL (Yonhap) - South Korea’s cabinet met on Friday. The American Interior Ministry said crews were stretched. South Korea sent help.';
    expect(
      linkedEntityOver(
        kb,
        text,
        [
          ['SEOUL', 'location'],
          ['South Korea', 'location'],
          ['American', 'misc'],
          ['Interior Ministry', 'organization'],
          ['South Korea', 'location'],
        ],
        'Interior Ministry',
      )?.kbId,
    ).toBe('o:doi');
  });

  it('is not the body when the copy seats it in a town of another country', () => {
    // Session 24 (lead): "the Superior Court of Justice in Toronto" linked Israel's court.
    const text = 'The case was heard at the Interior Ministry in Paris on Thursday.';
    const names: [string, EntityType][] = [
      ['Interior Ministry', 'organization'],
      ['Paris', 'location'],
    ];
    expect(over(text, names)).toBeNull();
    const home = 'The case was heard at the Interior Ministry in Austin on Thursday.';
    expect(
      over(home, [
        ['Interior Ministry', 'organization'],
        ['Austin', 'location'],
      ]),
    ).toBe('o:doi');
  });

  it('leaves a body of a kind no other country shares a name for', () => {
    const text =
      'The Armenian prime minister flew out of Armenia on Sunday. He met officials at the White Home on Monday. Armenia hopes for aid.';
    const names: [string, EntityType][] = [
      ['Armenian', 'misc'],
      ['Armenia', 'location'],
      ['White Home', 'organization'],
      ['Armenia', 'location'],
    ];
    expect(linkedEntityOver(kb, text, names, 'White Home')?.kbId).toBe('o:white-house');
  });
});
