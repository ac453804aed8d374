/**
 * A crowd of ordinary people reacting to a famous person's news ("drew protests from
 * residents", "cheered by fans") is no private life of that person: the near spelling of a
 * household name still links. A sentence presenting the person as one of them still does not.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { privateLifeIn } from './public-and-private-life.js';

const kb = new MemoryKnowledgeBase([
  personEntity({
    id: 'wexford',
    name: 'Marcus Wexford',
    surname: 'Wexford',
    country: 'US',
    prominence: 5,
    born: 1962,
    description: 'American businessman; founder of the online retailer Cartwheel',
  }),
]);

const link = linkerOver(kb, '2025-06-28');

function kbIdOf(text: string, surface: string): string | null | undefined {
  const names: [string, EntityType][] = [[surface, 'person']];
  return writtenAs(link(text, names), text, surface)?.kbId;
}

describe('crowds reacting to the news', () => {
  it('reads residents or fans reacting as no private life', () => {
    expect(privateLifeIn(' a celebration that drew protests from residents ')).toBeNull();
    expect(privateLifeIn(' he was cheered by thousands of fans ')).toBeNull();
    expect(privateLifeIn(' a resident of capri said ')).toBe('resident');
    expect(privateLifeIn(' like other residents of the island ')).toBe('residents');
  });

  it('links the household name whose wedding drew protests from residents', () => {
    const text =
      'Marcus Wexfort married his fiancee in Capri in a three-day celebration that drew protests from residents.';
    expect(kbIdOf(text, 'Marcus Wexfort')).toBe('p:wexford');
  });

  it('keeps out a spelling the sentence presents as a resident', () => {
    const one = 'Marcus Wexfort, a resident of Capri, joined the protests against the cruise ships.';
    expect(kbIdOf(one, 'Marcus Wexfort')).toBeNull();
    const among = 'Marcus Wexfort and other residents of the island joined the protests on Sunday.';
    expect(kbIdOf(among, 'Marcus Wexfort')).toBeNull();
  });
});
