/**
 * Private people presented the way copy presents them — a trade and a town ("a bus driver in
 * Leeds", "who makes cheese near Bergen", "ferry pilot X of Tromsø"), a plural of workers in
 * a town, an age the pair shares — are not linked to the famous bearer of their (near) name;
 * the famous bearer's own presentations (an office, a cause, a sport's result) still link.
 * Also: a surname its sentence uses as a common noun, a near spelling of a person the same
 * sentence names, and a body's name that ends in a country's.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { commonNounInSentence } from './lone-names.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('NO', 'Norway', 'Norwegian'),
  makeEntity({
    id: 'cd:country/us',
    type: 'location',
    name: 'United States',
    country: 'US',
    kind: 'country',
    names: [{ text: 'USA', kind: 'alias' }],
    prominence: 5,
  }),
  makeEntity({
    id: 'pl:tromso',
    type: 'location',
    name: 'Tromsø',
    country: 'NO',
    kind: 'city',
    prominence: 3,
  }),
  makeEntity({
    id: 'org:tromso-il',
    type: 'organization',
    name: 'Tromsø FC',
    kind: 'sports-club',
    country: 'NO',
    prominence: 2,
  }),
  makeEntity({
    id: 'org:forward-usa',
    type: 'organization',
    name: 'Forward USA',
    country: 'US',
    prominence: 2,
  }),
  personEntity({
    id: 'brandt',
    name: 'Tomas Brandt',
    surname: 'Brandt',
    country: 'DE',
    prominence: 3,
    born: 1990,
    description: 'German Formula One driver; two-time world champion',
  }),
  personEntity({
    id: 'solberg',
    name: 'Ingrid Solvang',
    surname: 'Solvang',
    country: 'NO',
    prominence: 4,
    born: 1966,
    description: 'Prime Minister of Norway since 2023',
    roles: [{ role: 'Prime Minister', org: 'NO', orgId: 'cd:country/no', from: '2023-10-01' }],
  }),
  personEntity({
    id: 'haugen',
    name: 'Erik Haugen',
    surname: 'Haugen',
    country: 'NO',
    prominence: 3,
    born: 1971,
    description: 'Foreign Minister of Norway since 2023',
    roles: [{ role: 'Foreign Minister', org: 'NO', orgId: 'cd:country/no', from: '2023-10-01' }],
  }),
  personEntity({
    id: 'whitfield',
    name: 'Dana Whitfield',
    surname: 'Whitfield',
    country: 'US',
    prominence: 3,
    born: 1991,
    description: 'Founder of Forward USA',
  }),
  personEntity({
    id: 'lind',
    name: 'Nora Lindqvist',
    surname: 'Lindqvist',
    country: 'SE',
    prominence: 1,
    born: 2002,
    description: 'Swedish tennis player; 2025 French Open finalist',
  }),
  makeEntity({
    id: 'p:brekke',
    type: 'person',
    name: 'Harald Brekke Jr.',
    names: [
      { text: 'Brekke', kind: 'surname' },
      { text: 'Bobo Brekke', kind: 'alias' },
    ],
    country: 'NO',
    prominence: 3,
    born: 1970,
    description: 'Mayor of Bergen since 2021',
    roles: [{ role: 'Mayor', org: 'Bergen', orgId: null, from: '2021-01-01', to: null }],
  }),
  personEntity({
    id: 'horn',
    name: 'Walter Horn',
    surname: 'Horn',
    country: 'US',
    prominence: 5,
    born: 1950,
    description: 'Chairman of the Federal Reserve',
  }),
]);

const link = linkerOver(kb, '2025-06-10');

const kbIdOf = (text: string, names: [string, EntityType][], surface: string) =>
  writtenAs(link(text, names), text, surface)?.kbId;

const person = (surface: string): [string, EntityType][] => [[surface, 'person']];

describe('a trade and a town presenting a private person', () => {
  it('keeps an apposition of a trade in a town from the famous bearer, even of the same trade word', () => {
    const bus = 'Tomas Brandt, a bus driver in Leeds, has driven the night route for 15 years.';
    expect(kbIdOf(bus, person('Tomas Brandt'), 'Tomas Brandt')).toBeNull();
    const band = 'Tomas Brandt, a school band director in Dayton, Ohio, won a teaching award.';
    expect(kbIdOf(band, person('Tomas Brandt'), 'Tomas Brandt')).toBeNull();
  });

  it('still links the bearer presented by his own trade or an office', () => {
    const own = 'Tomas Brandt, the two-time world champion, won the race in Monaco.';
    expect(kbIdOf(own, person('Tomas Brandt'), 'Tomas Brandt')).toBe('p:brandt');
    const driver = 'Tomas Brandt, a driver in Formula One since 2010, won again.';
    expect(kbIdOf(driver, person('Tomas Brandt'), 'Tomas Brandt')).toBe('p:brandt');
  });

  it('reads a trade stated in a relative clause, then a town', () => {
    const text = 'Her neighbour Ingrid Solvang, who makes goat cheese near Voss, sells it in Oslo.';
    expect(kbIdOf(text, person('Ingrid Solvang'), 'Ingrid Solvang')).toBeNull();
  });

  it('reads a business kept in a town, not an office the profile names', () => {
    const truck = 'Erik Haugen, who runs a taco truck in Stavanger, sold out by noon.';
    expect(kbIdOf(truck, person('Erik Haugen'), 'Erik Haugen')).toBeNull();
    const office = 'Erik Haugen, who runs the foreign ministry in Oslo, met his Danish counterpart.';
    expect(kbIdOf(office, person('Erik Haugen'), 'Erik Haugen')).toBe('p:haugen');
  });

  it('reads lower-case trade words before a spelled name and a town after it, not an office', () => {
    const text = 'Ferry pilot Ingrid Solvangen of Tromsø and her crew were rescued on Sunday.';
    expect(kbIdOf(text, person('Ingrid Solvangen'), 'Ingrid Solvangen')).toBeNull();
    const office = 'Prime Minister Ingrid Solvang of Norway met Erik Haugen on Sunday.';
    expect(kbIdOf(office, person('Ingrid Solvang'), 'Ingrid Solvang')).toBe('p:solberg');
  });
});

describe('plurals and ages presenting private people', () => {
  it('keeps a plural of workers placed in a town from the bearers of the names', () => {
    const text = 'Two welders in Bergen, Ingrid Solvang and Erik Haugen, were hurt when a crane slipped.';
    const names: [string, EntityType][] = [
      ['Ingrid Solvang', 'person'],
      ['Erik Haugen', 'person'],
    ];
    expect(kbIdOf(text, names, 'Ingrid Solvang')).toBeNull();
    expect(kbIdOf(text, names, 'Erik Haugen')).toBeNull();
  });

  it('reads the age a pair shares', () => {
    const text = 'Ingrid Solvang and Erik Haugen, both 24, opened a surf school last spring.';
    const names: [string, EntityType][] = [
      ['Ingrid Solvang', 'person'],
      ['Erik Haugen', 'person'],
    ];
    expect(kbIdOf(text, names, 'Ingrid Solvang')).toBeNull();
    expect(kbIdOf(text, names, 'Erik Haugen')).toBeNull();
  });

  it('takes a score after a player for no age', () => {
    const text = 'Ana Ruiz beat Nora Lindqvist 6-1 6-2 in the final in Paris.';
    expect(kbIdOf(text, person('Nora Lindqvist'), 'Nora Lindqvist')).toBe('p:lind');
    const list = 'Her children are Nora Lindqvist, 61; and Per Lindqvist, 58.';
    expect(kbIdOf(list, person('Nora Lindqvist'), 'Nora Lindqvist')).toBeNull();
    const aged = 'Nora Lindqvist, 61, runs the tennis club in Malmö.';
    expect(kbIdOf(aged, person('Nora Lindqvist'), 'Nora Lindqvist')).toBeNull();
  });
});

describe('public presentations', () => {
  it('takes a cause for public life, not a trade', () => {
    const text = 'Dana Whitfield, the conservative activist who founded Forward USA, spoke in Utah.';
    expect(kbIdOf(text, person('Dana Whitfield'), 'Dana Whitfield')).toBe('p:whitfield');
  });

  it('takes running an office for no trade', () => {
    const text =
      'Erik Haugen, the former envoy who now runs Norwegian diplomacy, met his Danish counterpart.';
    expect(kbIdOf(text, person('Erik Haugen'), 'Erik Haugen')).toBe('p:haugen');
  });

  it('links a body whose name ends in a country’s to the body, not the country', () => {
    const text = 'She founded Forward USA in 2012.';
    expect(kbIdOf(text, [['USA', 'location']], 'Forward USA')).toBe('org:forward-usa');
  });
});

describe('a near spelling of a person the same sentence names', () => {
  it('is somebody else, whatever title words that person brings', () => {
    const text =
      'Ingrid Solvaag, a ferry ticket seller, says Prime Minister Ingrid Solvang’s plan is unfair.';
    const names: [string, EntityType][] = [
      ['Ingrid Solvaag', 'person'],
      ['Ingrid Solvang', 'person'],
    ];
    const entities = link(text, names);
    const of = (surface: string) => writtenAs(entities, text, surface);
    expect(of('Ingrid Solvang')?.kbId).toBe('p:solberg');
    expect(of('Ingrid Solvaag')?.kbId).toBeNull();
  });
});

describe('a surname its sentence uses as a common noun', () => {
  it('is the noun: in lower case in the sentence, or first and joined to a lower-case noun', () => {
    const coordinated = 'Horn and tusk seizures rose at the ports last year.';
    expect(kbIdOf(coordinated, person('Horn'), 'Horn')).toBeNull();
    const lower = 'Horn carvings are sold beside each horn of the herd.';
    expect(commonNounInSentence(lower, { start: 0, end: lower.length }, 0, 4)).toBe(true);
  });

  it('is the surname otherwise', () => {
    const text = 'Horn said rates would stay on hold.';
    expect(kbIdOf(text, person('Horn'), 'Horn')).toBe('p:horn');
    const allies = 'Horn and his deputies said rates would stay on hold.';
    expect(commonNounInSentence(allies, { start: 0, end: allies.length }, 0, 4)).toBe(false);
  });
});

describe('kin and namesakes of a famous bearer', () => {
  it('takes kin of a person named for a pedigree, kin of somebody unnamed for private life', () => {
    const named = 'Erik Haugen, grandson of former prime minister Ingrid Solvang, was named envoy.';
    expect(kbIdOf(named, person('Erik Haugen'), 'Erik Haugen')).toBe('p:haugen');
    const unnamed = 'Erik Haugen, grandson of a retired fisherman, won the village quiz.';
    expect(kbIdOf(unnamed, person('Erik Haugen'), 'Erik Haugen')).toBeNull();
  });

  it('does not pass a refused relative on to the bearer under another given name', () => {
    const text = 'Crowds recalled the 1990 strike that toppled Harald Brekke, father of Bobo Brekke.';
    const names: [string, EntityType][] = [
      ['Harald Brekke', 'person'],
      ['Bobo Brekke', 'person'],
    ];
    expect(kbIdOf(text, names, 'Bobo Brekke')).toBe('p:brekke');
  });

  it('links the bearer the namesake words point to after a namesake', () => {
    const text =
      'Inga Solvang, a 12-year-old from Bergen, won the junior race; she is no relation to Ingrid Solvang.';
    const names: [string, EntityType][] = [
      ['Inga Solvang', 'person'],
      ['Ingrid Solvang', 'person'],
    ];
    const entities = link(text, names);
    const of = (surface: string) => writtenAs(entities, text, surface);
    expect(of('Inga Solvang')?.kbId).toBeNull();
    expect(of('Ingrid Solvang')?.kbId).toBe('p:solberg');
  });
});

describe('a city in a match result', () => {
  it('is its club when the KB has the club under a usual club name, else the city', () => {
    const result = 'Tromsø beat Bodø 3-1 on Sunday.';
    expect(kbIdOf(result, [['Tromsø', 'location']], 'Tromsø')).toBe('org:tromso-il');
    const score = 'Bodø lost to Tromsø 0-2 in the cup.';
    expect(kbIdOf(score, [['Tromsø', 'location']], 'Tromsø')).toBe('org:tromso-il');
    const city = 'Tromsø beat its own record for tourist nights in 2024.';
    expect(kbIdOf(city, [['Tromsø', 'location']], 'Tromsø')).toBe('pl:tromso');
  });
});
