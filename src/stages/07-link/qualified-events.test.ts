/**
 * Events the KB names with a qualifier ("Harbour Open (tennis)", "Harbour Open (golf)"),
 * named bare in copy: the one whose qualifier the article speaks of (qualified-events.ts);
 * and a body named without its country, seated in the town named right after it
 * (seat-places.ts).
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'ev:ho-tennis',
    type: 'event',
    name: 'Harbour Open (tennis)',
    kind: 'sports-event',
    prominence: 2,
  }),
  makeEntity({
    id: 'ev:ho-golf',
    type: 'event',
    name: 'Harbour Open (golf)',
    kind: 'sports-event',
    prominence: 2,
  }),
  makeEntity({
    id: 'p:vale',
    type: 'person',
    name: 'Marta Vale',
    description: 'Portuguese tennis player',
    country: 'PT',
    prominence: 3,
  }),
  countryEntity('US', 'United States', 'American'),
  countryEntity('PE', 'Peru', 'Peruvian'),
  makeEntity({
    id: 'c:dc',
    type: 'location',
    name: 'Washington',
    kind: 'capital',
    country: 'US',
    prominence: 4,
  }),
  makeEntity({ id: 'c:lima', type: 'location', name: 'Lima', kind: 'capital', country: 'PE', prominence: 3 }),
  makeEntity({
    id: 'o:us-congress',
    type: 'organization',
    name: 'United States Congress',
    kind: 'legislature',
    country: 'US',
    prominence: 4,
  }),
  makeEntity({
    id: 'o:pe-congress',
    type: 'organization',
    name: 'Congress of Peru',
    kind: 'legislature',
    country: 'PE',
    prominence: 2,
  }),
]);

describe('a bare name of qualified events', () => {
  it('is the event whose qualifier a person the article names is described by', () => {
    const text = 'Marta Vale won the Harbour Open in three sets on Sunday.';
    const names = [
      ['Marta Vale', 'person'],
      ['Harbour Open', 'event'],
    ] as const;
    expect(linkedEntityOver(kb, text, names, 'Harbour Open')?.kbId).toBe('ev:ho-tennis');
  });

  it('is the event whose qualifier the text names', () => {
    const text = 'Rain delayed the Harbour Open, the golf season’s last major, by a day.';
    expect(linkedEntityOver(kb, text, [['Harbour Open', 'event']], 'Harbour Open')?.kbId).toBe('ev:ho-golf');
  });

  it('stays unlinked when the article speaks of no qualifier, or of both', () => {
    const none = 'Tickets for the Harbour Open sold out in an hour.';
    expect(linkedEntityOver(kb, none, [['Harbour Open', 'event']], 'Harbour Open')?.kbId ?? null).toBeNull();
    const both = 'The Harbour Open will hold its tennis and golf events in the same week.';
    expect(linkedEntityOver(kb, both, [['Harbour Open', 'event']], 'Harbour Open')?.kbId ?? null).toBeNull();
  });
});

describe('a body seated in the town named after it', () => {
  it('is the body of that town’s country, not of the country the article names most', () => {
    const text =
      'Peruvian President Dina Ruiz addressed Congress in Washington on Tuesday. The Peruvian leader thanked Peru’s allies.';
    const names = [
      ['Peruvian', 'misc'],
      ['Congress', 'organization'],
      ['Washington', 'location'],
      ['Peru', 'location'],
    ] as const;
    expect(linkedEntityOver(kb, text, names, 'Congress')?.kbId).toBe('o:us-congress');
  });

  it('is the body of the article’s country without a town after it', () => {
    const text = 'Peruvian lawmakers in Congress voted on Tuesday. Peru’s president signed the bill.';
    const names = [
      ['Peruvian', 'misc'],
      ['Congress', 'organization'],
      ['Peru', 'location'],
    ] as const;
    expect(linkedEntityOver(kb, text, names, 'Congress')?.kbId).toBe('o:pe-congress');
  });
});
