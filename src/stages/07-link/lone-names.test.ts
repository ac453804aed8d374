/**
 * A later one-word (or tail) mention follows the article's own full form of a person: a
 * surname the tagger typed as an organisation, a given name where that is how the person is
 * called, the words after the first of a long name, and a private person's own first word.
 */
import { describe, expect, it } from 'vitest';
import { linkLayers, personEntity, wordTokens, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { Entity, EntityType, Token } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { linkDocument } from './link-document.js';
import { calledByFirstWord, isFullFormTail, leadingGivenName } from './lone-names.js';

const somchai = personEntity({
  id: 'somchai',
  name: 'Somchai Rattanakorn',
  surname: 'Rattanakorn',
  country: 'TH',
  prominence: 3,
  roles: [{ role: 'Prime Minister', org: 'TH', from: '2025-09-01' }],
});
const brandvik = personEntity({
  id: 'brandvik',
  name: 'Helga Brandvik',
  surname: 'Brandvik',
  country: 'NO',
  prominence: 3,
  roles: [{ role: 'Minister of Finance', org: 'NO', from: '2024-02-01' }],
});
const okeke = personEntity({
  id: 'okeke',
  name: 'Amara Okeke-Nwosu',
  surname: 'Okeke-Nwosu',
  country: 'NG',
  prominence: 4,
  roles: [{ role: 'Governor', org: 'Central Bank of Nigeria', from: '2023-09-01' }],
});
// A household name whose surname a private person of the article has as a given name.
const sandell = personEntity({
  id: 'sandell',
  name: 'Arvid Sandell',
  surname: 'Sandell',
  country: 'SE',
  prominence: 5,
  roles: [{ role: 'Minister for Foreign Affairs', org: 'SE', from: '2024-01-01' }],
});
const kb = new MemoryKnowledgeBase([
  somchai,
  brandvik,
  okeke,
  sandell,
  // A company named like a river basin, and a country named like its capital.
  makeEntity({ id: 'o:orinoco', type: 'organization', name: 'Orinoco', prominence: 4 }),
  makeEntity({ id: 'l:orinoco-delta', type: 'location', name: 'Orinoco Delta', prominence: 3 }),
  makeEntity({ id: 'l:valoria', type: 'location', name: 'Valoria', prominence: 3 }),
  // A town named like the surname of a well-known person.
  makeEntity({
    id: 'l:brandvik',
    type: 'location',
    name: 'Brandvik',
    kind: 'city',
    country: 'NO',
    prominence: 2,
  }),
  makeEntity({ id: 'l:valoria-city', type: 'location', name: 'Valoria City', prominence: 3 }),
]);

function link(text: string, names: [string, EntityType][], tokens?: Token[]): Entity[] {
  return linkDocument(kb, {
    text,
    date: '2025-11-03',
    ...linkLayers(text, names),
    ...(tokens ? { tokens } : {}),
  });
}

/** The surfaces of the entity holding `surface`, and its KB id. */
function entityWith(entities: Entity[], text: string, surface: string) {
  const e = writtenAs(entities, text, surface);
  return { id: e?.kbId ?? null, surfaces: e?.mentions.map((m) => text.slice(m.start, m.end)) ?? [] };
}

describe('a lone surname the tagger typed as something else', () => {
  it('follows a full form linked to a person whatever the tags', () => {
    const text =
      'The Treasury Helga Brandvikk presented the budget in Oslo on Monday. Brandvikk said the surplus would shrink.';
    const entities = link(text, [
      ['Treasury Helga Brandvikk', 'organization'],
      ['Oslo', 'location'],
      ['Brandvikk', 'organization'],
    ]);
    const lone = entityWith(entities, text, 'Brandvikk');
    expect(lone.id).toBe('p:brandvik');
    expect(lone.surfaces).toHaveLength(2);
  });
});

describe('a lone given name', () => {
  it('follows a person called by the given name (a Thai prime minister, mangled)', () => {
    const text =
      'Somchay Rattanakorn was sworn in as Thai prime minister on Monday. Somchay promised to dissolve parliament.';
    const entities = link(text, [
      ['Somchay Rattanakorn', 'person'],
      ['Somchay', 'person'],
    ]);
    expect(entityWith(entities, text, 'Somchay').id).toBe('p:somchai');
  });

  it('follows a full form the tagger missed, once the linker has found it', () => {
    const text =
      'Somchai Rattanakorn was sworn in as Thai prime minister on Monday. Somchai promised to dissolve parliament.';
    const entities = link(text, [['Somchai', 'person']], wordTokens(text));
    const lone = entityWith(entities, text, 'Somchai');
    expect(lone.id).toBe('p:somchai');
    expect(lone.surfaces).toEqual(['Somchai Rattanakorn', 'Somchai']);
  });

  it("follows the article's private person, not the household name it shares", () => {
    const text =
      'Sandell Ferreira, a dairy farmer near Braga, said the drought cut his herd. Sandell said prices had halved.';
    const entities = link(text, [
      ['Sandell Ferreira', 'person'],
      ['Braga', 'location'],
      ['Sandell', 'person'],
    ]);
    const lone = entityWith(entities, text, 'Sandell');
    expect(lone.id).toBeNull();
    expect(lone.surfaces).toEqual(['Sandell Ferreira', 'Sandell']);
  });
});

describe("a private person's first word where no name stands", () => {
  it('stays apart before a capitalised word (a cut name) or a noun', () => {
    const text =
      'Rosa Quintela, a baker in Braga, hired Rosa Maria Duarte on Monday. Rosa bakery sales doubled.';
    const entities = link(text, [
      ['Rosa Quintela', 'person'],
      ['Braga', 'location'],
      ['Rosa', 'person'],
    ]);
    // linkLayers puts "Rosa" on the cut "Rosa Maria Duarte"; the second lone word is added below.
    expect(entityWith(entities, text, 'Rosa').surfaces).toEqual(['Rosa']);
    const at = text.lastIndexOf('Rosa');
    const layers = linkLayers(text, [
      ['Rosa Quintela', 'person'],
      ['Braga', 'location'],
    ]);
    const withNoun = linkDocument(kb, {
      text,
      date: '2025-11-03',
      sentences: layers.sentences,
      mentions: [...layers.mentions, { start: at, end: at + 4, type: 'person', by: 'test', confidence: 1 }],
    });
    expect(entityWith(withNoun, text, 'Rosa Quintela').surfaces).toEqual(['Rosa Quintela']);
  });

  it('joins before a verb', () => {
    const text = 'Rosa Quintela, a baker in Braga, opened a second shop. Rosa hires her nieces.';
    const entities = link(text, [
      ['Rosa Quintela', 'person'],
      ['Braga', 'location'],
      ['Rosa', 'person'],
    ]);
    // "Rosa" of the full form is covered: the lone one is the later word.
    expect(entityWith(entities, text, 'Rosa Quintela').surfaces).toEqual(['Rosa Quintela', 'Rosa']);
  });
});

describe('the tail of a long name', () => {
  it('follows the full form it ends', () => {
    const text =
      'Amara Okeke Nwosou, governor of the central bank, held rates on Tuesday. Okeke Nwosou said inflation was easing.';
    const entities = link(text, [
      ['Amara Okeke Nwosou', 'person'],
      ['Okeke Nwosou', 'person'],
    ]);
    const tail = entityWith(entities, text, 'Okeke Nwosou');
    expect(tail.id).toBe('p:okeke');
    expect(tail.surfaces).toHaveLength(2);
  });
});

describe('lone-name helpers', () => {
  it('knows whose first word is their short form', () => {
    expect(calledByFirstWord(somchai)).toBe(true);
    expect(calledByFirstWord(brandvik)).toBe(false);
  });

  it('takes no title for a given name', () => {
    expect(leadingGivenName('Helga Brandvik')).toBe('Helga');
    expect(leadingGivenName('President Brandvik')).toBeNull();
    expect(leadingGivenName('Brandvik')).toBeNull();
  });

  it('matches whole trailing words only', () => {
    expect(isFullFormTail('okeke nwosu', 'amara okeke nwosu')).toBe(true);
    expect(isFullFormTail('ke nwosu', 'amara okeke nwosu')).toBe(false);
    expect(isFullFormTail('okeke nwosu', 'okeke nwosu')).toBe(false);
  });
});

describe('a lone word of a place the article named', () => {
  it('follows the place it begins, not the company the KB knows by it', () => {
    const text =
      'Fires in the Orinoco Delta hit a record in August. The Orinoco has been gripped by drought.';
    const entities = link(text, [
      ['Orinoco Delta', 'location'],
      ['Orinoco', 'location'],
    ]);
    expect(entityWith(entities, text, 'Orinoco').id).toBe('l:orinoco-delta');
  });

  it('keeps a word that is a place of its own', () => {
    const text = 'Protests spread across Valoria City on Friday. Valoria has been in turmoil since May.';
    const entities = link(text, [
      ['Valoria City', 'location'],
      ['Valoria', 'location'],
    ]);
    expect(entityWith(entities, text, 'Valoria').id).toBe('l:valoria');
  });
});

describe('a place named like the article’s person (session acc22-link-b)', () => {
  it('is the place after a preposition of place, not the person’s surname', () => {
    const text =
      'Helga Brandvik, 31, a swimming coach in Brandvik, Norway, said her inbox fills with mail meant for the minister.';
    const entities = link(text, [
      ['Helga Brandvik', 'organization'],
      ['Brandvik', 'location'],
      ['Norway', 'location'],
    ]);
    const at = text.indexOf('Brandvik, Norway');
    const town = entities.find((e) => e.mentions.some((m) => m.start === at));
    expect(town?.kbId).toBe('l:brandvik');
  });

  it('still follows the person when the words before it are no preposition of place', () => {
    const text = 'Helga Brandvik presented the budget on Monday. Brandvik said the surplus would shrink.';
    const entities = link(text, [
      ['Helga Brandvik', 'person'],
      ['Brandvik', 'location'],
    ]);
    expect(entityWith(entities, text, 'Helga Brandvik').surfaces).toEqual(['Helga Brandvik', 'Brandvik']);
  });
});
