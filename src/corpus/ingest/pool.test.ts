import { describe, expect, it } from 'vitest';
import { CRASH_MARKER } from '../../../test/fixtures/pool/crashing-pipeline.js';
import { longArticle } from '../../../test/helpers/long-article.js';
import { generateStoryCorpus } from '../../bench/story-corpus.js';
import { CopydeskError } from '../../core/errors.js';
import type { RawInput } from '../../core/meta.js';
import { Pipeline } from '../../core/pipeline.js';
import { defineStage } from '../../core/stage.js';
import { extractStage } from '../../stages/02-extract/index.js';
import { cleanStage } from '../../stages/03-clean/index.js';
import { segmentStage } from '../../stages/04-segment/index.js';
import { createAnalysisPool, inThreadPool } from './pool.js';

const CRASHING_PIPELINE = new URL('../../../test/fixtures/pool/crashing-pipeline.ts', import.meta.url);

const STORIES = [
  'The council met on Monday and approved the budget for schools.',
  'The port reopened on Thursday after a storm, its operator said.',
  'Dock workers ended a three-day strike on Friday, the union said.',
  'The central bank held its main rate at 4 percent on Wednesday.',
  'Firefighters put out a blaze at a warehouse near the station overnight.',
];

const raw = (text: string): RawInput => ({
  content: text,
  mediaType: 'text/plain',
  origin: { kind: 'inline', label: 'pool-test' },
  byteLength: text.length,
});

describe('analysis pool', () => {
  it('gives the same record from a worker thread as from the calling thread', async () => {
    const [a, b] = generateStoryCorpus(12).filter((x) => x.kind === 'original');
    const threads = createAnalysisPool(1);
    const inline = createAnalysisPool(0);
    try {
      const [fromWorker, other] = await Promise.all([
        threads.analyse(raw(a!.text), 'a', { published: '2025-03-01' }),
        threads.analyse(raw(b!.text), 'b', {}),
      ]);
      const here = await inline.analyse(raw(a!.text), 'a', { published: '2025-03-01' });
      expect(fromWorker.contentHash).toBe(here.contentHash);
      expect(fromWorker.clustering.textSignature).toEqual(here.clustering.textSignature);
      expect({ ...fromWorker.analysis, pipeline: [] }).toEqual({ ...here.analysis, pipeline: [] });
      // The analysis crossed as JSON text, which the store keeps as it is.
      expect(fromWorker.analysisJson).toBe(JSON.stringify(fromWorker.analysis));
      expect(other.analysis.text).toContain(b!.text.slice(0, 40));
    } finally {
      await threads.close();
    }
  }, 60_000);

  it('reports an input the pipeline rejects as an error, and keeps working', async () => {
    const pool = createAnalysisPool(1);
    try {
      await expect(pool.analyse(raw('   '), 'blank', {})).rejects.toThrow();
      const ok = await pool.analyse(
        raw('The council met on Monday and approved the budget for schools.'),
        'ok',
        {},
      );
      expect(ok.analysis.text).toMatch(/council/);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('returns the analysis alone, as the calling thread would', async () => {
    const pool = createAnalysisPool(1);
    const inline = createAnalysisPool(0);
    try {
      const text =
        'Dock strike ends\n\nROTTERDAM - Dock workers in Rotterdam ended a three-day strike on Friday, the FNV union said.';
      const [fromWorker, here] = await Promise.all([
        pool.analyseOnly(raw(text), { published: '2025-03-01' }),
        inline.analyseOnly(raw(text), { published: '2025-03-01' }),
      ]);
      expect({ ...fromWorker, pipeline: [] }).toEqual({ ...here, pipeline: [] });
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('stops a running analysis when its signal fires: the worker is replaced and the queue goes on', async () => {
    // Two tasks per worker: the small one waits in the same worker behind the long one.
    const pool = createAnalysisPool(1, { depth: 2 });
    try {
      await pool.analyseOnly(raw('The council met on Monday and approved the budget.'), {}); // warm
      const stop = new AbortController();
      const long = pool.analyseOnly(raw(longArticle(2400)), {}, { signal: stop.signal });
      const behind = pool.analyse(
        raw('The port reopened on Thursday after a storm, its operator said.'),
        'p',
        {},
      );
      const reason = new CopydeskError('FETCH_TIMEOUT', 'deadline passed');
      setTimeout(() => stop.abort(reason), 300);
      await expect(long).rejects.toBe(reason);
      // The long analysis is no longer held anywhere: its worker was terminated, not awaited.
      expect(pool.pending).toBe(1);
      expect((await behind).analysis.text).toMatch(/port reopened/);
      expect(pool.pending).toBe(0);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('drops a queued task whose signal fires before it starts, and refuses an already aborted one', async () => {
    const pool = createAnalysisPool(1, { depth: 1 });
    try {
      const stop = new AbortController();
      const first = pool.analyseOnly(raw('The council met on Monday and approved the budget.'), {});
      const queued = pool.analyseOnly(raw('The port reopened on Thursday.'), {}, { signal: stop.signal });
      expect(pool.pending).toBe(2);
      stop.abort(new Error('client went away'));
      await expect(queued).rejects.toThrow('client went away');
      expect(pool.pending).toBe(1);
      expect((await first).text).toMatch(/council/);
      await expect(pool.analyseOnly(raw('x y z'), {}, { signal: stop.signal })).rejects.toThrow(
        'client went away',
      );
    } finally {
      await pool.close();
    }
    await expect(pool.analyseOnly(raw('after close'), {})).rejects.toThrow(/closed/);
  }, 60_000);

  it('sends tasks in batches and answers each, with the records the calling thread gives', async () => {
    // Originals and their copies: the batch shares names and quotes.
    const articles = generateStoryCorpus(12).slice(0, 6);
    const pool = createAnalysisPool(1, { batch: 4 });
    const inline = createAnalysisPool(0);
    try {
      const [fromWorker, here] = await Promise.all([
        Promise.all(articles.map((a, i) => pool.analyse(raw(a.text), `s${i}`, { published: '2025-03-01' }))),
        Promise.all(
          articles.map((a, i) => inline.analyse(raw(a.text), `s${i}`, { published: '2025-03-01' })),
        ),
      ]);
      expect(fromWorker.map((r) => r.sourceRef)).toEqual(['s0', 's1', 's2', 's3', 's4', 's5']);
      expect(fromWorker.map((r) => ({ ...r.analysis, pipeline: [] }))).toEqual(
        here.map((r) => ({ ...r.analysis, pipeline: [] })),
      );
      expect(fromWorker.map((r) => r.analysisJson)).toEqual(
        fromWorker.map((r) => JSON.stringify(r.analysis)),
      );
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('fails only the article that crashes a worker: its batch is retried one task at a time', async () => {
    const pool = createAnalysisPool(1, { batch: 8, pipelineModule: CRASHING_PIPELINE });
    try {
      await pool.ready();
      const texts = [
        ...STORIES.slice(0, 2),
        `${CRASH_MARKER} in the night, the publisher said.`,
        ...STORIES.slice(2),
      ];
      const results = await Promise.allSettled(texts.map((t, i) => pool.analyse(raw(t), `a${i}`, {})));
      expect(results.map((r) => r.status)).toEqual([
        'fulfilled',
        'fulfilled',
        'rejected',
        'fulfilled',
        'fulfilled',
        'fulfilled',
      ]);
      const crash = results[2] as PromiseRejectedResult;
      expect(crash.reason).toBeInstanceOf(CopydeskError);
      expect((crash.reason as CopydeskError).code).toBe('STAGE_FAILED');
      expect(
        (results[3] as PromiseFulfilledResult<{ analysis: { text: string } }>).value.analysis.text,
      ).toMatch(/strike/);
      // The replaced worker goes on taking batches.
      const after = await Promise.all(STORIES.map((t) => pool.analyseOnly(raw(t), {})));
      expect(after.map((a) => a.text)).toEqual(STORIES);
      expect(pool.pending).toBe(0);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it("stops a running task of a batch: the batch's other tasks are queued again and answered", async () => {
    const pool = createAnalysisPool(1, { batch: 4, depth: 1 });
    try {
      await pool.analyseOnly(raw(STORIES[0]!), {}); // warm
      const stop = new AbortController();
      const long = pool.analyseOnly(raw(longArticle(2400)), {}, { signal: stop.signal });
      const others = STORIES.slice(1, 4).map((t, i) => pool.analyse(raw(t), `o${i}`, {}));
      const reason = new CopydeskError('FETCH_TIMEOUT', 'deadline passed');
      setTimeout(() => stop.abort(reason), 300);
      await expect(long).rejects.toBe(reason);
      expect(pool.pending).toBe(3);
      expect((await Promise.all(others)).map((r) => r.analysis.text)).toEqual(STORIES.slice(1, 4));
      expect(pool.pending).toBe(0);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('rejects every task of its batches when closed', async () => {
    const pool = createAnalysisPool(1, { batch: 2, depth: 1, pipelineModule: CRASHING_PIPELINE });
    const tasks = STORIES.map((t) => pool.analyseOnly(raw(t), {}));
    for (const t of tasks) t.catch(() => {});
    await new Promise((resolve) => setImmediate(resolve));
    expect(pool.pending).toBe(STORIES.length);
    await pool.close();
    for (const t of tasks) await expect(t).rejects.toThrow(/closed/);
  }, 60_000);

  it('analyses the tasks of one turn stage by stage in the calling thread, a failing one alone', async () => {
    const order: string[] = [];
    const noting = (name: string) =>
      defineStage({
        name,
        version: '1',
        description: 'notes the order of the work',
        requires: [],
        assigns: [],
        defaultConfig: {},
        run(doc) {
          order.push(`${name}:${doc.raw.content.slice(4, 8)}`);
        },
      });
    const pipeline = Pipeline.build([
      noting('first'),
      extractStage,
      cleanStage,
      segmentStage,
      noting('last'),
    ]);
    const pool = inThreadPool(pipeline, { batch: 2 });
    const results = await Promise.allSettled([
      pool.analyseOnly(raw(STORIES[0]!), {}),
      pool.analyseOnly(raw('    '), {}),
      pool.analyseOnly(raw(STORIES[1]!), {}),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    // Batches of two: the blank input failed in extraction and took no later stage.
    expect(order).toEqual(['first:coun', 'first:', 'last:coun', 'first:port', 'last:port']);
  }, 60_000);
});
