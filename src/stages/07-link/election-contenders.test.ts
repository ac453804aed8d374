/**
 * A definite description of a contender in an election (", the opposition candidate,")
 * presents a public figure: a near spelling of a known candidate, with the article's
 * support, is repaired under it, while a private person presented otherwise stays unlinked.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver, personEntity } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { presentedByPublicDeed } from './name-presentations.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('NR', 'Norland', 'Norlandic'),
  personEntity({
    id: 'solheim',
    name: 'Ingrid Solheimsen',
    surname: 'Solheimsen',
    country: 'NR',
    prominence: 2,
    born: 1966,
    description: 'Norlandic opposition presidential candidate in 2024',
  }),
]);

const idOf = (text: string, surface: string) => {
  const names: [string, EntityType][] = [
    ['Norlandic', 'misc'],
    [surface, 'person'],
  ];
  return linkedEntityOver(kb, text, names, surface, '2024-06-03')?.kbId ?? null;
};

describe('a contender in an election', () => {
  it('reads a definite description of a candidate as a public presentation', () => {
    expect(presentedByPublicDeed('Ingrid Solheimsen, the opposition candidate, conceded.', 17)).toBe(true);
    expect(presentedByPublicDeed('Ingrid Solheimsen, the defeated nominee.', 17)).toBe(true);
    expect(presentedByPublicDeed('Ingrid Solheimsen, the candidate for the bakery job, said', 17)).toBe(
      false,
    );
  });

  it('repairs a near spelling of the candidate so presented', () => {
    const text =
      'Norlandic voters re-elected the president in a landslide, while Ingrid Solheimzen, the opposition candidate, conceded.';
    expect(idOf(text, 'Ingrid Solheimzen')).toBe('p:solheim');
  });

  it('leaves the spelling presented by a trade unlinked', () => {
    const text =
      'Norlandic bakers met on Monday, and Ingrid Solheimzen, the baker who hosted them, spoke first.';
    expect(idOf(text, 'Ingrid Solheimzen')).toBeNull();
  });
});
