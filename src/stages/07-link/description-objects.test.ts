/**
 * "John Podesta, the chairman of Clinton's campaign": the name inside a description, after its
 * preposition, is the object of its words; the description is not that person's.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, personEntity } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('US', 'United States', 'American'),
  personEntity({ id: 'lane', name: 'Mary Lane', surname: 'Lane', country: 'US', prominence: 4 }),
]);

const link = linkerOver(kb, '2016-07-06');

describe('a name after a description’s preposition', () => {
  it('is not the person the description stands for', () => {
    const text =
      'Mary Lane spoke in Ohio. They met at the think tank founded by Tom Reyes, the chairman of Lane’s campaign, on Friday.';
    const names: [string, EntityType][] = [
      ['Mary Lane', 'person'],
      ['Tom Reyes', 'person'],
      ['Lane', 'person'],
    ];
    const entities = link(text, names);
    const lane = entities.find((e) => e.kbId === 'p:lane')!;
    const spans = lane.mentions.map((m) => text.slice(m.start, m.end));
    expect(spans).not.toContain('the chairman of');
  });
});
