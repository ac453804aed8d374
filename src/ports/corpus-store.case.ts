/**
 * The conformance suite for what bulk ingestion needs from a backend beyond the
 * DocumentStore: the ingest journal with leased claims, analysis updates and the
 * clustering lock. Both backends' test files call `describeCorpusStore`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawOf, storyAnalysis } from '../../test/helpers/analysis-fixtures.js';
import { articleRecord } from '../corpus/record.js';
import { type CorpusStore, EXPORT_COLUMNS } from './document-store.js';

const items = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ ref: `file-${i}.txt`, kind: 'file' as const }));

export function describeCorpusStore(name: string, open: () => Promise<CorpusStore>): void {
  describe(`CorpusStore conformance: ${name}`, () => {
    let store: CorpusStore;
    beforeEach(async () => {
      store = await open();
      await store.migrate();
    });
    afterEach(async () => {
      await store.close();
    });

    it('journals a run once per item and remembers its arguments for resuming', async () => {
      await store.createRun('run-1', ['a/', 'b.jsonl']);
      await store.createRun('run-1', ['ignored']);
      expect(await store.enqueue('run-1', items(3))).toBe(3);
      expect(await store.enqueue('run-1', items(5))).toBe(2);
      expect(await store.progress('run-1')).toMatchObject({ total: 5, pending: 5 });
      expect(await store.latestUnfinishedRun()).toEqual({ runId: 'run-1', args: ['a/', 'b.jsonl'] });
    });

    it('never hands one item to two claimers, and acknowledges only the holder', async () => {
      await store.createRun('r', []);
      await store.enqueue('r', items(10));
      const [a, b] = await Promise.all([
        store.claim('r', 'w1', 4, 60_000),
        store.claim('r', 'w2', 4, 60_000),
      ]);
      const ids = [...a, ...b].map((j) => j.id);
      expect(new Set(ids).size).toBe(8);
      expect(await store.complete(a[0]!.id, 'w2', { status: 'ingested', articleId: 'x' })).toBe(false);
      expect(await store.complete(a[0]!.id, 'w1', { status: 'ingested', articleId: 'x' })).toBe(true);
      expect(await store.complete(a[1]!.id, 'w1', { status: 'failed', reason: 'empty input' })).toBe(true);
      expect(await store.progress('r')).toMatchObject({
        total: 10,
        claimed: 6,
        ingested: 1,
        failed: 1,
        pending: 2,
      });
      expect(await store.failures('r', 10)).toEqual([{ ref: a[1]!.ref, reason: 'empty input' }]);
    });

    it("gives a dead worker's items to another once the lease runs out", async () => {
      await store.createRun('r', []);
      await store.enqueue('r', items(2));
      const dead = await store.claim('r', 'dead', 2, 1);
      expect(dead).toHaveLength(2);
      await new Promise((resolve) => setTimeout(resolve, 30));
      const taken = await store.claim('r', 'alive', 5, 60_000);
      expect(taken.map((j) => j.id)).toEqual(dead.map((j) => j.id));
      expect(taken[0]!.attempts).toBe(2);
      // The dead worker coming back cannot acknowledge what it lost.
      expect(await store.complete(dead[0]!.id, 'dead', { status: 'ingested' })).toBe(false);
      expect(await store.claim('r', 'third', 5, 60_000)).toEqual([]);
      await store.renew([taken[0]!.id], 'alive', 60_000);
      for (const job of taken)
        expect(await store.complete(job.id, 'alive', { status: 'duplicate' })).toBe(true);
      expect(await store.latestUnfinishedRun()).toBeNull();
    });

    it('re-indexes an article whose analysis is updated', async () => {
      const story = {
        id: 'x1',
        text: 'Beit Higseth met Jonas Vell in Brussels on Friday.',
        published: '2025-02-14',
        entities: [
          { name: 'Beit Higseth', surfaces: ['Beit Higseth'] },
          { name: 'Jonas Vell', surfaces: ['Jonas Vell'] },
        ],
      };
      await store.saveArticle(articleRecord(storyAnalysis(story), rawOf(story.text), 'fixture'));
      const repaired = storyAnalysis({
        ...story,
        entities: [
          { name: 'Pete Hegseth', surfaces: ['!Beit Higseth'] },
          { name: 'Jonas Vell', surfaces: ['Jonas Vell'] },
        ],
      });
      await store.updateAnalysis('x1', repaired);
      expect((await store.getArticle('x1'))?.analysis.entities[0]?.name).toBe('Pete Hegseth');
      const [hegseth] = await store.findEntities('Hegseth', 5);
      expect(hegseth).toMatchObject({ name: 'Pete Hegseth', articleCount: 1 });
      expect((await store.getEntity(hegseth!.id))?.surfaces).toEqual([
        { text: 'Beit Higseth', count: 1, repaired: true },
      ]);
      const [stale] = await store.findEntities('Beit Higseth', 5);
      expect(stale?.articleCount ?? 0).toBe(0);
      await expect(store.updateAnalysis('missing', repaired)).rejects.toThrow(/no article/);
    });

    it('exports every row of a table in keyset pages', async () => {
      const story = {
        id: 'e1',
        text: 'Mayor Lena Hart said 40 buses and 12 trams would run on Sunday, "We are ready," Hart said.',
        published: '2025-05-01',
        entities: [
          { name: 'Lena Hart', surfaces: ['Lena Hart'] },
          { name: 'Sunday', type: 'misc' as const, surfaces: ['Sunday'] },
        ],
        quotes: [{ text: '"We are ready,"', speaker: 'Lena Hart' }],
        figures: [
          { text: '40 buses', value: 40, unit: 'count' },
          { text: '12 trams', value: 12, unit: 'count' },
        ],
      };
      await store.saveArticle(articleRecord(storyAnalysis(story), rawOf(story.text), 'fixture'));
      // The same text from elsewhere: a sighting, exported with its own raw input.
      const markup = `<p>${story.text}</p>`;
      await store.saveArticle(
        articleRecord(
          storyAnalysis({ ...story, id: 'other' }),
          { ...rawOf(markup), mediaType: 'text/html' },
          'copy.html',
        ),
      );
      for (const [what, expected] of [
        ['articles', 1],
        ['entities', 2],
        ['quotes', 1],
        ['figures', 2],
        ['sightings', 1],
      ] as const) {
        const rows: Record<string, unknown>[] = [];
        let after: number | null = 0;
        while (after !== null) {
          const page = await store.exportPage(what, after, 1);
          rows.push(...page.rows);
          after = page.next;
        }
        expect(rows, what).toHaveLength(expected);
        expect(Object.keys(rows[0]!), what).toEqual(EXPORT_COLUMNS[what]);
      }
      const entities = await store.exportPage('entities', 0, 10);
      expect(entities.rows.find((r) => r.name === 'Lena Hart')).toMatchObject({
        articles: 1,
        mentions: 1,
        kb_id: null,
      });
      expect((await store.exportPage('figures', 0, 10)).rows.map((r) => r.value)).toEqual([40, 12]);
      expect((await store.exportPage('sightings', 0, 10)).rows[0]).toMatchObject({
        source_ref: 'copy.html',
        raw: markup,
        raw_media_type: 'text/html',
      });
    });

    it('runs clustering sections one at a time', async () => {
      const log: string[] = [];
      const section = (name: string) =>
        store.withClusterLock(async () => {
          log.push(`${name}+`);
          await new Promise((resolve) => setTimeout(resolve, 20));
          log.push(`${name}-`);
        });
      await Promise.all([section('a'), section('b')]);
      expect([log.join(' ')]).toContainEqual(expect.stringMatching(/^(a\+ a- b\+ b-|b\+ b- a\+ a-)$/));
    });
  });
}
