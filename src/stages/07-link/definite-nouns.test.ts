/**
 * A one-word name the article writes after "the" ("the West was playing with fire") is a
 * common noun, not the surname of a famous bearer, wherever it stands (session 24, lead: a
 * Russian agency's "Lavrov: West …" and "the West" linked Kanye West); "the Trump
 * administration" and "the Biden White House" still name the person.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';

const kb = new MemoryKnowledgeBase([
  personEntity({ id: 'mara-west', name: 'Mara West', surname: 'West', country: 'US', prominence: 4 }),
  personEntity({ id: 'dan-korby', name: 'Dan Korby', surname: 'Korby', country: 'US', prominence: 4 }),
]);
const link = linkerOver(kb, '2026-11-25');

describe('a one-word name after "the"', () => {
  it('is no surname, in the headline too', () => {
    const text = 'Lavrov: West "playing with fire"\n\nThe minister said the West was playing with fire.';
    const west = writtenAs(
      link(text, [
        ['West', 'person'],
        ['West', 'person'],
      ]),
      text,
      'West',
    );
    expect(west?.kbId ?? null).toBeNull();
    expect(west?.type).toBe('misc');
  });

  it('is the surname before a noun it qualifies or a longer name', () => {
    const text = 'Critics of the Korby administration and the Korby cupboard said Korby had failed.';
    expect(
      writtenAs(
        link(text, [
          ['Korby', 'person'],
          ['Korby', 'person'],
        ]),
        text,
        'Korby',
      )?.kbId,
    ).toBe('p:dan-korby');
    const house = 'Aides in the Korby White House said Korby would sign.';
    const names: [string, 'person' | 'organization'][] = [
      ['Korby', 'person'],
      ['White House', 'organization'],
      ['Korby', 'person'],
    ];
    expect(writtenAs(link(house, names), house, 'Korby')?.kbId).toBe('p:dan-korby');
  });
});
