import { describe, expect, it } from 'vitest';
import { linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({ id: 'loc:lakehaven', type: 'location', name: 'Lakehaven', kind: 'city', prominence: 2 }),
  makeEntity({
    id: 'ev:lakehaven-meeting',
    type: 'event',
    name: 'Lakehaven Winter Meeting',
    names: [{ text: 'Lakehaven', kind: 'alias' }],
    prominence: 4,
  }),
]);

const link = linkerOver(kb, '2025-01-22');

describe('a town that an event is also called by', () => {
  it('is the town after "in", whatever type the tagger gave it', () => {
    const text = 'The bank chief told the annual business forum in Lakehaven that rates would stay high.';
    expect(writtenAs(link(text, [['Lakehaven', 'misc']]), text, 'Lakehaven')?.kbId).toBe('loc:lakehaven');
    expect(writtenAs(link(text, [['Lakehaven', 'event']]), text, 'Lakehaven')?.kbId).toBe('loc:lakehaven');
  });

  it('is the town after a settlement noun and "of"', () => {
    const text = 'Bankers flew into the mountain resort of Lakehaven for the annual business forum.';
    expect(writtenAs(link(text, [['Lakehaven', 'event']]), text, 'Lakehaven')?.kbId).toBe('loc:lakehaven');
    const town = 'Snow closed the roads to the town of Lakehaven before the forum opened.';
    expect(writtenAs(link(town, [['Lakehaven', 'misc']]), town, 'Lakehaven')?.kbId).toBe('loc:lakehaven');
  });

  it('stays the event where the text speaks of the event', () => {
    const text = 'The prime minister spoke at Lakehaven on Wednesday about trade.';
    expect(writtenAs(link(text, [['Lakehaven', 'misc']]), text, 'Lakehaven')?.kbId).toBe(
      'ev:lakehaven-meeting',
    );
  });
});
