import { describe, expect, it } from 'vitest';
import { linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { withoutOpeningAdjective } from './opening-adjectives.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({ id: 'org:wto', type: 'organization', name: 'World Trade Organization', prominence: 4 }),
  makeEntity({ id: 'org:labour', type: 'organization', name: 'Labour', prominence: 3 }),
]);

describe('withoutOpeningAdjective', () => {
  it('drops the adjective that opens a sentence before a name of two words or more', () => {
    const text = 'Talks stalled. Former World Trade Organization chief Ana Reyes spoke.';
    expect(withoutOpeningAdjective(text, 15, 'Former World Trade Organization')).toBe(
      'World Trade Organization',
    );
    expect(
      withoutOpeningAdjective('New World Trade Organization rules', 0, 'New World Trade Organization'),
    ).toBe('World Trade Organization');
  });
  it('keeps the word inside a sentence, and before a one-word name', () => {
    const text = 'She met the New World Trade Organization envoy.';
    expect(withoutOpeningAdjective(text, 12, 'New World Trade Organization')).toBeNull();
    expect(withoutOpeningAdjective('New Labour won.', 0, 'New Labour')).toBeNull();
  });
});

describe('a body named after the adjective that opens the sentence', () => {
  it('links the body', () => {
    const text = 'New World Trade Organization chief Ana Reyes met ministers in Geneva.';
    const names = [['New World Trade Organization', 'organization']] as const;
    expect(linkedEntityOver(kb, text, names, 'New World Trade Organization')?.kbId).toBe('org:wto');
  });
});
