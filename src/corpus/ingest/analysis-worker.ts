/**
 * A worker thread of the analysis pool: runs the analysis pipeline (the default one, or
 * the `pipelineModule` the pool names) on the batches of inputs the main thread sends,
 * stage by stage over each batch, and answers every task with the record to store
 * (ingest), the analysis alone (`POST /analyze`) or its error. It never touches the store.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalysisJson } from '../../core/analysis.js';
import type { NewsDoc } from '../../core/doc.js';
import { isCopydeskError } from '../../core/errors.js';
import type { Pipeline } from '../../core/pipeline.js';
import type { ArticleRecord } from '../../ports/document-store.js';
import { analyzeBatch, type ItemResult } from '../../presets/analyze.js';
import { createDefaultPipeline } from '../../presets/default.js';
import type { AnalysisBatch, AnalysisRequest, AnalysisResponse } from './pool.js';
import { taskOutput } from './task-output.js';

async function loadPipeline(): Promise<Pipeline> {
  const module = (workerData as { pipelineModule?: string | null } | null)?.pipelineModule;
  if (!module) return createDefaultPipeline();
  const { createPipeline } = (await import(module)) as { createPipeline: () => Pipeline };
  return createPipeline();
}

const pipeline = await loadPipeline();

/** The answer to one task of a batch, from its analysed document (or error). */
function answer(request: AnalysisRequest, analysed: ItemResult<NewsDoc>): AnalysisResponse {
  const output = taskOutput(request, analysed);
  if (!output.ok) {
    const { error } = output;
    return {
      id: request.id,
      error: { code: isCopydeskError(error) ? error.code : 'STAGE_FAILED', message: error.message },
    };
  }
  if (request.output === 'analysis') return { id: request.id, analysis: output.value as AnalysisJson };
  // JSON text crosses threads cheaper than the nested object, and the store keeps it as is.
  const { analysis, ...rest } = output.value as ArticleRecord;
  return { id: request.id, record: { ...rest, analysisJson: JSON.stringify(analysis) } };
}

async function analyseBatch({ tasks }: AnalysisBatch): Promise<void> {
  const results = await analyzeBatch(
    pipeline,
    tasks.map((t) => ({ raw: t.raw, options: { meta: t.meta } })),
  );
  for (const [i, task] of tasks.entries()) parentPort?.postMessage(answer(task, results[i]!));
}

/**
 * Loads the models and the knowledge base now, by analysing a two-sentence article, so
 * a worker started to replace a terminated one is ready before a request needs it.
 * The pool is told when this is done (`ready()`); a failure here is left for the first
 * real article to report.
 */
const WARM_UP =
  'Council approves budget\n\nROTTERDAM - The city council approved the budget on Monday, Mayor Anna Berg said. "It is a fair plan," she told reporters.';
analyzeBatch(pipeline, [
  {
    raw: {
      content: WARM_UP,
      mediaType: 'text/plain',
      origin: { kind: 'inline', label: 'warm-up' },
      byteLength: WARM_UP.length,
    },
    options: { meta: {} },
  },
])
  .catch(() => {})
  .finally(() => parentPort?.postMessage({ ready: true }));

// Batches are analysed one after the other, in the order they came.
let previous: Promise<void> = Promise.resolve();
parentPort?.on('message', (batch: AnalysisBatch) => {
  previous = previous.then(() => analyseBatch(batch));
});
