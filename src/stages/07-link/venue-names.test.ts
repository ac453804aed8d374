/**
 * A famous one-word name heading nothing but following a venue's word — "Bar do Amaral",
 * "Café de Amaral", "Chez Amaral" — is part of a bar's or restaurant's name, not the
 * president's; the president named otherwise in the article still links.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('BR', 'Brazil', 'Brazilian'),
  makeEntity({
    id: 'p:amaral',
    type: 'person',
    name: 'Jorge Amaral da Cunha',
    names: [{ text: 'Amaral', kind: 'alias' }],
    country: 'BR',
    prominence: 5,
    born: 1950,
    description: 'President of Brazil since 2023',
    roles: [{ role: 'President', org: 'BR', orgId: 'cd:country/br', from: '2023-01-01', to: null }],
  }),
]);

const link = linkerOver(kb, '2025-02-02');

const kbIdOf = (text: string, surface: string) =>
  writtenAs(link(text, [[surface, 'person']]), text, surface)?.kbId ?? null;

describe('a name after a venue’s word', () => {
  it('leaves "Bar do Amaral" and "Chez Amaral" to the venue', () => {
    expect(
      kbIdOf(
        'Rita Souza runs Bar do Amaral on the Recife waterfront and says tourists ask for selfies.',
        'Amaral',
      ),
    ).toBeNull();
    expect(kbIdOf('The couple met over dinner at Chez Amaral in Lisbon in 1994.', 'Amaral')).toBeNull();
  });

  it('still links the president', () => {
    expect(kbIdOf('Brazilian President Amaral flew to Recife on Sunday.', 'Amaral')).toBe('p:amaral');
  });
});
