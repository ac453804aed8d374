/**
 * A city's name the tagger missed after a preposition of place is the KB city, when the KB
 * knows the word only as a city of some size (missed-places.ts).
 */
import { describe, expect, it } from 'vitest';
import { kbIdAt, linkerOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const city = (id: string, name: string, prominence: number) =>
  makeEntity({ id, type: 'location', name, kind: 'city', country: 'BR', prominence });

const kb = new MemoryKnowledgeBase([
  city('c:belem', 'Belém', 2),
  city('c:santarem', 'Santarém', 1),
  city('c:natal', 'Natal', 2),
  makeEntity({
    id: 'p:natal',
    type: 'person',
    name: 'Joana Natal',
    names: [{ text: 'Natal', kind: 'surname' }],
    prominence: 2,
  }),
]);

const link = linkerOver(kb, '2025-06-01', { tokens: true });

describe('a city the tagger missed', () => {
  it('is the KB city after a preposition of place', () => {
    const text = 'The bakery, a family business in Belém, opened a second shop on Monday.';
    expect(kbIdAt(link(text, []), text, 'Belém')).toBe('c:belem');
  });

  it('is left alone without the preposition, for a small town, or for a name others bear', () => {
    const bare = 'Belém exports more fruit than ever, traders said.';
    expect(kbIdAt(link(bare, []), bare, 'Belém')).toBeUndefined();
    const small = 'The bakery, a family business in Santarém, opened a second shop.';
    expect(kbIdAt(link(small, []), small, 'Santarém')).toBeUndefined();
    const shared = 'The bakery, a family business in Natal, opened a second shop.';
    expect(kbIdAt(link(shared, []), shared, 'Natal')).not.toBe('c:natal');
  });
});

describe('a city the tagger missed in a town’s other slots (acc27-link-b)', () => {
  const war = new MemoryKnowledgeBase([
    city('c:belem', 'Belém', 2),
    makeEntity({
      id: 'c:um-dabar',
      type: 'location',
      name: 'Um Dabar',
      names: [{ text: 'Um-Dabar', kind: 'alias' }],
      kind: 'city',
      country: 'SD',
      prominence: 1,
    }),
  ]);
  const linkWar = linkerOver(war, '2025-06-01', { tokens: true });

  it('is the city used as an adjective after "a" or "an"', () => {
    const text = 'Carla Mendes, a Belém schoolteacher, won the national poetry prize.';
    expect(kbIdAt(linkWar(text, []), text, 'Belém')).toBe('c:belem');
  });

  it('is a small town after a verb of taking it, hyphened or not', () => {
    for (const text of [
      'Militia fighters captured Um-Dabar, the last garrison in the north, on Sunday.',
      'The army retook Um Dabar after a week of fighting.',
    ]) {
      const written = text.includes('Um-Dabar') ? 'Um-Dabar' : 'Um Dabar';
      expect(kbIdAt(linkWar(text, []), text, written)).toBe('c:um-dabar');
    }
  });

  it('is left alone before a capital, or a small town after an article', () => {
    const team = 'He scored for a Belém Rovers side that went down in May.';
    expect(kbIdAt(linkWar(team, []), team, 'Belém')).toBeUndefined();
    const small = 'Amira Osman, an Um Dabar teacher, fled with her children.';
    expect(kbIdAt(linkWar(small, []), small, 'Um Dabar')).toBeUndefined();
  });
});
