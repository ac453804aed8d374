import { describe, expect, it } from 'vitest';
import { longArticle } from '../../../test/helpers/long-article.js';
import { generateStoryCorpus } from '../../bench/story-corpus.js';
import { CopydeskError } from '../../core/errors.js';
import type { RawInput } from '../../core/meta.js';
import { createAnalysisPool } from './pool.js';

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
});
