/**
 * A near spelling under a title its candidate holds ("Vice President Lina Marcova, daughter of
 * the former leader") is the office holder: the kinship apposition after it describes her
 * family. Without the title, under a past title, or with the title repeated in the apposition
 * ("President Ivo Marcov, father of the current president") the relative stays unlinked.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('VD', 'Valdoria', 'Valdorian'),
  personEntity({
    id: 'lina',
    name: 'Lina Markova',
    surname: 'Markova',
    country: 'VD',
    prominence: 3,
    born: 1979,
    description: 'Vice President of Valdoria since 2022',
    roles: [{ role: 'Vice President', org: 'VD', from: '2022-06-30' }],
  }),
  personEntity({
    id: 'ivo',
    name: 'Ivo Markov Jr.',
    surname: 'Markov',
    country: 'VD',
    prominence: 4,
    born: 1957,
    description: 'President of Valdoria since 2022',
    roles: [{ role: 'President', org: 'VD', from: '2022-06-30' }],
  }),
]);

const link = linkerOver(kb, '2025-02-05');

function linked(text: string, surface: string): string | null {
  return writtenAs(link(text, [[surface, 'person']]), text, surface)?.kbId ?? null;
}

describe('a kinship apposition after a title the candidate holds', () => {
  it('repairs the office holder named under her own title', () => {
    const text = 'Lawmakers impeached Vice President Lina Marcova, daughter of the former leader.';
    expect(linked(text, 'Lina Marcova')).toBe('p:lina');
  });

  it('still refuses the relative without the title, or under a past title', () => {
    expect(
      linked('The senate heard Lina Marcova, daughter of the former leader.', 'Lina Marcova'),
    ).toBeNull();
    const former = 'The senate heard former Vice President Lina Marcova, daughter of the former leader.';
    expect(linked(former, 'Lina Marcova')).toBeNull();
  });

  it('still refuses the relative when the apposition gives the title to somebody else', () => {
    const text = 'Crowds remembered President Ivo Markov, father of the current president.';
    expect(linked(text, 'Ivo Markov')).toBeNull();
  });
});
