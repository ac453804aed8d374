import { describe, expect, it } from 'vitest';
import { commonWordsOfWordNet, countryTranslations, romaniseRussian, withCountryExonyms } from './exonyms.js';
import { makeEntity } from './model.js';
import type { CountryRecord } from './sources/convert.js';

function country(
  cca2: string,
  common: string,
  translations: Record<string, string>,
  native: Record<string, string> = {},
): CountryRecord {
  return {
    cca2,
    cca3: `${cca2}X`,
    name: {
      common,
      official: common,
      native: Object.fromEntries(Object.entries(native).map(([l, n]) => [l, { common: n, official: n }])),
    },
    altSpellings: [],
    capital: [],
    translations: Object.fromEntries(Object.entries(translations).map(([l, t]) => [l, { common: t }])),
  };
}

const countryEntity = (c: CountryRecord) =>
  makeEntity({
    id: `cd:country/${c.cca2.toLowerCase()}`,
    type: 'location',
    name: c.name.common,
    kind: 'country',
  });

describe('romaniseRussian', () => {
  it('writes Russian names in Latin letters, keeping capitals and other characters', () => {
    expect(romaniseRussian('Гренландия')).toBe('Grenlandiya');
    expect(romaniseRussian('Южная Корея')).toBe('Yuzhnaya Koreya');
    expect(romaniseRussian('Щецин-1')).toBe('Shchetsin-1');
  });
});

describe('countryTranslations', () => {
  it('takes the listed languages, romanising Russian, and leaves other languages out', () => {
    const c = country('GL', 'Greenland', {
      fra: 'Groenland',
      rus: 'Гренландия',
      fin: 'Grönlanti',
    });
    expect(countryTranslations(c)).toEqual(['Groenland', 'Grenlandiya']);
  });

  it("leaves out the country's own name and its near spellings when the English name is far from it", () => {
    const de = country(
      'DE',
      'Germany',
      { deu: 'Deutschland', nld: 'Duitsland', fra: 'Allemagne' },
      {
        deu: 'Deutschland',
      },
    );
    expect(countryTranslations(de)).toEqual(['Allemagne']);
    // "Italia" finds Italy by its own name: its near spellings open no new path and stay.
    const it_ = country('IT', 'Italy', { ita: 'Italia', fra: 'Italie' }, { ita: 'Italia' });
    expect(countryTranslations(it_)).toEqual(['Italie']);
  });
});

describe('withCountryExonyms', () => {
  const records = [
    country('GL', 'Greenland', { rus: 'Гренландия', fra: 'Groenland' }),
    country('CL', 'Chile', { fra: 'Chili', spa: 'Chile' }),
    country('SV', 'El Salvador', { fra: 'Salvador' }),
    country('MF', 'Saint Martin', { fra: 'Saint-Martin' }),
    country('SX', 'Sint Maarten', { fra: 'Saint-Martin' }),
    country('MA', 'Morocco', { tur: 'Fas' }),
  ];
  const salvadorCity = makeEntity({ id: 'geonames:1', type: 'location', name: 'Salvador', kind: 'city' });
  const aliases = (id: string) =>
    withCountryExonyms(records.map(countryEntity), records, [salvadorCity], new Set(['chili']))
      .find((e) => e.id === id)!
      .names.map((n) => `${n.text}:${n.kind}`);

  it('adds the translations as aliases', () => {
    expect(aliases('cd:country/gl')).toEqual(['Groenland:alias', 'Grenlandiya:alias']);
  });

  it("leaves out common words, other entities' names, shared names and names under four letters", () => {
    expect(aliases('cd:country/cl')).toEqual([]);
    expect(aliases('cd:country/sv')).toEqual([]);
    expect(aliases('cd:country/mf')).toEqual([]);
    expect(aliases('cd:country/sx')).toEqual([]);
    expect(aliases('cd:country/ma')).toEqual([]);
  });
});

describe('commonWordsOfWordNet', () => {
  it('reads the lower-case lemmas of data lines, not proper names or licence lines', () => {
    const data = [
      '  1 This software and database is being provided',
      '09044862 15 n 02 Chile 0 Republic_of_Chile 0 001 @ 08714745 n 0000 | a republic',
      '07739125 13 n 02 chili 0 chili_pepper 0 001 @ 07737745 n 0000 | very hot pepper',
    ].join('\n');
    expect([...commonWordsOfWordNet([data])].sort()).toEqual(['chili', 'chili pepper']);
  });
});
