/**
 * The corpus commands as a user runs them: ingest killed mid-way and resumed, queries
 * and their one-line errors. Separate processes, a temporary SQLite corpus.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateStoryCorpus, type SyntheticArticle } from '../../src/bench/story-corpus.js';
import { runCli } from '../helpers/run-cli.js';

const entry = fileURLToPath(new URL('../../src/apps/cli/main.ts', import.meta.url));
const ARTICLES = 30;

function journal(db: string): { status: string; article_id: string | null }[] {
  let conn: Database.Database | undefined;
  try {
    conn = new Database(db, { readonly: true, fileMustExist: true });
    return conn.prepare('SELECT status, article_id FROM ingest_jobs').all() as {
      status: string;
      article_id: string | null;
    }[];
  } catch {
    return []; // not created or not migrated yet
  } finally {
    conn?.close();
  }
}

function storedIds(db: string): string[] {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare('SELECT id FROM articles').all() as { id: string }[]).map((r) => r.id);
  } finally {
    conn.close();
  }
}

describe('copydesk ingest, killed and resumed', () => {
  let dir: string;
  let originals: SyntheticArticle[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-kill-'));
    mkdirSync(join(dir, 'in'));
    originals = generateStoryCorpus(ARTICLES * 3)
      .filter((a) => a.kind === 'original')
      .slice(0, ARTICLES);
    for (let i = 0; i < ARTICLES; i++)
      writeFileSync(join(dir, 'in', `story-${String(i).padStart(2, '0')}.txt`), originals[i]!.text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loses nothing acknowledged when SIGKILLed, and --resume finishes the run', async () => {
    const db = join(dir, 'corpus.db');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        entry,
        'ingest',
        join(dir, 'in'),
        '--db',
        db,
        // A worker thread and small batches: claims run ahead of the commits, as in a
        // real run, and several commits happen before the kill.
        '--workers',
        '1',
        '--batch',
        '2',
        '--lease',
        '2000',
        '--no-progress',
      ],
      { stdio: 'ignore' },
    );
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Kill it once a few items are acknowledged, well before the end.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const done = journal(db).filter((j) => j.status === 'ingested').length;
      if (done >= 3) break;
    }
    child.kill('SIGKILL');
    await exited;
    const before = journal(db);
    const acknowledged = before.filter((j) => j.status === 'ingested').map((j) => j.article_id!);
    expect(acknowledged.length).toBeGreaterThanOrEqual(3);
    expect(acknowledged.length).toBeLessThan(ARTICLES);
    // Everything acknowledged is stored, whole: its raw input, full-text entry and LSH bands.
    const stored = new Set(storedIds(db));
    for (const id of acknowledged) expect(stored.has(id)).toBe(true);
    const texts = new Set(originals.map((a) => a.text));
    const check = new Database(db, { readonly: true });
    for (const id of acknowledged) {
      const row = check
        .prepare(
          `SELECT a.rowid AS rid, a.raw,
                  (SELECT count(*) FROM lsh_buckets b WHERE b.article_id = a.id) AS bands
             FROM articles a WHERE a.id = ?`,
        )
        .get(id) as { rid: number; raw: string; bands: number };
      expect(texts.has(row.raw)).toBe(true);
      // Found through the full-text index by one of its words (the index, not the content table).
      const word = row.raw.match(/\p{L}{6,}/u)![0];
      const found = check
        .prepare('SELECT rowid AS rid FROM articles_fts WHERE articles_fts MATCH ?')
        .all(`"${word}"`) as { rid: number }[];
      expect(found.map((f) => f.rid)).toContain(row.rid);
      expect(row.bands).toBeGreaterThanOrEqual(32);
    }
    check.close();

    const resumed = await runCli([
      'ingest',
      '--resume',
      '--db',
      db,
      '--workers',
      '0',
      '--lease',
      '2000',
      '--no-progress',
    ]);
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(
      new RegExp(`ingested ${ARTICLES}, duplicates 0, failed 0 \\(of ${ARTICLES}\\)`),
    );
    const after = journal(db);
    expect(after.every((j) => j.status === 'ingested')).toBe(true);
    expect(new Set(after.map((j) => j.article_id)).size).toBe(ARTICLES);
    expect(storedIds(db)).toHaveLength(ARTICLES);
    // Every stored article was clustered, even one stored just before the kill.
    const conn = new Database(db, { readonly: true });
    expect(
      (conn.prepare('SELECT count(*) AS n FROM articles WHERE cluster_id IS NULL').get() as { n: number }).n,
    ).toBe(0);
    conn.close();
    const nothing = await runCli(['ingest', '--resume', '--db', db]);
    expect(nothing).toMatchObject({ code: 9, stderr: 'copydesk: no unfinished ingest run to resume\n' });
  }, 180_000);
});

describe('corpus queries', () => {
  let dir: string;
  let db: string;
  let firstId: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-q-'));
    db = join(dir, 'c.db');
    const corpus = generateStoryCorpus(12);
    const lines = corpus.map((a) =>
      JSON.stringify({ text: a.text, title: a.title, published: a.published, publisher: a.publisher }),
    );
    // The first story republished word for word by two other sites, one of them twice.
    const first = corpus[0]!;
    for (const [site, url] of [
      ['Echo Daily', 'https://echo.example/a'],
      ['Relay News', 'https://relay.example/b'],
      ['Echo Daily', 'https://echo.example/a'],
    ])
      lines.push(JSON.stringify({ text: first.text, title: first.title, publisher: site, url }));
    writeFileSync(join(dir, 'dump.jsonl'), lines.join('\n'));
    const ingest = await runCli([
      'ingest',
      join(dir, 'dump.jsonl'),
      '--db',
      db,
      '--workers',
      '0',
      '--format',
      'json',
    ]);
    expect(ingest.code).toBe(0);
    expect(JSON.parse(ingest.stdout)).toMatchObject({ total: 15, failed: 0 });
    firstId = JSON.parse(
      (await runCli(['search', '--db', db, '--format', 'json', '--limit', '50'])).stdout,
    ).items.find(
      (i: { title: string; publisher: string }) =>
        i.publisher === corpus[0]!.publisher && i.title === corpus[0]!.title,
    ).id;
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('searches with filters and pages, in text and JSON', async () => {
    const all = await runCli(['search', '--db', db, '--format', 'json', '--limit', '3']);
    const page = JSON.parse(all.stdout);
    expect(page.items).toHaveLength(3);
    expect(page.total).toBeGreaterThan(3);
    const text = await runCli(['search', 'percent', '--db', db, '--since', '2025-01-01']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^\d+ article\(s\)/);
  });

  it('shows a story cluster with its original and copies', async () => {
    const { items } = JSON.parse(
      (await runCli(['search', '--db', db, '--format', 'json', '--limit', '50'])).stdout,
    );
    const clustered = new Map<string, number>();
    for (const i of items) clustered.set(i.clusterId, (clustered.get(i.clusterId) ?? 0) + 1);
    const [clusterId] = [...clustered].find(([, n]) => n > 1) ?? [];
    const member = items.find((i: { clusterId: string }) => i.clusterId === clusterId);
    const story = await runCli(['story', member.id, '--db', db]);
    expect(story.code).toBe(0);
    expect(story.stdout).toMatch(/ORIGINAL/);
    expect(story.stdout).toMatch(/verbatim|trimmed|spun|rewritten/);
  });

  it('lists every other site that republished a story word for word, each place once', async () => {
    const text = await runCli(['story', firstId, '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/and 2 verbatim copies/);
    expect(text.stdout).toMatch(/verbatim copy +\S+ +Echo Daily +https:\/\/echo\.example\/a/);
    expect(text.stdout).toMatch(/verbatim copy +\S+ +Relay News +https:\/\/relay\.example\/b/);
    const json = JSON.parse((await runCli(['story', firstId, '--db', db, '--format', 'json'])).stdout);
    const member = json.members.find((m: { id: string }) => m.id === firstId);
    expect(member.verbatimCopies.map((c: { publisher: string }) => c.publisher).sort()).toEqual([
      'Echo Daily',
      'Relay News',
    ]);
  });

  it('exports CSV with a header and JSONL, one row per line', async () => {
    const csv = await runCli(['export', '--db', db, '--format', 'csv', '--what', 'figures']);
    expect(csv.stdout.split('\n')[0]).toBe('article_id,kind,value,unit,subject,text');
    const jsonl = await runCli(['export', '--db', db]);
    const lines = jsonl.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(5);
    expect(JSON.parse(lines[0]!)).toHaveProperty('cluster_id');
  });

  it('fails with one clear line and the documented exit code', async () => {
    const cases: [string[], number, RegExp][] = [
      [['story', 'no-such-article', '--db', db], 9, /no article "no-such-article"/],
      [['search', 'x', '--since', '2025-02-30', '--db', db], 2, /--since "2025-02-30" is not a date/],
      [['entity', 'Nobody Atall', '--db', db], 9, /no entity "Nobody Atall"/],
      [['search', '--limit', '0', '--db', db], 2, /--limit must be/],
      [['search', 'x', '--db', 'postgres://copydesk:x@127.0.0.1:1/none'], 10, /cannot reach PostgreSQL/],
      [['ingest', '--db', db], 2, /nothing to ingest/],
      [
        ['ingest', 'examples', '--db', db, '--analysis-batch', '0'],
        2,
        /--analysis-batch must be a whole number/,
      ],
      [
        ['ingest', 'examples', '--db', db, '--analysis-batch', 'many'],
        2,
        /--analysis-batch must be a whole number/,
      ],
    ];
    for (const [args, code, message] of cases) {
      const result = await runCli(args);
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 60_000);
});
