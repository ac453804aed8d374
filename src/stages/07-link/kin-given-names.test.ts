/**
 * A well-known relative named by the given name alone after the person the sentence presents
 * ("Noah Vellard, the younger brother of Remi") takes the presented person's family name:
 * "Remi Vellard", when the KB has him, tagged as a person, as a place, or not tagged at all.
 * A relative whose full name the KB lacks, or knows only as an obscure bearer, stays unlinked.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { kinFullName } from './kin-given-names.js';

const footballer = (id: string, name: string, surname: string, prominence: number) =>
  makeEntity({
    id: `p:${id}`,
    type: 'person',
    name,
    names: [{ text: surname, kind: 'surname' }],
    country: 'FR',
    prominence,
    born: 1998,
    description: 'French footballer',
  });

const kb = new MemoryKnowledgeBase([
  footballer('remi', 'Remi Vellard', 'Vellard', 3),
  footballer('jules', 'Jules Hale', 'Hale', 1),
]);

const link = linkerOver(kb, '2024-07-01', { tokens: true });

function linked(text: string, names: [string, EntityType][], surface: string): string | null {
  return writtenAs(link(text, names), text, surface)?.kbId ?? null;
}

describe('a relative named by the given name after a kinship apposition', () => {
  const text = 'Noah Vellard, the younger brother of Remi, has joined Lens from Monaco.';

  it('links the given name the tagger typed as a person or as a place', () => {
    expect(
      linked(
        text,
        [
          ['Noah Vellard', 'person'],
          ['Remi', 'person'],
        ],
        'Remi',
      ),
    ).toBe('p:remi');
    expect(
      linked(
        text,
        [
          ['Noah Vellard', 'person'],
          ['Remi', 'location'],
        ],
        'Remi',
      ),
    ).toBe('p:remi');
  });

  it('links the given name the tagger missed', () => {
    expect(linked(text, [['Noah Vellard', 'person']], 'Remi')).toBe('p:remi');
  });

  it('leaves an obscure bearer and a name the KB lacks unlinked', () => {
    const hale = 'Tom Hale, son of Jules, opened a bakery in Lyon.';
    expect(
      linked(
        hale,
        [
          ['Tom Hale', 'person'],
          ['Jules', 'person'],
        ],
        'Jules',
      ),
    ).toBeNull();
    const other = 'Noah Vellard, the younger brother of Luc, has joined Lens.';
    expect(
      linked(
        other,
        [
          ['Noah Vellard', 'person'],
          ['Luc', 'person'],
        ],
        'Luc',
      ),
    ).toBeNull();
  });
});

describe('kinFullName', () => {
  it('gives the word the presented person’s family name', () => {
    const text = 'Noah Vellard, the younger brother of Remi';
    expect(kinFullName(text, text.length - 4, 'Remi')).toBe('Remi Vellard');
    const son = 'Brooklyn Hale, son of Jules';
    expect(kinFullName(son, son.length - 5, 'Jules')).toBe('Jules Hale');
  });

  it('reads no relation after a description or a one-word name', () => {
    const nurse = 'Noah Vellard, a nurse and brother of Remi';
    expect(kinFullName(nurse, nurse.length - 4, 'Remi')).toBeNull();
    const lone = 'Vellard, the brother of Remi';
    expect(kinFullName(lone, lone.length - 4, 'Remi')).toBeNull();
    const owner = 'the owner of Remi';
    expect(kinFullName(owner, owner.length - 4, 'Remi')).toBeNull();
  });
});
