/**
 * The corpus on PostgreSQL (node-postgres): for corpora shared by many ingest
 * processes or machines. Full-text search uses a generated tsvector column with a GIN
 * index; every article is written in one transaction; the ingest journal is claimed
 * with `FOR UPDATE SKIP LOCKED` under leases; cluster assignment is serialised across
 * processes with an advisory lock.
 */
import type pg from 'pg';
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
import { openPool, redact } from './connect.js';
import { PG_MIGRATIONS } from './migrations.js';

/** How often a transaction aborted by a deadlock or serialization conflict is retried. */
const TRANSACTION_RETRIES = 5;

type Client = pg.PoolClient | pg.Pool;

/** Advisory lock keys (arbitrary, fixed): one for migrations, one for clustering. */
const MIGRATE_LOCK = 7_311_001;
const CLUSTER_LOCK = 7_311_002;

const $ = (n: number) => `$${n}`;

/** Matches a full-text query may have and still be ranked (see searchArticles). */
const MAX_RANKED = 5000;

export class PostgresDocumentStore implements CorpusStore {
  readonly location: string;

  private readonly maxRanked: number;

  private constructor(
    private readonly pool: pg.Pool,
    location: string,
    maxRanked: number,
  ) {
    this.location = location;
    this.maxRanked = maxRanked;
  }

  /**
   * Connects to `url` (postgres://…); an unreachable server is a STORAGE error.
   * `max`: pool connections; `maxRanked`: matches above which a search lists newest
   * first instead of ranking (default MAX_RANKED).
   */
  static async open(
    url: string,
    options: { max?: number; maxRanked?: number } = {},
  ): Promise<PostgresDocumentStore> {
    const pool = await openPool(url, options.max ?? 4);
    return new PostgresDocumentStore(pool, redact(url), options.maxRanked ?? MAX_RANKED);
  }

  /**
   * Runs `fn` in a transaction. PostgreSQL may abort one of two concurrent
   * transactions to break a deadlock (two ingest processes writing overlapping entity,
   * index or band rows) or a serialization conflict; the aborted one left nothing
   * behind, so it is simply run again, a few times, after a short random pause.
   */
  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        const code = (error as { code?: string }).code;
        if ((code === '40P01' || code === '40001') && attempt < TRANSACTION_RETRIES) {
          await new Promise((resolve) => setTimeout(resolve, (5 + Math.random() * 20) * 2 ** attempt));
          continue;
        }
        throw error;
      } finally {
        client.release();
      }
    }
  }

  private async rows(sql: string, params: unknown[] = [], client: Client = this.pool): Promise<Row[]> {
    return (await client.query(sql, params)).rows as Row[];
  }

  async migrate(): Promise<void> {
    await this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]);
      await c.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
      );
      const applied = new Set(
        (await this.rows('SELECT version FROM schema_migrations', [], c)).map((r) => Number(r.version)),
      );
      for (const migration of PG_MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        await c.query(migration.sql);
        await c.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
          migration.version,
          new Date().toISOString(),
        ]);
      }
    });
  }

  async saveArticle(record: ArticleRecord): Promise<SaveResult> {
    const a = record.analysis;
    const canonical = a.meta.canonicalUrl ?? null;
    return this.tx(async (c): Promise<SaveResult> => {
      // ON CONFLICT DO NOTHING covers the id, URL and hash constraints at once, and
      // waits for a concurrent insert of the same article to commit or roll back.
      const inserted = await this.rows(
        `INSERT INTO articles (id, content_hash, canonical_url, url, title, publisher, published, language,
           scraped, machine_translated, original_publisher, source_ref, ingested_at, text, analysis, raw,
           raw_media_type, text_signature, shingle_count, fingerprint_signature)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
         ON CONFLICT DO NOTHING RETURNING id`,
        [
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
        ],
        c,
      );
      if (inserted.length === 0) {
        const existing = await this.findDuplicate(c, a.id, canonical, record.contentHash);
        if (!existing) throw new CopydeskError('STORAGE', `article ${a.id} was not stored`);
        // Same URL: the same article again. Same text elsewhere: a verbatim copy.
        const sighting =
          existing.reason === 'canonical-url' ? null : await this.recordSighting(c, existing.id, record);
        return { status: 'duplicate', ...existing, ...(sighting ? { sighting } : {}) };
      }
      await this.indexAnalysis(c, a);
      await this.saveBands(c, a.id, record.clustering.textBands, record.clustering.fingerprintBands);
      return { status: 'inserted', id: a.id };
    });
  }

  /** Records where a copy of stored article `id` was seen; null when it is the article's own place. */
  private async recordSighting(
    c: Client,
    id: string,
    record: ArticleRecord,
  ): Promise<'new' | 'known' | null> {
    const [stored] = await this.rows(
      'SELECT canonical_url, url, source_ref FROM articles WHERE id = $1',
      [id],
      c,
    );
    const values = newSighting(id, record, stored!);
    if (!values) return null;
    const inserted = await this.rows(
      `INSERT INTO article_sightings (${SIGHTING_INSERT_COLUMNS})
         VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')})
         ON CONFLICT (article_id, location) DO NOTHING RETURNING id`,
      values,
      c,
    );
    return inserted.length === 1 ? 'new' : 'known';
  }

  async listSightings(articleIds: readonly string[]): Promise<readonly ArticleSighting[]> {
    if (articleIds.length === 0) return [];
    const rows = await this.rows(
      `SELECT ${SIGHTING_COLUMNS} FROM article_sightings s WHERE s.article_id = ANY($1) ORDER BY ${SIGHTING_ORDER}`,
      [[...articleIds]],
    );
    return rows.map(toSighting);
  }

  private async findDuplicate(
    c: Client,
    id: string,
    canonicalUrl: string | null,
    contentHash: string,
  ): Promise<{ id: string; reason: 'id' | 'canonical-url' | 'content-hash' } | null> {
    if ((await this.rows('SELECT 1 FROM articles WHERE id = $1', [id], c)).length > 0)
      return { id, reason: 'id' };
    if (canonicalUrl) {
      const [row] = await this.rows('SELECT id FROM articles WHERE canonical_url = $1', [canonicalUrl], c);
      if (row) return { id: String(row.id), reason: 'canonical-url' };
    }
    const [row] = await this.rows('SELECT id FROM articles WHERE content_hash = $1', [contentHash], c);
    return row ? { id: String(row.id), reason: 'content-hash' } : null;
  }

  /** Entities, surfaces, quotes and figures of an analysis (the article row exists). */
  /**
   * Entities, surfaces, quotes and figures of an analysis (the article row exists): one
   * statement per table, rows passed as arrays (`unnest`), so an article costs a handful
   * of round trips however many entities and quotes it has.
   */
  private async indexAnalysis(c: pg.PoolClient, a: AnalysisJson): Promise<void> {
    // One row per corpus key (two analysis entities can fold into one: same KB id; the
    // last one's name counts, as it would row by row). Upserting in key order keeps
    // concurrent ingests from deadlocking on entity rows.
    const byKey = new Map<string, AnalysisJson['entities'][number]>();
    for (const e of a.entities) byKey.set(entityKey(e.kbId, e.type, e.name), e);
    const keys = [...byKey.keys()].sort();
    const ids = new Map<string, number>();
    if (keys.length > 0) {
      const rows = await this.rows(
        `INSERT INTO entities (key, kb_id, type, name)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
         ON CONFLICT (key) DO UPDATE SET name = CASE WHEN entities.kb_id IS NULL THEN entities.name ELSE excluded.name END
         RETURNING id, key`,
        [
          keys,
          keys.map((k) => byKey.get(k)!.kbId),
          keys.map((k) => byKey.get(k)!.type),
          keys.map((k) => byKey.get(k)!.name),
        ],
        c,
      );
      const idByKey = new Map(rows.map((r) => [String(r.key), Number(r.id)]));
      for (const e of a.entities) ids.set(e.id, idByKey.get(entityKey(e.kbId, e.type, e.name))!);
    }
    const links: { id: number; mentions: number; repaired: boolean }[] = [];
    const surfaces = new Map<string, { id: number; text: string; repaired: boolean; n: number }>();
    for (const id of new Set(ids.values())) {
      const mentions = a.entities.filter((o) => ids.get(o.id) === id).flatMap((o) => o.mentions);
      links.push({ id, mentions: mentions.length, repaired: mentions.some((m) => m.repaired) });
      for (const m of mentions) {
        const key = `${id}\u0000${m.text}\u0000${m.repaired}`;
        const s = surfaces.get(key);
        if (s) s.n++;
        else surfaces.set(key, { id, text: m.text, repaired: m.repaired, n: 1 });
      }
    }
    if (links.length > 0) {
      await c.query(
        `INSERT INTO article_entities (entity_id, article_id, mentions, repaired, published)
           SELECT e, $4, m, r, $5 FROM unnest($1::bigint[], $2::int[], $3::boolean[]) AS t(e, m, r)`,
        [
          links.map((l) => l.id),
          links.map((l) => l.mentions),
          links.map((l) => l.repaired),
          a.id,
          a.meta.published,
        ],
      );
    }
    const ordered = [...surfaces.keys()].sort().map((k) => surfaces.get(k)!);
    if (ordered.length > 0) {
      await c.query(
        `INSERT INTO entity_surfaces (entity_id, text, repaired, count)
           SELECT * FROM unnest($1::bigint[], $2::text[], $3::boolean[], $4::int[])
         ON CONFLICT (entity_id, text, repaired) DO UPDATE SET count = entity_surfaces.count + excluded.count`,
        [
          ordered.map((s) => s.id),
          ordered.map((s) => s.text),
          ordered.map((s) => s.repaired),
          ordered.map((s) => s.n),
        ],
      );
    }
    if (a.quotes.length > 0) {
      await c.query(
        `INSERT INTO quotes (article_id, speaker_id, speaker_name, text, kind, cue, confidence, published)
           SELECT $1, s, n, t, k, q, f, $2
           FROM unnest($3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::float8[])
             WITH ORDINALITY AS u(s, n, t, k, q, f, o)
           ORDER BY o`,
        [
          a.id,
          a.meta.published,
          a.quotes.map((q) => (q.speaker?.entityId ? (ids.get(q.speaker.entityId) ?? null) : null)),
          a.quotes.map((q) => q.speaker?.name ?? null),
          a.quotes.map((q) => q.text),
          a.quotes.map((q) => q.kind),
          a.quotes.map((q) => q.cue?.text ?? null),
          a.quotes.map((q) => q.confidence),
        ],
      );
    }
    if (a.figures.length > 0) {
      await c.query(
        `INSERT INTO figures (article_id, kind, value, unit, subject, text)
           SELECT $1, k, v, u, s, t
           FROM unnest($2::text[], $3::float8[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS x(k, v, u, s, t, o)
           ORDER BY o`,
        [
          a.id,
          a.figures.map((f) => f.kind),
          a.figures.map((f) => f.value),
          a.figures.map((f) => f.unit),
          a.figures.map((f) => f.subject),
          a.figures.map((f) => f.text),
        ],
      );
    }
  }

  private async saveBands(
    c: pg.PoolClient,
    id: string,
    text: Uint32Array,
    fingerprint: Uint32Array,
  ): Promise<void> {
    const { kinds, bands, keys } = bandTuples(text, fingerprint);
    await c.query(
      `INSERT INTO lsh_bands (kind, band, key, article_id)
       SELECT k, b, h, $4 FROM unnest($1::smallint[], $2::smallint[], $3::integer[]) AS t(k, b, h)`,
      [kinds, bands, keys, id],
    );
  }

  async updateAnalysis(id: string, analysis: AnalysisJson): Promise<void> {
    await this.tx(async (c) => {
      const old = await this.rows('SELECT analysis FROM articles WHERE id = $1 FOR UPDATE', [id], c);
      if (old.length === 0) throw new CopydeskError('NOT_FOUND', `no article ${id}`);
      // Surface counts are per mention: take this article's old ones back out first.
      const previous = JSON.parse(String(old[0]!.analysis)) as AnalysisJson;
      for (const e of previous.entities) {
        const [row] = await this.rows(
          'SELECT id FROM entities WHERE key = $1',
          [entityKey(e.kbId, e.type, e.name)],
          c,
        );
        if (!row) continue;
        for (const m of e.mentions) {
          await c.query(
            'UPDATE entity_surfaces SET count = count - 1 WHERE entity_id = $1 AND text = $2 AND repaired = $3',
            [row.id, m.text, m.repaired],
          );
        }
      }
      await c.query('DELETE FROM entity_surfaces WHERE count <= 0');
      await c.query('DELETE FROM article_entities WHERE article_id = $1', [id]);
      await c.query('DELETE FROM quotes WHERE article_id = $1', [id]);
      await c.query('DELETE FROM figures WHERE article_id = $1', [id]);
      await c.query('UPDATE articles SET analysis = $2 WHERE id = $1', [id, JSON.stringify(analysis)]);
      await this.indexAnalysis(c, analysis);
    });
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const [row] = await this.rows(
      `SELECT ${SUMMARY_COLUMNS}, a.analysis, a.raw, a.raw_media_type, a.source_ref FROM articles a WHERE a.id = $1`,
      [id],
    );
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
    const rows = await this.rows(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.id = ANY($1)`, [
      [...ids],
    ]);
    return inOrder(ids, rows.map(toSummary));
  }

  async countArticles(): Promise<number> {
    const [row] = await this.rows('SELECT count(*)::int AS n FROM articles');
    return Number(row!.n);
  }

  async searchArticles(query: SearchQuery): Promise<Page<SearchHit>> {
    const terms = query.text ? searchTerms(query.text).map((words) => words.join(' ')) : [];
    // Every term is a phrase parsed by phraseto_tsquery from a bound parameter: the
    // user's text never reaches the tsquery syntax.
    const tsquery =
      terms.length > 0 ? terms.map((_, i) => `phraseto_tsquery('simple', $${i + 1})`).join(' && ') : null;
    const filters = conditions(
      [
        ['a.published >= ?', query.since],
        ['a.published <= ?', query.until && `${query.until}\uffff`],
        ['lower(a.publisher) = lower(?)', query.publisher],
        ['a.cluster_id = ?', query.clusterId],
        [
          'EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = a.id AND ae.entity_id = ?)',
          numericId(query.entityId),
        ],
        [
          'EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND q.speaker_id = ?)',
          numericId(query.speakerId),
        ],
      ],
      $,
      terms.length + 1,
    );
    const where = [tsquery ? 'a.tsv @@ query.q' : '', filters.clause.replace(/^WHERE /, '')].filter(Boolean);
    const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const from = tsquery ? `articles a, (SELECT ${tsquery} AS q) query` : 'articles a';
    const params = [...terms, ...filters.params];
    const n = params.length;
    let order = tsquery
      ? 'ts_rank(a.tsv, query.q) DESC, a.published DESC NULLS LAST'
      : 'a.published DESC NULLS LAST, a.seq DESC';
    let total: number;
    let totalIsLowerBound = false;
    if (tsquery) {
      // As in SQLite: ranking reads every match's tsvector; a broad query is listed
      // newest-stored first, and its count stops at the cap.
      const [some] = await this.rows(
        `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${from} ${whereSql} LIMIT ${this.maxRanked + 1}) m`,
        params,
      );
      total = Number(some!.n);
      if (total > this.maxRanked) {
        order = 'a.seq DESC';
        totalIsLowerBound = true;
      }
    } else {
      const [count] = await this.rows(`SELECT count(*)::int AS n FROM ${from} ${whereSql}`, params);
      total = Number(count!.n);
    }
    // The snippet is computed for the page only: ts_headline re-parses the text.
    const snippet = tsquery
      ? `ts_headline('simple', page.text, page.q, 'StartSel=«, StopSel=», MaxWords=16, MinWords=6, ShortWord=1, FragmentDelimiter=…, MaxFragments=1')`
      : 'substr(page.text, 1, 200)';
    const rows = await this.rows(
      `SELECT page.*, ${snippet} AS snippet FROM (
         SELECT ${SUMMARY_COLUMNS}, a.text${tsquery ? ', query.q' : ''} FROM ${from} ${whereSql}
         ORDER BY ${order} LIMIT $${n + 1} OFFSET $${n + 2}
       ) page`,
      [...params, query.limit, query.offset],
    );
    return {
      items: rows.map((r) => ({ ...toSummary(r), snippet: String(r.snippet ?? '') })),
      total,
      ...(totalIsLowerBound ? { totalIsLowerBound } : {}),
      limit: query.limit,
      offset: query.offset,
    };
  }

  async findEntities(text: string, limit: number): Promise<readonly CorpusEntity[]> {
    const rows = await this.rows(
      `SELECT e.id, e.kb_id, e.type, e.name, count(ae.article_id)::int AS articles, coalesce(sum(ae.mentions), 0)::int AS mentions
       FROM entities e LEFT JOIN article_entities ae ON ae.entity_id = e.id
       WHERE lower(e.name) LIKE lower($1) ESCAPE '\\' OR e.kb_id = $2
       GROUP BY e.id ORDER BY articles DESC, e.name LIMIT $3`,
      [`%${escapeLike(text)}%`, text, limit],
    );
    return rows.map(toEntity);
  }

  async getEntity(id: string): Promise<EntityPage | null> {
    const key = numericId(id);
    if (key === undefined) return null;
    const [row] = await this.rows(
      `SELECT e.id, e.kb_id, e.type, e.name, count(ae.article_id)::int AS articles, coalesce(sum(ae.mentions), 0)::int AS mentions
       FROM entities e LEFT JOIN article_entities ae ON ae.entity_id = e.id WHERE e.id = $1 GROUP BY e.id`,
      [key],
    );
    if (!row) return null;
    const surfaces = await this.rows(
      'SELECT text, repaired, count FROM entity_surfaces WHERE entity_id = $1 ORDER BY count DESC, text LIMIT 50',
      [key],
    );
    const timeline = await this.rows(
      `SELECT month, sum(articles)::int AS articles, sum(quotes)::int AS quotes FROM (
         SELECT substr(published, 1, 7) AS month, count(*) AS articles, 0 AS quotes
           FROM article_entities WHERE entity_id = $1 AND published IS NOT NULL GROUP BY month
         UNION ALL
         SELECT substr(published, 1, 7) AS month, 0, count(*) FROM quotes
           WHERE speaker_id = $1 AND published IS NOT NULL GROUP BY month
       ) t GROUP BY month ORDER BY month`,
      [key],
    );
    const co = await this.rows(
      `SELECT e.id, e.kb_id, e.type, e.name, together::int AS together,
              (SELECT count(*)::int FROM article_entities x WHERE x.entity_id = e.id) AS articles,
              (SELECT coalesce(sum(mentions), 0)::int FROM article_entities x WHERE x.entity_id = e.id) AS mentions
       FROM (SELECT other.entity_id, count(*) AS together
             FROM article_entities mine
             JOIN article_entities other ON other.article_id = mine.article_id AND other.entity_id <> mine.entity_id
             WHERE mine.entity_id = $1 GROUP BY other.entity_id) t
       JOIN entities e ON e.id = t.entity_id
       ORDER BY together DESC, e.name LIMIT 25`,
      [key],
    );
    return {
      ...toEntity(row),
      surfaces: surfaces.map((s) => ({
        text: String(s.text),
        count: Number(s.count),
        repaired: s.repaired === true,
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
    const { clause, params } = conditions(
      [
        ['q.speaker_id = ?', numericId(query.speakerId) ?? (query.speakerId ? -1 : undefined)],
        ['lower(q.speaker_name) = lower(?)', query.speakerName],
        ['q.published >= ?', query.since],
        ['q.published <= ?', query.until && `${query.until}\uffff`],
      ],
      $,
    );
    const [count] = await this.rows(`SELECT count(*)::int AS n FROM quotes q ${clause}`, params);
    const n = params.length;
    const rows = await this.rows(
      `SELECT q.article_id, q.published, q.text, q.kind, q.speaker_name, q.speaker_id, q.cue, q.confidence
       FROM quotes q ${clause} ORDER BY q.published DESC NULLS LAST, q.id LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...params, query.limit, query.offset],
    );
    return { items: rows.map(toQuote), total: Number(count!.n), limit: query.limit, offset: query.offset };
  }

  async clusterCandidates(
    keys: { text: Uint32Array; fingerprint: Uint32Array },
    limit: number,
  ): Promise<readonly ClusterCandidate[]> {
    const { kinds, bands, keys: hashes } = bandTuples(keys.text, keys.fingerprint);
    if (kinds.length === 0) return [];
    const rows = await this.rows(
      `WITH wanted AS (SELECT * FROM unnest($1::smallint[], $2::smallint[], $3::integer[]) AS w(kind, band, key)),
       hits AS (
         SELECT l.article_id, count(*) AS shared FROM wanted
         JOIN lsh_bands l ON l.kind = wanted.kind AND l.band = wanted.band AND l.key = wanted.key
         GROUP BY l.article_id ORDER BY shared DESC, l.article_id LIMIT $4)
       SELECT a.id, a.cluster_id, a.text_signature, a.shingle_count, a.fingerprint_signature
       FROM hits JOIN articles a ON a.id = hits.article_id ORDER BY hits.shared DESC, a.id`,
      [kinds, bands, hashes, limit],
    );
    return rows.map(toCandidate);
  }

  async clusteringKeysOf(ids: readonly string[]): Promise<readonly ClusterCandidate[]> {
    if (ids.length === 0) return [];
    const rows = await this.rows(
      'SELECT id, cluster_id, text_signature, shingle_count, fingerprint_signature FROM articles WHERE id = ANY($1)',
      [ids],
    );
    return rows.map(toCandidate);
  }

  async assignCluster(assignment: ClusterAssignment): Promise<string> {
    return this.tx(async (c) => {
      const existing = (
        await this.rows(
          'SELECT DISTINCT cluster_id FROM articles WHERE id = ANY($1) AND cluster_id IS NOT NULL',
          [assignment.articleIds],
          c,
        )
      )
        .map((r) => String(r.cluster_id))
        .sort();
      // Merging keeps the oldest cluster id, so links to a story stay valid.
      const clusterId = existing[0] ?? `c-${assignment.originalId}`;
      for (const other of existing.slice(1)) {
        await c.query('UPDATE articles SET cluster_id = $1 WHERE cluster_id = $2', [clusterId, other]);
        await c.query('DELETE FROM clusters WHERE id = $1', [other]);
      }
      const ids = [...assignment.articleIds];
      await c.query(
        `UPDATE articles a SET cluster_id = $1, relation = u.relation, similarity = u.similarity
         FROM unnest($2::text[], $3::text[], $4::double precision[]) AS u(id, relation, similarity)
         WHERE a.id = u.id`,
        [
          clusterId,
          ids,
          ids.map((id) => assignment.relations.get(id)?.relation ?? null),
          ids.map((id) => assignment.relations.get(id)?.similarity ?? null),
        ],
      );
      await c.query(
        `INSERT INTO clusters (id, original_id, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET original_id = excluded.original_id, updated_at = excluded.updated_at`,
        [clusterId, assignment.originalId, new Date().toISOString()],
      );
      return clusterId;
    });
  }

  async getCluster(clusterId: string): Promise<StoryCluster | null> {
    const [cluster] = await this.rows('SELECT id, original_id FROM clusters WHERE id = $1', [clusterId]);
    if (!cluster) return null;
    const rows = await this.rows(
      `SELECT ${SUMMARY_COLUMNS}, a.relation, a.similarity FROM articles a WHERE a.cluster_id = $1
       ORDER BY a.published NULLS LAST, a.ingested_at, a.id`,
      [clusterId],
    );
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

  batch<T>(fn: () => Promise<T>): Promise<T> {
    return fn();
  }

  /** Callers in this process queue here first, so waiting never ties up pool connections. */
  private clusterQueue: Promise<unknown> = Promise.resolve();

  withClusterLock<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.clusterQueue.then(
      () => this.withAdvisoryLock(fn),
      () => this.withAdvisoryLock(fn),
    );
    this.clusterQueue = run.catch(() => {});
    return run;
  }

  private async withAdvisoryLock<T>(fn: () => Promise<T>): Promise<T> {
    // A session lock on a connection of its own: if this process dies, the server
    // drops the connection and the lock with it.
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [CLUSTER_LOCK]);
      try {
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [CLUSTER_LOCK]).catch(() => {});
      }
    } finally {
      client.release();
    }
  }

  async exportPage(what: ExportKind, after: number, limit: number): Promise<ExportPage> {
    const rows = await this.rows(exportQuery(what, 'postgres'), [after, limit]);
    // sum() of integers is NUMERIC, which node-postgres returns as a string.
    return toExportPage(
      what === 'entities' ? rows.map((r) => ({ ...r, mentions: Number(r.mentions) })) : rows,
      limit,
    );
  }

  // ---- ingest journal -------------------------------------------------------------

  async createRun(runId: string, args: readonly string[]): Promise<void> {
    await this.pool.query('INSERT INTO ingest_runs (id, args) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [
      runId,
      JSON.stringify(args),
    ]);
  }

  async latestUnfinishedRun(): Promise<{ runId: string; args: readonly string[] } | null> {
    const [row] = await this.rows(
      `SELECT r.id, r.args FROM ingest_runs r
       WHERE EXISTS (SELECT 1 FROM ingest_jobs j WHERE j.run_id = r.id AND j.status IN ('pending', 'claimed'))
       ORDER BY r.created_at DESC LIMIT 1`,
    );
    return row ? { runId: String(row.id), args: JSON.parse(String(row.args)) as string[] } : null;
  }

  async enqueue(runId: string, items: readonly IngestItem[]): Promise<number> {
    let added = 0;
    for (let i = 0; i < items.length; i += 1000) {
      const chunk = items.slice(i, i + 1000);
      const result = await this.pool.query(
        `INSERT INTO ingest_jobs (run_id, ref, kind, payload)
         SELECT $1, r, k, p FROM unnest($2::text[], $3::text[], $4::text[]) AS t(r, k, p)
         ON CONFLICT (run_id, ref) DO NOTHING`,
        [runId, chunk.map((x) => x.ref), chunk.map((x) => x.kind), chunk.map((x) => x.payload ?? null)],
      );
      added += result.rowCount ?? 0;
    }
    return added;
  }

  async claim(runId: string, worker: string, limit: number, leaseMs: number): Promise<readonly IngestJob[]> {
    const rows = await this.rows(
      `UPDATE ingest_jobs j SET status = 'claimed', worker = $2, attempts = j.attempts + 1,
              lease_until = now() + make_interval(secs => $4::double precision / 1000)
       FROM (SELECT id FROM ingest_jobs
             WHERE run_id = $1 AND (status = 'pending' OR (status = 'claimed' AND lease_until < now()))
             ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED) free
       WHERE j.id = free.id
       RETURNING j.id, j.ref, j.kind, j.payload, j.attempts`,
      [runId, worker, limit, leaseMs],
    );
    return rows.map(toJob).sort((a, b) => a.id - b.id);
  }

  async renew(jobIds: readonly number[], worker: string, leaseMs: number): Promise<void> {
    if (jobIds.length === 0) return;
    await this.pool.query(
      `UPDATE ingest_jobs SET lease_until = now() + make_interval(secs => $3::double precision / 1000)
       WHERE id = ANY($1) AND worker = $2 AND status = 'claimed'`,
      [jobIds, worker, leaseMs],
    );
  }

  async complete(jobId: number, worker: string, outcome: JobOutcome): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE ingest_jobs SET status = $3, article_id = $4, reason = $5, lease_until = NULL
       WHERE id = $1 AND worker = $2 AND status = 'claimed'`,
      [jobId, worker, outcome.status, outcome.articleId ?? null, outcome.reason ?? null],
    );
    return result.rowCount === 1;
  }

  async progress(runId: string): Promise<RunProgress> {
    const rows = await this.rows(
      'SELECT status, count(*)::int AS n FROM ingest_jobs WHERE run_id = $1 GROUP BY status',
      [runId],
    );
    return toProgress(rows);
  }

  async failures(runId: string, limit: number): Promise<readonly { ref: string; reason: string }[]> {
    const rows = await this.rows(
      `SELECT ref, reason FROM ingest_jobs WHERE run_id = $1 AND status = 'failed' ORDER BY id LIMIT $2`,
      [runId, limit],
    );
    return rows.map((r) => ({ ref: String(r.ref), reason: String(r.reason ?? '') }));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** LSH keys as parallel arrays; keys are stored as signed 32-bit integers. */
function bandTuples(
  text: Uint32Array,
  fingerprint: Uint32Array,
): { kinds: number[]; bands: number[]; keys: number[] } {
  const kinds: number[] = [];
  const bands: number[] = [];
  const keys: number[] = [];
  text.forEach((key, band) => {
    kinds.push(0);
    bands.push(band);
    keys.push(key | 0);
  });
  fingerprint.forEach((key, band) => {
    kinds.push(1);
    bands.push(band);
    keys.push(key | 0);
  });
  return { kinds, bands, keys };
}

/** Entity ids are integers; anything else matches nothing (never a SQL error). */
function numericId(id: string | undefined): number | undefined {
  if (id === undefined || id === '') return undefined;
  return /^\d{1,15}$/.test(id) ? Number(id) : -1;
}
