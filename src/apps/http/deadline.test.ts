/**
 * Analysis runs off the event loop and a deadline really stops it: while a very long
 * article is analysed, the server keeps answering other requests; when the request's
 * time is up the client gets a JSON TIMEOUT error and the analysis is terminated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longArticle } from '../../../test/helpers/long-article.js';
import { buildTestApp, listen, type TestApp } from '../../../test/helpers/test-server.js';
import type { RawInput } from '../../core/meta.js';
import { type AnalysisPool, createAnalysisPool } from '../../corpus/ingest/pool.js';

const shortInput = (text: string): RawInput => ({
  content: text,
  mediaType: 'text/plain',
  origin: { kind: 'inline', label: 'deadline-warm-up' },
  byteLength: text.length,
});

describe('request deadline with analysis in worker threads', () => {
  let test: TestApp;
  let pool: AnalysisPool;
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    pool = createAnalysisPool(1, { depth: 1 });
    test = await buildTestApp({ requestTimeoutMs: 1500 }, { analysis: pool });
    server = await listen(test.app);
    // The worker loads its models and runs one article first (outside any deadline): a
    // cold first analysis on a loaded machine is not what is tested here.
    await pool.ready();
    await pool.analyseOnly(shortInput('The council met on Monday and approved the budget.'), {});
    await new Promise((r) => setImmediate(r));
    const health = (await (await fetch(`${server.url}/health`)).json()) as { analysisReady: boolean };
    expect(health.analysisReady).toBe(true);
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await pool.close();
    await test.close();
  });

  const analyse = (text: string) =>
    fetch(`${server.url}/analyze`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });

  it('answers reads while an analysis runs, then stops the analysis with a JSON 503', async () => {
    expect((await analyse('The council met on Monday and approved the budget for schools.')).status).toBe(
      200,
    );

    let analysisDone = false;
    const long = analyse(longArticle(2400)).then((r) => {
      analysisDone = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(pool.pending).toBe(1);
    // Reads are answered while the analysis is still running (the event loop is free).
    for (const path of ['/health', '/articles?q=budget', '/openapi.json', '/entities?q=a']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      await response.arrayBuffer();
      expect(analysisDone, `${path} answered after the analysis ended`).toBe(false);
    }

    const response = await long;
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('TIMEOUT');
    expect(body.error.message).toMatch(/longer than the server's limit of 1.5 s/);
    // Terminated, not left running: the pool holds nothing, and a fresh worker serves the next one.
    expect(pool.pending).toBe(0);
    await pool.ready();
    await pool.analyseOnly(shortInput('The mayor opened the bridge on Friday.'), {});
    const next = await analyse('The port reopened on Thursday after a storm, its operator said.');
    expect(next.status).toBe(200);
    expect(((await next.json()) as { text: string }).text).toMatch(/port reopened/);
  }, 120_000);

  it('times out an ingest the same way and stores nothing', async () => {
    const { token } = await test.tokens.create('ingest', 'write');
    const before = await test.store.countArticles();
    const response = await fetch(`${server.url}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ text: longArticle(2400) }),
    });
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('TIMEOUT');
    expect(await test.store.countArticles()).toBe(before);
    expect(pool.pending).toBe(0);
  }, 120_000);
});
