/**
 * Events written where a venue stands, after "at", which the tagger types as places or bodies
 * (events-at.ts): a show the KB knows by a name nothing else bears, a film festival after a
 * film's premiere.
 */
import { describe, expect, it } from 'vitest';
import { kbIdAt, linkerOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({ id: 'e:pawfair', type: 'event', name: 'Pawfair', kind: 'show', country: 'GB', prominence: 1 }),
  makeEntity({
    id: 'e:rivamar-ff',
    type: 'event',
    name: 'Rivamar Film Festival',
    kind: 'festival',
    country: 'IT',
    prominence: 2,
  }),
  makeEntity({
    id: 'c:rivamar',
    type: 'location',
    name: 'Rivamar',
    kind: 'city',
    country: 'IT',
    prominence: 1,
  }),
]);

const link = linkerOver(kb, '2025-05-20');

describe('an event written where its venue stands', () => {
  it('is the show the KB knows by that name alone, after "at"', () => {
    const text = 'A terrier called Pickle won best in show at Pawfair on Sunday.';
    expect(kbIdAt(link(text, [['Pawfair', 'location']]), text, 'Pawfair')).toBe('e:pawfair');
  });

  it('is the film festival named after the town, after a premiere or screening', () => {
    for (const text of [
      'The thriller premiered at Rivamar to a ten-minute ovation.',
      'The documentary was screened at Rivamar last week.',
    ])
      for (const type of ['location', 'organization'] as const)
        expect(kbIdAt(link(text, [['Rivamar', type]]), text, 'Rivamar')).toBe('e:rivamar-ff');
  });

  it('is the town after any other words', () => {
    const text = 'The director grew up at Rivamar, a fishing port.';
    expect(kbIdAt(link(text, [['Rivamar', 'location']]), text, 'Rivamar')).toBe('c:rivamar');
    const show = 'Pawfair drew 20,000 dog lovers.';
    expect(kbIdAt(link(show, [['Pawfair', 'location']]), show, 'Pawfair')).toBeNull();
  });
});
