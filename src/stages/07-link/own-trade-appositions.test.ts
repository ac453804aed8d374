/**
 * "Marek Dabrovitz, the nationalist historian backed by the opposition": an apposition whose
 * head is the candidate's own trade ("historian" of "President of Poland since 2025; historian")
 * presents the candidate, not somebody else, and a participle with "by" ends that head ("backed
 * by …"). A baker so presented stays somebody else.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('PL', 'Poland', 'Polish'),
  personEntity({
    id: 'dabrowicz',
    name: 'Marek Dabrowicz',
    surname: 'Dabrowicz',
    country: 'PL',
    prominence: 4,
    born: 1983,
    description: 'President of Poland since 2025; historian',
    roles: [{ role: 'President', org: 'PL', orgId: 'cd:country/pl', from: '2025-08-06' }],
  }),
]);

const link = linkerOver(kb, '2025-06-02');

const kbIdOf = (text: string, surface: string) =>
  writtenAs(link(text, [[surface, 'person']]), text, surface)?.kbId ?? null;

describe('an apposition naming the candidate’s own trade', () => {
  it('links the near spelling presented as the historian he is', () => {
    expect(
      kbIdOf(
        'Marek Dabrovitz, the nationalist historian backed by the conservative opposition, narrowly won the runoff in Poland.',
        'Marek Dabrovitz',
      ),
    ).toBe('p:dabrowicz');
  });

  it('still keeps a player of another game from a player', () => {
    const kb2 = new MemoryKnowledgeBase([
      countryEntity('RS', 'Serbia', 'Serbian'),
      personEntity({
        id: 'jankovic',
        name: 'Dusan Jankovic',
        surname: 'Jankovic',
        country: 'RS',
        prominence: 5,
        born: 1987,
        description: 'Serbian tennis player',
      }),
    ]);
    const text =
      'Dusan Jankovits, a Serbian water polo player, scored five goals in the match. Jankovits is 23.';
    const linked = writtenAs(
      linkerOver(kb2, '2024-12-22')(text, [['Dusan Jankovits', 'person']]),
      text,
      'Dusan Jankovits',
    );
    expect(linked?.kbId ?? null).toBeNull();
  });

  it('still keeps a baker so presented from him', () => {
    expect(
      kbIdOf(
        'Marek Dabrovitz, the village baker backed by his neighbours, won the pie contest in Poland.',
        'Marek Dabrovitz',
      ),
    ).toBeNull();
  });
});
