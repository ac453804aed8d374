/**
 * Assembles the default knowledge base from its sources: countries and cities from data
 * packages (handed in by scripts/build-kb.ts), and the hand-written JSONL files under
 * resources/kb/. Validates across files (duplicates, role organisations) and reports
 * every problem as `file:line: reason`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { withCountryExonyms } from './exonyms.js';
import { MemoryKnowledgeBase } from './memory.js';
import type { KbEntity, KbRole } from './model.js';
import { isNameOrAlias, makeEntity } from './model.js';
import { normalizeName, slugify } from './names.js';
import {
  type CityRecord,
  type CountryRecord,
  cityToEntity,
  countryToEntity,
  EVENT_HOST_ROLE,
  EVENT_SERIES_ROLE,
  eventToEntity,
  organizationToEntity,
  personSlugId,
  personToEntity,
  placeToEntity,
  withCityNames,
} from './sources/convert.js';
import { displayPath, type Located, lineError, readJsonl } from './sources/jsonl.js';
import {
  type CityNamesLine,
  type CountryNamesLine,
  cityNamesSchema,
  countryNamesSchema,
  type EventLine,
  eventSchema,
  type OrganizationLine,
  organizationSchema,
  type PersonLine,
  type PlaceLine,
  personSchema,
  placeSchema,
} from './sources/schemas.js';
import { apAbbreviationsOf } from './us-states.js';

/** The hand-written resource files, parsed and validated line by line. */
export interface KbResourceFiles {
  readonly countryNames: Located<CountryNamesLine>[];
  /** Extra names of package cities; absent in older resource directories. */
  readonly cityNames?: Located<CityNamesLine>[];
  readonly organizations: Located<OrganizationLine>[];
  readonly events: Located<EventLine>[];
  readonly places: Located<PlaceLine>[];
  readonly people: Located<PersonLine>[];
  /** Every file read, in order. */
  readonly files: string[];
}

function jsonlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}

/** `<stem>.jsonl` and the topical `<stem>-<topic>.jsonl` files beside it, the main file first. */
function topicalFiles(dir: string, stem: string): string[] {
  const topical = new RegExp(`^${stem}-[\\w-]+\\.jsonl$`);
  const main = join(dir, `${stem}.jsonl`);
  return [...(existsSync(main) ? [main] : []), ...jsonlFiles(dir).filter((p) => topical.test(basename(p)))];
}

/** Reads resources/kb/ (or another directory of the same layout). */
export function readResourceFiles(dir: string): KbResourceFiles {
  const files: string[] = [];
  const read = <T>(paths: string[], fn: (p: string) => Located<T>[]): Located<T>[] => {
    files.push(...paths);
    return paths.flatMap(fn);
  };
  const optional = (p: string) => (existsSync(p) ? [p] : []);
  return {
    countryNames: read(optional(join(dir, 'country-names.jsonl')), (p) => readJsonl(p, countryNamesSchema)),
    // city-names.jsonl, then the topical files beside it (city-names-more-2026-d-exonyms.jsonl).
    cityNames: read(
      jsonlFiles(dir).filter((p) => /^city-names(?:-[\w-]+)?\.jsonl$/.test(basename(p))),
      (p) => readJsonl(p, cityNamesSchema),
    ),
    organizations: read(
      [...jsonlFiles(join(dir, 'organizations')), ...optional(join(dir, 'outlets.jsonl'))],
      (p) => readJsonl(p, organizationSchema),
    ),
    // events.jsonl and places.jsonl, then the topical files beside each (places-more-2026-e-places.jsonl).
    events: read(topicalFiles(dir, 'events'), (p) => readJsonl(p, eventSchema)),
    places: read(topicalFiles(dir, 'places'), (p) => readJsonl(p, placeSchema)),
    people: read(jsonlFiles(join(dir, 'people')), (p) => readJsonl(p, personSchema)),
    files,
  };
}

export interface KbSources extends KbResourceFiles {
  readonly countries: readonly CountryRecord[];
  readonly cities: readonly CityRecord[];
  /** Cities below this population are left out (national and US state capitals are always in). */
  readonly cityMinPopulation: number;
  /**
   * Ordinary English words (`commonWordsOfWordNet`): no country exonym is one. Without it,
   * countries get no exonyms (exonyms.ts).
   */
  readonly commonWords?: ReadonlySet<string>;
}

export interface AssembledKb {
  readonly entities: KbEntity[];
  /** Role organisations that matched no country or organisation: name → where used. */
  readonly unresolvedOrgs: ReadonlyMap<string, readonly string[]>;
}

/** Ids must be unique across all files; the second occurrence is the error. */
function claimId(seen: Map<string, string>, id: string, where: Located<unknown>, label: string): void {
  const first = seen.get(id);
  if (first) throw lineError(where.file, where.line, `duplicate ${label} id ${id} (first at ${first})`);
  seen.set(id, `${displayPath(where.file)}:${where.line}`);
}

/**
 * A national capital, or a US state's capital: political news names the seat of a state's
 * government as often as the state ("Albany", "Harrisburg", "Concord"), and the smaller ones
 * (19 of the 50 under 100,000 people) would otherwise be missing — a namesake then stood in
 * for them ("Albany" repaired into Albania, "Concord" taken as California's).
 */
function isCapital(c: CityRecord): boolean {
  return c.featureCode === 'PPLC' || (c.featureCode === 'PPLA' && c.country === 'US');
}

/**
 * A US state's AP abbreviations ("Fla.", "N.H."), its short names: copy writes them after
 * towns and in legislators' party tags ("Sen. Marco Rubio, R-Fla."). Short names match only
 * as written, so "Mass." is the state and a church's "mass" is not.
 */
function usStateAbbreviations(line: PlaceLine): readonly string[] {
  if (line.country !== 'US' || line.description !== 'US state') return [];
  return apAbbreviationsOf(line.name.replace(/ \((?:US )?state\)$/, ''));
}

/**
 * Builds every entity, resolving role organisations against countries and organisations.
 * An organisation that people's roles name but no file lists becomes a minimal
 * `cd:org/…` entity (kind `unlisted`) and is reported in `unresolvedOrgs`.
 */
export function assembleKb(sources: KbSources): AssembledKb {
  const ids = new Map<string, string>();
  const extras = new Map(sources.countryNames.map((l) => [l.value.code, l.value]));
  const countries = sources.countries.map((c) => countryToEntity(c, extras.get(c.cca2)));
  const countryName = new Map(sources.countries.map((c) => [c.cca2, c.name.common]));
  const cities = sources.cities
    .filter((c) => c.population >= sources.cityMinPopulation || isCapital(c))
    .map((c) => cityToEntity(c, countryName.get(c.country)));
  for (const line of sources.cityNames ?? []) {
    const { city, country } = line.value;
    // Namesakes in one country: the most prominent (the package lists each once per place).
    let i = -1;
    cities.forEach((c, j) => {
      if (c.name === city && c.country === country && (i < 0 || c.prominence > cities[i]!.prominence)) i = j;
    });
    if (i < 0) {
      throw lineError(line.file, line.line, `no city "${city}" (${country}) among the cities of the build`);
    }
    cities[i] = withCityNames(cities[i]!, line.value);
  }
  const organizations: KbEntity[] = [];
  for (const line of sources.organizations) {
    const e = organizationToEntity(line.value);
    claimId(ids, e.id, line, 'organisation');
    organizations.push(e);
  }
  const places: KbEntity[] = [];
  for (const line of sources.places) {
    const e = placeToEntity(line.value, usStateAbbreviations(line.value));
    claimId(ids, e.id, line, 'place');
    places.push(e);
  }
  const events: KbEntity[] = [];
  for (const line of sources.events) {
    const e = eventToEntity(line.value);
    claimId(ids, e.id, line, 'event');
    events.push(e);
  }
  // Seed files (people/seed*.jsonl) are a fallback: a person listed in any other people
  // file wins, so the seed can stay small and never conflict with the curated lists.
  const isSeed = (l: Located<PersonLine>) => basename(l.file).startsWith('seed');
  const curated = sources.people.filter((l) => !isSeed(l));
  const seed = sources.people.filter(isSeed);
  const personKey = (p: PersonLine) => `${normalizeName(p.name)}|${p.country}|${p.id ?? ''}`;
  // A seed person is dropped when any of its spellings names a curated person of the same
  // country ("J. D. Vance" in the seed, "JD Vance" curated): letters only, spaces ignored.
  const spellings = (p: PersonLine) =>
    [p.name, ...(p.aliases ?? [])].map((n) => `${normalizeName(n).replace(/ /g, '')}|${p.country}`);
  const curatedKeys = new Set(curated.flatMap((l) => [...spellings(l.value), l.value.qid ?? '']));
  const peopleLines = [
    ...curated,
    ...seed.filter(
      (l) => !spellings(l.value).some((k) => curatedKeys.has(k)) && !curatedKeys.has(l.value.qid ?? '-'),
    ),
  ];
  const people: KbEntity[] = [];
  const byNameCountry = new Map<string, string>();
  for (const line of peopleLines) {
    const p = line.value;
    const key = personKey(p);
    const first = byNameCountry.get(key);
    if (first)
      throw lineError(line.file, line.line, `duplicate person "${p.name}" (${p.country}), first at ${first}`);
    byNameCountry.set(key, `${displayPath(line.file)}:${line.line}`);
    let id = p.qid ?? p.id ?? personSlugId(p.name);
    // Namesakes from different countries get the country in their slug.
    if (!p.qid && ids.has(id)) id = `${id}-${p.country.toLowerCase()}`;
    claimId(ids, id, line, 'person');
    people.push(personToEntity(p, id));
  }

  const resolver = new MemoryKnowledgeBase([...countries, ...organizations, ...events]);
  const stubs = new Map<string, KbEntity>();
  const unresolved = new Map<string, string[]>();
  // Places: an event's host, and the city or region of an office ("Mayor" of "Rome").
  const placeIndex = new MemoryKnowledgeBase([...countries, ...cities, ...places]);
  /** A city or hand-written place named exactly `name` in `country` (never a country). */
  const placeIn = (name: string, country: string | null): KbEntity | undefined =>
    placeIndex
      .lookup(name)
      .find(
        (h) =>
          isNameOrAlias(h) && h.entity.kind !== 'country' && country !== null && h.entity.country === country,
      )?.entity;
  const resolveRoles = (e: KbEntity, where: string): KbEntity => {
    if (e.roles.length === 0) return e;
    const roles: KbRole[] = e.roles.map((r) => {
      const hit = resolver.resolveOrg(r.org) ?? placeIn(r.org, e.country);
      if (hit) return { ...r, orgId: hit.id };
      const stubId = `cd:org/${slugify(r.org)}`;
      if (!stubs.has(stubId)) {
        stubs.set(stubId, makeEntity({ id: stubId, type: 'organization', name: r.org, kind: 'unlisted' }));
      }
      const list = unresolved.get(r.org) ?? [];
      list.push(where);
      unresolved.set(r.org, list);
      return { ...r, orgId: stubId };
    });
    return { ...e, roles };
  };
  const resolvedPeople = people.map((e, i) =>
    resolveRoles(e, `${displayPath(peopleLines[i]!.file)}:${peopleLines[i]!.line}`),
  );
  const resolvedOrgs = organizations.map((e, i) =>
    resolveRoles(e, `${displayPath(sources.organizations[i]!.file)}:${sources.organizations[i]!.line}`),
  );
  const eventIndex = new MemoryKnowledgeBase(events);
  const resolveHost = (e: KbEntity, r: KbRole): KbRole => {
    const hits = placeIndex.lookup(r.org).filter((h) => h.kind !== 'surname' && h.kind !== 'demonym');
    const hit = hits.find((h) => h.entity.country === e.country)?.entity ?? hits[0]?.entity;
    return hit ? { ...r, orgId: hit.id } : r;
  };
  const resolvedEvents = events.map((e, i) => {
    const where = `${displayPath(sources.events[i]!.file)}:${sources.events[i]!.line}`;
    const hosted = { ...e, roles: e.roles.map((r) => (r.role === EVENT_HOST_ROLE ? resolveHost(e, r) : r)) };
    const unplaced = hosted.roles.find((r) => r.role === EVENT_HOST_ROLE && !r.orgId);
    if (unplaced) {
      const line = sources.events[i]!;
      throw lineError(line.file, line.line, `host "${unplaced.org}" is no city, place or country of the KB`);
    }
    // A series is an event, never the organisation of the same name (Munich Security Conference).
    const roles = hosted.roles.map((r) => {
      if (r.role !== EVENT_SERIES_ROLE) return r;
      const series = eventIndex.lookup(r.org).find((h) => h.kind === 'name' && h.entity.id !== e.id)?.entity;
      if (!series) {
        const line = sources.events[i]!;
        throw lineError(line.file, line.line, `series "${r.org}" is no event of events.jsonl`);
      }
      return { ...r, orgId: series.id };
    });
    const own = new Set([EVENT_HOST_ROLE, EVENT_SERIES_ROLE]);
    const rest = resolveRoles({ ...hosted, roles: roles.filter((r) => !own.has(r.role)) }, where);
    return { ...rest, roles: [...rest.roles, ...roles.filter((r) => own.has(r.role))] };
  });
  for (const id of stubs.keys()) if (ids.has(id)) stubs.delete(id);
  const others = [
    ...cities,
    ...places,
    ...resolvedOrgs,
    ...resolvedEvents,
    ...resolvedPeople,
    ...stubs.values(),
  ];
  // Exonyms last, once every other entity's names are known: none may name another entity.
  const named = sources.commonWords
    ? withCountryExonyms(countries, sources.countries, others, sources.commonWords)
    : countries;
  return {
    entities: [...named, ...others],
    unresolvedOrgs: unresolved,
  };
}
