/**
 * One ingest run shared by several processes on PostgreSQL: claims never overlap, no
 * article is processed twice, and a dead worker's lease is taken over.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateStoryCorpus } from '../../bench/story-corpus.js';
import { PostgresDocumentStore } from './store.js';
import { announceSkip, dropSchema, freshSchema, postgresTestUrl, urlWithSchema } from './test-database.js';

const entry = fileURLToPath(new URL('../../apps/cli/main.ts', import.meta.url));
const base = postgresTestUrl();
if (base === null) announceSkip('multi-process PostgreSQL ingest');

describe.skipIf(base === null)('PostgreSQL ingest shared by processes', () => {
  let schema: string;
  let url: string;
  let dir: string;
  beforeAll(async () => {
    schema = await freshSchema(base!);
    url = urlWithSchema(base!, schema);
    dir = mkdtempSync(join(tmpdir(), 'copydesk-pg-'));
    mkdirSync(join(dir, 'in'));
    const corpus = generateStoryCorpus(16);
    corpus.forEach((a, i) => writeFileSync(join(dir, 'in', `a${String(i).padStart(2, '0')}.txt`), a.text));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await dropSchema(base!, schema);
  });

  it('splits one run over two processes without processing anything twice', async () => {
    const run = (worker: number) =>
      new Promise<number>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            '--import',
            'tsx',
            entry,
            'ingest',
            join(dir, 'in'),
            '--db',
            url,
            '--run',
            'shared',
            '--workers',
            '0',
            '--no-progress',
          ],
          { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, WORKER: String(worker) } },
        );
        child.on('exit', (code) => resolve(code ?? -1));
      });
    expect(await Promise.all([run(1), run(2)])).toEqual([0, 0]);
    const store = await PostgresDocumentStore.open(url);
    const progress = await store.progress('shared');
    expect(progress).toMatchObject({ total: 16, pending: 0, claimed: 0, failed: 0 });
    expect(progress.ingested + progress.duplicate).toBe(16);
    // Each item was claimed exactly once: nobody's lease ran out, nobody redid work.
    const pool = (
      store as unknown as { pool: { query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> } }
    ).pool;
    const jobs = (await pool.query("SELECT attempts, worker FROM ingest_jobs WHERE run_id = 'shared'")).rows;
    expect(jobs.every((j) => j.attempts === 1)).toBe(true);
    expect(await store.countArticles()).toBe(progress.ingested);
    // Every stored article is in exactly one cluster, consistent across processes.
    const unclustered = (await pool.query('SELECT count(*)::int AS n FROM articles WHERE cluster_id IS NULL'))
      .rows[0];
    expect(unclustered?.n).toBe(0);
    await store.close();
  }, 180_000);

  it('takes over the items of a worker that died holding them', async () => {
    const store = await PostgresDocumentStore.open(url);
    await store.createRun('orphaned', []);
    await store.enqueue('orphaned', [
      { ref: join(dir, 'in', 'a00.txt'), kind: 'file' },
      { ref: join(dir, 'in', 'a01.txt'), kind: 'file' },
    ]);
    // A worker claims both, then "dies": it never acknowledges, its lease runs out.
    expect(await store.claim('orphaned', 'dead-worker', 10, 500)).toHaveLength(2);
    await store.close();
    const resumed = await new Promise<number>((resolve) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          entry,
          'ingest',
          '--resume',
          'orphaned',
          '--db',
          url,
          '--workers',
          '0',
          '--no-progress',
        ],
        { stdio: 'ignore' },
      );
      child.on('exit', (code) => resolve(code ?? -1));
    });
    expect(resumed).toBe(0);
    const check = await PostgresDocumentStore.open(url);
    const progress = await check.progress('orphaned');
    expect(progress.pending + progress.claimed + progress.failed).toBe(0);
    await check.close();
  }, 120_000);
});
