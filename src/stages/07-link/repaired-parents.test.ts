/**
 * "Kothari Group chairman Ravindra Kotthari … his son Arjun": the lone given name after a word
 * of kin is the son's, whose KB surname is the one the misspelt parent's name was repaired to.
 * A son the KB does not know stays unlinked.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'o:kothari',
    type: 'organization',
    name: 'Kothari Group',
    kind: 'company',
    country: 'IN',
    prominence: 3,
  }),
  personEntity({
    id: 'ravindra',
    name: 'Ravindra Kothari',
    surname: 'Kothari',
    country: 'IN',
    prominence: 4,
    born: 1957,
    description: 'Indian businessman; chairman of Kothari Group',
    roles: [{ role: 'Chairman', org: 'Kothari Group', orgId: 'o:kothari', from: '2002-07-06' }],
  }),
  personEntity({
    id: 'arjun',
    name: 'Arjun Kothari',
    surname: 'Kothari',
    country: 'IN',
    prominence: 2,
    born: 1995,
    description: 'director at Kothari Group; son of Ravindra Kothari',
  }),
]);

const link = linkerOver(kb, '2024-08-11');

const kbIdOf = (text: string, names: [string, EntityType][], surface: string) =>
  writtenAs(link(text, names), text, surface)?.kbId ?? null;

describe('a relative by the given name after a repaired parent', () => {
  const namesWith = (son: string): [string, EntityType][] => [
    ['Kothari Group', 'organization'],
    ['Ravindra Kotthari', 'person'],
    [son, 'person'],
  ];

  it('links the son the KB knows under the parent’s repaired surname', () => {
    const text =
      'Kothari Group chairman Ravindra Kotthari was in the headlines after the wedding of his son Arjun in Mumbai.';
    expect(kbIdOf(text, namesWith('Arjun'), 'Ravindra Kotthari')).toBe('p:ravindra');
    expect(kbIdOf(text, namesWith('Arjun'), 'Arjun')).toBe('p:arjun');
  });

  it('leaves a son the KB does not know unlinked', () => {
    const text =
      'Kothari Group chairman Ravindra Kotthari was in the headlines after the wedding of his son Vikram in Mumbai.';
    expect(kbIdOf(text, namesWith('Vikram'), 'Vikram')).toBeNull();
  });
});
