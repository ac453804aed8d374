/**
 * A surname alone written as one of the person's own names spells it in another romanisation
 * ("-ski" of an alias for the KB's "-skyy"): no slip, so a closer namesake by letters (a
 * relative's feminine "-ska") is no rival; the vetoes of a surname alone still hold.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { Entity, EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('UA', 'Ukraine', 'Ukrainian'),
  makeEntity({
    id: 'p:hrytsenkyy',
    type: 'person',
    name: 'Ostap Hrytsenkyy',
    names: [
      { text: 'Hrytsenkyy', kind: 'surname' },
      { text: 'Ostap Hrytsenkiy', kind: 'alias' },
    ],
    country: 'UA',
    born: 1975,
    prominence: 5,
    description: 'President of Ukraine',
    roles: [{ role: 'President', org: 'UA', orgId: 'cd:country/ua', from: '2023-05-20', to: null }],
  }),
  makeEntity({
    id: 'p:von-der-aue',
    type: 'person',
    name: 'Helga von der Aue',
    names: [{ text: 'von der Aue', kind: 'surname' }],
    country: 'DE',
    born: 1961,
    prominence: 4,
    description: 'Chancellor of Germany',
    roles: [{ role: 'Chancellor', org: 'DE', orgId: 'cd:country/de', from: '2024-02-01', to: null }],
  }),
  countryEntity('DE', 'Germany', 'German'),
  makeEntity({
    id: 'p:hrytsenka',
    type: 'person',
    name: 'Olha Hrytsenka',
    names: [{ text: 'Hrytsenka', kind: 'surname' }],
    country: 'UA',
    born: 1978,
    prominence: 3,
    description: 'First Lady of Ukraine',
  }),
]);

const link = linkerOver(kb, '2025-04-02');

function idOf(text: string, names: [string, EntityType][], surface: string): string | null {
  const entities: Entity[] = link(text, names);
  return writtenAs(entities, text, surface)?.kbId ?? null;
}

describe('a surname alone in another romanisation of the person’s own', () => {
  it('is the person, even typed as a body, in news of public life', () => {
    const text = 'Talks on a ceasefire between the envoys and Hrytsenki collapsed in Geneva on Tuesday.';
    expect(idOf(text, [['Hrytsenki', 'organization']], 'Hrytsenki')).toBe('p:hrytsenkyy');
    const titled = 'President Hrytsenki thanked the allies for the new air defence systems.';
    expect(idOf(titled, [['Hrytsenki', 'person']], 'Hrytsenki')).toBe('p:hrytsenkyy');
  });

  it('keeps the vetoes of a surname alone, and a spelling of nobody’s own unrepaired', () => {
    const baker = 'Hrytsenki, a baker from Lviv, won the regional bread contest on Sunday.';
    expect(idOf(baker, [['Hrytsenki', 'person']], 'Hrytsenki')).toBeNull();
    const other = 'Talks on a ceasefire between the envoys and Hrytsenkou collapsed in Geneva on Tuesday.';
    expect(idOf(other, [['Hrytsenkou', 'organization']], 'Hrytsenkou')).toBeNull();
  });
});

describe('a German particle as Russian writes it back', () => {
  it('still makes a name a person’s, whatever type the tagger gave it', () => {
    const text = 'The Bundestag re-elected Helga fon der Aua as chancellor of Germany by 401 votes.';
    expect(idOf(text, [['Helga fon der Aua', 'misc']], 'Helga fon der Aua')).toBe('p:von-der-aue');
  });
});
