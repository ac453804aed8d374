import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsv, parseRoleSpec } from './csv.js';

const dir = mkdtempSync(join(tmpdir(), 'copydesk-csv-'));
function csv(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('importCsv', () => {
  it('reads entities with lists, roles and quoted fields', async () => {
    const path = csv(
      'ok.csv',
      [
        'type,name,aliases,description,country,gender,born,prominence,roles,domains',
        'person,Jane Doe,J. Doe|Jane A. Doe,"Mayor of Springfield, since 2022",US,female,1970,2,Mayor@US:2022-01-03..,',
        'organization,Springfield Gazette,,local newspaper,US,,,1,,springfieldgazette.example.com',
      ].join('\n'),
    );
    const [jane, gazette] = await importCsv(path);
    expect(jane).toMatchObject({
      id: 'cd:person/jane-doe',
      name: 'Jane Doe',
      description: 'Mayor of Springfield, since 2022',
      gender: 'female',
      born: 1970,
      roles: [{ role: 'Mayor', org: 'US', orgId: 'cd:country/us', from: '2022-01-03', to: null }],
    });
    expect(jane?.names).toEqual([
      { text: 'J. Doe', kind: 'alias' },
      { text: 'Jane A. Doe', kind: 'alias' },
      { text: 'Doe', kind: 'surname' },
    ]);
    expect(gazette).toMatchObject({
      id: 'cd:org/springfield-gazette',
      domains: ['springfieldgazette.example.com'],
    });
  });

  it('fails with file:line and reason', async () => {
    await expect(importCsv(csv('h.csv', 'name,aliases\nJane Doe,\n'))).rejects.toThrow(
      /h\.csv:1: header lacks type/,
    );
    await expect(importCsv(csv('c.csv', 'type,name,wat\nperson,Jane Doe,1\n'))).rejects.toThrow(
      /unknown column wat/,
    );
    await expect(importCsv(csv('t.csv', 'type,name\nperson,Jane Doe\nrobot,R2\n'))).rejects.toThrow(
      /t\.csv:3: type "robot"/,
    );
    await expect(importCsv(csv('k.csv', 'type,name,country\nperson,Jane Doe,XX\n'))).rejects.toThrow(
      /country "XX"/,
    );
    await expect(importCsv(csv('e.csv', 'type,name\n'))).rejects.toThrow(/no rows/);
  });

  it('parses role specs', () => {
    expect(parseRoleSpec('Secretary General@NATO:2024-10-01..')).toEqual({
      role: 'Secretary General',
      org: 'NATO',
      orgId: null,
      from: '2024-10-01',
      to: null,
    });
    expect(parseRoleSpec('Founder@Acme')).toMatchObject({ from: null, to: null });
    expect(() => parseRoleSpec('Mayor@US:2024..2020')).toThrow(/from is after to/);
    expect(() => parseRoleSpec('Mayor')).toThrow(/not Role@Org/);
  });
});
