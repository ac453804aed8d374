import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importWikidataDump, prominenceFromSitelinks, wikidataTime } from './wikidata.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../test/fixtures/kb/${name}`, import.meta.url));

describe('importWikidataDump', () => {
  it.each(['wikidata-excerpt.json', 'wikidata-excerpt.json.gz', 'wikidata-excerpt.json.bz2'])(
    'keeps humans, organisations and places from %s',
    async (name) => {
      const { entities, parsed } = await importWikidataDump(fixture(name));
      expect(parsed).toBe(10);
      // Positions, the museum and the deprecated-only human are left out.
      expect(entities.map((e) => e.id).sort()).toEqual(['Q55', 'Q57792', 'Q7184', 'Q727', 'Q9000001']);
    },
  );

  it('maps a person with roles, qualifiers, country, gender and birth year', async () => {
    const { entities } = await importWikidataDump(fixture('wikidata-excerpt.json'));
    const rutte = entities.find((e) => e.id === 'Q57792')!;
    expect(rutte).toMatchObject({
      type: 'person',
      name: 'Mark Rutte',
      country: 'NL',
      gender: 'male',
      born: 1967,
    });
    expect(rutte.description).toBe('Secretary General of NATO since 2024');
    expect(rutte.prominence).toBe(4);
    expect(rutte.names).toContainEqual({ text: 'Mark Rütte', kind: 'alias' });
    expect(rutte.names).toContainEqual({ text: 'Марк Рютте', kind: 'alias' });
    expect(rutte.names).toContainEqual({ text: 'Rutte', kind: 'surname' });
    expect(rutte.roles).toEqual([
      { role: 'Secretary General of NATO', org: 'NATO', orgId: 'Q7184', from: '2024-10-01', to: null },
      {
        role: 'Prime Minister of the Netherlands',
        org: 'NL',
        orgId: 'cd:country/nl',
        from: '2010-10-14',
        to: '2024-07-02',
      },
      {
        role: 'State Secretary for Social Affairs and Employment',
        org: 'NL',
        orgId: 'cd:country/nl',
        from: '2003-06-17',
        to: '2006-06',
      },
    ]);
  });

  it('maps organisations and places', async () => {
    const { entities } = await importWikidataDump(fixture('wikidata-excerpt.json'));
    const nato = entities.find((e) => e.id === 'Q7184')!;
    expect(nato).toMatchObject({ type: 'organization', kind: 'intergovernmental', domains: ['nato.int'] });
    expect(nato.names).toContainEqual({ text: 'North Atlantic Treaty Organization', kind: 'alias' });
    expect(entities.find((e) => e.id === 'Q55')).toMatchObject({
      type: 'location',
      kind: 'country',
      country: 'NL',
    });
    expect(entities.find((e) => e.id === 'Q727')).toMatchObject({
      type: 'location',
      kind: 'capital',
      country: 'NL',
    });
    expect(entities.find((e) => e.id === 'Q9000001')).toMatchObject({
      gender: 'female',
      born: 1977,
      country: 'EE',
    });
  });

  it('fails with file:line on a broken line and on a file with no entities', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-wd-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '[\n{"id":"Q1","type":"item"},\n{"id": oops},\n]\n');
    await expect(importWikidataDump(bad)).rejects.toThrow(/bad\.json:3: not a Wikidata entity/);
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '[\n]\n');
    await expect(importWikidataDump(empty)).rejects.toThrow(/no Wikidata entities/);
    const corrupt = join(dir, 'corrupt.json.gz');
    writeFileSync(corrupt, 'this is not gzip');
    await expect(importWikidataDump(corrupt)).rejects.toThrow(/cannot read .*corrupt\.json\.gz/);
    await expect(importWikidataDump(join(dir, 'absent.json'))).rejects.toThrow(/no such file/);
  });
});

describe('helpers', () => {
  it('formats times at their precision', () => {
    const t = (time: string, precision: number) =>
      wikidataTime({ datavalue: { value: { time, precision } } });
    expect(t('+2024-10-01T00:00:00Z', 11)).toBe('2024-10-01');
    expect(t('+2024-10-01T00:00:00Z', 10)).toBe('2024-10');
    expect(t('+1977-00-00T00:00:00Z', 9)).toBe('1977');
    expect(wikidataTime(undefined)).toBeNull();
  });
  it('maps sitelinks to prominence', () => {
    expect([0, 10, 30, 80, 150].map(prominenceFromSitelinks)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('corrupt bzip2', () => {
  it('fails with one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-bz-'));
    const corrupt = join(dir, 'corrupt.json.bz2');
    writeFileSync(corrupt, 'BZh9 this is not bzip2 at all');
    await expect(importWikidataDump(corrupt)).rejects.toThrow(/cannot read .*corrupt\.json\.bz2/);
  });
});
