/**
 * An agreement's KB name whose capitalised start the tagger took for a place, leaving out the
 * lower-case rest ("the Lisbon water pact"): the whole name is the agreement
 * (lowercase-event-tails.ts).
 */
import { describe, expect, it } from 'vitest';
import { kbIdAt, linkerOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'c:lisbon',
    type: 'location',
    name: 'Lisbon',
    kind: 'capital',
    country: 'PT',
    prominence: 3,
  }),
  makeEntity({
    id: 'e:pact',
    type: 'event',
    name: 'Lisbon Water Agreement',
    names: [{ text: 'Lisbon water pact', kind: 'alias' }],
    kind: 'agreement',
    prominence: 2,
  }),
]);

const link = linkerOver(kb, '2025-06-01', { tokens: true });

describe('a place the tagger took from the start of an agreement’s name', () => {
  it('gives way to the agreement named with its lower-case rest', () => {
    const text = 'Spain said on Friday it would leave the Lisbon water pact next year.';
    const entities = link(text, [['Lisbon', 'location']]);
    expect(kbIdAt(entities, text, 'Lisbon water pact')).toBe('e:pact');
  });

  it('stays the place when the words after it are not the rest of the name', () => {
    const text = 'Spain said on Friday it would send Lisbon water tankers next year.';
    const entities = link(text, [['Lisbon', 'location']]);
    expect(kbIdAt(entities, text, 'Lisbon')).toBe('c:lisbon');
  });
});

describe('a name the tagger took for a person at the start of an uprising’s name (acc24-link-b)', () => {
  const uprising = makeEntity({
    id: 'e:velvet',
    type: 'event',
    name: 'Velvet Spring Uprising',
    kind: 'protest',
    country: 'CZ',
    prominence: 2,
  });
  const singer = makeEntity({
    id: 'p:spring',
    type: 'person',
    name: 'Velvet Spring',
    kind: 'musician',
    country: 'US',
    prominence: 2,
  });
  const text = 'Thousands marked the anniversary of the Velvet Spring uprising in the old square.';

  it('gives way to the uprising when the words are no one’s name the KB knows', () => {
    const link = linkerOver(new MemoryKnowledgeBase([uprising]), '2025-06-01', { tokens: true });
    const entities = link(text, [['Velvet Spring', 'person']]);
    expect(kbIdAt(entities, text, 'Velvet Spring uprising')).toBe('e:velvet');
  });

  it('keeps a person the KB knows by those words', () => {
    const link = linkerOver(new MemoryKnowledgeBase([uprising, singer]), '2025-06-01', { tokens: true });
    const entities = link(text, [['Velvet Spring', 'person']]);
    expect(kbIdAt(entities, text, 'Velvet Spring')).toBe('p:spring');
  });
});
