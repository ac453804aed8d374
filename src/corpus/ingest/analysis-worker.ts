/**
 * A worker thread of the analysis pool: runs the default analysis pipeline on inputs the
 * main thread sends, and returns the record to store (ingest) or the analysis alone
 * (`POST /analyze`). It never touches the store.
 */
import { parentPort } from 'node:worker_threads';
import { toAnalysisJson } from '../../core/analysis.js';
import { isCopydeskError } from '../../core/errors.js';
import { analyze } from '../../presets/analyze.js';
import { createDefaultPipeline } from '../../presets/default.js';
import { prepareRecord } from '../corpus.js';
import type { AnalysisRequest, AnalysisResponse } from './pool.js';

const pipeline = createDefaultPipeline();

/**
 * Loads the models and the knowledge base now, by analysing a two-sentence article, so
 * a worker started to replace a terminated one is ready before a request needs it.
 * The pool is told when this is done (`ready()`); a failure here is left for the first
 * real article to report.
 */
const WARM_UP =
  'Council approves budget\n\nROTTERDAM - The city council approved the budget on Monday, Mayor Anna Berg said. "It is a fair plan," she told reporters.';
analyze(
  pipeline,
  {
    content: WARM_UP,
    mediaType: 'text/plain',
    origin: { kind: 'inline', label: 'warm-up' },
    byteLength: WARM_UP.length,
  },
  { meta: {} },
)
  .catch(() => {})
  .finally(() => parentPort?.postMessage({ ready: true }));

parentPort?.on('message', async (request: AnalysisRequest) => {
  let response: AnalysisResponse;
  try {
    if (request.output === 'analysis') {
      response = {
        id: request.id,
        analysis: toAnalysisJson(await analyze(pipeline, request.raw, { meta: request.meta })),
      };
    } else {
      const { analysis, ...rest } = await prepareRecord(pipeline, request.raw, {
        sourceRef: request.sourceRef,
        meta: request.meta,
      });
      // JSON text crosses threads cheaper than the nested object, and the store keeps it as is.
      response = { id: request.id, record: { ...rest, analysisJson: JSON.stringify(analysis) } };
    }
  } catch (error) {
    response = {
      id: request.id,
      error: {
        code: isCopydeskError(error) ? error.code : 'STAGE_FAILED',
        message: (error as Error).message,
      },
    };
  }
  parentPort?.postMessage(response);
});
