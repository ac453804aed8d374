/**
 * Fans are a sports star's own public, not private life: a near spelling of a footballer
 * "presented to 60,000 fans", in an article naming his club, links.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('PT', 'Portugal', 'Portuguese'),
  personEntity({
    id: 'quaresmo',
    name: 'Rafael Quintanilha',
    surname: 'Quintanilha',
    country: 'PT',
    prominence: 3,
    born: 2000,
    description: 'Portuguese footballer; Benfica player since 2023',
  }),
]);

const link = linkerOver(kb, '2025-08-01');

const kbIdOf = (text: string, names: [string, EntityType][], surface: string) =>
  writtenAs(link(text, names), text, surface)?.kbId;

describe('fans beside a near-spelt sports star', () => {
  it('are no private life when the article names his club', () => {
    const text =
      'Rafael Quintanilia was presented to 60,000 fans in Lisbon on Friday. He said returning to Benfica was a dream.';
    expect(kbIdOf(text, [['Rafael Quintanilia', 'person']], 'Rafael Quintanilia')).toBe('p:quaresmo');
  });
});
