import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleKb, readResourceFiles } from './build.js';
import type { CountryRecord } from './sources/convert.js';

const countries: CountryRecord[] = [
  {
    cca2: 'NL',
    cca3: 'NLD',
    independent: true,
    name: { common: 'Netherlands', official: 'Kingdom of the Netherlands' },
    altSpellings: ['NL', 'Holland'],
    capital: ['Amsterdam'],
    demonyms: { eng: { f: 'Dutch', m: 'Dutch' } },
  },
  {
    cca2: 'US',
    cca3: 'USA',
    independent: true,
    name: { common: 'United States', official: 'United States of America' },
    altSpellings: ['US', 'USA'],
    capital: ['Washington D.C.'],
    demonyms: { eng: { f: 'American', m: 'American' } },
  },
];

function resourceDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-res-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const NATO =
  '{"name":"NATO","aliases":["North Atlantic Treaty Organization"],"kind":"alliance","prominence":5}';
const RUTTE =
  '{"name":"Mark Rutte","gender":"male","born":1967,"country":"NL","prominence":5,"roles":[{"role":"Secretary General","org":"NATO","from":"2024-10-01"},{"role":"Prime Minister","org":"NL","from":"2010-10-14","to":"2024-07-02"}]}';

function build(files: Record<string, string>) {
  return assembleKb({
    ...readResourceFiles(resourceDir(files)),
    countries,
    cities: [
      { cityId: 2759794, name: 'Amsterdam', country: 'NL', featureCode: 'PPLC', population: 741636 },
      { cityId: 1, name: 'Tinytown', country: 'NL', featureCode: 'PPL', population: 900 },
    ],
    cityMinPopulation: 100_000,
  });
}

describe('assembleKb', () => {
  it('builds countries, cities, organisations and people with resolved roles', () => {
    const { entities, unresolvedOrgs } = build({
      'organizations/intl.jsonl': `${NATO}\n`,
      'people/europe.jsonl': `${RUTTE}\n`,
    });
    expect(unresolvedOrgs.size).toBe(0);
    const rutte = entities.find((e) => e.name === 'Mark Rutte')!;
    expect(rutte.id).toBe('cd:person/mark-rutte');
    expect(rutte.roles.map((r) => r.orgId)).toEqual(['cd:org/nato', 'cd:country/nl']);
    expect(rutte.names).toContainEqual({ text: 'Rutte', kind: 'surname' });
    expect(entities.some((e) => e.name === 'Amsterdam')).toBe(true);
    expect(entities.some((e) => e.name === 'Tinytown')).toBe(false);
    const nl = entities.find((e) => e.id === 'cd:country/nl')!;
    expect(nl.names).toContainEqual({ text: 'Dutch', kind: 'demonym' });
  });

  it("names a US city's state in its description, so namesake towns can be told apart", () => {
    const { entities } = assembleKb({
      ...readResourceFiles(resourceDir({})),
      countries,
      cities: [
        {
          cityId: 5059163,
          name: 'Fargo',
          country: 'US',
          featureCode: 'PPL',
          population: 118523,
          adminCode: 'ND',
        },
        {
          cityId: 2759794,
          name: 'Amsterdam',
          country: 'NL',
          featureCode: 'PPLC',
          population: 741636,
          adminCode: '07',
        },
      ],
      cityMinPopulation: 100_000,
    });
    expect(entities.find((e) => e.name === 'Fargo')?.description).toBe('city in North Dakota, United States');
    expect(entities.find((e) => e.name === 'Amsterdam')?.description).toBe('capital in Netherlands');
  });

  it("keeps a US state's capital of any size, not other small towns", () => {
    const { entities } = assembleKb({
      ...readResourceFiles(resourceDir({})),
      countries,
      cities: [
        {
          cityId: 1,
          name: 'Capitol Falls',
          country: 'US',
          featureCode: 'PPLA',
          population: 42000,
          adminCode: 'NH',
        },
        {
          cityId: 2,
          name: 'Mill Hollow',
          country: 'US',
          featureCode: 'PPL',
          population: 42000,
          adminCode: 'NH',
        },
        {
          cityId: 3,
          name: 'Provincetown',
          country: 'NL',
          featureCode: 'PPLA',
          population: 42000,
          adminCode: '07',
        },
      ],
      cityMinPopulation: 100_000,
    });
    expect(entities.find((e) => e.name === 'Capitol Falls')?.description).toBe(
      'city in New Hampshire, United States',
    );
    expect(entities.some((e) => e.name === 'Mill Hollow')).toBe(false);
    expect(entities.some((e) => e.name === 'Provincetown')).toBe(false);
  });

  it('takes a slug id for a namesake of the same country', () => {
    const investor = '{"name":"Sam Doe","country":"US","description":"hedge-fund founder","prominence":1}';
    const politician =
      '{"name":"Sam Doe","id":"cd:person/sam-doe-politician","country":"US","description":"US representative","prominence":1}';
    const { entities } = build({ 'people/a.jsonl': `${investor}\n${politician}\n` });
    expect(entities.filter((e) => e.name === 'Sam Doe').map((e) => e.id)).toEqual([
      'cd:person/sam-doe',
      'cd:person/sam-doe-politician',
    ]);
  });

  it('reports a bad line with file:line and reason', () => {
    expect(() =>
      build({ 'people/a.jsonl': `${RUTTE}\n{"name":"X Y","country":"ZZ","prominence":2}\n` }),
    ).toThrow(/people\/a\.jsonl:2: country: not an ISO 3166-1 alpha-2 country code/);
    expect(() => build({ 'people/a.jsonl': '{"name":"Mark Rutte",\n' })).toThrow(
      /a\.jsonl:1: not valid JSON/,
    );
    expect(() =>
      build({
        'people/a.jsonl':
          '{"name":"A B","country":"NL","prominence":2,"roles":[{"role":"Mayor","org":"NL","from":"2024","to":"2023-05"}]}\n',
      }),
    ).toThrow(/a\.jsonl:1: roles\.0: "from" is after "to"/);
    expect(() =>
      build({ 'people/a.jsonl': '{"name":"A B","country":"NL","prominence":2,"born":"1960"}\n' }),
    ).toThrow(/a\.jsonl:1: born:/);
  });

  it('rejects duplicate people across files but lets curated files override the seed', () => {
    expect(() => build({ 'people/a.jsonl': `${RUTTE}\n`, 'people/b.jsonl': `${RUTTE}\n` })).toThrow(
      /b\.jsonl:1: duplicate person "Mark Rutte" \(NL\), first at .*a\.jsonl:1/,
    );
    const { entities } = build({
      'organizations/intl.jsonl': `${NATO}\n`,
      'people/europe-a.jsonl': `${RUTTE.replace('"born":1967', '"born":1967,"description":"curated"')}\n`,
      'people/seed.jsonl': `${RUTTE}\n`,
    });
    const rutte = entities.filter((e) => e.name === 'Mark Rutte');
    expect(rutte).toHaveLength(1);
    expect(rutte[0]?.description).toBe('curated');
  });

  it('derives the family name of family-name-first names, and the last word of Western-order ones', () => {
    const { entities } = build({
      'people/asia.jsonl':
        '{"name":"Xi Jinping","country":"CN","prominence":5}\n{"name":"Lee Jae-myung","aliases":["Lee Jae Myung"],"country":"KR","prominence":4}\n{"name":"Lawrence Wong","country":"SG","prominence":3}\n',
    });
    const surnames = (name: string) =>
      entities
        .find((e) => e.name === name)!
        .names.filter((n) => n.kind === 'surname')
        .map((n) => n.text);
    expect(surnames('Xi Jinping')).toEqual(['Xi', 'Jinping']);
    expect(surnames('Lee Jae-myung')).toEqual(['Lee', 'Jae-myung', 'Myung']);
    expect(surnames('Lawrence Wong')).toEqual(['Wong']);
  });

  it('gives namesakes from different countries distinct ids', () => {
    const { entities } = build({
      'people/a.jsonl':
        '{"name":"John Smith","country":"US","prominence":1}\n{"name":"John Smith","country":"NL","prominence":1}\n',
    });
    expect(entities.filter((e) => e.name === 'John Smith').map((e) => e.id)).toEqual([
      'cd:person/john-smith',
      'cd:person/john-smith-nl',
    ]);
  });

  it("resolves an office in a city of the person's country to that city, not to a stub", () => {
    const mayor =
      '{"name":"Femke Halsema","gender":"female","country":"NL","prominence":2,"roles":[{"role":"Mayor","org":"Amsterdam","from":"2018-07-12"}]}';
    const { entities, unresolvedOrgs } = build({ 'people/a.jsonl': `${mayor}\n` });
    expect(unresolvedOrgs.size).toBe(0);
    expect(entities.find((e) => e.name === 'Femke Halsema')?.roles[0]?.orgId).toBe('geonames:2759794');
    expect(entities.some((e) => e.id === 'cd:org/amsterdam')).toBe(false);
  });

  it('adds the news spellings of city-names.jsonl to package cities and rejects an unknown city', () => {
    const { entities } = build({
      'city-names.jsonl': '{"city":"Amsterdam","country":"NL","aliases":["Mokum"],"short":["AMS"]}\n',
    });
    expect(entities.find((e) => e.name === 'Amsterdam')?.names).toEqual(
      expect.arrayContaining([
        { text: 'Mokum', kind: 'alias' },
        { text: 'AMS', kind: 'short' },
      ]),
    );
    // Below the population threshold, so not a city of the build.
    expect(() =>
      build({ 'city-names.jsonl': '{"city":"Tinytown","country":"NL","aliases":["Tiny"]}\n' }),
    ).toThrow(/city-names\.jsonl:1: no city "Tinytown" \(NL\)/);
  });

  it('reads the topical city-names files beside city-names.jsonl too', () => {
    const { entities } = build({
      'city-names.jsonl': '{"city":"Amsterdam","country":"NL","aliases":["Mokum"]}\n',
      'city-names-more-2026-d-exonyms.jsonl':
        '{"city":"Amsterdam","country":"NL","aliases":["Amsterdamo"]}\n',
    });
    expect(entities.find((e) => e.name === 'Amsterdam')?.names).toEqual(
      expect.arrayContaining([
        { text: 'Mokum', kind: 'alias' },
        { text: 'Amsterdamo', kind: 'alias' },
      ]),
    );
  });

  it('reads the topical places and events files beside places.jsonl and events.jsonl too', () => {
    const { entities } = build({
      'places.jsonl': '{"name":"Lake Harrow","kind":"place","country":"GB","prominence":1}\n',
      'places-more-2026-e-towns.jsonl':
        '{"name":"Little Harrow","kind":"city","country":"GB","prominence":1}\n',
      'events-more-2026-e-fairs.jsonl':
        '{"name":"Harrow Fair","kind":"festival","country":"GB","prominence":1}\n',
    });
    expect(entities.filter((e) => /Harrow/.test(e.name)).map((e) => [e.name, e.type])).toEqual(
      expect.arrayContaining([
        ['Lake Harrow', 'location'],
        ['Little Harrow', 'location'],
        ['Harrow Fair', 'event'],
      ]),
    );
  });

  it("adds the countries' exonyms only when given the common words to keep out", () => {
    const translated = countries.map((c) =>
      c.cca2 === 'NL'
        ? { ...c, translations: { rus: { common: 'Нидерланды' }, fra: { common: 'Pays-Bas' } } }
        : c,
    );
    const sources = {
      ...readResourceFiles(resourceDir({})),
      countries: translated,
      cities: [],
      cityMinPopulation: 1,
    };
    const names = (kb: ReturnType<typeof assembleKb>) =>
      kb.entities.find((e) => e.id === 'cd:country/nl')!.names.map((n) => n.text);
    expect(names(assembleKb({ ...sources, commonWords: new Set() }))).toEqual(
      expect.arrayContaining(['Pays-Bas', 'Niderlandy']),
    );
    expect(names(assembleKb(sources))).not.toContain('Pays-Bas');
  });

  it('adds unlisted role organisations and reports where they are used', () => {
    const { entities, unresolvedOrgs } = build({
      'people/a.jsonl':
        '{"name":"A B","country":"US","prominence":1,"roles":[{"role":"Founder","org":"Wind Shift Capital"}]}\n',
    });
    expect(unresolvedOrgs.get('Wind Shift Capital')?.[0]).toMatch(/a\.jsonl:1$/);
    expect(entities.find((e) => e.id === 'cd:org/wind-shift-capital')?.kind).toBe('unlisted');
  });
  it('links a dated event instance to its series and host place, and rejects unknown ones', () => {
    const series = '{"name":"NATO summit","kind":"summit","organizer":"NATO","prominence":4}';
    const msc = '{"name":"Munich Security Conference","kind":"conference","prominence":4}';
    const instance =
      '{"name":"2025 NATO summit","aliases":["NATO summit in Amsterdam"],"kind":"summit","country":"NL","series":"NATO summit","from":"2025-06-24","to":"2025-06-25","host":"Amsterdam","organizer":"NATO","prominence":3}';
    const { entities } = build({
      'organizations/intl.jsonl': `${NATO}\n${msc}\n`,
      'events.jsonl': `${series}\n${instance}\n`,
    });
    const summit = entities.find((e) => e.name === '2025 NATO summit')!;
    expect(summit.roles).toEqual([
      { role: 'Organizer', org: 'NATO', orgId: 'cd:org/nato', from: null, to: null },
      {
        role: 'Instance of',
        org: 'NATO summit',
        orgId: 'cd:event/nato-summit',
        from: '2025-06-24',
        to: '2025-06-25',
      },
      { role: 'Held in', org: 'Amsterdam', orgId: 'geonames:2759794', from: '2025-06-24', to: '2025-06-25' },
    ]);
    // A one-day event without a host place is held in its country on that day.
    const oneDay =
      '{"name":"Alaska summit","kind":"summit","country":"US","from":"2025-08-15","prominence":3}';
    const alaska = build({ 'events.jsonl': `${oneDay}\n` }).entities.find((e) => e.name === 'Alaska summit')!;
    expect(alaska.roles).toEqual([
      { role: 'Held in', org: 'US', orgId: 'cd:country/us', from: '2025-08-15', to: '2025-08-15' },
    ]);
    // The series of an instance is an event, never the organisation of the same name.
    const mscInstance =
      '{"name":"MSC 2025","kind":"conference","series":"Munich Security Conference","prominence":3}';
    expect(() =>
      build({ 'organizations/intl.jsonl': `${msc}\n`, 'events.jsonl': `${mscInstance}\n` }),
    ).toThrow(/events\.jsonl:1: series "Munich Security Conference" is no event/);
    expect(() =>
      build({ 'events.jsonl': `${instance.replace('"host":"Amsterdam"', '"host":"Atlantis"')}\n` }),
    ).toThrow(/events\.jsonl:1: host "Atlantis" is no city, place or country/);
    expect(() => build({ 'events.jsonl': `${instance.replace('"from":"2025-06-24",', '')}\n` })).toThrow(
      /events\.jsonl:1: .*"to" without "from"/,
    );
  });
});
