/**
 * A monarch or pope named with the number in words ("Olav the Sixth"): one person mention in
 * place of the tagger's pieces when the name with the Roman numeral is a KB person's, linked
 * without a role cue (nobody ordinary is called "the Sixth"); another number stays unlinked.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver } from '../../../test/helpers/link-fixtures.js';
import type { Entity, EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { deglossName } from './name-glosses.js';
import { withRegnalOrdinals } from './regnal-ordinals.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('NO', 'Norway', 'Norwegian'),
  makeEntity({
    id: 'p:olav-vi',
    type: 'person',
    name: 'Olav VI',
    names: [{ text: 'King Olav VI', kind: 'alias' }],
    country: 'NO',
    born: 1950,
    prominence: 4,
    description: 'King of Norway',
    roles: [{ role: 'Monarch', org: 'NO', orgId: 'cd:country/no', from: '2020-01-17', to: null }],
  }),
]);

const link = linkerOver(kb, '2025-02-01');

function entityAt(text: string, names: [string, EntityType][], surface: string): Entity | undefined {
  const entities = link(text, names);
  const at = text.indexOf(surface);
  return entities.find((e) => e.mentions.some((m) => m.start === at && m.end === at + surface.length));
}

describe('a regnal number in words', () => {
  it('reads the ordinal back as the Roman numeral, with no role cue needed', () => {
    expect(deglossName('Olav the Sixth')).toEqual([
      { name: 'Olav VI', swaps: ['the Sixth for VI'], particlesOnly: true },
    ]);
  });

  it('makes the tagger’s pieces one person mention of the monarch', () => {
    const text = 'Crowds in Oslo cheered as Olav the Sixth opened the new opera house.';
    expect(entityAt(text, [['Sixth', 'location']], 'Olav the Sixth')?.kbId).toBe('p:olav-vi');
    const typed = 'Crowds in Oslo cheered as Olav the Sixth opened the new opera house.';
    expect(entityAt(typed, [['Olav the Sixth', 'organization']], 'Olav the Sixth')?.kbId).toBe('p:olav-vi');
  });

  it('leaves another number, and a longer name holding the words, as they were', () => {
    const other = 'A portrait of Olav the Fifth, who reigned until 1991, was restored in Oslo.';
    expect(entityAt(other, [['Fifth', 'location']], 'Olav the Fifth')?.kbId ?? null).toBeNull();
    const longer = 'The Olav the Sixth Foundation funds music schools in Bergen.';
    const foundation = entityAt(
      longer,
      [['Olav the Sixth Foundation', 'organization']],
      'Olav the Sixth Foundation',
    );
    expect(foundation?.kbId ?? null).toBeNull();
  });

  it('reads a name only before "the" and an ordinal word written with a capital', () => {
    const anyone = () => true;
    const mentions = [{ start: 0, end: 4, type: 'person' as const, by: 'ner', confidence: 0.9 }];
    // The capitalised ordinal alone, or a lower-case one after a name, leaves the mentions as they are.
    for (const text of [
      'Olav said the Sixth Form college would open.',
      'Olav the sixth son of a fisherman sailed.',
      'Olav thе Sixth opened it.', // a Cyrillic "е": no "the"
    ])
      expect(withRegnalOrdinals(text, mentions, anyone)).toBe(mentions);
    const named = withRegnalOrdinals('Crowds cheered Olav the Sixth in Oslo.', mentions, anyone);
    expect(named.map((m) => [m.start, m.end, m.type])).toContainEqual([15, 29, 'person']);
  });
});
