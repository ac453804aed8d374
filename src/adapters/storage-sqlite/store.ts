/**
 * The embedded corpus store: SQLite through better-sqlite3 (v12), in WAL mode so
 * readers never wait for the writer, with FTS5 full-text search. Every article is
 * written in one transaction: it is stored whole, or not at all.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { AnalysisJson } from '../../core/analysis.js';
import { CopydeskError } from '../../core/errors.js';
import type { MediaType } from '../../core/meta.js';
import type {
  ArticleRecord,
  ArticleSighting,
  ArticleSummary,
  ClusterAssignment,
  ClusterCandidate,
  CorpusEntity,
  CorpusStore,
  EntityPage,
  ExportKind,
  ExportPage,
  IngestItem,
  IngestJob,
  JobOutcome,
  Page,
  QuoteQuery,
  RunProgress,
  SaveResult,
  SearchHit,
  SearchQuery,
  StoredArticle,
  StoredQuote,
  StoryCluster,
} from '../../ports/document-store.js';
import {
  conditions,
  entityKey,
  escapeLike,
  exportQuery,
  inOrder,
  newSighting,
  type Row,
  SIGHTING_COLUMNS,
  SIGHTING_INSERT_COLUMNS,
  SIGHTING_ORDER,
  SUMMARY_COLUMNS,
  toBlob,
  toCandidate,
  toEntity,
  toExportPage,
  toJob,
  toProgress,
  toQuote,
  toSighting,
  toSummary,
} from '../storage-shared/rows.js';
import { searchTerms } from '../storage-shared/search-terms.js';
import { buildSnippet } from '../storage-shared/snippet.js';
import { toFtsQuery } from './fts-query.js';
import { MIGRATIONS } from './migrations.js';

/**
 * An LSH band key as one integer: kind (0 text, 1 fingerprint) × 2^40 + band × 2^32 +
 * the band's 32-bit key (up to 256 bands). Below 2^41, so exact in a JavaScript number
 * and a SQLite INTEGER.
 */
function* lshBuckets(text: Uint32Array, fingerprint: Uint32Array): Generator<number> {
  for (let band = 0; band < text.length; band++) yield band * 2 ** 32 + text[band]!;
  for (let band = 0; band < fingerprint.length; band++) yield 2 ** 40 + band * 2 ** 32 + fingerprint[band]!;
}

/** Matches a full-text query may have and still be ranked by BM25 (see searchArticles). */
export const MAX_RANKED = 5000;

export interface SqliteStoreOptions {
  /** Matches above which a search lists newest first instead of ranking (default MAX_RANKED). */
  readonly maxRanked?: number;
}

export class SqliteDocumentStore implements CorpusStore {
  private readonly db: Database.Database;
  readonly location: string;
  /** Clustering is serialised within the process; SQLite has one writer anyway. */
  private clusterQueue: Promise<unknown> = Promise.resolve();

  /** Prepared statements by SQL text: preparing costs more than running most of them. */
  private readonly statements = new Map<string, Database.Statement>();

  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private readonly maxRanked: number;

  private constructor(db: Database.Database, location: string, options: SqliteStoreOptions) {
    this.db = db;
    this.location = location;
    this.maxRanked = options.maxRanked ?? MAX_RANKED;
  }

  /** Opens (creating if needed) the corpus at `path`; `:memory:` for a throwaway one. */
  static open(path: string, options: SqliteStoreOptions = {}): SqliteDocumentStore {
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      const db = new Database(path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      // Checkpoint every ~40 MB of WAL instead of 4 MB: a page rewritten by many commits
      // (band and full-text index pages are) is copied back to the database once.
      db.pragma('wal_autocheckpoint = 10000');
      return new SqliteDocumentStore(db, path, options);
    } catch (error) {
      throw new CopydeskError('STORAGE', `cannot open corpus ${path}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }

  async migrate(): Promise<void> {
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    const applied = new Set(
      (this.stmt('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
        (r) => r.version,
      ),
    );
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      this.db.transaction(() => {
        this.db.exec(migration.sql);
        this.stmt('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
          migration.version,
          new Date().toISOString(),
        );
      })();
    }
  }

  async saveArticle(record: ArticleRecord): Promise<SaveResult> {
    return this.db.transaction((): SaveResult => {
      const a = record.analysis;
      const canonical = a.meta.canonicalUrl ?? null;
      const existing = this.findDuplicate(a.id, canonical, record.contentHash);
      if (existing) {
        // Same URL: the same article again. Same text elsewhere: a verbatim copy.
        const sighting =
          existing.reason === 'canonical-url' ? null : this.recordSighting(existing.id, record);
        return { status: 'duplicate', ...existing, ...(sighting ? { sighting } : {}) };
      }
      const info = this.stmt(
        `INSERT INTO articles (id, content_hash, canonical_url, url, title, publisher, published, language,
             scraped, machine_translated, original_publisher, source_ref, ingested_at, text, analysis, raw,
             raw_media_type, text_signature, shingle_count, fingerprint_signature)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        a.id,
        record.contentHash,
        canonical,
        a.meta.url,
        a.meta.title,
        a.meta.publisher,
        a.meta.published,
        a.meta.language,
        a.provenance.scores.scraped,
        a.provenance.scores.machineTranslated,
        a.provenance.originalPublisher,
        record.sourceRef,
        new Date().toISOString(),
        a.text,
        record.analysisJson ?? JSON.stringify(a),
        record.raw.content,
        record.raw.mediaType,
        toBlob(record.clustering.textSignature),
        record.clustering.shingleCount,
        toBlob(record.clustering.fingerprintSignature),
      );
      if (info.changes !== 1) throw new CopydeskError('STORAGE', `article ${a.id} was not stored`);
      const entityIds = this.saveEntities(a);
      this.saveQuotes(a, entityIds);
      this.saveFigures(a);
      this.saveBands(a.id, record.clustering.textBands, record.clustering.fingerprintBands);
      return { status: 'inserted', id: a.id };
    })();
  }

  /** Records where a copy of stored article `id` was seen; null when it is the article's own place. */
  private recordSighting(id: string, record: ArticleRecord): 'new' | 'known' | null {
    const stored = this.stmt('SELECT canonical_url, url, source_ref FROM articles WHERE id = ?').get(
      id,
    ) as Row;
    const values = newSighting(id, record, stored);
    if (!values) return null;
    const info = this.stmt(
      `INSERT INTO article_sightings (${SIGHTING_INSERT_COLUMNS})
         VALUES (${values.map(() => '?').join(', ')}) ON CONFLICT(article_id, location) DO NOTHING`,
    ).run(...values);
    return info.changes === 1 ? 'new' : 'known';
  }

  async listSightings(articleIds: readonly string[]): Promise<readonly ArticleSighting[]> {
    if (articleIds.length === 0) return [];
    const rows = this.stmt(
      `SELECT ${SIGHTING_COLUMNS} FROM article_sightings s
         WHERE s.article_id IN (${articleIds.map(() => '?').join(', ')}) ORDER BY ${SIGHTING_ORDER}`,
    ).all(...articleIds) as Row[];
    return rows.map(toSighting);
  }

  private findDuplicate(
    id: string,
    canonicalUrl: string | null,
    contentHash: string,
  ): { id: string; reason: 'id' | 'canonical-url' | 'content-hash' } | null {
    if (this.stmt('SELECT 1 FROM articles WHERE id = ?').get(id)) return { id, reason: 'id' };
    if (canonicalUrl) {
      const row = this.stmt('SELECT id FROM articles WHERE canonical_url = ?').get(canonicalUrl) as
        | Row
        | undefined;
      if (row) return { id: String(row.id), reason: 'canonical-url' };
    }
    const row = this.stmt('SELECT id FROM articles WHERE content_hash = ?').get(contentHash) as
      | Row
      | undefined;
    return row ? { id: String(row.id), reason: 'content-hash' } : null;
  }

  /** Upserts the article's entities; returns analysis entity id → corpus entity id. */
  private saveEntities(a: AnalysisJson): Map<string, number> {
    const upsert = this.stmt(
      `INSERT INTO entities (key, kb_id, type, name) VALUES (?, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET name = CASE WHEN entities.kb_id IS NULL THEN entities.name ELSE excluded.name END
       RETURNING id`,
    );
    const link = this.stmt(
      'INSERT INTO article_entities (entity_id, article_id, mentions, repaired, published) VALUES (?, ?, ?, ?, ?)',
    );
    const surface = this.stmt(
      `INSERT INTO entity_surfaces (entity_id, text, repaired, count) VALUES (?, ?, ?, 1)
       ON CONFLICT(entity_id, text, repaired) DO UPDATE SET count = count + 1`,
    );
    const ids = new Map<string, number>();
    const seen = new Set<number>();
    for (const e of a.entities) {
      const key = entityKey(e.kbId, e.type, e.name);
      const { id } = upsert.get(key, e.kbId, e.type, e.name) as { id: number };
      ids.set(e.id, id);
      // Two analysis entities can fold into one corpus entity (same KB id).
      if (seen.has(id)) continue;
      seen.add(id);
      const mentions = a.entities.filter((o) => ids.get(o.id) === id).flatMap((o) => o.mentions);
      link.run(id, a.id, mentions.length, mentions.some((m) => m.repaired) ? 1 : 0, a.meta.published);
      for (const m of mentions) surface.run(id, m.text, m.repaired ? 1 : 0);
    }
    return ids;
  }

  private saveQuotes(a: AnalysisJson, entityIds: Map<string, number>): void {
    const insert = this.stmt(
      `INSERT INTO quotes (article_id, speaker_id, speaker_name, text, kind, cue, confidence, published)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const q of a.quotes) {
      const speakerId = q.speaker?.entityId ? (entityIds.get(q.speaker.entityId) ?? null) : null;
      insert.run(
        a.id,
        speakerId,
        q.speaker?.name ?? null,
        q.text,
        q.kind,
        q.cue?.text ?? null,
        q.confidence,
        a.meta.published,
      );
    }
  }

  private saveFigures(a: AnalysisJson): void {
    const insert = this.stmt(
      'INSERT INTO figures (article_id, kind, value, unit, subject, text) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const f of a.figures) insert.run(a.id, f.kind, f.value, f.unit, f.subject, f.text);
  }

  private saveBands(id: string, text: Uint32Array, fingerprint: Uint32Array): void {
    const buckets = [...lshBuckets(text, fingerprint)];
    if (buckets.length === 0) return;
    // One multi-row INSERT per article: one statement step instead of one per band.
    const insert = this.stmt(
      `INSERT OR IGNORE INTO lsh_buckets (bucket, article_id) VALUES ${buckets.map(() => '(?, ?)').join(', ')}`,
    );
    insert.run(...buckets.flatMap((bucket) => [bucket, id]));
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = this.stmt(
      `SELECT ${SUMMARY_COLUMNS}, a.analysis, a.raw, a.raw_media_type, a.source_ref FROM articles a WHERE a.id = ?`,
    ).get(id) as Row | undefined;
    if (!row) return null;
    return {
      ...toSummary(row),
      analysis: JSON.parse(String(row.analysis)) as AnalysisJson,
      raw: { content: String(row.raw), mediaType: row.raw_media_type as MediaType },
      sourceRef: String(row.source_ref),
    };
  }

  async getSummaries(ids: readonly string[]): Promise<readonly ArticleSummary[]> {
    if (ids.length === 0) return [];
    const rows = this.stmt(
      `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.id IN (${ids.map(() => '?').join(', ')})`,
    ).all(...ids) as Row[];
    return inOrder(ids, rows.map(toSummary));
  }

  async countArticles(): Promise<number> {
    return (this.stmt('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  async searchArticles(query: SearchQuery): Promise<Page<SearchHit>> {
    const fts = query.text ? toFtsQuery(query.text) : null;
    const filters = conditions([
      ['articles_fts MATCH ?', fts],
      ['a.published >= ?', query.since],
      ['a.published <= ?', query.until && `${query.until}\uffff`],
      ['a.publisher = ? COLLATE NOCASE', query.publisher],
      ['a.cluster_id = ?', query.clusterId],
      [
        'EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = a.id AND ae.entity_id = ?)',
        query.entityId && Number(query.entityId),
      ],
      [
        'EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND q.speaker_id = ?)',
        query.speakerId && Number(query.speakerId),
      ],
    ]);
    // With a text query, rank by BM25 (titles weigh more); without, newest first.
    const from = fts ? 'articles_fts JOIN articles a ON a.rowid = articles_fts.rowid' : 'articles a';
    // Without filters on article columns the count needs no join.
    const countFrom = fts && filters.params.length === 1 ? 'articles_fts' : from;
    const count = (sql: string): number => (this.stmt(sql).get(...filters.params) as { n: number }).n;
    let order = fts ? 'bm25(articles_fts, 5.0, 1.0), a.published DESC' : 'a.published DESC, a.rowid DESC';
    let total: number;
    let totalIsLowerBound = false;
    let some = 0;
    if (fts) {
      // Ranking scores every match: fine for a few thousand, not for a word in every
      // article. A broad query lists its matches newest-stored first instead, which FTS5
      // streams in rowid order and stops at the page.
      some = count(
        `SELECT count(*) AS n FROM (SELECT 1 FROM ${countFrom} ${filters.clause} LIMIT ${this.maxRanked + 1})`,
      );
      if (some > this.maxRanked) {
        order = 'articles_fts.rowid DESC';
        if (countFrom === 'articles_fts')
          total = count(`SELECT count(*) AS n FROM articles_fts ${filters.clause}`);
        else {
          total = some;
          totalIsLowerBound = true;
        }
      } else total = some;
    } else total = count(`SELECT count(*) AS n FROM ${from} ${filters.clause}`);
    let rows: Row[];
    if (fts && countFrom === 'articles_fts') {
      // Only a text query: rank inside the full-text index alone, then read the page's
      // articles. Joining every match to its article row to break ties by date costs more
      // than the ranking itself (a word in 3,000 articles: ~15 ms joined, ~3 ms here);
      // ties go to the newest stored, as broad queries are listed.
      const order = some > this.maxRanked ? 'rowid DESC' : 'bm25(articles_fts, 5.0, 1.0), rowid DESC';
      const ids = (
        this.stmt(
          `SELECT rowid AS rid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY ${order} LIMIT ? OFFSET ?`,
        ).all(fts, query.limit, query.offset) as { rid: number }[]
      ).map((r) => r.rid);
      const byId = new Map<number, Row>(
        (ids.length === 0
          ? []
          : (this.stmt(
              `SELECT a.rowid AS rid, ${SUMMARY_COLUMNS}, a.text AS snippet FROM articles a
                 WHERE a.rowid IN (${ids.map(() => '?').join(', ')})`,
            ).all(...ids) as Row[])
        ).map((r): [number, Row] => [Number(r.rid), r]),
      );
      rows = ids.flatMap((id): Row[] => {
        const row = byId.get(id);
        return row ? [row] : [];
      });
    } else {
      rows = this.stmt(
        `SELECT a.rowid AS rid, ${SUMMARY_COLUMNS}, ${fts ? 'NULL' : 'substr(a.text, 1, 200)'} AS snippet
           FROM ${from} ${filters.clause} ORDER BY ${order} LIMIT ? OFFSET ?`,
      ).all(...filters.params, query.limit, query.offset) as Row[];
      // The texts of the page's rows only: selected above, the sorter would carry the text
      // of every match.
      if (fts && rows.length > 0) {
        const texts = new Map(
          (
            this.stmt(
              `SELECT rowid AS rid, text FROM articles WHERE rowid IN (${rows.map(() => '?').join(', ')})`,
            ).all(...rows.map((r) => r.rid)) as Row[]
          ).map((r): [number, unknown] => [Number(r.rid), r.text]),
        );
        rows = rows.map((r) => ({ ...r, snippet: texts.get(Number(r.rid)) ?? '' }));
      }
    }
    // With a text query the rows carry the whole text: the snippet is cut from it here, for
    // the page's rows only (see buildSnippet for why not FTS5's snippet()).
    const terms = fts ? searchTerms(query.text ?? '') : [];
    return {
      items: rows.map(({ rid, ...r }) => ({
        ...toSummary(r),
        snippet: fts ? buildSnippet(String(r.snippet ?? ''), terms) : String(r.snippet ?? ''),
      })),
      total,
      ...(totalIsLowerBound ? { totalIsLowerBound } : {}),
      limit: query.limit,
      offset: query.offset,
    };
  }

  async findEntities(text: string, limit: number): Promise<readonly CorpusEntity[]> {
    const rows = this.stmt(
      `SELECT e.id, e.kb_id, e.type, e.name, count(ae.article_id) AS articles, coalesce(sum(ae.mentions), 0) AS mentions
         FROM entities e LEFT JOIN article_entities ae ON ae.entity_id = e.id
         WHERE e.name LIKE ? ESCAPE '\\' OR e.kb_id = ?
         GROUP BY e.id ORDER BY articles DESC, e.name LIMIT ?`,
    ).all(`%${escapeLike(text)}%`, text, limit) as Row[];
    return rows.map(toEntity);
  }

  async getEntity(id: string): Promise<EntityPage | null> {
    const row = this.stmt(
      `SELECT e.id, e.kb_id, e.type, e.name, count(ae.article_id) AS articles, coalesce(sum(ae.mentions), 0) AS mentions
         FROM entities e LEFT JOIN article_entities ae ON ae.entity_id = e.id WHERE e.id = ? GROUP BY e.id`,
    ).get(Number(id)) as Row | undefined;
    if (!row) return null;
    const surfaces = this.stmt(
      'SELECT text, repaired, count FROM entity_surfaces WHERE entity_id = ? ORDER BY count DESC, text LIMIT 50',
    ).all(Number(id)) as Row[];
    const timeline = this.stmt(
      `SELECT month, sum(articles) AS articles, sum(quotes) AS quotes FROM (
           SELECT substr(published, 1, 7) AS month, count(*) AS articles, 0 AS quotes
             FROM article_entities WHERE entity_id = ? AND published IS NOT NULL GROUP BY month
           UNION ALL
           SELECT substr(published, 1, 7) AS month, 0, count(*) FROM quotes
             WHERE speaker_id = ? AND published IS NOT NULL GROUP BY month
         ) GROUP BY month ORDER BY month`,
    ).all(Number(id), Number(id)) as Row[];
    const co = this.stmt(
      `SELECT e.id, e.kb_id, e.type, e.name, count(*) AS together,
                (SELECT count(*) FROM article_entities x WHERE x.entity_id = e.id) AS articles,
                (SELECT coalesce(sum(mentions), 0) FROM article_entities x WHERE x.entity_id = e.id) AS mentions
         FROM article_entities mine
         JOIN article_entities other ON other.article_id = mine.article_id AND other.entity_id <> mine.entity_id
         JOIN entities e ON e.id = other.entity_id
         WHERE mine.entity_id = ? GROUP BY e.id ORDER BY together DESC, e.name LIMIT 25`,
    ).all(Number(id)) as Row[];
    return {
      ...toEntity(row),
      surfaces: surfaces.map((s) => ({
        text: String(s.text),
        count: Number(s.count),
        repaired: s.repaired === 1,
      })),
      timeline: timeline.map((t) => ({
        month: String(t.month),
        articles: Number(t.articles),
        quotes: Number(t.quotes),
      })),
      coMentioned: co.map((c) => ({ entity: toEntity(c), articles: Number(c.together) })),
    };
  }

  async listQuotes(query: QuoteQuery): Promise<Page<StoredQuote>> {
    const { clause, params } = conditions([
      ['q.speaker_id = ?', query.speakerId && Number(query.speakerId)],
      ['q.speaker_name = ? COLLATE NOCASE', query.speakerName],
      ['q.published >= ?', query.since],
      ['q.published <= ?', query.until && `${query.until}\uffff`],
    ]);
    const total = (this.stmt(`SELECT count(*) AS n FROM quotes q ${clause}`).get(...params) as { n: number })
      .n;
    const rows = this.stmt(
      `SELECT q.article_id, q.published, q.text, q.kind, q.speaker_name, q.speaker_id, q.cue, q.confidence
         FROM quotes q ${clause} ORDER BY q.published DESC, q.id LIMIT ? OFFSET ?`,
    ).all(...params, query.limit, query.offset) as Row[];
    return {
      items: rows.map(toQuote),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  async clusterCandidates(
    keys: { text: Uint32Array; fingerprint: Uint32Array },
    limit: number,
  ): Promise<readonly ClusterCandidate[]> {
    const buckets = [...lshBuckets(keys.text, keys.fingerprint)];
    if (buckets.length === 0) return [];
    const rows = this.stmt(
      `SELECT a.id, a.cluster_id, a.text_signature, a.shingle_count, a.fingerprint_signature, m.shared
         FROM (SELECT article_id, count(*) AS shared FROM lsh_buckets
                 WHERE bucket IN (${buckets.map(() => '?').join(', ')})
                 GROUP BY article_id ORDER BY shared DESC, article_id LIMIT ?) m
         JOIN articles a ON a.id = m.article_id ORDER BY m.shared DESC, a.id`,
    ).all(...buckets, limit) as Row[];
    return rows.map(toCandidate);
  }

  async clusteringKeysOf(ids: readonly string[]): Promise<readonly ClusterCandidate[]> {
    if (ids.length === 0) return [];
    const rows = this.stmt(
      `SELECT id, cluster_id, text_signature, shingle_count, fingerprint_signature FROM articles
         WHERE id IN (${ids.map(() => '?').join(', ')})`,
    ).all(...ids) as Row[];
    return rows.map(toCandidate);
  }

  async assignCluster(assignment: ClusterAssignment): Promise<string> {
    return this.db.transaction(() => {
      const placeholders = assignment.articleIds.map(() => '?').join(', ');
      const existing = (
        this.stmt(
          `SELECT DISTINCT cluster_id FROM articles WHERE id IN (${placeholders}) AND cluster_id IS NOT NULL`,
        ).all(...assignment.articleIds) as { cluster_id: string }[]
      )
        .map((r) => r.cluster_id)
        .sort();
      // Merging keeps the oldest cluster id, so links to a story stay valid.
      const clusterId = existing[0] ?? `c-${assignment.originalId}`;
      const now = new Date().toISOString();
      for (const other of existing.slice(1)) {
        this.stmt('UPDATE articles SET cluster_id = ? WHERE cluster_id = ?').run(clusterId, other);
        this.stmt('DELETE FROM clusters WHERE id = ?').run(other);
      }
      const update = this.stmt(
        'UPDATE articles SET cluster_id = ?, relation = ?, similarity = ? WHERE id = ?',
      );
      for (const id of assignment.articleIds) {
        const r = assignment.relations.get(id);
        update.run(clusterId, r?.relation ?? null, r?.similarity ?? null, id);
      }
      this.stmt(
        `INSERT INTO clusters (id, original_id, updated_at) VALUES (?, ?, ?)
           ON CONFLICT(id) DO UPDATE SET original_id = excluded.original_id, updated_at = excluded.updated_at`,
      ).run(clusterId, assignment.originalId, now);
      return clusterId;
    })();
  }

  async getCluster(clusterId: string): Promise<StoryCluster | null> {
    const cluster = this.stmt('SELECT id, original_id FROM clusters WHERE id = ?').get(clusterId) as
      | Row
      | undefined;
    if (!cluster) return null;
    const rows = this.stmt(
      `SELECT ${SUMMARY_COLUMNS}, a.relation, a.similarity FROM articles a WHERE a.cluster_id = ?
         ORDER BY a.published, a.ingested_at`,
    ).all(clusterId) as Row[];
    return {
      id: String(cluster.id),
      originalId: (cluster.original_id as string | null) ?? null,
      members: rows.map((r) => ({
        ...toSummary(r),
        relation: (r.relation as StoryCluster['members'][number]['relation']) ?? null,
        similarity: r.similarity === null ? null : Number(r.similarity),
      })),
    };
  }

  async updateAnalysis(id: string, analysis: AnalysisJson): Promise<void> {
    this.db.transaction(() => {
      const old = this.stmt('SELECT analysis FROM articles WHERE id = ?').get(id) as Row | undefined;
      if (!old) throw new CopydeskError('NOT_FOUND', `no article ${id}`);
      // Surface counts are per mention: take this article's old ones back out first.
      const previous = JSON.parse(String(old.analysis)) as AnalysisJson;
      const entityId = this.stmt('SELECT id FROM entities WHERE key = ?');
      const decrement = this.stmt(
        'UPDATE entity_surfaces SET count = count - 1 WHERE entity_id = ? AND text = ? AND repaired = ?',
      );
      for (const e of previous.entities) {
        const row = entityId.get(entityKey(e.kbId, e.type, e.name)) as Row | undefined;
        if (!row) continue;
        for (const m of e.mentions) decrement.run(row.id, m.text, m.repaired ? 1 : 0);
      }
      this.stmt('DELETE FROM entity_surfaces WHERE count <= 0').run();
      for (const table of ['article_entities', 'quotes', 'figures']) {
        this.stmt(`DELETE FROM ${table} WHERE article_id = ?`).run(id);
      }
      this.stmt('UPDATE articles SET analysis = ? WHERE id = ?').run(JSON.stringify(analysis), id);
      const entityIds = this.saveEntities(analysis);
      this.saveQuotes(analysis, entityIds);
      this.saveFigures(analysis);
    })();
  }

  async batch<T>(fn: () => Promise<T>): Promise<T> {
    if (this.db.inTransaction) return fn();
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await fn();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  async withClusterLock<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.clusterQueue.then(fn, fn);
    this.clusterQueue = run.catch(() => {});
    return run;
  }

  async exportPage(what: ExportKind, after: number, limit: number): Promise<ExportPage> {
    return toExportPage(this.stmt(exportQuery(what, 'sqlite')).all(after, limit) as Row[], limit);
  }

  // ---- ingest journal -------------------------------------------------------------

  async createRun(runId: string, args: readonly string[]): Promise<void> {
    this.stmt(
      'INSERT INTO ingest_runs (id, args, created_at) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING',
    ).run(runId, JSON.stringify(args), new Date().toISOString());
  }

  async latestUnfinishedRun(): Promise<{ runId: string; args: readonly string[] } | null> {
    const row = this.stmt(
      `SELECT r.id, r.args FROM ingest_runs r
         WHERE EXISTS (SELECT 1 FROM ingest_jobs j WHERE j.run_id = r.id AND j.status IN ('pending', 'claimed'))
         ORDER BY r.created_at DESC, r.rowid DESC LIMIT 1`,
    ).get() as Row | undefined;
    return row ? { runId: String(row.id), args: JSON.parse(String(row.args)) as string[] } : null;
  }

  async enqueue(runId: string, items: readonly IngestItem[]): Promise<number> {
    const insert = this.stmt(
      'INSERT INTO ingest_jobs (run_id, ref, kind, payload) VALUES (?, ?, ?, ?) ON CONFLICT(run_id, ref) DO NOTHING',
    );
    return this.db.transaction(() => {
      let added = 0;
      for (const item of items) added += insert.run(runId, item.ref, item.kind, item.payload ?? null).changes;
      return added;
    })();
  }

  async claim(runId: string, worker: string, limit: number, leaseMs: number): Promise<readonly IngestJob[]> {
    const now = Date.now();
    // One UPDATE … RETURNING is atomic in SQLite (one writer at a time): no item is
    // claimed twice, even by processes sharing the file.
    const rows = this.stmt(
      `UPDATE ingest_jobs SET status = 'claimed', worker = ?, lease_until = ?, attempts = attempts + 1
         WHERE id IN (SELECT id FROM ingest_jobs
                      WHERE run_id = ? AND (status = 'pending' OR (status = 'claimed' AND lease_until < ?))
                      ORDER BY id LIMIT ?)
         RETURNING id, ref, kind, payload, attempts`,
    ).all(worker, now + leaseMs, runId, now, limit) as Row[];
    return rows.map(toJob).sort((a, b) => a.id - b.id);
  }

  async renew(jobIds: readonly number[], worker: string, leaseMs: number): Promise<void> {
    const update = this.stmt(
      "UPDATE ingest_jobs SET lease_until = ? WHERE id = ? AND worker = ? AND status = 'claimed'",
    );
    const until = Date.now() + leaseMs;
    this.db.transaction(() => {
      for (const id of jobIds) update.run(until, id, worker);
    })();
  }

  async complete(jobId: number, worker: string, outcome: JobOutcome): Promise<boolean> {
    const info = this.stmt(
      `UPDATE ingest_jobs SET status = ?, article_id = ?, reason = ?, lease_until = NULL
         WHERE id = ? AND worker = ? AND status = 'claimed'`,
    ).run(outcome.status, outcome.articleId ?? null, outcome.reason ?? null, jobId, worker);
    return info.changes === 1;
  }

  async progress(runId: string): Promise<RunProgress> {
    return toProgress(
      this.stmt('SELECT status, count(*) AS n FROM ingest_jobs WHERE run_id = ? GROUP BY status').all(
        runId,
      ) as Row[],
    );
  }

  async failures(runId: string, limit: number): Promise<readonly { ref: string; reason: string }[]> {
    const rows = this.stmt(
      "SELECT ref, reason FROM ingest_jobs WHERE run_id = ? AND status = 'failed' ORDER BY id LIMIT ?",
    ).all(runId, limit) as Row[];
    return rows.map((r) => ({ ref: String(r.ref), reason: String(r.reason ?? '') }));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
