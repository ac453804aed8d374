/**
 * Stated ages against a person's life where the age is not beside the name being linked or the
 * KB gives no birth year (stated-ages.ts), and three presentations of a famous name as
 * somebody's or something else's: an animal in apposition, a shop named by a possessive, and
 * namesake words that point to the name after them.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, kbIdAt, linkerOver, personEntity } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { ageRuledOut, agesAtCopies, bornAfterFirstOffice } from './stated-ages.js';

const alliance = makeEntity({
  id: 'cd:org/baltic-alliance',
  type: 'organization',
  name: 'Baltic Defence Alliance',
  names: [{ text: 'BDA', kind: 'short' }],
  kind: 'alliance',
  prominence: 4,
});

const kb = new MemoryKnowledgeBase([
  countryEntity('PL', 'Poland', 'Polish'),
  countryEntity('NO', 'Norway', 'Norwegian'),
  countryEntity('PS', 'Palestine', 'Palestinian'),
  alliance,
  // Born 1961; led the alliance until 2024: "Halvard Lindqvist" is nearly his name.
  personEntity({
    id: 'lindqvist',
    name: 'Halvard Lindqvist',
    surname: 'Lindqvist',
    country: 'NO',
    prominence: 4,
    born: 1961,
    description: 'Norwegian politician; Secretary General of the Baltic Defence Alliance 2016-2024',
    roles: [
      {
        role: 'Secretary General',
        org: 'Baltic Defence Alliance',
        orgId: alliance.id,
        from: '2016-01-01',
        to: '2024-10-01',
      },
    ],
  }),
  // No birth year in the KB, but a prime minister from 2004.
  personEntity({
    id: 'qassem',
    name: 'Yusuf Qassem',
    surname: 'Qassem',
    country: 'PS',
    prominence: 4,
    description: 'Palestinian politician, prime minister 2004-09',
    roles: [{ role: 'Prime Minister', org: 'PS', from: '2004-03-01', to: '2009-06-01' }],
  }),
  personEntity({
    id: 'tusk',
    name: 'Donald Tusk',
    surname: 'Tusk',
    country: 'PL',
    prominence: 5,
    born: 1957,
    description: 'Prime Minister of Poland',
    roles: [{ role: 'Prime Minister', org: 'PL', from: '2023-12-13' }],
  }),
]);

const link = linkerOver(kb, '2025-03-04');

function idOf(text: string, names: [string, EntityType][], surface: string, nth = 0): string | null {
  const entities = link(text, names);
  return kbIdAt(entities, text, surface, nth) ?? null;
}

describe('an age at a later copy of a misspelt surname', () => {
  const kiosk = (age: number) =>
    `A Gdańsk kiosk run by Halvard Lindqvest sold "BDA" mugs during the summit. Lindqvest, ${age}, said trade was brisk.`;
  const names: [string, EntityType][] = [
    ['Halvard Lindqvest', 'person'],
    ['BDA', 'organization'],
    ['Lindqvest', 'person'],
  ];

  it('rules out a famous bearer born a decade earlier', () => {
    expect(idOf(kiosk(51), names, 'Halvard Lindqvest')).toBeNull();
    expect(idOf(kiosk(51), names, 'Lindqvest', 1)).toBeNull();
    // His own age: the near spelling is his, as the alliance named beside it says.
    expect(idOf(kiosk(63), names, 'Halvard Lindqvest')).toBe('p:lindqvist');
  });

  it('reads the ages once per mention, as figures after the surname', () => {
    const copies = agesAtCopies(kiosk(51), 'Halvard Lindqvest');
    expect(copies.ages).toEqual([51]);
    expect(ageRuledOut(copies, kb.get('p:lindqvist')!, '2025-03-04')).toBe('aged 51');
    // His own age (63 or 64 in 2025) rules nothing out.
    expect(
      ageRuledOut(agesAtCopies(kiosk(63), 'Halvard Lindqvest'), kb.get('p:lindqvist')!, '2025-03-04'),
    ).toBeNull();
  });

  it('does not hold against him an age stated at a surname spelled right: kin share it', () => {
    const copies = agesAtCopies(
      'Ingrid Lindqvist, 31, joined her father Halvard Lindkvist on stage.',
      'Halvard Lindkvist',
    );
    expect(copies.word).toBe('Lindkvist');
    const daughter = agesAtCopies(
      'Ingrid Lindqvist, 31, joined her father Halvard Lindqvist on stage.',
      'Halvard Lindqvist',
    );
    expect(ageRuledOut(daughter, kb.get('p:lindqvist')!, '2025-03-04')).toBeNull();
  });

  it('does not hold against him the age of a relative under another given name, misspelt alike', () => {
    const text = 'Ingrid Lindqvest, 31, runs the fund. She is the daughter of Halvard Lindqvest.';
    expect(agesAtCopies(text, 'Halvard Lindqvest').ages).toEqual([]);
    // The surname alone, or written under his own given name, still carries the age.
    expect(agesAtCopies(text, 'Lindqvest').ages).toEqual([31]);
    expect(agesAtCopies(kiosk(51), 'Halvard Lindqvest').ages).toEqual([51]);
  });
});

describe('an age against the first office when the KB has no birth year', () => {
  it('knows nobody held an office before being born', () => {
    const qassem = kb.get('p:qassem')!;
    expect(bornAfterFirstOffice(qassem, 14, '2025-03-04')).toBe(true);
    expect(bornAfterFirstOffice(qassem, 58, '2025-03-04')).toBe(false);
    // No office, no evidence.
    expect(bornAfterFirstOffice(kb.get('cd:country/pl')!, 14, '2025-03-04')).toBe(false);
  });

  it('leaves an exact name with a child’s age unlinked, and links it with an adult’s', () => {
    const names: [string, EntityType][] = [['Yusuf Qassem', 'person']];
    const pupil = 'Yusuf Qassem, 14, of Nablus, won a national spelling bee, his teachers said.';
    expect(idOf(pupil, names, 'Yusuf Qassem')).toBeNull();
    const veteran = 'Yusuf Qassem, 63, said the talks in Cairo had stalled.';
    expect(idOf(veteran, names, 'Yusuf Qassem')).toBe('p:qassem');
  });
});

describe('a famous name given to an animal, a shop or a namesake', () => {
  it('reads a pet or a zoo animal in apposition as the bearer', () => {
    const dog = 'Tusk, the border collie who starred in a cereal advert, won the crowd over.';
    expect(idOf(dog, [['Tusk', 'person']], 'Tusk')).toBeNull();
    const hippo = 'Donald Tusk, the baby giraffe at the city zoo, turned one on Sunday.';
    expect(idOf(hippo, [['Donald Tusk', 'person']], 'Donald Tusk')).toBeNull();
  });

  it('reads a possessive standing alone before an apposition as a shop', () => {
    const bar = "Tusk's, a corner bar in Gdańsk, reopened on Saturday after a flood.";
    expect(idOf(bar, [['Tusk', 'person']], 'Tusk')).toBeNull();
    // A possessive before its noun is still the man's.
    const plan = "Prime Minister Donald Tusk's plan, a tax cut for families, passed on Friday.";
    expect(idOf(plan, [['Donald Tusk', 'person']], 'Donald Tusk')).toBe('p:tusk');
  });

  it('gives namesake words that point past a comma to the name after them', () => {
    const text =
      'Donald Tusk spoke in Warsaw on Monday, while a namesake, Donald Tuskowski, a baker in Łódź, sold out of doughnuts.';
    const names: [string, EntityType][] = [
      ['Donald Tusk', 'person'],
      ['Donald Tuskowski', 'person'],
    ];
    expect(idOf(text, names, 'Donald Tusk')).toBe('p:tusk');
    expect(idOf(text, names, 'Donald Tuskowski')).toBeNull();
    // Namesake words with no name after them still speak of the name before.
    const plain = 'Donald Tusk, no relation to the prime minister, opened a bakery in Łódź.';
    expect(idOf(plain, [['Donald Tusk', 'person']], 'Donald Tusk')).toBeNull();
  });
});
