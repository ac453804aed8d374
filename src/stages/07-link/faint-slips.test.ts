/**
 * A famous surname alone, shorter than the near-miss rule's seven letters, with only a faint
 * slip (a doubled letter written once, a consonant for the one that sounds the same): linked
 * where a name stands in public affairs — typed by the tagger as a body, or missed by it —
 * and never on a plain slip.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { Entity } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { faintSlip } from './faint-slips.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('US', 'United States', 'American'),
  countryEntity('FR', 'France', 'French'),
  personEntity({
    id: 'bessent',
    name: 'Scott Bessent',
    surname: 'Bessent',
    country: 'US',
    prominence: 4,
    born: 1962,
    description: 'US Secretary of the Treasury since 2025',
    roles: [{ role: 'Secretary of the Treasury', org: 'US', orgId: 'cd:country/us', from: '2025-01-28' }],
  }),
  personEntity({
    id: 'macron',
    name: 'Emmanuel Macron',
    surname: 'Macron',
    country: 'FR',
    prominence: 5,
    born: 1977,
    description: 'President of France since 2017',
    roles: [{ role: 'President', org: 'FR', orgId: 'cd:country/fr', from: '2017-05-14' }],
  }),
  personEntity({
    id: 'brigitte',
    name: 'Brigitte Macron',
    surname: 'Macron',
    country: 'FR',
    prominence: 3,
    born: 1953,
    description: 'Wife of the President of France',
  }),
]);

const link = linkerOver(kb, '2025-06-10', { tokens: true });

const idOf = (entities: Entity[], text: string, surface: string) => writtenAs(entities, text, surface)?.kbId;

describe('a faint slip', () => {
  it('is a doubled letter written once, or a consonant for its stand-in, and nothing else', () => {
    expect(faintSlip('besent', 'bessent')).toBe(true);
    expect(faintSlip('makron', 'macron')).toBe(true);
    expect(faintSlip('beset', 'bessent')).toBe(false);
    expect(faintSlip('micron', 'macron')).toBe(false);
    expect(faintSlip('macron', 'macron')).toBe(false);
  });
});

describe('a short famous surname alone, faintly misspelt', () => {
  it('links when the tagger typed it as a body, whatever titles of others stand near', () => {
    const text = 'Trade envoys and Besent met Vice Premier Lin Feng on tariffs in Geneva.';
    const entities = link(text, [
      ['Besent', 'organization'],
      ['Lin Feng', 'person'],
      ['Geneva', 'location'],
    ]);
    expect(idOf(entities, text, 'Besent')).toBe('p:bessent');
  });

  it('links a word the tagger missed where a name stands, over a less known bearer of the surname', () => {
    const text = 'Makron appointed a new prime minister after the government fell.';
    expect(idOf(link(text, []), text, 'Makron')).toBe('p:macron');
  });

  it('leaves a short word a plain slip off unlinked', () => {
    const text = 'Trade envoys and Besset met Vice Premier Lin Feng on tariffs in Geneva.';
    const entities = link(text, [
      ['Besset', 'organization'],
      ['Lin Feng', 'person'],
      ['Geneva', 'location'],
    ]);
    expect(idOf(entities, text, 'Besset')).toBeFalsy();
  });

  it('leaves it unlinked outside public affairs', () => {
    const text = 'Makron baked bread for the village fete on Sunday.';
    expect(idOf(link(text, []), text, 'Makron')).toBeFalsy();
  });
});
