/**
 * A forum known by its meetings ("the Baltic Trade Forum") that the tagger types as an event
 * is the KB body of that exact name; an event-typed name no body bears stays unlinked.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { Entity } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'org:btf',
    type: 'organization',
    name: 'Baltic Trade Forum',
    description: 'Riga-based foundation known for its annual meeting in Jurmala',
    prominence: 3,
  }),
  makeEntity({ id: 'pl:jurmala', type: 'location', name: 'Jurmala', country: 'LV', prominence: 2 }),
]);

const link = linkerOver(kb, '2025-06-02');

function idOf(text: string, surface: string): string | null {
  const entities: Entity[] = link(text, [[surface, 'event']]);
  return writtenAs(entities, text, surface)?.kbId ?? null;
}

describe('a forum typed as an event by the tagger', () => {
  it('links the body of that exact name', () => {
    const text = 'At the Baltic Trade Forum, the minister warned that tariffs would hurt ports.';
    expect(idOf(text, 'Baltic Trade Forum')).toBe('org:btf');
  });

  it('leaves an event name no body bears unlinked', () => {
    const text = 'At the Baltic Trade Fair, the minister warned that tariffs would hurt ports.';
    expect(idOf(text, 'Baltic Trade Fair')).toBeNull();
  });
});
