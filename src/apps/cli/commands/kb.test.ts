import { copyFileSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../../../../test/helpers/run-cli-in-process.js';
import { defaultKbPath, loadKnowledgeBase } from '../../../kb/store.js';

const fixture = fileURLToPath(
  new URL('../../../../test/fixtures/kb/wikidata-excerpt.json.gz', import.meta.url),
);

afterEach(() => {
  process.exitCode = undefined;
});

describe('copydesk kb', () => {
  const shipped = defaultKbPath();
  const shippedMtime = statSync(shipped).mtimeMs;

  it('shows an entity by name, alias or surname', async () => {
    const r = await run('kb', 'show', 'Zelensky', '--kb', shipped);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Volodymyr Zelenskyy');
    expect(r.out).toContain('role: President, UA (2019-05-20 –)');
  });

  it('searches with sound-alikes', async () => {
    const r = await run('kb', 'search', 'Kaja Class', '--kb', shipped);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toContain('Kaja Kallas');
  });

  it('says "not found" in one line with exit code 9', async () => {
    const r = await run('kb', 'show', 'Nobody Atall', '--kb', shipped);
    expect(r.code).toBe(9);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('imports a Wikidata dump and adds an entity into a user KB, never the shipped one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
    const user = join(dir, 'user.sqlite');
    const imported = await run('kb', 'import', fixture, '--kb', user);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/imported 5 entities .* \(replacing \d+ hand-made\)/);
    const added = await run(
      'kb',
      'add',
      '--type',
      'person',
      '--name',
      'Jane Doe',
      '--alias',
      'J. Doe',
      '--role',
      'Mayor@US:2022-01-03..',
      '--country',
      'US',
      '--kb',
      user,
    );
    expect(added.code).toBe(0);
    const kb = loadKnowledgeBase(user);
    expect(kb.lookup('J. Doe')[0]?.entity.roles[0]?.role).toBe('Mayor');
    expect(kb.lookup('Kaja Kallas').map((h) => h.entity.id)).toEqual(['Q9000001']);
    expect(kb.lookup('Mark Rutte').map((h) => h.entity.id)).toEqual(['Q57792']);
    expect(statSync(shipped).mtimeMs).toBe(shippedMtime);
  });

  it('rejects bad options with a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
    const user = join(dir, 'user.sqlite');
    copyFileSync(shipped, user);
    expect((await run('kb', 'add', '--type', 'robot', '--name', 'R2', '--kb', user)).code).toBe(2);
    expect((await run('kb', 'import', join(dir, 'x.txt'), '--kb', user)).code).toBe(2);
    expect((await run('kb', 'import', join(dir, 'absent.csv'), '--kb', user)).code).toBe(3);
  });
});

function run(...args: string[]) {
  return runCliInProcess(args);
}
