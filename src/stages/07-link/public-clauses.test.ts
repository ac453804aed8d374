/**
 * A mangled name followed by a clause saying the person led a state's body (", who has led
 * the country since 2017") is presented by a public post, not as a private person: spelling
 * and prominence may repair it. A clause of a private trade still presents somebody.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { Entity } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('RS', 'Serbia', 'Serbian'),
  personEntity({
    id: 'vucic',
    name: 'Aleksandar Vučić',
    surname: 'Vučić',
    country: 'RS',
    prominence: 4,
    roles: [{ role: 'President', org: 'RS', from: '2017-05-31' }],
  }),
]);

const link = linkerOver(kb, '2025-03-16');

function linked(text: string, surface: string): string | null {
  const entities: Entity[] = link(text, [[surface, 'person']]);
  return writtenAs(entities, text, surface)?.kbId ?? null;
}

describe('a clause of a public post after a mangled name', () => {
  it('lets spelling repair a name whose clause says he led the country', () => {
    const text =
      'Protesters demanded the resignation of Aleksandar Vucich, who has led the country since 2017.';
    expect(linked(text, 'Aleksandar Vucich')).toBe('p:vucic');
  });

  it('still refuses a name whose clause says he ran a bakery', () => {
    const text = 'Neighbours praised Aleksandar Vucich, who has led the bakery on Main Street since 2017.';
    expect(linked(text, 'Aleksandar Vucich')).toBeNull();
  });
});
