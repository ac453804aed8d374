/**
 * A body's name the tagger typed a person in one place and a body in another
 * (`linkPeopleWrittenAsBodies` in link-consistency.ts), and a party's name typed a person
 * (`linkPartiesTypedAsPeople`); session acc26-link-b.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, kbIdAt, linkerOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('AO', 'Angola', 'Angolan'),
  makeEntity({
    id: 'o:pardem',
    type: 'organization',
    name: 'PARDEM',
    kind: 'party',
    country: 'AO',
    prominence: 1,
  }),
  makeEntity({
    id: 'o:quorvia',
    type: 'organization',
    name: 'Quorvia',
    kind: 'company',
    country: 'KR',
    prominence: 3,
  }),
  makeEntity({
    id: 'o:halden',
    type: 'organization',
    name: 'Halden',
    kind: 'company',
    country: 'NO',
    prominence: 3,
  }),
  makeEntity({
    id: 'p:halden',
    type: 'person',
    name: 'Sigrid Halden',
    names: [{ text: 'Halden', kind: 'surname' }],
    kind: 'politician',
    country: 'NO',
    prominence: 2,
  }),
]);

const link = linkerOver(kb, '2025-03-10');

describe('a place of several words typed misc once (session 23)', () => {
  const streets = new MemoryKnowledgeBase([
    makeEntity({ id: 'l:wall-street', type: 'location', name: 'Wall Street', country: 'US', prominence: 4 }),
  ]);
  const linkStreets = linkerOver(streets, '2025-11-19');

  it('is the place the article links under the same spun name elsewhere', () => {
    const text =
      'The results beat Wall Avenue forecasts on Wednesday. Shares rose on Wall Avenue after the report.';
    const entities = linkStreets(text, [
      ['Wall Avenue', 'misc'],
      ['Wall Avenue', 'location'],
    ]);
    expect(kbIdAt(entities, text, 'Wall Avenue', 0)).toBe('l:wall-street');
    expect(kbIdAt(entities, text, 'Wall Avenue', 1)).toBe('l:wall-street');
  });
});

describe('a body written as a person once', () => {
  it('is the body the article links under the same name elsewhere', () => {
    const text =
      'Korean start-up Quorvia shook chip stocks on Monday. Quorvia founder Min Jae-won said demand was strong.';
    const entities = link(text, [
      ['Quorvia', 'person'],
      ['Quorvia', 'organization'],
      ['Min Jae-won', 'person'],
    ]);
    expect(kbIdAt(entities, text, 'Quorvia', 0)).toBe('o:quorvia');
    expect(kbIdAt(entities, text, 'Quorvia', 1)).toBe('o:quorvia');
  });

  it('stays a person when a KB person bears the name', () => {
    const text = 'Halden said she would stand again. Halden shares rose 4 percent on the news.';
    const entities = link(text, [
      ['Halden', 'person'],
      ['Halden', 'organization'],
    ]);
    expect(kbIdAt(entities, text, 'Halden', 0)).not.toBe('o:halden');
  });

  it('stays a person when the article names somebody in full with that last name', () => {
    const text =
      'Quorvia shares fell on Tuesday. Ana Quorvia, a teacher in Porto, said her family had no link to the firm. Quorvia said so twice.';
    const entities = link(text, [
      ['Quorvia', 'organization'],
      ['Ana Quorvia', 'person'],
      ['Quorvia', 'person'],
    ]);
    expect(kbIdAt(entities, text, 'Quorvia', 2)).not.toBe('o:quorvia');
  });
});

describe('a party typed a person', () => {
  it('is the party when the words around it say so, in an article naming its country', () => {
    const text = "Angola's ruling Pardem candidate Joaquim Lelo was declared the winner on Thursday.";
    const entities = link(text, [
      ['Angola', 'location'],
      ['Pardem', 'person'],
      ['Joaquim Lelo', 'person'],
    ]);
    expect(kbIdAt(entities, text, 'Pardem')).toBe('o:pardem');
  });

  it('is no party without words of a party around it', () => {
    const text = 'Pardem, a fisherman from Angola, said the catch was poor this year.';
    const entities = link(text, [
      ['Pardem', 'person'],
      ['Angola', 'location'],
    ]);
    expect(kbIdAt(entities, text, 'Pardem')).not.toBe('o:pardem');
  });

  it('is no party of a country the article does not name', () => {
    const text = 'The ruling Pardem candidate Joaquim Lelo was declared the winner on Thursday.';
    const entities = link(text, [
      ['Pardem', 'person'],
      ['Joaquim Lelo', 'person'],
    ]);
    expect(kbIdAt(entities, text, 'Pardem')).not.toBe('o:pardem');
  });
});
