/**
 * A worker thread of the ingest pool: runs the default analysis pipeline on inputs the
 * main thread sends, and returns the record to store. It never touches the store.
 */
import { parentPort } from 'node:worker_threads';
import { isCopydeskError } from '../../core/errors.js';
import { createDefaultPipeline } from '../../presets/default.js';
import { prepareRecord } from '../corpus.js';
import type { AnalysisRequest, AnalysisResponse } from './pool.js';

const pipeline = createDefaultPipeline();

parentPort?.on('message', async (request: AnalysisRequest) => {
  let response: AnalysisResponse;
  try {
    const record = await prepareRecord(pipeline, request.raw, {
      sourceRef: request.sourceRef,
      meta: request.meta,
    });
    const { analysis, ...rest } = record;
    response = { id: request.id, record: { ...rest, analysisJson: JSON.stringify(analysis) } };
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
