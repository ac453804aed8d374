/**
 * Integrity of every knowledge-base resource file that ships: valid JSON per line,
 * required fields, ISO codes, well-formed dates with from ≤ to (all by the schemas),
 * role organisations that resolve to a country or a listed organisation, no duplicate
 * people or ids — and the built SQLite file that ships is current and loads.
 */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nameSimilarity } from '../stages/07-link/similarity.js';
import { readResourceFiles } from './build.js';
import { eventHostId, instanceNear } from './event-instances.js';
import { fuzzyKey } from './fuzzy-key.js';
import { MemoryKnowledgeBase } from './memory.js';
import { isNameOrAlias } from './model.js';
import { normalizeName } from './names.js';
import { countryToEntity, eventToEntity, organizationToEntity, placeToEntity } from './sources/convert.js';
import { isIsoCountry } from './sources/iso-countries.js';
import { defaultKbPath, loadKnowledgeBase, readKbMeta } from './store.js';

const dir = fileURLToPath(new URL('../../resources/kb/', import.meta.url));
const files = readResourceFiles(dir);

describe('shipped knowledge-base resources', () => {
  it('parse line by line under their schemas', () => {
    expect(files.people.length).toBeGreaterThanOrEqual(40);
    expect(files.organizations.length).toBeGreaterThanOrEqual(300);
    expect(files.events.length).toBeGreaterThanOrEqual(20);
  });

  const countryStubs = files.countryNames.map((l) =>
    countryToEntity(
      {
        cca2: l.value.code,
        cca3: '',
        name: { common: l.value.code, official: l.value.code },
        altSpellings: [],
        capital: [],
      },
      undefined,
    ),
  );
  const resolver = new MemoryKnowledgeBase([
    ...countryStubs,
    ...files.organizations.map((l) => organizationToEntity(l.value)),
    ...files.events.map((l) => eventToEntity(l.value)),
    ...files.places.map((l) => placeToEntity(l.value)),
  ]);
  const orgsOf = (v: { roles?: { org: string }[]; parent?: string; organizer?: string }) =>
    [...(v.roles ?? []).map((r) => r.org), v.parent, v.organizer].filter((o): o is string => !!o);

  it('list every organisation the people files name as canonical (docs/knowledge-base.md, "People files")', () => {
    const canonical = [
      'NATO',
      'European Union',
      'European Commission',
      'European Council',
      'Council of the European Union',
      'European Parliament',
      'European Central Bank',
      'United Nations',
      'UN Security Council',
      'UNHCR',
      'UNICEF',
      'World Health Organization',
      'World Trade Organization',
      'International Monetary Fund',
      'World Bank',
      'International Atomic Energy Agency',
      'International Criminal Court',
      'International Court of Justice',
      'OSCE',
      'Council of Europe',
      'African Union',
      'ASEAN',
      'Arab League',
      'Gulf Cooperation Council',
      'OPEC',
      'G7',
      'G20',
      'BRICS',
      'OECD',
      'Federal Reserve',
      'Bank of England',
      'Bank of Japan',
      "People's Bank of China",
      'Munich Security Conference',
      'World Economic Forum',
      'Red Cross (ICRC)',
      'Amnesty International',
      'Human Rights Watch',
      'Hamas',
      'Hezbollah',
      'Wagner Group',
    ];
    expect(canonical.filter((o) => resolver.resolveOrg(o)?.type !== 'organization')).toEqual([]);
  });

  it('resolve every role organisation of the hand-written organisations, events and seed people', () => {
    const own = [
      ...files.organizations,
      ...files.events,
      ...files.people.filter((l) => basename(l.file).startsWith('seed')),
    ];
    const unresolved = own.flatMap((l) =>
      orgsOf(l.value as never)
        .filter((org) => !isIsoCountry(org) && !resolver.resolveOrg(org))
        .map((org) => `${l.file}:${l.line}: ${org}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('name no role organisation by a misspelling of a listed one', () => {
    // Curated people may name organisations nobody listed (they become "unlisted"), but
    // "European Comission" for "European Commission" is a typo that would split an entity.
    const typos: string[] = [];
    for (const l of files.people) {
      for (const org of orgsOf(l.value)) {
        if (isIsoCountry(org) || resolver.resolveOrg(org)) continue;
        const near = resolver
          .lookupFuzzy(fuzzyKey(org))
          .find(
            (h) =>
              h.entity.type === 'organization' &&
              h.kind === 'name' &&
              nameSimilarity(org, h.entity.name) >= 0.93,
          );
        if (near) typos.push(`${l.file}:${l.line}: "${org}" looks like "${near.entity.name}"`);
      }
    }
    expect(typos).toEqual([]);
  });

  it('list no person twice and no id twice', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const l of files.people) {
      // A namesake of the same country has its own slug id ("cd:person/steve-cohen-politician").
      const key = `${normalizeName(l.value.name)}|${l.value.country}|${l.value.id ?? ''}`;
      const isSeed = l.file.endsWith('seed.jsonl');
      const prior = seen.get(key);
      if (prior && !isSeed && !prior.endsWith('seed.jsonl'))
        dups.push(`${l.file}:${l.line} (first ${prior})`);
      seen.set(key, `${l.file}`);
    }
    expect(dups).toEqual([]);
    const curated = files.people.filter((l) => !basename(l.file).startsWith('seed'));
    const qids = curated.map((l) => l.value.qid).filter((q) => q !== undefined);
    expect(qids.filter((q, i) => qids.indexOf(q) !== i)).toEqual([]);
    const ids = curated.map((l) => l.value.id).filter((id) => id !== undefined);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('have outlet domains and image hosts that no two outlets share', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const l of files.organizations) {
      for (const h of [...(l.value.domains ?? []), ...(l.value.imageHosts ?? [])]) {
        const prior = owner.get(h);
        if (prior && prior !== l.value.name) clashes.push(`${h}: ${prior} / ${l.value.name}`);
        owner.set(h, l.value.name);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('shipped knowledge-base file', () => {
  it('loads, is small, and knows the newsmakers', () => {
    const path = defaultKbPath();
    expect(statSync(path).size).toBeLessThan(30 * 1024 * 1024);
    expect(readKbMeta(path).schema).toBe('2');
    const kb = loadKnowledgeBase(path);
    expect(kb.lookup('Mark Rutte')[0]?.entity.roles[0]).toMatchObject({
      role: 'Secretary General',
      org: 'NATO',
    });
    expect(kb.lookup('Zelensky')[0]?.entity.name).toBe('Volodymyr Zelenskyy');
    expect(kb.byHost('ichef.bbci.co.uk')?.name).toBe('BBC');
    expect(kb.lookup('Germany')[0]?.entity.kind).toBe('country');
    expect(kb.lookup('Munich').some((h) => h.entity.type === 'location')).toBe(true);
    // A recurring event and its dated instances: the summit held around a date, in its city.
    const nato = kb.lookup('NATO summit').find((h) => h.kind === 'name')!.entity;
    const hague = instanceNear(kb, nato.id, '2025-06-20')!;
    expect(hague.name).toBe('2025 NATO summit');
    expect(kb.get(eventHostId(hague)!)?.name).toBe('The Hague');
    expect(kb.lookup('COP30')[0]?.entity.roles).toContainEqual(
      expect.objectContaining({
        role: 'Instance of',
        org: 'UN Climate Change Conference',
        from: '2025-11-10',
      }),
    );
  });

  it('is current: every person in the resource files is in it', () => {
    const kb = loadKnowledgeBase(defaultKbPath());
    const missing = files.people
      // Seed people yield to curated spellings ("J. D. Vance" → "JD Vance"): any spelling counts.
      .filter(
        (l) =>
          ![l.value.name, ...(l.value.aliases ?? [])].some((n) =>
            kb.lookup(n).some((h) => h.entity.type === 'person' && isNameOrAlias(h)),
          ),
      )
      .map((l) => `${l.value.name} (run npm run build:kb)`);
    expect(missing).toEqual([]);
  });
});
