/**
 * The corpus service: analyses an input, stores it, and places it in a story
 * cluster. Ingestion commands, the HTTP API and the benchmark all go through here.
 */
import { toAnalysisJson } from '../core/analysis.js';
import type { ArticleMeta, RawInput } from '../core/meta.js';
import type { Pipeline } from '../core/pipeline.js';
import type { DocumentStore, SaveResult } from '../ports/document-store.js';
import { analyze } from '../presets/analyze.js';
import { type ClusterOutcome, clusterArticle } from './cluster/assign.js';
import { articleRecord } from './record.js';

export type IngestResult = SaveResult & { readonly cluster: ClusterOutcome | null };

export class Corpus {
  constructor(
    readonly store: DocumentStore,
    readonly pipeline: Pipeline,
  ) {}

  /** Analyses and stores one input; a duplicate is reported, not stored again. */
  async ingest(
    raw: RawInput,
    options: { sourceRef: string; meta?: Partial<ArticleMeta> },
  ): Promise<IngestResult> {
    const doc = await analyze(this.pipeline, raw, { meta: options.meta ?? {} });
    const record = articleRecord(toAnalysisJson(doc), raw, options.sourceRef);
    const saved = await this.store.saveArticle(record);
    if (saved.status === 'duplicate') return { ...saved, cluster: null };
    const cluster = await clusterArticle(this.store, saved.id, record.clustering);
    return { ...saved, cluster };
  }
}
