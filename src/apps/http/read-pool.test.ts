import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawOf } from '../../../test/helpers/analysis-fixtures.js';
import { DEMO_IDS, seedDemoCorpus } from '../../../test/helpers/demo-corpus.js';
import { SqliteDocumentStore } from '../../adapters/storage-sqlite/store.js';
import { Corpus } from '../../corpus/corpus.js';
import type { DocumentStore } from '../../ports/document-store.js';
import { createDefaultPipeline } from '../../presets/default.js';
import { withReadPool } from './read-pool.js';

let dir: string;
let direct: SqliteDocumentStore;
let pooled: DocumentStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-pool-'));
  const path = join(dir, 'corpus.sqlite');
  direct = SqliteDocumentStore.open(path);
  await direct.migrate();
  await seedDemoCorpus(direct);
  pooled = withReadPool(SqliteDocumentStore.open(path), path, 2);
}, 60_000);

afterAll(async () => {
  await pooled.close();
  await direct.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('withReadPool', () => {
  it('answers reads from worker threads exactly as the store does', async () => {
    const query = { text: 'spending', limit: 5, offset: 0 };
    expect(await pooled.searchArticles(query)).toEqual(await direct.searchArticles(query));
    expect(await pooled.getArticle(DEMO_IDS.copy)).toEqual(await direct.getArticle(DEMO_IDS.copy));
    const [rutte] = await direct.findEntities('Rutte', 1);
    expect(await pooled.findEntities('Rutte', 1)).toEqual([rutte]);
    expect(await pooled.getEntity(rutte?.id ?? '')).toEqual(await direct.getEntity(rutte?.id ?? ''));
    const quotes = { speakerName: 'Mark Rutte', limit: 10, offset: 0 };
    expect(await pooled.listQuotes(quotes)).toEqual(await direct.listQuotes(quotes));
    const story = (await direct.getArticle(DEMO_IDS.copy))?.clusterId ?? '';
    expect(await pooled.getCluster(story)).toEqual(await direct.getCluster(story));
    expect(await pooled.getArticle('missing')).toBeNull();
  });

  it('sees what is written through the main connection, including by ingestion', async () => {
    const corpus = new Corpus(pooled, createDefaultPipeline());
    const text =
      'Port reopens after storm\n\nROTTERDAM, Jan 9 (Copydesk Wire) - The port of Rotterdam reopened on Thursday after a storm closed it for two days.';
    const result = await corpus.ingest(rawOf(text), { sourceRef: 'pool-test' });
    expect(result.status).toBe('inserted');
    expect((await pooled.getArticle(result.id))?.analysis.text).toContain('Rotterdam');
    expect((await pooled.searchArticles({ text: 'Rotterdam', limit: 5, offset: 0 })).total).toBe(1);
  });
});
