/**
 * Batch analysis: every example article analysed stage by stage over one batch gives, byte
 * for byte, the analysis it gets alone; an input the pipeline refuses fails alone.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFileInput } from '../adapters/file-input/read.js';
import { generateArticles } from '../bench/corpus.js';
import { toAnalysisJson } from '../core/analysis.js';
import type { NewsDoc } from '../core/doc.js';
import type { RawInput } from '../core/meta.js';
import { type AnalyzeItem, analyze, analyzeBatch } from './analyze.js';
import { createDefaultPipeline } from './default.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

const inline = (text: string, label: string): RawInput => ({
  content: text,
  mediaType: 'text/plain',
  origin: { kind: 'inline', label },
  byteLength: Buffer.byteLength(text),
});

/** The analysis as JSON text, the stages' times left out (they differ from run to run). */
const analysisText = (doc: NewsDoc) =>
  JSON.stringify({ ...toAnalysisJson(doc), pipeline: doc.trail.map((t) => [t.name, t.version]) });

describe('analyzeBatch', () => {
  it('gives every example article the analysis it gets alone, and fails a refused input alone', async () => {
    const pipeline = createDefaultPipeline();
    const files = readdirSync(EXAMPLES).filter((f) => /\.(txt|html)$/.test(f));
    const items: AnalyzeItem[] = [
      ...(await Promise.all(files.map((f) => readFileInput(`${EXAMPLES}${f}`)))).map((raw) => ({
        raw,
        options: { meta: { published: '2025-02-14' } },
      })),
      { raw: inline('   \n  ', 'blank'), options: {} },
      // Articles made of the examples' paragraphs: names and quotes repeat across the batch.
      ...generateArticles(EXAMPLES, 6, 3).map((text, i) => ({ raw: inline(text, `generated-${i}`) })),
    ];
    const alone: (string | Error)[] = [];
    for (const item of items)
      alone.push(await analyze(pipeline, item.raw, item.options).then(analysisText, (e: Error) => e));
    const batched = await analyzeBatch(pipeline, items);
    expect(batched.map((r) => (r.ok ? analysisText(r.value) : r.error))).toEqual(alone);
    expect(batched.filter((r) => !r.ok)).toHaveLength(1);
    expect(alone[files.length]).toBeInstanceOf(Error);
  }, 120_000);
});
