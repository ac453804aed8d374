/**
 * Versioned schema migrations for the PostgreSQL corpus. Append new versions; never
 * edit an applied one. Each runs in a transaction with its version row, under an
 * advisory lock so that processes starting together migrate once.
 *
 * The analysis is kept as TEXT (the exact JSON the pipeline produced): its offsets are
 * UTF-16 code units, which PostgreSQL string functions do not count in, so nothing
 * in SQL ever slices the text by them.
 */
import type { Migration } from '../storage-sqlite/migrations.js';

export const PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles with a tsvector index, entities, quotes, figures, LSH bands, clusters',
    sql: `
      CREATE TABLE articles (
        seq BIGSERIAL UNIQUE,
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        canonical_url TEXT UNIQUE,
        url TEXT,
        title TEXT,
        publisher TEXT,
        published TEXT,
        language TEXT,
        scraped DOUBLE PRECISION,
        machine_translated DOUBLE PRECISION,
        original_publisher TEXT,
        cluster_id TEXT,
        relation TEXT,
        similarity DOUBLE PRECISION,
        source_ref TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        text TEXT NOT NULL,
        analysis TEXT NOT NULL,
        raw TEXT NOT NULL,
        raw_media_type TEXT NOT NULL,
        text_signature BYTEA NOT NULL,
        shingle_count INTEGER NOT NULL,
        fingerprint_signature BYTEA NOT NULL,
        -- 'simple' (no stemming, no stop words) matches the SQLite unicode61 index.
        tsv tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
          setweight(to_tsvector('simple', text), 'B')
        ) STORED
      );
      CREATE INDEX articles_tsv ON articles USING GIN (tsv);
      CREATE INDEX articles_published ON articles (published);
      CREATE INDEX articles_publisher ON articles (lower(publisher));
      CREATE INDEX articles_cluster ON articles (cluster_id);

      CREATE TABLE entities (
        id BIGSERIAL PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        kb_id TEXT,
        type TEXT NOT NULL,
        name TEXT NOT NULL
      );
      CREATE INDEX entities_name ON entities (lower(name) text_pattern_ops);
      CREATE INDEX entities_kb ON entities (kb_id);

      CREATE TABLE article_entities (
        entity_id BIGINT NOT NULL REFERENCES entities(id),
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        mentions INTEGER NOT NULL,
        repaired BOOLEAN NOT NULL,
        published TEXT,
        PRIMARY KEY (entity_id, article_id)
      );
      CREATE INDEX article_entities_article ON article_entities (article_id);

      CREATE TABLE entity_surfaces (
        entity_id BIGINT NOT NULL REFERENCES entities(id),
        text TEXT NOT NULL,
        repaired BOOLEAN NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (entity_id, text, repaired)
      );

      CREATE TABLE quotes (
        id BIGSERIAL PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        speaker_id BIGINT REFERENCES entities(id),
        speaker_name TEXT,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        cue TEXT,
        confidence DOUBLE PRECISION NOT NULL,
        published TEXT
      );
      CREATE INDEX quotes_speaker ON quotes (speaker_id, published);
      CREATE INDEX quotes_speaker_name ON quotes (lower(speaker_name), published);
      CREATE INDEX quotes_article ON quotes (article_id);

      CREATE TABLE figures (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        value DOUBLE PRECISION NOT NULL,
        unit TEXT NOT NULL,
        subject TEXT,
        text TEXT NOT NULL
      );
      CREATE INDEX figures_article ON figures (article_id);

      CREATE TABLE lsh_bands (
        kind SMALLINT NOT NULL,
        band SMALLINT NOT NULL,
        key INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
      );
      CREATE INDEX lsh_lookup ON lsh_bands (kind, band, key);
      CREATE INDEX lsh_article ON lsh_bands (article_id);

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
        created_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      CREATE TABLE ingest_jobs (
        id BIGSERIAL PRIMARY KEY,
        run_id TEXT NOT NULL REFERENCES ingest_runs(id) ON DELETE CASCADE,
        ref TEXT NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT,
        status TEXT NOT NULL DEFAULT 'pending',
        worker TEXT,
        lease_until TIMESTAMPTZ,
        attempts INTEGER NOT NULL DEFAULT 0,
        article_id TEXT,
        reason TEXT,
        UNIQUE (run_id, ref)
      );
      CREATE INDEX ingest_jobs_claim ON ingest_jobs (run_id, status, id);
    `,
  },
  {
    version: 3,
    description: 'a key on figures for keyset-paged export',
    sql: 'ALTER TABLE figures ADD COLUMN id BIGSERIAL PRIMARY KEY;',
  },
  {
    version: 4,
    description: "sightings: the other places an article's text was published (verbatim copies)",
    sql: `
      CREATE TABLE article_sightings (
        id BIGSERIAL PRIMARY KEY,
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
