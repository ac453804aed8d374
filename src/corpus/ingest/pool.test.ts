import { describe, expect, it } from 'vitest';
import { generateStoryCorpus } from '../../bench/story-corpus.js';
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
});
