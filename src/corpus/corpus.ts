/**
 * The corpus service: analyses an input, stores it, places it in a story cluster, and
 * repairs a mangled copy's names from its cluster's original. Ingestion commands, the
 * HTTP API and the benchmark all go through here.
 *
 * Analysis (`prepare`) is pure and can run in worker threads; storing (`add`) is done
 * from one place, so the store has a single writer per process.
 */
import { type AnalysisJson, toAnalysisJson } from '../core/analysis.js';
import type { ArticleMeta, RawInput } from '../core/meta.js';
import type { Pipeline } from '../core/pipeline.js';
import type { ArticleRecord, CorpusStore, DocumentStore, SaveResult } from '../ports/document-store.js';
import { analyze } from '../presets/analyze.js';
import { type AlignmentRepair, repairFromOriginal } from './align/repair.js';
import { type ClusterOutcome, clusterArticle } from './cluster/assign.js';
import { articleRecord } from './record.js';

export type IngestResult = SaveResult & {
  readonly cluster: ClusterOutcome | null;
  /** Names repaired in this article (or, when it became the original, in its copies). */
  readonly repairs?: readonly AlignmentRepair[];
  /** True when a previous, interrupted ingest had stored the article but not clustered it. */
  readonly recovered?: boolean;
};

/** Copies re-aligned when a newly stored article turns out to be their original. */
const MAX_REALIGNED_COPIES = 25;

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
    return this.add(await prepareRecord(this.pipeline, raw, options));
  }

  /** Stores an analysed record, clusters it and repairs names from the original. */
  async add(record: ArticleRecord): Promise<IngestResult> {
    const saved = await this.store.saveArticle(record);
    if (saved.status === 'duplicate') {
      // Stored by an ingest that died before clustering it: finish the job now.
      if (saved.reason === 'id' && (await this.store.getSummaries([saved.id]))[0]?.clusterId === null) {
        const cluster = await this.cluster(saved.id, record);
        return { ...saved, cluster, recovered: true };
      }
      return { ...saved, cluster: null };
    }
    const cluster = await this.cluster(saved.id, record);
    const repairs = await this.alignWithOriginal(saved.id, record.analysis, cluster);
    return { ...saved, cluster, repairs };
  }

  private cluster(id: string, record: ArticleRecord): Promise<ClusterOutcome> {
    const run = () => clusterArticle(this.store, id, record.clustering);
    return isCorpusStore(this.store) ? this.store.withClusterLock(run) : run();
  }

  /**
   * "When the original of a mangled copy is in the corpus, repairs use it": aligns the
   * new copy with its original, or, when the new article is the original, its copies.
   */
  private async alignWithOriginal(
    id: string,
    analysis: AnalysisJson,
    cluster: ClusterOutcome,
  ): Promise<AlignmentRepair[]> {
    if (cluster.size < 2 || !isCorpusStore(this.store)) return [];
    const store = this.store;
    // The new article's analysis is at hand: only the other side is read (and parsed) back.
    const original = id === cluster.originalId ? { analysis } : await store.getArticle(cluster.originalId);
    if (!original) return [];
    const copies =
      id === cluster.originalId
        ? ((await store.getCluster(cluster.clusterId))?.members ?? [])
            .filter((m) => m.id !== id)
            .slice(0, MAX_REALIGNED_COPIES)
            .map((m) => m.id)
        : [id];
    const repairs: AlignmentRepair[] = [];
    for (const copyId of copies) {
      const copy = copyId === id ? { analysis } : await store.getArticle(copyId);
      if (!copy) continue;
      const repaired = repairFromOriginal(copy.analysis, original.analysis);
      if (repaired.repairs.length === 0) continue;
      await store.updateAnalysis(copyId, repaired.analysis);
      repairs.push(...repaired.repairs);
    }
    return repairs;
  }
}

/** Analyses an input into what the store keeps (pure: safe in a worker thread). */
export async function prepareRecord(
  pipeline: Pipeline,
  raw: RawInput,
  options: { sourceRef: string; meta?: Partial<ArticleMeta> },
): Promise<ArticleRecord> {
  const doc = await analyze(pipeline, raw, { meta: options.meta ?? {} });
  return articleRecord(toAnalysisJson(doc), raw, options.sourceRef);
}

export function isCorpusStore(store: DocumentStore): store is CorpusStore {
  return typeof (store as Partial<CorpusStore>).withClusterLock === 'function';
}
