/**
 * People of blind17 (session acc17-link-a): namesakes the words around a famous name present
 * (a town's fire chief, a year of history, a distillery, an acronym, a base named after
 * somebody), relatives named by a word of kin, and near spellings a reader takes at once (a
 * star in an article of their sphere, a son named in the description, a deed the KB records).
 */
import { describe, expect, it } from 'vitest';
import {
  countryEntity,
  kbIdAt,
  linkerOver,
  linkLayers,
  personEntity,
} from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { namedInDescription } from './description-names.js';
import { headNoun } from './descriptor.js';
import { deedOfProfile } from './profile-deeds.js';
import { unknownBodyBegunBy, writtenAsAcronym } from './surnames-of-things.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('US', 'United States', 'American'),
  countryEntity('NL', 'Netherlands', 'Dutch'),
  countryEntity('SK', 'Slovakia', 'Slovak'),
  countryEntity('AZ', 'Azerbaijan', 'Azerbaijani'),
  countryEntity('JO', 'Jordan', 'Jordanian'),
  personEntity({
    id: 'powell',
    name: 'Jerome Powell',
    surname: 'Powell',
    country: 'US',
    prominence: 5,
    born: 1953,
    description: 'Chair of the Federal Reserve since 2018',
    roles: [{ role: 'Chair', org: 'Federal Reserve', from: '2018-02-05' }],
  }),
  personEntity({
    id: 'rfk-jr',
    name: 'Robert F. Kennedy Jr.',
    surname: 'Kennedy',
    country: 'US',
    prominence: 4,
    born: 1954,
    description: 'US Secretary of Health and Human Services since 2025',
    roles: [{ role: 'Secretary of Health and Human Services', org: 'US', from: '2025-02-13' }],
  }),
  personEntity({
    id: 'rutte',
    name: 'Mark Rutte',
    surname: 'Rutte',
    country: 'NL',
    prominence: 5,
    born: 1967,
    description: 'Secretary General of NATO since 2024; Prime Minister of the Netherlands 2010-2024',
  }),
  personEntity({
    id: 'fico',
    name: 'Robert Fico',
    surname: 'Fico',
    country: 'SK',
    prominence: 4,
    born: 1964,
    description: 'Prime Minister of Slovakia',
  }),
  personEntity({
    id: 'vance',
    name: 'JD Vance',
    surname: 'Vance',
    country: 'US',
    prominence: 5,
    born: 1984,
    description: 'Vice President of the United States since 2025',
  }),
  personEntity({
    id: 'schoof',
    name: 'Dick Schoof',
    surname: 'Schoof',
    country: 'NL',
    prominence: 4,
    born: 1957,
    description: 'Prime Minister of the Netherlands since 2024',
    roles: [{ role: 'Prime Minister', org: 'NL', orgId: 'cd:country/nl', from: '2024-07-02' }],
  }),
  personEntity({
    id: 'heydar',
    name: 'Heydar Aliyev',
    surname: 'Aliyev',
    country: 'AZ',
    prominence: 2,
    born: 1923,
    description: 'President of Azerbaijan 1993-2003',
  }),
  personEntity({
    id: 'ilham',
    name: 'Ilham Aliyev',
    surname: 'Aliyev',
    country: 'AZ',
    prominence: 4,
    born: 1961,
    description: 'President of Azerbaijan since 2003',
  }),
  personEntity({
    id: 'haaland',
    name: 'Erling Haaland',
    surname: 'Haaland',
    country: 'NO',
    prominence: 3,
    born: 2000,
    description: 'Norwegian footballer at Manchester City',
  }),
  makeEntity({
    id: 'p:abdullah-ii',
    type: 'person',
    name: 'Abdullah II of Jordan',
    names: [{ text: 'Abdullah II', kind: 'alias' }],
    country: 'JO',
    born: 1962,
    prominence: 4,
    description: 'King of Jordan since 1999',
  }),
  personEntity({
    id: 'swift',
    name: 'Taylor Swift',
    surname: 'Swift',
    country: 'US',
    prominence: 4,
    born: 1989,
    description: 'American singer-songwriter',
  }),
  personEntity({
    id: 'joe-biden',
    name: 'Joe Biden',
    surname: 'Biden',
    country: 'US',
    prominence: 5,
    born: 1942,
    description: 'President of the United States 2021-2025',
  }),
  personEntity({
    id: 'hunter-biden',
    name: 'Hunter Biden',
    surname: 'Biden',
    country: 'US',
    prominence: 3,
    born: 1970,
    description: 'Son of Joe Biden; convicted 2024 and pardoned',
  }),
]);

const link = linkerOver(kb, '2025-05-20');

describe('namesakes presented by the words around a famous name', () => {
  it("a town's fire chief with a fitting age is no central banker, nor is the surname after", () => {
    const text =
      'Jerome Powell, 72, a retired fire chief in Tulsa, cut the ribbon at the new station. Powell served the city for 35 years.';
    const entities = link(text, [
      ['Jerome Powell', 'person'],
      ['Tulsa', 'location'],
      ['Powell', 'person'],
    ]);
    expect(kbIdAt(entities, text, 'Jerome Powell')).toBeFalsy();
    expect(kbIdAt(entities, text, 'Powell', 1)).toBeFalsy();
    expect(headNoun('a retired fire chief in Tulsa')).toBe('fire chief');
    expect(headNoun('the chief of staff')).toBe('chief');
  });

  it('a name without its "Jr." in a story of 1968 is the father, not the son of today', () => {
    const text =
      'Robert F. Kennedy won the California primary in 1968, hours before he was shot. The senator had promised to end the war.';
    const entities = link(text, [['Robert F. Kennedy', 'person']]);
    expect(kbIdAt(entities, text, 'Robert F. Kennedy')).toBeFalsy();
  });

  it('a surname before "distillery" is the distillery, and so is the word alone after', () => {
    const text =
      'The Rutte distillery in Schiedam launched a gin flavoured with juniper and lemon peel. Rutte now exports to 30 countries from the Netherlands.';
    const entities = link(text, [
      ['Rutte', 'person'],
      ['Schiedam', 'location'],
      ['Netherlands', 'location'],
    ]);
    expect(kbIdAt(entities, text, 'Rutte')).toBeFalsy();
    expect(kbIdAt(entities, text, 'Rutte', 1)).toBeFalsy();
  });

  it('a surname written as an acronym in a sentence of ordinary case is a company', () => {
    const text = 'FICO said on Tuesday that its scores would soon count rent payments.';
    const entities = link(text, [['FICO', 'person']]);
    expect(kbIdAt(entities, text, 'FICO')).toBeFalsy();
    // A company then: no person a pronoun could stand for.
    expect(entities.find((e) => e.name === 'FICO')?.type).toBe('organization');
    expect(writtenAsAcronym('FICO', text, 0)).toBe(true);
    expect(writtenAsAcronym('Fico', text, 0)).toBe(false);
    expect(writtenAsAcronym('LAGARDE', 'Traders hung on every word from LAGARDE today.', 32)).toBe(false);
    // A headline sets every word in capitals.
    expect(writtenAsAcronym('FICO', 'FICO SAYS RENT WILL COUNT', 0)).toBe(false);
  });

  it('a surname alone with a state after it as an address is a town there', () => {
    const text = 'Crowds in Vance, Oklahoma, doubled for the spring air show, organisers said.';
    const entities = link(text, [
      ['Vance', 'person'],
      ['Oklahoma', 'location'],
    ]);
    expect(kbIdAt(entities, text, 'Vance')).toBeFalsy();
    expect(entities.find((e) => e.name === 'Vance')?.type).toBe('location');
    // Not the state beginning a list of places, nor a name going on after the comma.
    const list = 'Rallies for Vance, Ohio and Texas Republicans drew crowds.';
    expect(kbIdAt(link(list, [['Vance', 'person']]), list, 'Vance')).toBe('p:vance');
  });

  it('the surname alone after a base named with it is the base', () => {
    const text =
      'Jets landed at Vance Air Force Base on Monday for the spring exercise. Vance hosts two flying squadrons.';
    const entities = link(text, [
      ['Vance Air Force Base', 'organization'],
      ['Vance', 'person'],
    ]);
    expect(kbIdAt(entities, text, 'Vance', 1)).toBeFalsy();
  });

  it('a body named after the word, later, does not take the person', () => {
    const text = 'Workers cheered Vance on Monday at the opening of a bridge they call the Vance Bridge.';
    const mentions = linkLayers(text, [
      ['Vance', 'person'],
      ['Vance Bridge', 'location'],
    ]).mentions;
    expect(unknownBodyBegunBy('Vance', text.indexOf('Vance'), mentions, text, kb)).toBeNull();
    expect(unknownBodyBegunBy('Vance', text.length, mentions, text, kb)).toEqual({
      surface: 'Vance Bridge',
      type: 'location',
    });
  });
});

describe('what a presentation says after a preposition', () => {
  it('"without" ends the head phrase of an apposition', () => {
    expect(headNoun('a former spy chief without a party card')).toBe('chief');
    const text =
      'Dick Shof, a former spy chief without a party card, was sworn in as Dutch prime minister on Tuesday.';
    const entities = link(text, [['Dick Shof', 'person']], '2024-07-02');
    expect(kbIdAt(entities, text, 'Dick Shof')).toBe('p:schoof');
  });
});

describe('relatives named by a word of kin', () => {
  it('a given name after "His son" takes the family name of the person named in the sentence before', () => {
    const text =
      'Heydar Aliyev, who ruled Azerbaijan for a decade, was remembered in Baku on Saturday. His son Ilham laid a wreath.';
    const entities = link(text, [
      ['Heydar Aliyev', 'person'],
      ['Azerbaijan', 'location'],
      ['Baku', 'location'],
      ['Ilham', 'person'],
    ]);
    expect(kbIdAt(entities, text, 'Ilham')).toBe('p:ilham');
  });

  it('the given name is a person whatever type the tagger gave it', () => {
    const text = 'Alf-Inge Haaland cheered from the stands as his son Erling scored twice.';
    const entities = link(text, [
      ['Alf-Inge Haaland', 'person'],
      ['Erling', 'organization'],
    ]);
    expect(kbIdAt(entities, text, 'Erling')).toBe('p:haaland');
  });

  it('kin named by a possessive right before an exact name is no private life', () => {
    const text =
      'King Abdullah I founded the monarchy in 1946. His great-grandson Abdullah II opened a museum in Amman on Sunday.';
    const entities = link(text, [
      ['King Abdullah I', 'person'],
      ['Abdullah II', 'person'],
      ['Amman', 'location'],
    ]);
    expect(kbIdAt(entities, text, 'Abdullah II')).toBe('p:abdullah-ii');
  });
});

describe('near spellings a reader takes at once', () => {
  it("a star a slip off, in an article of the star's sphere", () => {
    const text = 'Taylor Swit closed her stadium tour with a three-hour concert in London.';
    const entities = link(text, [
      ['Taylor Swit', 'person'],
      ['London', 'location'],
    ]);
    expect(kbIdAt(entities, text, 'Taylor Swit')).toBe('p:swift');
  });

  it('a full name of the description the article writes whole, and a deed the KB records', () => {
    const text = 'Joe Biden defended the decision to spare Hanter Biden, who was convicted in Delaware.';
    const entities = link(
      text,
      [
        ['Joe Biden', 'person'],
        ['Hanter Biden', 'person'],
        ['Delaware', 'location'],
      ],
      '2024-12-03',
    );
    expect(kbIdAt(entities, text, 'Hanter Biden')).toBe('p:hunter-biden');
    expect(namedInDescription('Son of Joe Biden; convicted 2024', text, ' hunter biden ')).toBe('Joe Biden');
    expect(namedInDescription('Son of Joe Biden', 'Joe Bidenson spoke.', ' hunter biden ')).toBeNull();
  });

  it('a relative clause of another deed still presents somebody', () => {
    const hunter = kb.lookup('Hunter Biden')[0]!.entity;
    const text =
      'Hanter Biden, who was convicted in June, spoke. Hanter Biden, who painted the mural, spoke.';
    expect(deedOfProfile(text, 'Hanter Biden'.length, hunter)).toBe('convicted');
    const second = text.indexOf('Hanter Biden', 5) + 'Hanter Biden'.length;
    expect(deedOfProfile(text, second, hunter)).toBeNull();
  });
});
