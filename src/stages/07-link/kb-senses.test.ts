/**
 * Which of several KB entries a name means: bodies sharing a short name go to the one of a
 * country the article names; a title before a lone surname goes to the bearer holding it,
 * not to a relative named in full earlier; two mentions joined by a preposition that are
 * together a KB name ("Nobel Prize in Literature") are that name.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, personEntity } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('SD', 'Sudan', 'Sudanese'),
  countryEntity('FR', 'France', 'French'),
  countryEntity('US', 'United States', 'American'),
  makeEntity({
    id: 'org:rsf-ngo',
    type: 'organization',
    name: 'Reporters Without Borders',
    names: [{ text: 'RSF', kind: 'short' }],
    country: 'FR',
    prominence: 3,
  }),
  makeEntity({
    id: 'org:rsf-militia',
    type: 'organization',
    name: 'Rapid Support Forces',
    names: [{ text: 'RSF', kind: 'short' }],
    country: 'SD',
    prominence: 3,
  }),
  personEntity({
    id: 'walter-okoye',
    name: 'Walter Okoye',
    surname: 'Okoye',
    country: 'US',
    prominence: 5,
    born: 1950,
    roles: [{ role: 'Governor', org: 'US', from: '2021-01-01', to: '2027-01-01' }],
  }),
  personEntity({
    id: 'dane-okoye',
    name: 'Dane Okoye',
    surname: 'Okoye',
    country: 'US',
    prominence: 3,
    born: 1978,
    description: 'Son of Walter Okoye; businessman',
  }),
  makeEntity({
    id: 'org:mehta-tel',
    type: 'organization',
    name: 'Mehtani Telecom',
    country: 'IN',
    prominence: 3,
  }),
  personEntity({
    id: 'dinesh-mehtani',
    name: 'Dinesh Mehtani',
    surname: 'Mehtani',
    country: 'IN',
    prominence: 4,
    born: 1955,
    description: 'Chairman of Mehtani Group',
    roles: [{ role: 'Chairman', org: 'Mehtani Group', from: '2001-01-01' }],
  }),
  personEntity({
    id: 'naresh-mehtani',
    name: 'Naresh Mehtani',
    surname: 'Mehtani',
    country: 'IN',
    prominence: 2,
    born: 1990,
    description: 'Chairman of Mehtani Telecom; son of Dinesh Mehtani',
    roles: [{ role: 'Chairman', org: 'Mehtani Telecom', orgId: 'org:mehta-tel', from: '2022-01-01' }],
  }),
  makeEntity({
    id: 'place:san-jose-cr',
    type: 'location',
    kind: 'capital',
    name: 'San José',
    country: 'CR',
    prominence: 3,
  }),
  makeEntity({
    id: 'place:san-jose-us',
    type: 'location',
    kind: 'city',
    name: 'San Jose',
    country: 'US',
    prominence: 3,
  }),
  makeEntity({ id: 'ev:nobel', type: 'event', name: 'Nobel Prize', prominence: 4 }),
  makeEntity({ id: 'ev:nobel-lit', type: 'event', name: 'Nobel Prize in Literature', prominence: 1 }),
]);

const link = linkerOver(kb, '2025-06-10');

describe('bodies sharing a short name', () => {
  it('takes the one of the country the article names', () => {
    const text = 'Sudan’s army rejected talks with the RSF on Tuesday.';
    const names: [string, EntityType][] = [
      ['Sudan', 'location'],
      ['RSF', 'organization'],
    ];
    const rsf = link(text, names).find(
      (e) => e.name === 'Rapid Support Forces' || e.name === 'Reporters Without Borders',
    );
    expect(rsf?.kbId).toBe('org:rsf-militia');
    const press = 'France’s press union joined the RSF in condemning the arrest.';
    const pressNames: [string, EntityType][] = [
      ['France', 'location'],
      ['RSF', 'organization'],
    ];
    expect(link(press, pressNames).find((e) => e.kbId?.startsWith('org:rsf'))?.kbId).toBe('org:rsf-ngo');
  });
});

describe('places equally prominent sharing a name but for an accent', () => {
  it('takes the one spelled as the copy writes it', () => {
    const text = 'Speaking at a conference in San Jose, the chief executive said demand was strong.';
    expect(link(text, [['San Jose', 'location']])[0]?.kbId).toBe('place:san-jose-us');
    const accented = 'The talks in San José ended without a deal.';
    expect(link(accented, [['San José', 'location']])[0]?.kbId).toBe('place:san-jose-cr');
  });
});

describe('a lone surname after a title', () => {
  it('goes to the bearer holding the title, not to the relative named in full before', () => {
    const text = 'Dane Okoye, the governor’s son, was cleared on Monday, Governor Okoye said.';
    const entities = link(text, [
      ['Dane Okoye', 'person'],
      ['Okoye', 'person'],
    ]);
    const lone = entities.find((e) => e.mentions.some((m) => text.slice(m.start, m.end) === 'Okoye'));
    expect(lone?.kbId).toBe('p:walter-okoye');
    expect(
      entities.find((e) => e.mentions.some((m) => text.slice(m.start, m.end) === 'Dane Okoye'))?.kbId,
    ).toBe('p:dane-okoye');
  });

  it('still joins the full form when no title stands before it', () => {
    const text = 'Dane Okoye, the governor’s son, was cleared on Monday. Okoye thanked his lawyers.';
    const entities = link(text, [
      ['Dane Okoye', 'person'],
      ['Okoye', 'person'],
    ]);
    const lone = entities.find((e) => e.mentions.some((m) => text.slice(m.start, m.end) === 'Okoye'));
    expect(lone?.kbId).toBe('p:dane-okoye');
  });
});

describe('bearers of one surname', () => {
  it('does not repair a spelling into a relative whose given name differs, beside one whose matches', () => {
    const text = 'Billionaire Dinesh Mehtany’s Mehtani Telecom signed a satellite deal on Monday.';
    const entities = link(text, [
      ['Dinesh Mehtany', 'person'],
      ['Mehtani Telecom', 'organization'],
    ]);
    const person = entities.find((e) =>
      e.mentions.some((m) => text.slice(m.start, m.end) === 'Dinesh Mehtany'),
    );
    expect(person?.kbId).not.toBe('p:naresh-mehtani');
  });
});

describe('two mentions joined by a preposition', () => {
  it('are one KB name when together they are one', () => {
    const text = 'The poet won the Nobel Prize in Literature on Thursday.';
    const entities = link(text, [
      ['Nobel Prize', 'misc'],
      ['Literature', 'misc'],
    ]);
    expect(entities.find((e) => e.kbId?.startsWith('ev:'))?.kbId).toBe('ev:nobel-lit');
  });

  it('take in the capitalised words after the preposition that the tagger left out', () => {
    const text = 'The Kenyan novelist won the Nobel Prize in Literature for her trilogy.';
    const entities = link(text, [['Nobel Prize', 'misc']]);
    const prize = entities.find((e) => e.kbId?.startsWith('ev:'));
    expect(prize?.kbId).toBe('ev:nobel-lit');
    expect(text.slice(prize!.mentions[0]!.start, prize!.mentions[0]!.end)).toBe('Nobel Prize in Literature');
    // Not when the words after the preposition make no KB name with it.
    const other = 'The Nobel Prize in Stockholm drew protests on Tuesday.';
    expect(link(other, [['Nobel Prize', 'misc']]).find((e) => e.kbId?.startsWith('ev:'))?.kbId).toBe(
      'ev:nobel',
    );
  });
});
