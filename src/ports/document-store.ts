/**
 * The corpus store: every analysed article, its entities, quotes and figures, and
 * the story clusters. One interface, two backends (SQLite embedded, PostgreSQL);
 * both pass the same conformance suite (document-store.case.ts).
 *
 * Saving is idempotent (an article whose canonical URL or content hash is already
 * stored is a duplicate, stored once) and atomic (an article is saved whole or not at
 * all).
 */
import type { AnalysisJson } from '../core/analysis.js';
import type { EntityType, QuoteKind } from '../core/annotations.js';
import type { MediaType } from '../core/meta.js';

/** What ingestion hands the store for one analysed article. */
export interface ArticleRecord {
  readonly analysis: AnalysisJson;
  /**
   * `JSON.stringify(analysis)` when the producer has it already (the ingest pool sends
   * analyses between threads as JSON text): stores keep it as is instead of serialising again.
   */
  readonly analysisJson?: string;
  readonly raw: { readonly content: string; readonly mediaType: MediaType };
  /** SHA-256 of the normalised clean text: the same story body, whatever page it came in. */
  readonly contentHash: string;
  /** Where the input came from: a path, a URL, `stdin`, or a JSONL line reference. */
  readonly sourceRef: string;
  readonly clustering: ClusteringKeys;
}

/** MinHash material for near-duplicate search, computed at ingestion. */
export interface ClusteringKeys {
  /** MinHash signature over word shingles of the text. */
  readonly textSignature: Uint32Array;
  readonly shingleCount: number;
  /** LSH band keys of `textSignature`. */
  readonly textBands: Uint32Array;
  /** MinHash signature over the paraphrase-robust fingerprint (entities, numbers, quote words). */
  readonly fingerprintSignature: Uint32Array;
  readonly fingerprintBands: Uint32Array;
}

export type SaveResult =
  | { readonly status: 'inserted'; readonly id: string }
  | {
      readonly status: 'duplicate';
      readonly id: string;
      readonly reason: 'id' | 'canonical-url' | 'content-hash';
      /**
       * Set when the same text came from another place (URL, or source when there is no
       * URL): it is recorded as a sighting of the stored article — `new` the first time,
       * `known` when that place was already recorded.
       */
      readonly sighting?: 'new' | 'known';
    };

/**
 * Another place an article's text was published: a verbatim copy, stored once as the
 * article, kept here with its own metadata (and raw input, see the `sightings` export).
 * One per article and place: the canonical URL, else the URL, else the source reference.
 */
export interface ArticleSighting {
  readonly articleId: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly published: string | null;
  readonly sourceRef: string;
  readonly seenAt: string;
}

export interface ArticleSummary {
  readonly id: string;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly language: string | null;
  readonly clusterId: string | null;
  readonly scraped: number | null;
  readonly machineTranslated: number | null;
  readonly ingestedAt: string;
}

export interface StoredArticle extends ArticleSummary {
  readonly analysis: AnalysisJson;
  readonly raw: { readonly content: string; readonly mediaType: MediaType };
  readonly sourceRef: string;
}

export interface SearchQuery {
  /** Full-text query (words; phrases in double quotes). Empty lists everything. */
  readonly text?: string;
  readonly since?: string;
  readonly until?: string;
  /** Articles that mention this entity (corpus entity id). */
  readonly entityId?: string;
  /** Articles with a quote by this entity (corpus entity id). */
  readonly speakerId?: string;
  readonly publisher?: string;
  readonly clusterId?: string;
  readonly limit: number;
  readonly offset: number;
}

export interface SearchHit extends ArticleSummary {
  /** A short excerpt around the match, with matched words between « and ». */
  readonly snippet: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  /** True when `total` is a lower bound: a broad search stops counting (see the stores). */
  readonly totalIsLowerBound?: boolean;
  readonly limit: number;
  readonly offset: number;
}

/** An entity across the corpus: linked ones by KB id, NIL ones by type and name. */
export interface CorpusEntity {
  readonly id: string;
  readonly kbId: string | null;
  readonly type: EntityType;
  readonly name: string;
  readonly articleCount: number;
  readonly mentionCount: number;
}

export interface EntityPage extends CorpusEntity {
  /** Surface forms seen in the corpus, with how often, repaired ones flagged. */
  readonly surfaces: readonly { text: string; count: number; repaired: boolean }[];
  /** Mentions per month (`YYYY-MM`), by article publication date. */
  readonly timeline: readonly { month: string; articles: number; quotes: number }[];
  readonly coMentioned: readonly { entity: CorpusEntity; articles: number }[];
}

export interface StoredQuote {
  readonly articleId: string;
  readonly published: string | null;
  readonly text: string;
  readonly kind: QuoteKind;
  readonly speakerName: string | null;
  readonly speakerId: string | null;
  readonly cue: string | null;
  readonly confidence: number;
}

export interface QuoteQuery {
  readonly speakerId?: string;
  readonly speakerName?: string;
  readonly since?: string;
  readonly until?: string;
  readonly limit: number;
  readonly offset: number;
}

export interface ClusterCandidate {
  readonly id: string;
  readonly clusterId: string | null;
  readonly textSignature: Uint32Array;
  readonly shingleCount: number;
  readonly fingerprintSignature: Uint32Array;
}

export interface StoryCluster {
  readonly id: string;
  readonly originalId: string | null;
  readonly members: readonly (ArticleSummary & {
    relation: CopyRelation | null;
    similarity: number | null;
  })[];
}

/** How a copy relates to its cluster's original. */
export type CopyRelation = 'original' | 'verbatim' | 'trimmed' | 'spun' | 'machine-translated' | 'rewritten';

export interface DocumentStore {
  /** Creates or upgrades the schema; safe to call on every start. */
  migrate(): Promise<void>;
  saveArticle(record: ArticleRecord): Promise<SaveResult>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** Verbatim copies recorded for these articles, earliest published first (undated last). */
  listSightings(articleIds: readonly string[]): Promise<readonly ArticleSighting[]>;
  /** Summaries (no analysis, no raw input) of stored articles, in the order asked; unknown ids left out. */
  getSummaries(ids: readonly string[]): Promise<readonly ArticleSummary[]>;
  countArticles(): Promise<number>;
  searchArticles(query: SearchQuery): Promise<Page<SearchHit>>;

  findEntities(text: string, limit: number): Promise<readonly CorpusEntity[]>;
  getEntity(id: string): Promise<EntityPage | null>;
  listQuotes(query: QuoteQuery): Promise<Page<StoredQuote>>;

  /** Articles sharing at least one LSH band with the given keys (text or fingerprint bands). */
  clusterCandidates(
    keys: { text: Uint32Array; fingerprint: Uint32Array },
    limit: number,
  ): Promise<readonly ClusterCandidate[]>;
  /** The clustering keys of stored articles (unknown ids are left out). */
  clusteringKeysOf(ids: readonly string[]): Promise<readonly ClusterCandidate[]>;
  /** Puts articles in one cluster (merging clusters they were in) and records relations. */
  assignCluster(assignment: ClusterAssignment): Promise<string>;
  getCluster(clusterId: string): Promise<StoryCluster | null>;

  close(): Promise<void>;
}

export interface ClusterAssignment {
  /** Article ids that belong together; the first is the one just ingested. */
  readonly articleIds: readonly string[];
  readonly originalId: string;
  readonly relations: ReadonlyMap<string, { relation: CopyRelation; similarity: number }>;
}

/**
 * What bulk ingestion needs besides the store: a persistent journal of the inputs of a
 * run, claimed by workers under a lease so a run can be resumed after a crash and split
 * across processes (PostgreSQL) without any input processed twice or lost.
 */
export interface IngestJournal {
  /** Records a run (idempotent): `args` is what the user asked for, for `--resume`. */
  createRun(runId: string, args: readonly string[]): Promise<void>;
  /** The most recent run that still has unfinished items, with its arguments. */
  latestUnfinishedRun(): Promise<{ runId: string; args: readonly string[] } | null>;
  /** Adds items to a run; an item whose `ref` the run already has is skipped. Returns how many were new. */
  enqueue(runId: string, items: readonly IngestItem[]): Promise<number>;
  /**
   * Claims up to `limit` items that are pending or whose lease expired, for `leaseMs`.
   * Two concurrent claimers never get the same item.
   */
  claim(runId: string, worker: string, limit: number, leaseMs: number): Promise<readonly IngestJob[]>;
  /** Extends the lease of items a worker still holds. */
  renew(jobIds: readonly number[], worker: string, leaseMs: number): Promise<void>;
  /** Acknowledges an item; false when the worker no longer held it (its lease expired and another took it). */
  complete(jobId: number, worker: string, outcome: JobOutcome): Promise<boolean>;
  progress(runId: string): Promise<RunProgress>;
  failures(runId: string, limit: number): Promise<readonly { ref: string; reason: string }[]>;
}

export type IngestItemKind = 'file' | 'url' | 'inline';

export interface IngestItem {
  /** A path, a URL, or `file.jsonl#line` for inline items; unique within a run. */
  readonly ref: string;
  readonly kind: IngestItemKind;
  /** For inline items: the JSON of the article (text and metadata). */
  readonly payload?: string | null;
}

export interface IngestJob extends IngestItem {
  readonly id: number;
  readonly attempts: number;
}

export interface JobOutcome {
  readonly status: 'ingested' | 'duplicate' | 'failed';
  readonly articleId?: string | null;
  readonly reason?: string | null;
}

export interface RunProgress {
  readonly total: number;
  readonly pending: number;
  readonly claimed: number;
  readonly ingested: number;
  readonly duplicate: number;
  readonly failed: number;
}

/** A store that also keeps the ingest journal and serialises cluster assignment. */
export interface CorpusStore extends DocumentStore, IngestJournal {
  /**
   * Runs `fn` holding the corpus-wide clustering lock: candidate search, comparison and
   * assignment of one article must not interleave with another's, or two copies that
   * arrive together could miss each other. Cross-process on PostgreSQL (advisory lock).
   */
  withClusterLock<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * Replaces a stored article's analysis (corpus-level repairs such as alignment with the
   * cluster's original) and re-indexes its entities and quotes.
   */
  updateAnalysis(id: string, analysis: AnalysisJson): Promise<void>;
  /** A short description of where the corpus lives, without credentials. */
  readonly location: string;
  /**
   * Runs `fn` — a single writer's sequence of saves, assignments and acknowledgements —
   * as one unit of durability: on SQLite one transaction (commits are what ingestion
   * waits for; each call inside becomes a savepoint, so one failing article still rolls
   * back alone); on PostgreSQL, whose writers are concurrent, each call stays its own
   * transaction. Only for a store's single writer: concurrent callers must not use it.
   */
  batch<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * One page of a table for export, in storage order after the key `after` (0 first):
   * keyset paging, so an export of millions of rows streams in constant memory.
   */
  exportPage(what: ExportKind, after: number, limit: number): Promise<ExportPage>;
}

export type ExportKind = 'articles' | 'entities' | 'quotes' | 'figures' | 'sightings';

/** The columns each export kind has, in order (CSV headers). */
export const EXPORT_COLUMNS: Readonly<Record<ExportKind, readonly string[]>> = {
  articles: [
    'id',
    'title',
    'publisher',
    'published',
    'url',
    'language',
    'cluster_id',
    'relation',
    'similarity',
    'scraped',
    'machine_translated',
    'source_ref',
    'text',
  ],
  entities: ['id', 'kb_id', 'type', 'name', 'articles', 'mentions'],
  quotes: ['article_id', 'published', 'speaker_id', 'speaker_name', 'kind', 'text', 'cue', 'confidence'],
  figures: ['article_id', 'kind', 'value', 'unit', 'subject', 'text'],
  sightings: [
    'article_id',
    'url',
    'canonical_url',
    'title',
    'publisher',
    'published',
    'language',
    'source_ref',
    'seen_at',
    'raw_media_type',
    'raw',
  ],
};

export interface ExportPage {
  readonly rows: readonly Record<string, string | number | null>[];
  /** The key to pass as `after` for the next page; null after the last. */
  readonly next: number | null;
}
