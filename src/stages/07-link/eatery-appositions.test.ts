/**
 * A small eatery named after a famous place, weapon or company and presented so in apposition
 * ("Marlowe, a Ukrainian deli in Leeds", "Quill Rock, a pub on the harbour front") is the eatery:
 * the KB's place or body stays unlinked, the words-joined company too. The body itself, under
 * an apposition of its own trade, still links.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'l:marlovsk',
    type: 'location',
    name: 'Marlovsk',
    kind: 'city',
    country: 'UA',
    prominence: 4,
  }),
  makeEntity({
    id: 'o:quillrock',
    type: 'organization',
    name: 'QuillRock',
    kind: 'company',
    prominence: 4,
    description: 'American asset manager',
  }),
  makeEntity({
    id: 'o:stormbolt',
    type: 'organization',
    name: 'Stormbolt',
    kind: 'weapon',
    prominence: 3,
    description: 'Russian intermediate-range ballistic missile',
  }),
]);

const link = linkerOver(kb, '2025-03-14');

function kbIdOf(text: string, surface: string, type: EntityType = 'organization'): string | null {
  return writtenAs(link(text, [[surface, type]]), text, surface)?.kbId ?? null;
}

describe('an eatery presented by its kind after the name', () => {
  it('leaves a deli, a bistro or a pub bearing a famous name unlinked', () => {
    expect(
      kbIdOf('Marlovsk, a Ukrainian deli in Leeds, has sold pierogi since 1971.', 'Marlovsk', 'location'),
    ).toBeNull();
    expect(
      kbIdOf('Stormbolt, a small bistro near the station, said bookings had fallen.', 'Stormbolt'),
    ).toBeNull();
  });

  it('leaves a pub whose two words join into a company’s name unlinked', () => {
    expect(
      kbIdOf('Quill Rock, a pub on the harbour front, says fund managers keep ringing.', 'Quill Rock'),
    ).toBeNull();
  });

  it('still links the place, the missile and the company without such an apposition', () => {
    expect(kbIdOf('Marlovsk, a city of 300,000, was shelled overnight.', 'Marlovsk', 'location')).toBe(
      'l:marlovsk',
    );
    expect(kbIdOf('Quill Rock raised its stake in the miner.', 'Quill Rock')).toBe('o:quillrock');
    // An opening phrase governs the name; the noun phrase after its comma is the subject.
    expect(
      kbIdOf(
        'Ahead of the vote in Marlovsk, a bakery run by two sisters sold cakes shaped like ballot boxes.',
        'Marlovsk',
        'location',
      ),
    ).toBe('l:marlovsk');
    expect(
      kbIdOf('Stormbolt, the missile fired at Dnipro, flies at ten times the speed of sound.', 'Stormbolt'),
    ).toBe('o:stormbolt');
  });
});
