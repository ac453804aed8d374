/**
 * "Cian Mulroney, 35, greenkeeper at a golf club near Cork": a greenkeeper or groundsman in a
 * golf or football article is the club's staff, not the star a slip away — the age may fit
 * by chance. The star presented as a golfer still links.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';

const kb = new MemoryKnowledgeBase([
  personEntity({
    id: 'mulrooney',
    name: 'Cian Mulrooney',
    surname: 'Mulrooney',
    country: 'IE',
    prominence: 4,
    born: 1990,
    description: 'Irish professional golfer; Masters champion 2024',
  }),
]);

const link = linkerOver(kb, '2025-04-13');

const kbIdOf = (text: string, names: [string, EntityType][], surface: string) =>
  writtenAs(link(text, names), text, surface)?.kbId ?? null;

describe('grounds staff of a club', () => {
  it('keeps a greenkeeper a slip off a golfer’s name unlinked', () => {
    const text =
      'Cian Mulroney, 35, greenkeeper at a golf club near Cork, says golfers ask him for putting tips. Mulroney has not played a round in years.';
    const names: [string, EntityType][] = [
      ['Cian Mulroney', 'person'],
      ['Mulroney', 'person'],
    ];
    expect(kbIdOf(text, names, 'Cian Mulroney')).toBeNull();
    expect(kbIdOf(text, names, 'Mulroney')).toBeNull();
  });

  it('still links the golfer a slip off in a golf article', () => {
    const text =
      'Cian Mulroney, 35, shot a 66 in the final round of the Masters and leads the golf by two shots.';
    expect(kbIdOf(text, [['Cian Mulroney', 'person']], 'Cian Mulroney')).toBe('p:mulrooney');
  });
});
