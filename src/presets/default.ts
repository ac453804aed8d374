/**
 * The default pipeline: every stage, in order. The composition root for the CLI, the
 * HTTP API and ingestion.
 */
import { Pipeline, type PipelineOptions } from '../core/pipeline.js';
import type { Stage } from '../core/stage.js';
import { extractStage } from '../stages/02-extract/index.js';
import { cleanStage } from '../stages/03-clean/index.js';
import { segmentStage } from '../stages/04-segment/index.js';
import { figuresStage } from '../stages/05-figures/stage.js';
import { nerStage } from '../stages/06-ner/stage.js';
import { linkStage } from '../stages/07-link/index.js';
import { quotesStage } from '../stages/08-quotes/index.js';
import { provenanceStage } from '../stages/09-provenance/stage.js';

export function defaultStages(): Stage[] {
  return [
    extractStage,
    cleanStage,
    segmentStage,
    figuresStage,
    nerStage,
    linkStage,
    quotesStage,
    provenanceStage,
  ] as Stage[];
}

export function createDefaultPipeline(options: PipelineOptions = {}): Pipeline {
  return Pipeline.build(defaultStages(), options);
}
