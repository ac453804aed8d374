/**
 * Article-wide consistency (link-consistency.ts): a namesake the article refused keeps its
 * refusal under the famous bearer's nickname.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, kbIdAt, linkerOver } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('LV', 'Levantia', 'Levantine'),
  makeEntity({
    id: 'p:levani',
    type: 'person',
    name: 'Avram Levani',
    names: [
      { text: 'Levani', kind: 'surname' },
      { text: 'Avi', kind: 'alias' },
    ],
    country: 'LV',
    prominence: 5,
    born: 1949,
    description: 'Prime Minister of Levantia',
    roles: [{ role: 'Prime Minister', org: 'LV', orgId: 'cd:country/lv', from: '2022-12-29', to: null }],
  }),
]);
const link = linkerOver(kb, '2025-01-21');

describe('a namesake under the famous bearer’s nickname (session acc24-link-a)', () => {
  it('leaves the nickname of a refused namesake unlinked', () => {
    const text =
      'Avram Levani, a 60-year-old retired dentist from Hadera, says nobody has asked him for a photo in years. His patients called him Avi the second.';
    const names: [string, EntityType][] = [
      ['Avram Levani', 'person'],
      ['Avi', 'person'],
    ];
    const entities = link(text, names);
    expect(kbIdAt(entities, text, 'Avram Levani') ?? null).toBeNull();
    expect(kbIdAt(entities, text, 'Avi') ?? null).toBeNull();
  });

  it('still links the nickname of the famous bearer himself', () => {
    const text =
      'Prime Minister Avram Levani met farmers on Monday. Avi, as supporters call him, promised aid.';
    const names: [string, EntityType][] = [
      ['Avram Levani', 'person'],
      ['Avi', 'person'],
    ];
    expect(kbIdAt(link(text, names), text, 'Avi')).toBe('p:levani');
  });
});
