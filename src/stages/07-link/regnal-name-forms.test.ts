/**
 * A regnal name in another language's form with its number ("Carlos the Sixteenth",
 * "Leone XV") is the reign the KB names in English; a given name that is no regnal name of
 * the table, or a name without a number, is left as written.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver } from '../../../test/helpers/link-fixtures.js';
import type { Entity, EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { regnalNameForms } from './regnal-name-forms.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'p:charles-xvi',
    type: 'person',
    name: 'Charles XVI',
    country: 'NR',
    born: 1961,
    prominence: 4,
    description: 'King of Norland since 2019',
    roles: [{ role: 'Monarch', org: 'NR', orgId: null, from: '2019-05-01', to: null }],
  }),
]);

const link = linkerOver(kb, '2025-02-01');

function entityAt(text: string, names: [string, EntityType][], surface: string): Entity | undefined {
  const at = text.indexOf(surface);
  return link(text, names).find((e) =>
    e.mentions.some((m) => m.start === at && m.end === at + surface.length),
  );
}

describe('regnalNameForms', () => {
  it('gives the other forms of a regnal name under the same number, the name first', () => {
    expect(regnalNameForms('Leon XIV')).toContain('Leo XIV');
    expect(regnalNameForms('Carlos III')[0]).toBe('Carlos III');
    expect(regnalNameForms('Carlos III')).toContain('Charles III');
  });

  it('gives only the name for a name of no reign or without a number', () => {
    expect(regnalNameForms('Tobias IV')).toEqual(['Tobias IV']);
    expect(regnalNameForms('Leon Brandt')).toEqual(['Leon Brandt']);
  });
});

describe('a regnal name in another language, the number in words', () => {
  it('links the king named in Spanish copy translated', () => {
    const text = 'Crowds cheered as Carlos the Sixteenth opened the new parliament building.';
    expect(entityAt(text, [['Sixteenth', 'location']], 'Carlos the Sixteenth')?.kbId).toBe('p:charles-xvi');
  });

  it('leaves another number unlinked', () => {
    const text = 'A portrait of Carlos the Fifteenth, who reigned until 1990, was restored.';
    expect(entityAt(text, [['Fifteenth', 'location']], 'Carlos the Fifteenth')?.kbId ?? null).toBeNull();
  });
});
