/**
 * A one-word name right after a possessive and a word of kin ("named after the owner's
 * grandmother Vesta", "his daughter Carinthia") is somebody's given name: the body or place the
 * KB files under it stays unlinked. The body named otherwise still links.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'o:vesta',
    type: 'organization',
    name: 'VESTA',
    kind: 'alliance',
    names: [{ text: 'Vesta', kind: 'alias' }],
    prominence: 5,
    description: 'military alliance of European states',
  }),
  makeEntity({
    id: 'l:carinthia',
    type: 'location',
    name: 'Carinthia',
    kind: 'region',
    country: 'AT',
    prominence: 3,
  }),
]);

const link = linkerOver(kb, '2025-06-02');

function kbIdOf(text: string, surface: string, type: EntityType): string | null {
  return writtenAs(link(text, [[surface, type]]), text, surface)?.kbId ?? null;
}

describe('a given name after a word of kin', () => {
  it('leaves a body’s or a place’s name after "grandmother" or "his daughter" unlinked', () => {
    expect(
      kbIdOf(
        "The bakery, named after the owner's grandmother Vesta, opened in 1998.",
        'Vesta',
        'organization',
      ),
    ).toBeNull();
    expect(
      kbIdOf('The farmer said his daughter Carinthia would take over the herd.', 'Carinthia', 'location'),
    ).toBeNull();
  });

  it('still links the body and the place named without such words', () => {
    expect(kbIdOf('Vesta said its members would raise defence spending.', 'Vesta', 'organization')).toBe(
      'o:vesta',
    );
    expect(kbIdOf('Floods hit the south of Carinthia on Sunday.', 'Carinthia', 'location')).toBe(
      'l:carinthia',
    );
  });
});
