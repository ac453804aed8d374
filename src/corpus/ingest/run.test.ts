import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteDocumentStore } from '../../adapters/storage-sqlite/store.js';
import { generateStoryCorpus } from '../../bench/story-corpus.js';
import { createDefaultPipeline } from '../../presets/default.js';
import { Corpus } from '../corpus.js';
import { createAnalysisPool } from './pool.js';
import { runIngest } from './run.js';

const stories = generateStoryCorpus(60).filter((a) => a.kind === 'original');

async function ingestInto(
  store: SqliteDocumentStore,
  inputs: string[],
  options: { allowPrivate?: boolean } = {},
) {
  const corpus = new Corpus(store, createDefaultPipeline());
  return runIngest(store, corpus, createAnalysisPool(0), {
    runId: `run-${Math.random()}`,
    inputs,
    allowPrivate: options.allowPrivate,
  });
}

describe('runIngest', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-ingest-'));
    mkdirSync(join(dir, 'desk', 'nested'), { recursive: true });
    writeFileSync(join(dir, 'desk', 'one.txt'), stories[0]!.text);
    writeFileSync(join(dir, 'desk', 'nested', 'two.txt'), stories[1]!.text);
    writeFileSync(join(dir, 'desk', 'empty.txt'), '');
    writeFileSync(join(dir, 'desk', '.hidden.txt'), stories[5]!.text);
    writeFileSync(
      join(dir, 'dump.jsonl'),
      [
        JSON.stringify({
          text: stories[2]!.text,
          title: 'Line one',
          published: '2025-04-02',
          publisher: 'Ledger',
        }),
        '{ not json',
        '',
        JSON.stringify({ html: `<html><body><article><p>${stories[3]!.text}</p></article></body></html>` }),
        JSON.stringify({ title: 'no body' }),
      ].join('\n'),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests directories recursively and JSONL lines, and reports every failure without stopping', async () => {
    const store = SqliteDocumentStore.open(':memory:');
    await store.migrate();
    const missing = join(dir, 'missing.txt');
    const summary = await ingestInto(store, [join(dir, 'desk'), join(dir, 'dump.jsonl'), missing]);
    expect(summary).toMatchObject({ total: 8, ingested: 4, duplicate: 0, failed: 4 });
    expect(await store.countArticles()).toBe(4);
    const [line] = (await store.searchArticles({ publisher: 'Ledger', limit: 5, offset: 0 })).items;
    expect(line).toMatchObject({ title: 'Line one', published: '2025-04-02' });
    await store.close();
  });

  it('is idempotent: the same inputs again are duplicates, stored once', async () => {
    const store = SqliteDocumentStore.open(':memory:');
    await store.migrate();
    await ingestInto(store, [join(dir, 'desk')]);
    const again = await ingestInto(store, [join(dir, 'desk')]);
    expect(again).toMatchObject({ ingested: 0, duplicate: 2, failed: 1 });
    expect(await store.countArticles()).toBe(2);
    await store.close();
  });
});

describe('runIngest with analysis batches', () => {
  it('stores the same analyses as article-by-article analysis', async () => {
    // Originals and their copies (verbatim, trimmed, spun): clustering and repairs run too.
    const corpus = generateStoryCorpus(30).slice(0, 24);
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-ingest-batches-'));
    const jsonl = join(dir, 'wire.jsonl');
    writeFileSync(
      jsonl,
      corpus
        .map((a) => JSON.stringify({ text: a.text, published: a.published, publisher: a.publisher }))
        .join('\n'),
    );
    const storedWith = async (pool: ReturnType<typeof createAnalysisPool>) => {
      const store = SqliteDocumentStore.open(':memory:');
      await store.migrate();
      const ids: string[] = [];
      try {
        await runIngest(store, new Corpus(store, createDefaultPipeline()), pool, {
          runId: 'batches',
          inputs: [jsonl],
          onItem: (_job, outcome) => {
            if (outcome.status === 'ingested' && outcome.articleId) ids.push(outcome.articleId);
          },
        });
        const stored = await Promise.all(ids.map((id) => store.getArticle(id)));
        // The stages' times differ from run to run; everything else must not.
        return stored.map((a) =>
          JSON.stringify({ ...a!.analysis, pipeline: a!.analysis.pipeline.map((p) => p.name) }),
        );
      } finally {
        await pool.close();
        await store.close();
      }
    };
    try {
      const alone = await storedWith(createAnalysisPool(0));
      const batched = await storedWith(createAnalysisPool(1, { batch: 8 }));
      expect(alone.length).toBeGreaterThan(12);
      expect(batched).toEqual(alone);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('runIngest from feeds and URLs', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const page = (i: number) =>
        `<html><head><title>Story ${i}</title></head><body><article><h1>Story ${i}</h1><p>${stories[10 + i]!.text.replace(/\n\n/g, '</p><p>')}</p></article></body></html>`;
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback Wire</title>
          <item><title>Feed item one</title><link>${base}/a/1</link><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate></item>
          <item><title>Feed item two</title><link>${base}/a/2</link></item>
          <item><title>Gone</title><link>${base}/gone</link></item>
        </channel></rss>`);
      } else if (req.url?.startsWith('/a/')) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page(Number(req.url.slice(3))));
      } else {
        res.writeHead(404);
        res.end('not here');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('expands a feed into its items, fetches each safely, and keeps the feed metadata', async () => {
    const store = SqliteDocumentStore.open(':memory:');
    await store.migrate();
    const summary = await ingestInto(store, [`${base}/feed.xml`, `${base}/a/3`], { allowPrivate: true });
    expect(summary).toMatchObject({ total: 4, ingested: 3, failed: 1 });
    const failures = await store.failures((await store.latestUnfinishedRun())?.runId ?? '', 5);
    expect(failures).toEqual([]); // the run is finished
    const fromFeed = await store.searchArticles({ publisher: 'Loopback Wire', limit: 5, offset: 0 });
    expect(fromFeed.items.map((i) => i.published?.slice(0, 10))).toContain('2025-03-04');
    await store.close();
  });

  it('refuses loopback addresses unless allowed, as a failed item with its reason', async () => {
    const store = SqliteDocumentStore.open(':memory:');
    await store.migrate();
    const corpus = new Corpus(store, createDefaultPipeline());
    const summary = await runIngest(store, corpus, createAnalysisPool(0), {
      runId: 'r',
      inputs: [`${base}/a/1`],
    });
    expect(summary).toMatchObject({ total: 1, failed: 1 });
    expect((await store.failures('r', 5))[0]?.reason).toMatch(/private|loopback|refus/i);
    await store.close();
  });
});
