/**
 * The default pipeline: every stage, in order. The composition root for the CLI, the
 * HTTP API and ingestion.
 */
import { Pipeline, type PipelineOptions } from '../core/pipeline.js';
import type { Stage } from '../core/stage.js';

export function defaultStages(): Stage[] {
  return [];
}

export function createDefaultPipeline(options: PipelineOptions = {}): Pipeline {
  return Pipeline.build(defaultStages(), options);
}
