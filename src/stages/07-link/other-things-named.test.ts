/**
 * A famous name used by something else that the words around it say: a football club
 * ("FC Bramley"), a venue ("the Corvin Lumière concert hall"), a band ("K-pop group
 * Hexagon"), a street of another town ("Harrow Street in Cambridge"). The famous body stays
 * linked where nothing says so.
 */
import { describe, expect, it } from 'vitest';
import { linkLayers } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { linkDocument } from './link-document.js';
import { OtherThingsNamed, streetOfOtherTown } from './other-things-named.js';

const tournament = makeEntity({
  id: 'e:bramley',
  type: 'event',
  name: 'Bramley Championships',
  names: [{ text: 'Bramley', kind: 'alias' }],
  kind: 'sports-event',
  country: 'GB',
  prominence: 3,
  description: 'grass-court tennis tournament',
});
const palace = makeEntity({
  id: 'o:corvin',
  type: 'organization',
  name: 'Corvin Palace',
  names: [{ text: 'Corvin', kind: 'alias' }],
  kind: 'government',
  country: 'FR',
  prominence: 3,
  description: 'residence of the president of France',
});
const ministry = makeEntity({
  id: 'o:hexagon',
  type: 'organization',
  name: 'Ministry of Defence of Ruritania',
  names: [{ text: 'Hexagon', kind: 'alias' }],
  kind: 'ministry',
  country: 'GB',
  prominence: 4,
});
const street = makeEntity({
  id: 'p:harrow-street',
  type: 'location',
  name: 'Harrow Street',
  kind: 'place',
  country: 'GB',
  prominence: 3,
  description: 'street in Westminster, London; seat of the government',
});
const city = (id: string, name: string) =>
  makeEntity({ id, type: 'location', name, kind: 'city', country: 'GB', prominence: 2 });
const dorlin = city('c:dorlin', 'Dorlin');
const kb = new MemoryKnowledgeBase([
  tournament,
  palace,
  ministry,
  street,
  dorlin,
  city('c:cambridge', 'Cambridge'),
  city('c:london', 'London'),
]);

/** The KB id of every listed mention, in the order listed (a surface listed twice: its next occurrence). */
function idsOf(text: string, names: [string, EntityType][]): (string | null)[] {
  const layers = linkLayers(text, names);
  const entities = linkDocument(kb, { text, date: '2025-05-04', ...layers });
  return layers.mentions.map(
    (m) => entities.find((e) => e.mentions.some((x) => x.start === m.start && x.end === m.end))?.kbId ?? null,
  );
}

describe('a famous name inside a club’s name', () => {
  it('leaves the tournament’s alias unlinked after a club prefix, and said alone later', () => {
    const text = 'FC Bramley won the county cup on Saturday. Bramley will host the replay next month.';
    expect(
      idsOf(text, [
        ['Bramley', 'event'],
        ['Bramley', 'event'],
      ]),
    ).toEqual([null, null]);
  });

  it('links the tournament where no club is named', () => {
    const text = 'Bramley starts on Monday, and the top seed said the grass was fast.';
    expect(idsOf(text, [['Bramley', 'event']])).toEqual(['e:bramley']);
  });

  it('keeps a place named after a club of that town: only the name at the prefix is the club’s', () => {
    expect(
      new OtherThingsNamed('FC Dorlin fans gathered in Dorlin.').longerNameOfOther('Dorlin', () => false, 27),
    ).toBeNull();
    expect(
      new OtherThingsNamed('FC Dorlin fans gathered in Dorlin.').longerNameOfOther('Dorlin', () => false, 3),
    ).toBe('FC Dorlin');
    expect(
      new OtherThingsNamed('FC Dorlin fans gathered in Dorlin.').longerNameOfOther('Dorlin', () => false),
    ).toBe('FC Dorlin');
  });
});

describe('a famous name heading a venue’s name', () => {
  it('leaves the palace unlinked when the article names a concert hall after it', () => {
    const text =
      'The Corvin Lumière concert hall in Lyon reopens in June. Corvin had been closed since a flood.';
    expect(idsOf(text, [['Corvin', 'organization']])).toEqual([null]);
  });

  it('still links the palace under its own longer name', () => {
    expect(
      new OtherThingsNamed('Corvin Palace hotel guests complained.').longerNameOfOther(
        'Corvin',
        (n) => n === 'Corvin Palace',
      ),
    ).toBe(null);
    const text = 'Corvin said on Tuesday that the president would travel to Madrid.';
    expect(idsOf(text, [['Corvin', 'organization']])).toEqual(['o:corvin']);
  });
});

describe('a famous name given to a band', () => {
  it('reads the genre and ensemble words before the name', () => {
    const text = 'K-pop group Hexagon sold out two nights in Seoul. Hexagon will tour Europe next year.';
    expect(new OtherThingsNamed(text).ensembleNamed('Hexagon', ministry)).toBe('K-pop group');
    expect(
      idsOf(text, [
        ['Hexagon', 'organization'],
        ['Hexagon', 'organization'],
      ]),
    ).toEqual([null, null]);
  });

  it('does not take a group alone for a band, nor refuse a band of the KB', () => {
    expect(
      new OtherThingsNamed('The militant group Hexagon claimed the attack.').ensembleNamed(
        'Hexagon',
        ministry,
      ),
    ).toBeNull();
    const band = makeEntity({ id: 'o:band', type: 'organization', name: 'Hexagon', kind: 'music-group' });
    expect(new OtherThingsNamed('The rock band Hexagon split up.').ensembleNamed('Hexagon', band)).toBeNull();
    const text = 'The Hexagon said the drills would continue through the summer.';
    expect(idsOf(text, [['Hexagon', 'organization']])).toEqual(['o:hexagon']);
  });
});

describe('a famous street placed in another town', () => {
  const isTown = (name: string) => ['Cambridge', 'London', 'Westminster'].includes(name);

  it('refuses a street placed in a town its description does not name', () => {
    const text = 'Neighbours on Harrow Street in Cambridge want a speed bump.';
    expect(streetOfOtherTown(text, text.indexOf(' in '), street, isTown)).toBe('in Cambridge');
    expect(idsOf(text, [['Harrow Street', 'location']])).toEqual([null]);
  });

  it('keeps the street in its own city, in central London, or placed nowhere', () => {
    for (const text of [
      'Protesters gathered on Harrow Street in London on Sunday.',
      'Protesters gathered on Harrow Street in central London on Sunday.',
      'Harrow Street said the budget would be published next week.',
    ])
      expect(idsOf(text, [['Harrow Street', 'location']])).toEqual(['p:harrow-street']);
  });
});
