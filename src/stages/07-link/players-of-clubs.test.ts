/**
 * "Tomi Vall of Ravenna United scored twice": a player and his club the tagger ran into one
 * organisation mention are split into the person and the club, when the KB knows both; a
 * whole name the KB knows, or a club it does not, stays as it is.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { withPlayersOfClubs } from './players-of-clubs.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'p:vall',
    type: 'person',
    name: 'Tomi Vall',
    prominence: 2,
    description: 'Finnish midfielder',
  }),
  makeEntity({
    id: 'o:ravenna',
    type: 'organization',
    name: 'Ravenna United',
    kind: 'sports-club',
    prominence: 2,
    description: 'Italian football club',
  }),
  makeEntity({
    id: 'o:bank',
    type: 'organization',
    name: 'Bank of Ravenna United',
    kind: 'company',
    prominence: 1,
    description: 'a bank',
  }),
]);

function split(text: string, surface: string): string[] {
  const start = text.indexOf(surface);
  const mention: Mention = {
    start,
    end: start + surface.length,
    type: 'organization',
    by: 'test',
    confidence: 1,
  };
  return withPlayersOfClubs(kb, text, [mention]).map((m) => `${m.type}:${text.slice(m.start, m.end)}`);
}

describe('a player and his club run together', () => {
  it('splits the person from the club', () => {
    expect(split('Tomi Vall of Ravenna United scored twice.', 'Tomi Vall of Ravenna United')).toEqual([
      'person:Tomi Vall',
      'organization:Ravenna United',
    ]);
  });

  it('keeps a name the KB knows whole, and a club it does not know', () => {
    expect(split('Bank of Ravenna United raised rates.', 'Bank of Ravenna United')).toEqual([
      'organization:Bank of Ravenna United',
    ]);
    expect(split('Tomi Vall of Porto Verde scored.', 'Tomi Vall of Porto Verde')).toEqual([
      'organization:Tomi Vall of Porto Verde',
    ]);
  });
});
