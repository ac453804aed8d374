/**
 * Versioned schema migrations for the SQLite corpus. Append new versions; never edit
 * an applied one. Each runs in a transaction with its version row.
 */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, full-text index, entities, quotes, figures, LSH bands, clusters',
    sql: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        canonical_url TEXT UNIQUE,
        url TEXT,
        title TEXT,
        publisher TEXT,
        published TEXT,
        language TEXT,
        scraped REAL,
        machine_translated REAL,
        original_publisher TEXT,
        cluster_id TEXT,
        relation TEXT,
        similarity REAL,
        source_ref TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        text TEXT NOT NULL,
        analysis TEXT NOT NULL,
        raw TEXT NOT NULL,
        raw_media_type TEXT NOT NULL,
        text_signature BLOB NOT NULL,
        shingle_count INTEGER NOT NULL,
        fingerprint_signature BLOB NOT NULL
      );
      CREATE INDEX articles_published ON articles(published);
      CREATE INDEX articles_publisher ON articles(publisher);
      CREATE INDEX articles_cluster ON articles(cluster_id);

      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
      END;

      CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        kb_id TEXT,
        type TEXT NOT NULL,
        name TEXT NOT NULL
      );
      CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

      CREATE TABLE article_entities (
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        mentions INTEGER NOT NULL,
        repaired INTEGER NOT NULL,
        published TEXT,
        PRIMARY KEY (entity_id, article_id)
      );
      CREATE INDEX article_entities_article ON article_entities(article_id);

      CREATE TABLE entity_surfaces (
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        text TEXT NOT NULL,
        repaired INTEGER NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (entity_id, text, repaired)
      );

      CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        speaker_id INTEGER REFERENCES entities(id),
        speaker_name TEXT,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        cue TEXT,
        confidence REAL NOT NULL,
        published TEXT
      );
      CREATE INDEX quotes_speaker ON quotes(speaker_id, published);
      CREATE INDEX quotes_article ON quotes(article_id);

      CREATE TABLE figures (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        value REAL NOT NULL,
        unit TEXT NOT NULL,
        subject TEXT,
        text TEXT NOT NULL
      );
      CREATE INDEX figures_article ON figures(article_id);

      CREATE TABLE lsh_bands (
        kind INTEGER NOT NULL,
        band INTEGER NOT NULL,
        key INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
      );
      CREATE INDEX lsh_lookup ON lsh_bands(kind, band, key);

      CREATE TABLE clusters (
        id TEXT PRIMARY KEY,
        original_id TEXT,
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    description: 'ingest journal: runs and their items, claimed under leases',
    sql: `
      CREATE TABLE ingest_runs (
        id TEXT PRIMARY KEY,
        args TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE ingest_jobs (
        id INTEGER PRIMARY KEY,
        run_id TEXT NOT NULL REFERENCES ingest_runs(id) ON DELETE CASCADE,
        ref TEXT NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT,
        status TEXT NOT NULL DEFAULT 'pending',
        worker TEXT,
        lease_until INTEGER,
        attempts INTEGER NOT NULL DEFAULT 0,
        article_id TEXT,
        reason TEXT,
        UNIQUE (run_id, ref)
      );
      CREATE INDEX ingest_jobs_claim ON ingest_jobs(run_id, status, id);
      CREATE INDEX quotes_speaker_name ON quotes(speaker_name COLLATE NOCASE, published);
    `,
  },
  {
    version: 3,
    description: 'LSH bands as one integer bucket per row, in one B-tree (WITHOUT ROWID)',
    // Ingestion writes 64 band rows per article: a row table plus its index (and a
    // foreign-key probe per row) was the largest cost of storing an article.
    sql: `
      CREATE TABLE lsh_buckets (
        bucket INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        PRIMARY KEY (bucket, article_id)
      ) WITHOUT ROWID;
      INSERT OR IGNORE INTO lsh_buckets (bucket, article_id)
        SELECT kind * 1099511627776 + band * 4294967296 + key, article_id FROM lsh_bands;
      DROP TABLE lsh_bands;
    `,
  },
  {
    version: 4,
    description: "sightings: the other places an article's text was published (verbatim copies)",
    sql: `
      CREATE TABLE article_sightings (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        location TEXT NOT NULL,
        url TEXT,
        canonical_url TEXT,
        title TEXT,
        publisher TEXT,
        published TEXT,
        language TEXT,
        source_ref TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        raw TEXT NOT NULL,
        raw_media_type TEXT NOT NULL,
        UNIQUE (article_id, location)
      );
    `,
  },
];
