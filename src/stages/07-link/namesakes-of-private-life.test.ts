/**
 * Namesakes copy presents by their private life (session acc22-link-a): a school's street post
 * ("a lollipop man", "a dinner lady") under an exact famous name; a famous name in quotes that
 * the sentence says is somebody's nickname; a near spelling of a household name as the founder
 * of a small firm; a town placed by an apposition in a region of another country ("Lagos, the
 * Algarve resort town"). The famous bearers themselves still link.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('GB', 'United Kingdom', 'British'),
  countryEntity('BR', 'Brazil', 'Brazilian'),
  countryEntity('SA', 'Saudi Arabia', 'Saudi'),
  countryEntity('NG', 'Nigeria', 'Nigerian'),
  countryEntity('PT', 'Portugal', 'Portuguese'),
  countryEntity('IN', 'India', 'Indian'),
  personEntity({
    id: 'kanda',
    name: 'Rajesh Kanda',
    surname: 'Kanda',
    country: 'IN',
    prominence: 5,
    born: 1950,
    description: 'Prime Minister of India since 2014',
    roles: [{ role: 'Prime Minister', org: 'IN', orgId: 'cd:country/in', from: '2014-05-26' }],
  }),
  personEntity({
    id: 'lammy',
    name: 'Peter Ashdown',
    surname: 'Ashdown',
    country: 'GB',
    prominence: 4,
    born: 1961,
    description: 'UK Secretary of State for Transport since 2024',
    roles: [
      { role: 'Secretary of State for Transport', org: 'GB', orgId: 'cd:country/gb', from: '2024-07-05' },
    ],
  }),
  makeEntity({
    id: 'p:lula',
    type: 'person',
    name: 'Luiz Inácio Lula da Silva',
    names: [
      { text: 'Lula', kind: 'alias' },
      { text: 'da Silva', kind: 'surname' },
    ],
    country: 'BR',
    prominence: 5,
    born: 1945,
    description: 'President of Brazil since 2023',
    roles: [{ role: 'President', org: 'BR', orgId: 'cd:country/br', from: '2023-01-01', to: null }],
  }),
  personEntity({
    id: 'mbs',
    name: 'Mohammed bin Salman',
    surname: 'bin Salman',
    country: 'SA',
    prominence: 5,
    born: 1985,
    description: 'Crown Prince and Prime Minister of Saudi Arabia',
    roles: [{ role: 'Crown Prince', org: 'SA', orgId: 'cd:country/sa', from: '2017-06-21' }],
  }),
  makeEntity({
    id: 'g:lagos',
    type: 'location',
    name: 'Lagos',
    country: 'NG',
    kind: 'city',
    prominence: 4,
    description: 'city in Nigeria',
  }),
  makeEntity({
    id: 'r:algarve',
    type: 'location',
    name: 'Algarve',
    country: 'PT',
    kind: 'region',
    prominence: 1,
    description: 'southern region of Portugal',
  }),
]);

const link = linkerOver(kb, '2025-05-14');
const kbIdOf = (text: string, names: [string, EntityType][], surface: string) =>
  writtenAs(link(text, names), text, surface)?.kbId ?? null;

describe('a school’s street post', () => {
  it('presents a private person under the exact name of a minister, and the surname after', () => {
    const text =
      'Peter Ashdown, 65, a lollipop man at a Derby infant school, was thanked by parents after 22 years. Ashdown said he would miss the children.';
    const names: [string, EntityType][] = [
      ['Peter Ashdown', 'person'],
      ['Derby', 'location'],
      ['Ashdown', 'person'],
    ];
    expect(kbIdOf(text, names, 'Peter Ashdown')).toBeNull();
    expect(kbIdOf(text, names, 'Ashdown')).toBeNull();
  });

  it('leaves the minister himself linked', () => {
    const text = 'Transport Secretary Peter Ashdown said rail fares would be frozen next year.';
    expect(kbIdOf(text, [['Peter Ashdown', 'person']], 'Peter Ashdown')).toBe('p:lammy');
  });
});

describe('a famous name in quotes said to be somebody’s nickname', () => {
  it('is the word spoken of, not the president', () => {
    const text =
      'Marcos Souza, a 51-year-old taxi driver in Recife, says "Lula" has been his nickname since the army. He voted for the other candidate.';
    const names: [string, EntityType][] = [
      ['Marcos Souza', 'person'],
      ['Recife', 'location'],
      ['Lula', 'person'],
    ];
    expect(kbIdOf(text, names, 'Lula')).toBeNull();
  });

  it('leaves the president linked when quoted by his name in news', () => {
    const text = 'Supporters chanted "Lula" as the president arrived in Brasília on Tuesday.';
    expect(kbIdOf(text, [['Lula', 'person']], 'Lula')).toBe('p:lula');
  });
});

describe('a famous name opening a work’s title (session acc23-link-a)', () => {
  it('is the title when the sentence credits the work to its maker, and the name after it too', () => {
    const text =
      "'Kanda, Three Days in the Rain', directed by Ana Reis, follows the painter Amedeo Kandinetti through Paris in 1916. Friends called the painter Kanda.";
    // The tagger takes the opening quote into the name.
    const names: [string, EntityType][] = [
      ["'Kanda", 'person'],
      ['Ana Reis', 'person'],
      ['Amedeo Kandinetti', 'person'],
      ['Paris', 'location'],
      ['Kanda', 'person'],
    ];
    expect(kbIdOf(text, names, "'Kanda")).toBeNull();
    expect(kbIdOf(text, names, 'Kanda')).toBeNull();
  });

  it('leaves the prime minister linked when a quote opens on his name', () => {
    const quoted = '"Kanda has forgotten the north," said a trader in Mumbai on Tuesday.';
    expect(kbIdOf(quoted, [['Kanda', 'person']], 'Kanda')).toBe('p:kanda');
  });
});

describe('the founder of a small firm', () => {
  it('is no household name spelt nearly right', () => {
    const text =
      'Nadira Foods, a Dubai date packer, won a small-business prize. Founder Mohammed Binsalman said the company now sells to nine countries.';
    const names: [string, EntityType][] = [
      ['Nadira Foods', 'organization'],
      ['Dubai', 'location'],
      ['Mohammed Binsalman', 'person'],
    ];
    expect(kbIdOf(text, names, 'Mohammed Binsalman')).toBeNull();
  });
});

describe('a town an apposition places in a region of another country', () => {
  it('is a namesake of the city', () => {
    const text = 'Lagos, the Algarve seaside town, counted record numbers of visitors in July.';
    const names: [string, EntityType][] = [
      ['Lagos', 'location'],
      ['Algarve', 'location'],
    ];
    expect(kbIdOf(text, names, 'Lagos')).toBeNull();
  });

  it('leaves the city linked under its own country’s adjective', () => {
    const text = 'Lagos, the Nigerian port city, reported record traffic at its container terminals.';
    expect(kbIdOf(text, [['Lagos', 'location']], 'Lagos')).toBe('g:lagos');
  });
});
