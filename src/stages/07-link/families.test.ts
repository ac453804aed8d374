/**
 * A surname's plural ("the Clintons", "the Kochs") names a family: it joins no member the
 * article names in full and links to nobody; a surname ending in -s stays a surname.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, personEntity } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { isFamilyName } from './families.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('US', 'United States', 'American'),
  personEntity({ id: 'hale', name: 'Nora Hale', surname: 'Hale', country: 'US', prominence: 4 }),
  personEntity({ id: 'bush', name: 'Dan Bush', surname: 'Bush', country: 'US', prominence: 3 }),
  personEntity({ id: 'sanders', name: 'Ben Sanders', surname: 'Sanders', country: 'US', prominence: 4 }),
]);

const link = linkerOver(kb, '2016-02-01');

function linkedOver(text: string, surface: string, names: readonly (readonly [string, EntityType])[]) {
  const at = text.indexOf(surface);
  const entities = link(text, names);
  return entities.find((e) => e.mentions.some((m) => m.start === at && m.end === at + surface.length));
}

describe('a family’s name', () => {
  it('is a plural after "the" of the surname of a person named in full, itself no surname', () => {
    const family = (text: string, word: string, surnames: string[]) =>
      isFamilyName(kb, text, text.indexOf(word), word, () => new Set(surnames));
    expect(family('the Hales said', 'Hales', ['Hale'])).toBe(true);
    expect(family('The Bushes came', 'Bushes', ['Bush'])).toBe(true);
    expect(family('Hales said', 'Hales', ['Hale'])).toBe(false);
    expect(family('the Hales said', 'Hales', [])).toBe(false);
    expect(family('the Sanders campaign', 'Sanders', ['Sanders'])).toBe(false);
    expect(family('the Markos government', 'Markos', ['Markos', 'Marko'])).toBe(false);
  });

  it('joins no member of the family the article names', () => {
    const text = 'Nora Hale spoke in Ohio on Monday. The Hales have mostly chosen not to answer his attacks.';
    const names: [string, EntityType][] = [
      ['Nora Hale', 'person'],
      ['Hales', 'person'],
    ];
    const family = linkedOver(text, 'Hales', names);
    expect(family?.kbId ?? null).toBeNull();
    expect(linkedOver(text, 'Nora Hale', names)?.mentions).toHaveLength(1);
  });

  it('leaves a surname ending in -s to its bearer', () => {
    const text = 'Ben Sanders spoke in Iowa on Monday. Sanders said the vote was close.';
    const names: [string, EntityType][] = [
      ['Ben Sanders', 'person'],
      ['Sanders', 'person'],
    ];
    expect(linkedOver(text, 'Ben Sanders', names)?.mentions).toHaveLength(2);
  });
});
