/**
 * Two people of one surname: a lone surname goes on with the newsmaker, not with the
 * relative the article introduced by the relation ("his son NAME"); without such an
 * introduction the nearer full form before it still wins.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, personEntity } from '../../../test/helpers/link-fixtures.js';
import type { Entity } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { introducedAsKin, kinAppositionNaming } from './kin-introductions.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('SE', 'Sweden', 'Swedish'),
  personEntity({
    id: 'lindqvist',
    name: 'Ana Lindqvist',
    surname: 'Lindqvist',
    country: 'SE',
    prominence: 5,
    description: 'Prime Minister of Sweden since 2024',
    roles: [{ role: 'Prime Minister', org: 'Government of Sweden', from: '2024-01-10' }],
  }),
]);

const link = linkerOver(kb, '2025-05-20');

/** The entity holding the mention at the last occurrence of `surface`. */
function entityOfLast(entities: Entity[], text: string, surface: string): Entity | undefined {
  const at = text.lastIndexOf(surface);
  return entities.find((e) => e.mentions.some((m) => m.start === at && m.end === at + surface.length));
}

describe('introducedAsKin', () => {
  it('reads a possessive and a word of kin right before the name', () => {
    const text = 'The minister pardoned her son Erik Lindqvist on Friday.';
    expect(introducedAsKin(text, text.indexOf('Erik'))).toBe(true);
    expect(introducedAsKin('Their granddaughter Maja Berg spoke.', 20)).toBe(true);
    const plain = 'The minister met the carpenter Erik Lindqvist on Friday.';
    expect(introducedAsKin(plain, plain.indexOf('Erik'))).toBe(false);
  });
});

describe('a lone surname shared by two people of the article', () => {
  it('goes on with the newsmaker when the other was introduced as a relative', () => {
    const text =
      'Prime Minister Ana Lindqvist pardoned her son Erik Lindqvist, who had been convicted of fraud. ' +
      'Lindqvist had said repeatedly that she would not do so.';
    const entities = link(text, [
      ['Ana Lindqvist', 'person'],
      ['Erik Lindqvist', 'person'],
      ['Lindqvist', 'person'],
    ]);
    expect(entityOfLast(entities, text, 'Lindqvist')?.kbId).toBe('p:lindqvist');
  });

  it('goes with the nearer full form when neither was introduced by a relation', () => {
    const text =
      'Prime Minister Ana Lindqvist met the carpenter Erik Lindqvist, who builds boats in Umeå. ' +
      'Lindqvist said the order book was full.';
    const entities = link(text, [
      ['Ana Lindqvist', 'person'],
      ['Erik Lindqvist', 'person'],
      ['Lindqvist', 'person'],
    ]);
    expect(entityOfLast(entities, text, 'Lindqvist')?.kbId).not.toBe('p:lindqvist');
  });
});

describe('a relative whose kin apposition names the newsmaker', () => {
  it('reads the apposition ending on the later name', () => {
    expect(kinAppositionNaming(', the younger brother of ')).toBe(true);
    expect(kinAppositionNaming(', daughter of prime minister ')).toBe(true);
    expect(kinAppositionNaming(', a carpenter who met ')).toBe(false);
  });

  it('links the newsmaker named in the apposition while the relative stays unlinked', () => {
    const text = 'Axel Lindqvist, the younger brother of Ana Lindqvist, runs a ferry company in Umeå.';
    const entities = link(text, [
      ['Axel Lindqvist', 'person'],
      ['Ana Lindqvist', 'person'],
    ]);
    expect(entityOfLast(entities, text, 'Ana Lindqvist')?.kbId).toBe('p:lindqvist');
    expect(entityOfLast(entities, text, 'Axel Lindqvist')?.kbId ?? null).toBeNull();
  });
});
