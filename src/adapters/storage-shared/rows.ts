/**
 * Row mapping shared by the SQLite and PostgreSQL stores: both select the same
 * columns under the same names, so turning a row into a port type is one function.
 */
import type {
  ArticleRecord,
  ArticleSighting,
  ArticleSummary,
  ClusterCandidate,
  CorpusEntity,
  ExportKind,
  ExportPage,
  IngestJob,
  RunProgress,
  StoredQuote,
} from '../../ports/document-store.js';

export type Row = Record<string, unknown>;

/** The columns of an ArticleSummary, from `articles a`. */
export const SUMMARY_COLUMNS = `a.id, a.title, a.publisher, a.published, a.url, a.language, a.cluster_id,
  a.scraped, a.machine_translated, a.ingested_at`;

/** A WHERE clause from the conditions whose value is given (not undefined, null or ''). */
export function conditions(
  pairs: readonly (readonly [string, unknown])[],
  placeholder: (n: number) => string = () => '?',
  firstParam = 1,
): { clause: string; params: unknown[] } {
  const used = pairs.filter(([, value]) => value !== undefined && value !== null && value !== '');
  let n = firstParam;
  return {
    // Each condition has one `?`; PostgreSQL wants `$n` instead.
    clause:
      used.length > 0
        ? `WHERE ${used.map(([sql]) => sql.replace('?', () => placeholder(n++))).join(' AND ')}`
        : '',
    params: used.map(([, value]) => value),
  };
}

export function entityKey(kbId: string | null, type: string, name: string): string {
  return kbId ?? `${type}:${name.toLowerCase()}`;
}

export function toSummary(row: Row): ArticleSummary {
  return {
    id: String(row.id),
    title: (row.title as string | null) ?? null,
    publisher: (row.publisher as string | null) ?? null,
    published: (row.published as string | null) ?? null,
    url: (row.url as string | null) ?? null,
    language: (row.language as string | null) ?? null,
    clusterId: (row.cluster_id as string | null) ?? null,
    scraped: row.scraped === null ? null : Number(row.scraped),
    machineTranslated: row.machine_translated === null ? null : Number(row.machine_translated),
    ingestedAt: String(row.ingested_at),
  };
}

/**
 * Where a record was seen, for sightings: its canonical URL, else its URL, else its
 * source reference (path, `file.jsonl#line`). The same place twice is one sighting.
 */
export function sightingLocation(
  canonicalUrl: string | null | undefined,
  url: string | null | undefined,
  sourceRef: string,
): string {
  return canonicalUrl || url || sourceRef;
}

/** The columns a new sighting is inserted with, in the order of {@link newSighting}'s values. */
export const SIGHTING_INSERT_COLUMNS =
  'article_id, location, url, canonical_url, title, publisher, published, language, source_ref, seen_at, raw, raw_media_type';

/**
 * The values of a sighting of stored article `id` (its row `stored`: canonical_url, url,
 * source_ref) in `record`, or null when the record comes from the article's own place.
 */
export function newSighting(id: string, record: ArticleRecord, stored: Row): unknown[] | null {
  const meta = record.analysis.meta;
  const location = sightingLocation(meta.canonicalUrl, meta.url, record.sourceRef);
  const own = sightingLocation(
    stored.canonical_url as string | null,
    stored.url as string | null,
    String(stored.source_ref),
  );
  if (location === own) return null;
  return [
    id,
    location,
    meta.url,
    meta.canonicalUrl ?? null,
    meta.title,
    meta.publisher,
    meta.published,
    meta.language,
    record.sourceRef,
    new Date().toISOString(),
    record.raw.content,
    record.raw.mediaType,
  ];
}

/** The columns of a sighting (`article_sightings s`), for toSighting. */
export const SIGHTING_COLUMNS =
  's.article_id, s.url, s.title, s.publisher, s.published, s.source_ref, s.seen_at';

/** Earliest published first, undated last, then in the order seen. */
export const SIGHTING_ORDER = 's.published IS NULL, s.published, s.id';

export function toSighting(row: Row): ArticleSighting {
  return {
    articleId: String(row.article_id),
    url: (row.url as string | null) ?? null,
    title: (row.title as string | null) ?? null,
    publisher: (row.publisher as string | null) ?? null,
    published: (row.published as string | null) ?? null,
    sourceRef: String(row.source_ref),
    seenAt: String(row.seen_at),
  };
}

/** Items with an `id`, in the order of `ids` (SQL `IN` returns them in any order). */
export function inOrder<T extends { id: string }>(ids: readonly string[], items: readonly T[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.map((id) => byId.get(id)).filter((item): item is T => item !== undefined);
}

export function toEntity(row: Row): CorpusEntity {
  return {
    id: String(row.id),
    kbId: (row.kb_id as string | null) ?? null,
    type: row.type as CorpusEntity['type'],
    name: String(row.name),
    articleCount: Number(row.articles ?? 0),
    mentionCount: Number(row.mentions ?? 0),
  };
}

export function toCandidate(r: Row): ClusterCandidate {
  return {
    id: String(r.id),
    clusterId: (r.cluster_id as string | null) ?? null,
    textSignature: fromBlob(r.text_signature as Buffer),
    shingleCount: Number(r.shingle_count),
    fingerprintSignature: fromBlob(r.fingerprint_signature as Buffer),
  };
}

export function toBlob(signature: Uint32Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
}

export function fromBlob(blob: Buffer): Uint32Array {
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  return new Uint32Array(copy.buffer);
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function toQuote(r: Row): StoredQuote {
  return {
    articleId: String(r.article_id),
    published: (r.published as string | null) ?? null,
    text: String(r.text),
    kind: r.kind as StoredQuote['kind'],
    speakerName: (r.speaker_name as string | null) ?? null,
    speakerId: r.speaker_id === null ? null : String(r.speaker_id),
    cue: (r.cue as string | null) ?? null,
    confidence: Number(r.confidence),
  };
}

export function toJob(r: Row): IngestJob {
  return {
    id: Number(r.id),
    ref: String(r.ref),
    kind: r.kind as IngestJob['kind'],
    payload: (r.payload as string | null) ?? null,
    attempts: Number(r.attempts),
  };
}

export function toProgress(rows: readonly Row[]): RunProgress {
  const by = new Map(rows.map((r) => [String(r.status), Number(r.n)]));
  const get = (s: string) => by.get(s) ?? 0;
  const counts = {
    pending: get('pending'),
    claimed: get('claimed'),
    ingested: get('ingested'),
    duplicate: get('duplicate'),
    failed: get('failed'),
  };
  return { total: Object.values(counts).reduce((x, y) => x + y, 0), ...counts };
}

/**
 * Export queries, identical in both backends but for the key column (`rowid` in
 * SQLite, `seq`/`id` in PostgreSQL) and placeholders: `{key}` and `?` are filled in.
 */
export const EXPORT_SQL: Readonly<
  Record<ExportKind, { key: Record<'sqlite' | 'postgres', string>; sql: string }>
> = {
  articles: {
    key: { sqlite: 'a.rowid', postgres: 'a.seq' },
    sql: `SELECT {key} AS k, a.id, a.title, a.publisher, a.published, a.url, a.language, a.cluster_id, a.relation,
            a.similarity, a.scraped, a.machine_translated, a.source_ref, a.text
          FROM articles a WHERE {key} > ? ORDER BY {key} LIMIT ?`,
  },
  entities: {
    key: { sqlite: 'e.id', postgres: 'e.id' },
    sql: `SELECT e.id AS k, e.id, e.kb_id, e.type, e.name,
            (SELECT count(*) FROM article_entities x WHERE x.entity_id = e.id) AS articles,
            (SELECT coalesce(sum(mentions), 0) FROM article_entities x WHERE x.entity_id = e.id) AS mentions
          FROM entities e WHERE {key} > ? ORDER BY {key} LIMIT ?`,
  },
  quotes: {
    key: { sqlite: 'q.id', postgres: 'q.id' },
    sql: `SELECT q.id AS k, q.article_id, q.published, q.speaker_id, q.speaker_name, q.kind, q.text, q.cue, q.confidence
          FROM quotes q WHERE {key} > ? ORDER BY {key} LIMIT ?`,
  },
  sightings: {
    key: { sqlite: 's.id', postgres: 's.id' },
    sql: `SELECT s.id AS k, s.article_id, s.url, s.canonical_url, s.title, s.publisher, s.published, s.language,
            s.source_ref, s.seen_at, s.raw_media_type, s.raw
          FROM article_sightings s WHERE {key} > ? ORDER BY {key} LIMIT ?`,
  },
  figures: {
    key: { sqlite: 'f.rowid', postgres: 'f.id' },
    sql: `SELECT {key} AS k, f.article_id, f.kind, f.value, f.unit, f.subject, f.text
          FROM figures f WHERE {key} > ? ORDER BY {key} LIMIT ?`,
  },
};

export function exportQuery(what: ExportKind, backend: 'sqlite' | 'postgres'): string {
  const { key, sql } = EXPORT_SQL[what];
  let n = 0;
  const text = sql.replaceAll('{key}', key[backend]);
  return backend === 'postgres' ? text.replace(/\?/g, () => `$${++n}`) : text;
}

/** Rows of an export page without the paging key, and the next key. */
export function toExportPage(rows: readonly Row[], limit: number): ExportPage {
  return {
    rows: rows.map(({ k: _k, ...rest }) =>
      Object.fromEntries(
        Object.entries(rest).map(([name, v]) => [
          name,
          v === null || v === undefined
            ? null
            : typeof v === 'number'
              ? v
              : typeof v === 'bigint'
                ? Number(v)
                : String(v),
        ]),
      ),
    ),
    next: rows.length === limit ? Number(rows[rows.length - 1]!.k) : null,
  };
}
