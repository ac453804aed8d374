/**
 * Wrong links and false repairs seen on real US political news (session realnews-link-10),
 * each class tested with passages of our own: words for peoples and creeds are no mangled
 * names, nor are adjectives made of a name with a hyphen; a near surname of the article's
 * person beats a near place name; a body's people ("Supreme Court Justices") are no other
 * body's spun name; and a town placed in a US state by its abbreviation ("Exeter, N.H.") is
 * no foreign city, nor a US city of another state.
 */
import { describe, expect, it } from 'vitest';
import {
  countryEntity,
  linkerOver,
  linkLayers,
  personEntity,
  writtenAs,
} from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { linkDocument } from './link-document.js';
import { isPeopleWord } from './people-words.js';
import { stateAbbreviationAfter } from './place-things.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('US', 'United States', 'American'),
  countryEntity('GB', 'United Kingdom', 'British'),
  countryEntity('BR', 'Brazil', 'Brazilian'),
  countryEntity('VE', 'Venezuela', 'Venezuelan'),
  makeEntity({
    id: 'o:asean',
    type: 'organization',
    name: 'ASEAN',
    names: [{ text: 'Association of Southeast Asian Nations', kind: 'alias' }],
    kind: 'intergovernmental',
    prominence: 4,
  }),
  makeEntity({
    id: 'o:wapo',
    type: 'organization',
    name: 'The Washington Post',
    names: [{ text: 'Washington Post', kind: 'alias' }],
    kind: 'newspaper',
    country: 'US',
    prominence: 4,
  }),
  makeEntity({
    id: 'o:scotus',
    type: 'organization',
    name: 'US Supreme Court',
    names: [{ text: 'Supreme Court of the United States', kind: 'alias' }],
    kind: 'court',
    country: 'US',
    prominence: 4,
  }),
  makeEntity({
    id: 'o:tsj',
    type: 'organization',
    name: 'Supreme Tribunal of Justice',
    kind: 'court',
    country: 'VE',
    prominence: 3,
  }),
  makeEntity({
    id: 'c:exeter',
    type: 'location',
    name: 'Exeter',
    kind: 'city',
    country: 'GB',
    prominence: 1,
  }),
  makeEntity({
    id: 'c:manchester',
    type: 'location',
    name: 'Manchester',
    kind: 'city',
    country: 'GB',
    prominence: 3,
  }),
  makeEntity({
    id: 'r:nh',
    type: 'location',
    name: 'New Hampshire',
    kind: 'region',
    country: 'US',
    prominence: 3,
  }),
  makeEntity({
    id: 'r:sc',
    type: 'location',
    name: 'South Carolina',
    kind: 'region',
    country: 'US',
    prominence: 3,
  }),
  makeEntity({
    id: 'c:columbia-mo',
    type: 'location',
    name: 'Columbia',
    kind: 'city',
    country: 'US',
    description: 'city in Missouri, United States',
    prominence: 1,
  }),
  makeEntity({
    id: 'c:columbia-sc',
    type: 'location',
    name: 'Columbia',
    kind: 'city',
    country: 'US',
    description: 'city in South Carolina, United States',
    prominence: 1,
  }),
  makeEntity({
    id: 'c:concord-ca',
    type: 'location',
    name: 'Concord',
    kind: 'city',
    country: 'US',
    description: 'city in California, United States',
    prominence: 1,
  }),
  personEntity({ id: 'christie', name: 'Chris Christie', surname: 'Christie', country: 'US', prominence: 3 }),
  personEntity({ id: 'brazile', name: 'Donna Brazile', surname: 'Brazile', country: 'US', prominence: 1 }),
]);

const link = linkerOver(kb, '2016-03-01');

function linked(
  text: string,
  surface: string,
  names: readonly (readonly [string, EntityType])[],
): string | null {
  const entities = link(text, names);
  const e = writtenAs(entities, text, surface);
  return e?.kbId ? e.name : null;
}

function linkedId(
  text: string,
  surface: string,
  names: readonly (readonly [string, EntityType])[],
): string | null {
  const entities = link(text, names);
  return writtenAs(entities, text, surface)?.kbId ?? null;
}

describe('words for peoples and creeds', () => {
  it('are read from the demonym gazetteer as written', () => {
    expect(isPeopleWord('Asian')).toBe(true);
    expect(isPeopleWord('Christian')).toBe(true);
    expect(isPeopleWord('Christie')).toBe(false);
  });

  it('are no misspelt body: "Asian imports" are not ASEAN', () => {
    const text = 'Shoe factories in the county closed one after another as cheap Asian imports arrived.';
    expect(linked(text, 'Asian', [['Asian', 'organization']])).toBeNull();
  });

  it('join no person of the article by a near surname', () => {
    const text =
      'Chris Christie toured three diners on Monday. Christian voters in the county still lean to his rivals, and Christie knows it.';
    const names: [string, EntityType][] = [
      ['Chris Christie', 'person'],
      ['Christian', 'misc'],
      ['Christie', 'person'],
    ];
    expect(linked(text, 'Christian', names)).toBeNull();
    expect(linked(text, 'Christie', names)).toBe('Chris Christie');
  });
});

describe('a name made an adjective with a hyphen', () => {
  it('is not repaired into a longer name: "Washington-based" is no Washington Post', () => {
    const text = 'Maria Lopez is a Washington-based reporter who covers farm policy.';
    expect(linked(text, 'Washington-based', [['Washington-based', 'organization']])).toBeNull();
  });
});

describe('a near surname of the article’s person', () => {
  it('beats a near place name for a one-word mention', () => {
    const text =
      'Donna Brazile took charge of the committee on Sunday. At Brazille’s direction, the staff issued an apology.';
    const names: [string, EntityType][] = [
      ['Donna Brazile', 'person'],
      ['Brazille', 'location'],
    ];
    expect(linked(text, 'Brazille', names)).toBe('Donna Brazile');
  });

  it('leaves the place its repair when no person of the article is that close', () => {
    const text = 'Coffee exporters in Brazill expect a smaller harvest after the frost, growers said.';
    expect(linked(text, 'Brazill', [['Brazill', 'location']])).toBe('Brazil');
  });
});

describe('a body’s name followed by its people', () => {
  it('is no other body’s spun name: "Supreme Court Justices" are not the Supreme Tribunal of Justice', () => {
    const text =
      'Presidents often pick federal judges and Supreme Court Justices who drift to the left once confirmed, the senator said in Denver.';
    expect(linked(text, 'Supreme Court Justices', [['Supreme Court Justices', 'organization']])).toBeNull();
  });

  it('nor is one judge’s title before the name: "Supreme Court Justice Ann Marlow"', () => {
    const text =
      'The senator said he would not attend the funeral of Supreme Court Justice Ann Marlow, who died on Saturday.';
    const names: [string, EntityType][] = [
      ['Supreme Court Justice', 'organization'],
      ['Ann Marlow', 'person'],
    ];
    expect(linked(text, 'Supreme Court Justice', names)).toBeNull();
  });
});

describe('a town placed in a US state by an abbreviation', () => {
  it('reads AP abbreviations and postal codes as the state', () => {
    expect(stateAbbreviationAfter(', N.H., after the rally')?.[1]).toBe('New Hampshire');
    expect(stateAbbreviationAfter(', Va., and travels')?.[1]).toBe('Virginia');
    expect(stateAbbreviationAfter(', W.Va., on Friday')?.[1]).toBe('West Virginia');
    expect(stateAbbreviationAfter(', NH 03833')?.[1]).toBe('New Hampshire');
    expect(stateAbbreviationAfter(', D.C., on Friday')).toBeNull();
    expect(stateAbbreviationAfter(', UK, on Friday')).toBeNull();
    expect(stateAbbreviationAfter(', Mr. Smith said')).toBeNull();
  });

  it('is a namesake town, not the foreign city of that name', () => {
    const text = 'A retired teacher from Exeter, N.H., said the former president spoke for an hour.';
    expect(linked(text, 'Exeter', [['Exeter', 'location']])).toBeNull();
    const dateline = 'MANCHESTER, N.H. - The governor drew a large crowd at the rally here last week.';
    expect(linked(dateline, 'MANCHESTER', [['MANCHESTER', 'location']])).toBeNull();
    const abroad = 'Fans packed the pubs of Manchester, England, before the derby.';
    expect(linked(abroad, 'Manchester', [['Manchester', 'location']])).toBe('Manchester');
  });

  it('picks the US city of that state, and no city of another state', () => {
    const sc = 'COLUMBIA, S.C. - Volunteers packed the campaign office on a tree-lined street.';
    expect(linkedId(sc, 'COLUMBIA', [['COLUMBIA', 'location']])).toBe('c:columbia-sc');
    const mo = 'Students in Columbia, Missouri, rallied outside the library.';
    expect(linkedId(mo, 'Columbia', [['Columbia', 'location']])).toBe('c:columbia-mo');
    const nh = 'At a town hall in Concord, N.H., the candidate took questions for an hour.';
    expect(linkedId(nh, 'Concord', [['Concord', 'location']])).toBeNull();
    const ca = 'Refinery workers in Concord, Calif., walked off the job on Monday.';
    expect(linkedId(ca, 'Concord', [['Concord', 'location']])).toBe('c:concord-ca');
  });
});

describe('a lone word that is somebody of the article, not a KB bearer of the surname', () => {
  const lone = new MemoryKnowledgeBase([
    countryEntity('US', 'United States', 'American'),
    countryEntity('PT', 'Portugal', 'Portuguese'),
    personEntity({ id: 'kelly', name: 'John F. Kelly', surname: 'Kelly', country: 'US', prominence: 4 }),
    personEntity({ id: 'costa', name: 'António Costa', surname: 'Costa', country: 'PT', prominence: 4 }),
    personEntity({ id: 'marsh', name: 'Kelly Marsh', surname: 'Marsh', country: 'US', prominence: 2 }),
  ]);
  function lonely(
    text: string,
    surface: string,
    names: readonly (readonly [string, EntityType])[],
  ): string | null {
    const entities = linkDocument(lone, { text, date: '2016-08-26', ...linkLayers(text, names) });
    const at = text.lastIndexOf(surface);
    return entities.find((x) => x.mentions.some((m) => m.start === at))?.kbId ?? null;
  }

  it('is the given name of the article’s person: "Kelly" of Kelly Marsh', () => {
    const text =
      'Senator Kelly Marsh spoke at the fair on Saturday. "Anybody I respect as much as Kelly, I will vote for," he said.';
    const names: [string, EntityType][] = [
      ['Kelly Marsh', 'person'],
      ['Kelly', 'person'],
    ];
    expect(lonely(text, 'Kelly', names)).toBeNull();
    const alone = 'Retired general Kelly spoke at the fair on Saturday about border security.';
    expect(lonely(alone, 'Kelly', [['Kelly', 'person']])).toBe('p:kelly');
  });

  it('is the reporter signing the story off', () => {
    const text =
      'The senator spent the weekend in Iowa meeting voters at county fairs. Costa reported from Washington.';
    expect(lonely(text, 'Costa', [['Costa', 'person']])).toBeNull();
  });
});
