/**
 * `copydesk token` and `copydesk serve` as a user runs them: tokens created on the command
 * line are accepted by a served API, listed without their secrets, and refused once revoked —
 * on the embedded SQLite corpus and on PostgreSQL (when COPYDESK_TEST_PG_URL names a server),
 * where two server processes also share one rate-limit budget per client.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  announceSkip,
  dropSchema,
  freshSchema,
  postgresTestUrl,
  urlWithSchema,
} from '../../src/adapters/storage-postgres/test-database.js';
import { runCli } from '../helpers/run-cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pgUrl = postgresTestUrl();
let dir: string;
let sqliteDb: string;
let pgDb: string | null = null;
let pgSchema: string | null = null;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-serve-'));
  sqliteDb = join(dir, 'corpus.sqlite');
  if (pgUrl) {
    pgSchema = await freshSchema(pgUrl);
    pgDb = urlWithSchema(pgUrl, pgSchema);
  }
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (pgUrl && pgSchema) await dropSchema(pgUrl, pgSchema);
});
if (!pgUrl) announceSkip('serve and token on PostgreSQL');

const servers: ChildProcess[] = [];
afterAll(() => {
  for (const s of servers) s.kill('SIGTERM');
});

/**
 * Starts `copydesk serve` on a free port; resolves with its URL once it listens. The request
 * deadline is raised to the test's own budget: the first ingest loads the model and the KB in
 * a worker, which on a busy machine can pass serve's default 30 s and answer 503, and these
 * tests are about tokens, not deadlines (deadline.test.ts proves those).
 */
async function serve(db: string, ...extra: string[]): Promise<string> {
  const server = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/apps/cli/main.ts',
      'serve',
      '--db',
      db,
      '--port',
      '0',
      '--timeout',
      '170',
      ...extra,
    ],
    { cwd: root },
  );
  servers.push(server);
  return new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    server.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /API docs: (http:\/\/\S+)\/docs/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    server.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

const backends = [
  ['sqlite', () => sqliteDb],
  ...(pgUrl ? [['postgres', () => pgDb as string] as const] : []),
] as const;

describe.each(backends)('copydesk token and serve on %s', (_name, location) => {
  it('creates, lists and revokes tokens; the server accepts a live one and refuses a revoked one', async () => {
    const db = location();
    const created = await runCli(['token', 'create', 'ci bot', '--db', db]);
    expect(created.code, created.stderr).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^cdk_/);
    const listed = await runCli(['token', 'list', '--db', db]);
    expect(listed.stdout).toMatch(/write\s+ci bot/);
    expect(listed.stdout).not.toContain(token);
    const id = listed.stdout.split(/\s+/)[0] as string;

    const url = await serve(db);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const ingest = (tok: string) =>
      fetch(`${url}/articles`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tok}` },
        body: JSON.stringify({
          text: 'Port reopens after storm\n\nROTTERDAM, Jan 9 (Copydesk Wire) - The port reopened on Thursday after a storm closed it for two days, its operator said.',
        }),
      });
    expect((await ingest(token)).status).toBe(201);
    const search = await fetch(`${url}/articles?q=storm`);
    expect(((await search.json()) as { total: number }).total).toBe(1);
    const revoked = await runCli(['token', 'revoke', id, '--db', db]);
    expect(revoked.code).toBe(0);
    expect((await ingest(token)).status).toBe(401);
    expect((await runCli(['token', 'revoke', id, '--db', db])).code).toBe(9);
  }, 180_000);
});

describe.skipIf(!pgUrl)('two copydesk serve processes on one PostgreSQL corpus', () => {
  it('give a client one rate-limit budget, not one per process', async () => {
    // 1 a minute gives a burst of 10 (serve's rule: a fifth of a minute, at least 10), and
    // at most one more token while the test runs, however slow the machine.
    const [a, b] = await Promise.all([
      serve(pgDb as string, '--rate-limit', '1'),
      serve(pgDb as string, '--rate-limit', '1'),
    ]);
    const statuses: number[] = [];
    for (let i = 0; i < 16; i++) {
      const response = await fetch(`${i % 2 === 0 ? a : b}/articles?q=port`);
      statuses.push(response.status);
      if (response.status === 429) {
        const body = (await response.json()) as { error: { code: string } };
        expect(body.error.code).toBe('RATE_LIMITED');
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      } else await response.arrayBuffer();
    }
    // Per process each would allow 10 (all 16 pass: 8 each); shared, the 11th request is
    // refused whichever process gets it.
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(10);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(11);
    expect(statuses.slice(12)).toEqual([429, 429, 429, 429]);
  }, 180_000);
});

describe('copydesk serve usage', () => {
  it('refuses a bad port with a one-line usage error', async () => {
    const bad = await runCli(['serve', '--db', sqliteDb, '--port', '70000']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/--port must be a whole number/);
  }, 60_000);

  it('names an unreachable PostgreSQL server in one line', async () => {
    const bad = await runCli(['token', 'list', '--db', 'postgres://copydesk:pw@127.0.0.1:1/none']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/cannot reach PostgreSQL/);
    expect(bad.stderr).not.toContain(':pw@');
  }, 60_000);
});
