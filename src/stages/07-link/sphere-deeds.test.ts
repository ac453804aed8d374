/**
 * A "who" clause telling a deed of the star's own sphere ("…, who scored 27 league goals this
 * season") presents the star, not a private person; a clause of local life, or of another
 * sphere, still presents somebody else.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { deedOfOwnSphere } from './sphere-deeds.js';

const striker = makeEntity({
  id: 'p:okafor',
  type: 'person',
  name: 'Tunde Okafor',
  names: [{ text: 'Okafor', kind: 'surname' }],
  country: 'NG',
  description: 'Nigerian footballer',
  prominence: 3,
  born: 1996,
});

const kb = new MemoryKnowledgeBase([countryEntity('NG', 'Nigeria', 'Nigerian'), striker]);

const idOf = (text: string, surface: string) =>
  linkedEntityOver(kb, text, [[surface, 'person']], surface, '2025-05-20')?.kbId ?? null;

describe('deedOfOwnSphere', () => {
  const deedAfter = (text: string) => deedOfOwnSphere(text, 'Tunde Okafr'.length, striker);
  it('reads a deed of sport in the clause for a sports star', () => {
    expect(
      deedAfter('Tunde Okafr, who scored 27 league goals this season, was named player of the year.'),
    ).toBe(true);
  });
  it('reads no deed in a clause of local life, of another sphere, or without a clause', () => {
    expect(deedAfter('Tunde Okafr, who scored twice for his village side, runs a bakery.')).toBe(false);
    expect(deedAfter('Tunde Okafr, who sang three songs at the festival, thanked the crowd.')).toBe(false);
    expect(deedAfter('Tunde Okafr, a baker from Kano, won the raffle.')).toBe(false);
  });
});

describe('a near spelling presented by a deed of its sphere', () => {
  it('links the star in an article of sport', () => {
    const text =
      'Tunde Okafr, who scored 27 league goals this season, lifted the cup with his club at the stadium on Sunday.';
    expect(idOf(text, 'Tunde Okafr')).toBe('p:okafor');
  });

  it('leaves a namesake presented by a clause of local life unlinked', () => {
    const text = 'Tunde Okafr, who scored twice for his village side, lifted the cup on Sunday.';
    expect(idOf(text, 'Tunde Okafr')).toBeNull();
  });
});
