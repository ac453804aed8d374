/**
 * A KB name the tagger broke at "and" or "&" (`joinedOverAnd` in link-mention-spans.ts,
 * session acc26-link-b): "Beijing's Belt and [Road Initiative]".
 */
import { describe, expect, it } from 'vitest';
import { kbIdAt, linkerOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'e:silk-and-sea',
    type: 'event',
    name: 'Silk and Sea Programme',
    kind: 'policy',
    country: 'CN',
    prominence: 2,
  }),
  makeEntity({
    id: 'o:marlow-brandt',
    type: 'organization',
    name: 'Marlow & Brandt',
    kind: 'company',
    country: 'US',
    prominence: 2,
  }),
]);

const link = linkerOver(kb, '2025-05-02');

describe('a name broken at "and"', () => {
  it('takes in the capitalised word and "and" the tagger left out', () => {
    const text = "Kenya's president praised Beijing's Silk and Sea Programme during his visit.";
    const entities = link(text, [['Sea Programme', 'organization']]);
    expect(kbIdAt(entities, text, 'Silk and Sea Programme')).toBe('e:silk-and-sea');
  });

  it('joins two mentions the tagger made on either side of "&"', () => {
    const text = 'Shares of Marlow & Brandt fell 6 percent after the recall.';
    const entities = link(text, [
      ['Marlow', 'organization'],
      ['Brandt', 'organization'],
    ]);
    expect(kbIdAt(entities, text, 'Marlow & Brandt')).toBe('o:marlow-brandt');
  });

  it('leaves two names alone when together they are no KB name', () => {
    const other = 'Officials from Brandt and Sea Programme teams met.';
    expect(
      kbIdAt(link(other, [['Sea Programme', 'organization']]), other, 'Brandt and Sea Programme'),
    ).toBeUndefined();
  });
});
