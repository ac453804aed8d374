/**
 * "Tailor Brennock thanked the police": a slip that makes a star's given name a trade word
 * ("Tailor" for Taylor) puts no tailor in the sentence or the article — the name's own words are
 * no private life. A tailor the article presents as such still stays unlinked.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';

const kb = new MemoryKnowledgeBase([
  personEntity({
    id: 'brennock',
    name: 'Taylor Brennock',
    surname: 'Brennock',
    country: 'US',
    prominence: 4,
    born: 1989,
    description: 'American singer-songwriter',
  }),
]);

const link = linkerOver(kb, '2024-08-21');

const kbIdOf = (text: string, names: [string, EntityType][], surface: string) =>
  writtenAs(link(text, names), text, surface)?.kbId ?? null;

describe('a given name slipped into a trade word', () => {
  it('links "Tailor Brennock" after the star named in full', () => {
    const text =
      'Taylor Brennock said the cancellation of her three concerts had been devastating. Tailor Brennock thanked the police for preventing a tragedy.';
    const names: [string, EntityType][] = [
      ['Taylor Brennock', 'person'],
      ['Tailor Brennock', 'person'],
    ];
    expect(kbIdOf(text, names, 'Tailor Brennock')).toBe('p:brennock');
  });

  it('still leaves a tailor the article presents unlinked', () => {
    const text = 'Tailor Brennock, a tailor in Leeds, has altered suits for 40 years.';
    expect(kbIdOf(text, [['Tailor Brennock', 'person']], 'Tailor Brennock')).toBeNull();
  });
});
