/**
 * `copydesk entity`, `quotes` and `story` on a corpus whose articles carry entities and
 * quotes (stored directly from hand-built analyses: the default pipeline has no NER yet).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteDocumentStore } from '../../src/adapters/storage-sqlite/store.js';
import { Corpus } from '../../src/corpus/corpus.js';
import { articleRecord } from '../../src/corpus/record.js';
import { createDefaultPipeline } from '../../src/presets/default.js';
import { rawOf, type StoryFixture, storyAnalysis } from '../helpers/analysis-fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const text =
  'Harbour master Oona Brackley said on Monday that traffic through the northern locks fell 8 percent. ' +
  '"We cannot dredge our way out of this," Brackley told the port council. ' +
  'Councillor Tiago Mendel asked for a report on the southern channel before the summer.';

const original: StoryFixture = {
  id: 'harbour-1',
  published: '2025-06-02',
  publisher: 'Harbour Wire',
  title: 'Lock traffic falls',
  text,
  entities: [
    { name: 'Oona Brackley', surfaces: ['Oona Brackley'] },
    { name: 'Tiago Mendel', surfaces: ['Tiago Mendel'] },
  ],
  quotes: [{ text: '"We cannot dredge our way out of this,"', speaker: 'Oona Brackley' }],
};
const copyText = text.replace('Oona Brackley', 'Una Brakley').replace('Brackley told', 'Brakley told');
const copy: StoryFixture = {
  ...original,
  id: 'harbour-2',
  published: '2025-06-03',
  publisher: 'Content Mill',
  text: copyText,
  entities: [
    { name: 'Una Brakley', surfaces: ['Una Brakley'] },
    { name: 'Tiago Mendel', surfaces: ['Tiago Mendel'] },
  ],
  quotes: [{ text: '"We cannot dredge our way out of this,"', speaker: 'Una Brakley' }],
};

describe('entity, quotes and story commands', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-ent-'));
    db = join(dir, 'c.db');
    const store = SqliteDocumentStore.open(db);
    await store.migrate();
    const corpus = new Corpus(store, createDefaultPipeline());
    for (const s of [original, copy]) await corpus.add(articleRecord(storyAnalysis(s), rawOf(s.text), s.id));
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows an entity with the repaired surface, its timeline and co-mentions', async () => {
    const result = await runCli(['entity', 'Oona Brackley', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/not in the knowledge base/);
    expect(result.stdout).toMatch(/Una Brakley → Oona Brackley \(repaired\)/);
    expect(result.stdout).toMatch(/2025-06 {2}2 \/ 2/);
    expect(result.stdout).toMatch(/Tiago Mendel \(person\) {2}2/);
  });

  it('lists quotes by speaker, newest first, with --since', async () => {
    const all = JSON.parse(
      (await runCli(['quotes', '--speaker', 'Oona Brackley', '--db', db, '-f', 'json'])).stdout,
    );
    expect(all.items.map((q: { articleId: string }) => q.articleId)).toEqual(['harbour-2', 'harbour-1']);
    const since = await runCli(['quotes', '--speaker', 'Brackley', '--since', '2025-06-03', '--db', db]);
    expect(since.stdout).toMatch(/^1 quote\(s\) by Oona Brackley/);
  });

  it('shows the story with the copy and the name it mangled', async () => {
    const result = await runCli(['story', 'harbour-2', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/ORIGINAL\s+harbour-1/);
    expect(result.stdout).toMatch(/"Una Brakley" → Oona Brackley \(aligned with the original\)/);
  });
});
