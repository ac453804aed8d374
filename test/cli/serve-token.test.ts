/**
 * `copydesk token` and `copydesk serve` as a user runs them: tokens created on the command
 * line are accepted by a served API, listed without their secrets, and refused once revoked.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
let db: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-serve-'));
  db = join(dir, 'corpus.sqlite');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('copydesk token and serve', () => {
  let server: ChildProcess | null = null;
  afterAll(() => {
    server?.kill('SIGTERM');
  });

  it('creates, lists and revokes tokens; the server accepts a live one and refuses a revoked one', async () => {
    const created = await runCli(['token', 'create', 'ci bot', '--db', db]);
    expect(created.code, created.stderr).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^cdk_/);
    const listed = await runCli(['token', 'list', '--db', db]);
    expect(listed.stdout).toMatch(/write\s+ci bot/);
    expect(listed.stdout).not.toContain(token);
    const id = listed.stdout.split(/\s+/)[0] as string;

    server = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/apps/cli/main.ts', 'serve', '--db', db, '--port', '0'],
      {
        cwd: root,
      },
    );
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server?.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /API docs: (http:\/\/\S+)\/docs/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      server?.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
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
    const revoked = await runCli(['token', 'revoke', id, '--db', db]);
    expect(revoked.code).toBe(0);
    expect((await ingest(token)).status).toBe(401);
    expect((await runCli(['token', 'revoke', id, '--db', db])).code).toBe(9);
  }, 180_000);

  it('refuses a bad port with a one-line usage error', async () => {
    const bad = await runCli(['serve', '--db', db, '--port', '70000']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/--port must be a whole number/);
  }, 60_000);
});
