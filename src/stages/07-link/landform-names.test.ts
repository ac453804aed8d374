/**
 * A surname-like word that, with a landform word, names a place of the article ("Kessel Bay")
 * is the place's when said alone after it, not a famous bearer's; a person of that surname
 * named in full keeps it.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, personEntity } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { landformNamed } from './landform-names.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('US', 'United States', 'American'),
  personEntity({
    id: 'kessel',
    name: 'Dana Kessel',
    surname: 'Kessel',
    country: 'US',
    prominence: 4,
    born: 1966,
    description: 'US Attorney General since 2025',
    roles: [{ role: 'Attorney General', org: 'US', orgId: 'cd:country/us', from: '2025-02-05' }],
  }),
]);

const link = linkerOver(kb, '2025-03-04');

/** The KB id given to the last occurrence of `surface` (null: unlinked or no mention there). */
function idOfLast(text: string, names: [string, EntityType][], surface: string): string | null {
  const at = text.lastIndexOf(surface);
  const entities = link(text, names);
  return (
    entities.find((e) => e.mentions.some((m) => m.start === at && m.end === at + surface.length))?.kbId ??
    null
  );
}

describe('a lone word of a place with a landform', () => {
  it('leaves the word unlinked after the place', () => {
    const text =
      'Lifeguards at Kessel Bay pulled 12 swimmers from a rip. Kessel harbour staff closed the pier.';
    const names: [string, EntityType][] = [
      ['Kessel Bay', 'location'],
      ['Kessel', 'person'],
    ];
    expect(idOfLast(text, names, 'Kessel')).toBeNull();
  });

  it('keeps the surname of a person named in full', () => {
    const text = 'Attorney General Dana Kessel toured Kessel Bay on Friday. Kessel praised the lifeguards.';
    const names: [string, EntityType][] = [
      ['Dana Kessel', 'person'],
      ['Kessel Bay', 'location'],
      ['Kessel', 'person'],
    ];
    expect(idOfLast(text, names, 'Kessel')).toBe('p:kessel');
  });
});

describe('landformNamed', () => {
  it('names the landform after the word', () => {
    expect(landformNamed('Surfers at Kessel Beach cheered.', 'Kessel')).toBe('Beach');
  });

  it('reads no building, and no word inside another', () => {
    expect(landformNamed('Crowds outside Kessel Tower cheered.', 'Kessel')).toBeNull();
    expect(landformNamed('At Ankessel Bay it rained.', 'Kessel')).toBeNull();
  });
});
