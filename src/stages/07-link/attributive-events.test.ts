/**
 * An event whose name ends in a plural "s", written without it before a lower-case noun
 * ("the Tokyo Olympic swimming final"): the plural name used as an adjective (session
 * acc23-link-b; `attributiveEventExact` in link-exact.ts).
 */
import { describe, expect, it } from 'vitest';
import { kbIdAt, linkerOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'ev:tokyo-2020',
    type: 'event',
    name: '2020 Summer Olympics',
    kind: 'sports-event',
    names: [{ text: 'Tokyo Olympics', kind: 'alias' }],
    prominence: 3,
  }),
  makeEntity({ id: 'loc:tokyo', type: 'location', name: 'Tokyo', kind: 'capital', prominence: 4 }),
]);
const link = linkerOver(kb, '2021-07-30');

describe('a plural event name used as an adjective', () => {
  it('is the event before a lower-case noun', () => {
    const text = 'She won silver in the Tokyo Olympic swimming final on Friday.';
    expect(kbIdAt(link(text, [['Tokyo Olympic', 'organization']]), text, 'Tokyo Olympic')).toBe(
      'ev:tokyo-2020',
    );
  });

  it('is nothing before a capitalised word or at the end of a sentence', () => {
    const text = 'The Tokyo Olympic Stadium hosted the final. Fans called it the Tokyo Olympic.';
    const entities = link(text, [
      ['Tokyo Olympic Stadium', 'location'],
      ['Tokyo Olympic', 'organization'],
    ]);
    expect(kbIdAt(entities, text, 'Tokyo Olympic Stadium')).toBeNull();
    const at = text.lastIndexOf('Tokyo Olympic');
    const last = entities.find((e) => e.mentions.some((m) => m.start === at));
    expect(last?.kbId ?? null).toBeNull();
  });
});
