/**
 * A sportsman who bears a politician's exact name: presented by his place on a team ("the
 * ice-hockey forward from Zvolen") or by copy saying he was named after the politician ("a
 * 23-year-old winger named after the Valdorian president") he is somebody else, and the
 * surname said alone later follows him. The politician, under his own titles, still links.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('VD', 'Valdoria', 'Valdorian'),
  personEntity({
    id: 'brenko',
    name: 'Milan Brenko',
    surname: 'Brenko',
    country: 'VD',
    prominence: 4,
    born: 1962,
    description: 'Prime Minister of Valdoria since 2021',
    roles: [{ role: 'Prime Minister', org: 'VD', from: '2021-05-01' }],
  }),
  personEntity({
    id: 'osterlund',
    name: 'Anton Osterlund',
    surname: 'Osterlund',
    country: 'VD',
    prominence: 4,
    born: 1970,
    description: 'President of Valdoria since 2019',
    roles: [{ role: 'President', org: 'VD', from: '2019-03-01' }],
  }),
]);

const link = linkerOver(kb, '2025-02-10');

function kbIdsOf(text: string, names: [string, EntityType][]): (string | null)[] {
  const entities = link(text, names);
  return names.map(([surface]) => writtenAs(entities, text, surface)?.kbId ?? null);
}

describe('a player presented by his position', () => {
  it('leaves an ice-hockey forward and a baseball pitcher of a politician’s name unlinked', () => {
    const text =
      'Milan Brenko, the ice-hockey forward from Zvolen, joined a Finnish club on loan. Brenko had 14 assists in the autumn.';
    expect(
      kbIdsOf(text, [
        ['Milan Brenko', 'person'],
        ['Brenko', 'person'],
      ]),
    ).toEqual([null, null]);
    expect(
      kbIdsOf('Milan Brenko, the left-handed pitcher, signed with Toronto.', [['Milan Brenko', 'person']]),
    ).toEqual([null]);
  });

  it('still links the prime minister whose sentence speaks of planning forward', () => {
    const text = 'Milan Brenko, the Valdorian prime minister, said the budget looked forward to 2030.';
    expect(kbIdsOf(text, [['Milan Brenko', 'person']])).toEqual(['p:brenko']);
  });
});

describe('a namesake named after the politician', () => {
  it('leaves a young winger named after the president unlinked, with his surname after', () => {
    const text =
      'Anton Osterlund, a 23-year-old winger named after the Valdorian president, moved to a Greek club. The forward Osterlund scored twice on his debut.';
    expect(
      kbIdsOf(text, [
        ['Anton Osterlund', 'person'],
        ['Osterlund', 'person'],
      ]),
    ).toEqual([null, null]);
    expect(
      kbIdsOf('Anton Osterlund, who was named for the former president, opened a bakery in Leeds.', [
        ['Anton Osterlund', 'person'],
      ]),
    ).toEqual([null]);
  });

  it('still links the president when something else is named after him', () => {
    const text =
      'Anton Osterlund, the Valdorian president, said the new bridge would be named after his mother.';
    expect(kbIdsOf(text, [['Anton Osterlund', 'person']])).toEqual(['p:osterlund']);
    const said = 'President Anton Osterlund said a new airport would be named after him.';
    expect(kbIdsOf(said, [['Anton Osterlund', 'person']])).toEqual(['p:osterlund']);
  });
});
