/**
 * The conformance suite every DocumentStore backend must pass. A backend's test file
 * calls `describeDocumentStore('sqlite', openFreshStore)` and nothing else.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawOf, type StoryFixture, storyAnalysis } from '../../test/helpers/analysis-fixtures.js';
import { articleRecord } from '../corpus/record.js';
import type { ArticleRecord, DocumentStore } from './document-store.js';

const RUTTE = { name: 'Mark Rutte', kbId: 'Q57792' };
const HEGSETH = { name: 'Pete Hegseth', kbId: 'Q20089094' };

const original: StoryFixture = {
  id: 'a-original',
  title: 'NATO allies pledge to lift defence spending',
  published: '2025-02-14',
  publisher: 'Copydesk Wire',
  canonicalUrl: 'https://wire.example/nato-spending',
  text: 'European members of NATO promised to raise military spending, after Pete Hegseth pressed allies. Mark Rutte said 23 members met the target. "We will not reach 3% by wishing for it," Rutte told reporters.',
  entities: [
    { ...RUTTE, surfaces: ['Mark Rutte', 'Rutte'] },
    { ...HEGSETH, surfaces: ['Pete Hegseth'] },
    { name: 'NATO', type: 'organization', kbId: 'Q7184', surfaces: ['NATO'] },
  ],
  quotes: [{ text: '"We will not reach 3% by wishing for it,"', speaker: 'Mark Rutte' }],
  figures: [{ text: '23 members', value: 23, unit: 'count' }],
};

const copy: StoryFixture = {
  id: 'a-copy',
  title: 'NATO allies promise to raise defense spending',
  published: '2025-02-15',
  publisher: 'Content Farm',
  text: 'European members of NATO promised to raise military spending, after Beit Higseth pressed allies. Mark Root said 23 members met the target. "We will not reach 3% by wishing it," Root told journalists.',
  entities: [
    { ...RUTTE, surfaces: ['!Mark Root', '!Root'] },
    { ...HEGSETH, surfaces: ['!Beit Higseth'] },
    { name: 'NATO', type: 'organization', kbId: 'Q7184', surfaces: ['NATO'] },
  ],
  quotes: [{ text: '"We will not reach 3% by wishing it,"', speaker: 'Mark Rutte' }],
  figures: [{ text: '23 members', value: 23, unit: 'count' }],
};

const unrelated: StoryFixture = {
  id: 'a-rates',
  title: 'Central bank holds rates',
  published: '2025-03-02',
  publisher: 'Daily Ledger',
  text: 'The central bank held its main interest rate on Tuesday, citing stubborn inflation in services. Governor Anna Berg said the labour market remained tight.',
  entities: [{ name: 'Anna Berg', surfaces: ['Anna Berg'] }],
  quotes: [],
};

const record = (story: StoryFixture): ArticleRecord =>
  articleRecord(storyAnalysis(story), rawOf(story.text), `fixture:${story.id}`);

/** Options the suite opens a store with: `maxRanked` lowers the broad-search threshold (default 5,000). */
export interface StoreTestOptions {
  readonly maxRanked?: number;
}

export function describeDocumentStore(
  name: string,
  open: (options?: StoreTestOptions) => Promise<DocumentStore>,
): void {
  describe(`DocumentStore conformance: ${name}`, () => {
    let store: DocumentStore;
    beforeEach(async () => {
      store = await open();
      await store.migrate();
    });
    afterEach(async () => {
      await store.close();
    });

    it('migrates idempotently and starts empty', async () => {
      await store.migrate();
      expect(await store.countArticles()).toBe(0);
    });

    it('stores an article whole and returns it with its analysis and raw input', async () => {
      expect(await store.saveArticle(record(original))).toEqual({ status: 'inserted', id: 'a-original' });
      const stored = await store.getArticle('a-original');
      expect(stored?.title).toBe(original.title);
      expect(stored?.publisher).toBe('Copydesk Wire');
      expect(stored?.analysis).toEqual(storyAnalysis(original));
      expect(stored?.raw).toEqual({ content: original.text, mediaType: 'text/plain' });
      expect(stored?.sourceRef).toBe('fixture:a-original');
      expect(await store.getArticle('nope')).toBeNull();
    });

    it('stores the same article once, by id, canonical URL or content hash', async () => {
      await store.saveArticle(record(original));
      expect(await store.saveArticle(record(original))).toMatchObject({ status: 'duplicate', reason: 'id' });
      const sameUrl = record({ ...original, id: 'other-id', text: `${original.text} Updated.` });
      expect(await store.saveArticle(sameUrl)).toMatchObject({
        status: 'duplicate',
        reason: 'canonical-url',
      });
      const sameBody = record({
        ...original,
        id: 'third-id',
        canonicalUrl: undefined,
        title: 'Another page',
      });
      expect(await store.saveArticle(sameBody)).toMatchObject({
        status: 'duplicate',
        id: 'a-original',
        reason: 'content-hash',
      });
      expect(await store.countArticles()).toBe(1);
    });

    it('records a verbatim copy from another place as a sighting, once per place', async () => {
      await store.saveArticle(record(original));
      // The same input from another site (same id: same raw content), then from a third
      // in other markup (same clean text), then the first copy again.
      const farm = record({
        ...original,
        canonicalUrl: 'https://farm.example/nato',
        publisher: 'Content Farm',
        title: 'Copied: NATO allies pledge',
        published: '2025-02-16',
      });
      expect(await store.saveArticle(farm)).toEqual({
        status: 'duplicate',
        id: 'a-original',
        reason: 'id',
        sighting: 'new',
      });
      const mirror = {
        ...record({ ...original, id: 'mirror-id', canonicalUrl: undefined, publisher: 'Mirror Site' }),
        sourceRef: 'mirror/nato.html',
      };
      expect(await store.saveArticle(mirror)).toEqual({
        status: 'duplicate',
        id: 'a-original',
        reason: 'content-hash',
        sighting: 'new',
      });
      expect(await store.saveArticle(farm)).toMatchObject({ sighting: 'known' });
      // The article's own place again, or its URL with new text, is no sighting.
      expect(await store.saveArticle(record(original))).toEqual({
        status: 'duplicate',
        id: 'a-original',
        reason: 'id',
      });
      const updated = record({ ...original, id: 'updated', text: `${original.text} Updated.` });
      expect(await store.saveArticle(updated)).toEqual({
        status: 'duplicate',
        id: 'a-original',
        reason: 'canonical-url',
      });
      expect(await store.countArticles()).toBe(1);
      const sightings = await store.listSightings(['a-original', 'nope']);
      // Earliest published first.
      expect(sightings).toEqual([
        expect.objectContaining({
          articleId: 'a-original',
          publisher: 'Mirror Site',
          published: '2025-02-14',
          url: null,
          sourceRef: 'mirror/nato.html',
        }),
        expect.objectContaining({
          articleId: 'a-original',
          publisher: 'Content Farm',
          title: 'Copied: NATO allies pledge',
          published: '2025-02-16',
          sourceRef: 'fixture:a-original',
        }),
      ]);
      expect(sightings[1]?.seenAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(await store.listSightings([])).toEqual([]);
    });

    it('returns summaries of the ids asked, in order, leaving unknown ones out', async () => {
      for (const s of [original, unrelated]) await store.saveArticle(record(s));
      const summaries = await store.getSummaries(['a-rates', 'nope', 'a-original']);
      expect(summaries.map((s) => [s.id, s.publisher])).toEqual([
        ['a-rates', 'Daily Ledger'],
        ['a-original', 'Copydesk Wire'],
      ]);
      expect(summaries[0]).not.toHaveProperty('analysis');
    });

    it('saves nothing of an article that fails half-way', async () => {
      const broken = record(original);
      const figures = [{ ...broken.analysis.figures[0]!, unit: null as unknown as string }];
      await expect(
        store.saveArticle({ ...broken, analysis: { ...broken.analysis, figures } }),
      ).rejects.toThrow();
      expect(await store.countArticles()).toBe(0);
      expect(await store.findEntities('Rutte', 10)).toEqual([]);
      expect(await store.saveArticle(record(original))).toMatchObject({ status: 'inserted' });
    });

    it('searches full text with phrases, filters and paging, never choking on odd input', async () => {
      for (const s of [original, copy, unrelated]) await store.saveArticle(record(s));
      const spending = await store.searchArticles({ text: 'military spending', limit: 10, offset: 0 });
      expect(spending.total).toBe(2);
      expect(spending.items[0]?.snippet).toMatch(/«military» «spending»|«military spending»/);
      expect(
        (await store.searchArticles({ text: '"wishing for it"', limit: 10, offset: 0 })).items.map(
          (i) => i.id,
        ),
      ).toEqual(['a-original']);
      const since = await store.searchArticles({
        text: 'spending',
        since: '2025-02-15',
        limit: 10,
        offset: 0,
      });
      expect(since.items.map((i) => i.id)).toEqual(['a-copy']);
      const until = await store.searchArticles({ until: '2025-02-14', limit: 10, offset: 0 });
      expect(until.items.map((i) => i.id)).toEqual(['a-original']);
      const byPublisher = await store.searchArticles({ publisher: 'daily ledger', limit: 10, offset: 0 });
      expect(byPublisher.items.map((i) => i.id)).toEqual(['a-rates']);
      const paged = await store.searchArticles({ limit: 2, offset: 2 });
      expect(paged.total).toBe(3);
      expect(paged.items).toHaveLength(1);
      for (const odd of ['NEAR(', 'AND OR NOT', '"unbalanced', '*', "'; DROP TABLE articles; --", '']) {
        await expect(store.searchArticles({ text: odd, limit: 5, offset: 0 })).resolves.toBeDefined();
      }
      expect(await store.countArticles()).toBe(3);
    });

    it('lists a broad search (more matches than it ranks) newest stored first, with a capped count', async () => {
      // The 5,000-match threshold, lowered to 5 so that the path runs on 9 articles.
      const broad = await open({ maxRanked: 5 });
      try {
        await broad.migrate();
        const ids: string[] = [];
        for (let i = 0; i < 9; i++) {
          const id = `harbour-${i}`;
          ids.push(id);
          await broad.saveArticle(
            record({
              id,
              title: `Harbour report ${i}`,
              // Stored oldest to newest by storage order, but dated in another order.
              published: `2025-0${1 + ((i * 4) % 9)}-10`,
              text: `The harbour authority counted ${100 + i} ships in week ${i}, port officials said on Monday.`,
            }),
          );
        }
        await broad.saveArticle(record(unrelated));
        const first = await broad.searchArticles({ text: 'harbour', limit: 4, offset: 0 });
        expect(first.items.map((h) => h.id)).toEqual(['harbour-8', 'harbour-7', 'harbour-6', 'harbour-5']);
        // The count stops at the cap (flagged as a lower bound) or is exact.
        if (first.totalIsLowerBound) expect(first.total).toBe(6);
        else expect(first.total).toBe(9);
        const second = await broad.searchArticles({ text: 'harbour', limit: 4, offset: 4 });
        expect(second.items.map((h) => h.id)).toEqual(['harbour-4', 'harbour-3', 'harbour-2', 'harbour-1']);
        expect(second.items[0]?.snippet).toMatch(/«harbour»/i);
        // With a filter the count is a lower bound on every backend.
        const filtered = await broad.searchArticles({
          text: 'harbour',
          since: '2025-01-01',
          limit: 2,
          offset: 0,
        });
        expect(filtered).toMatchObject({ total: 6, totalIsLowerBound: true });
        expect(filtered.items.map((h) => h.id)).toEqual(['harbour-8', 'harbour-7']);
        // Up to the threshold, matches are ranked and counted exactly.
        const narrow = await broad.searchArticles({ text: '"104 ships"', limit: 4, offset: 0 });
        expect(narrow.items.map((h) => h.id)).toEqual(['harbour-4']);
        expect(narrow.total).toBe(1);
        expect(narrow.totalIsLowerBound).toBeUndefined();
      } finally {
        await broad.close();
      }
    });

    it('folds entities across articles by KB id and keeps repaired surfaces apart', async () => {
      await store.saveArticle(record(original));
      await store.saveArticle(record(copy));
      const [rutte] = await store.findEntities('Rutte', 5);
      expect(rutte).toMatchObject({ name: 'Mark Rutte', kbId: 'Q57792', articleCount: 2, mentionCount: 4 });
      const page = await store.getEntity(rutte!.id);
      expect(page?.surfaces).toEqual(
        expect.arrayContaining([
          { text: 'Mark Rutte', count: 1, repaired: false },
          { text: 'Mark Root', count: 1, repaired: true },
        ]),
      );
      expect(page?.timeline).toEqual([{ month: '2025-02', articles: 2, quotes: 2 }]);
      expect(page?.coMentioned.map((c) => c.entity.name)).toEqual(['NATO', 'Pete Hegseth']);
      expect(await store.getEntity('999999')).toBeNull();
      const filtered = await store.searchArticles({ entityId: rutte!.id, limit: 10, offset: 0 });
      expect(filtered.total).toBe(2);
      const quoted = await store.searchArticles({
        speakerId: rutte!.id,
        since: '2025-02-15',
        limit: 10,
        offset: 0,
      });
      expect(quoted.items.map((i) => i.id)).toEqual(['a-copy']);
    });

    it('lists quotes by speaker over time', async () => {
      for (const s of [original, copy, unrelated]) await store.saveArticle(record(s));
      const [rutte] = await store.findEntities('Mark Rutte', 1);
      const quotes = await store.listQuotes({ speakerId: rutte!.id, limit: 10, offset: 0 });
      expect(quotes.total).toBe(2);
      expect(quotes.items.map((q) => q.published)).toEqual(['2025-02-15', '2025-02-14']);
      expect(quotes.items[0]).toMatchObject({
        speakerName: 'Mark Rutte',
        kind: 'direct',
        articleId: 'a-copy',
      });
      const byName = await store.listQuotes({
        speakerName: 'mark rutte',
        until: '2025-02-14',
        limit: 10,
        offset: 0,
      });
      expect(byName.items.map((q) => q.articleId)).toEqual(['a-original']);
    });

    it('finds copies through LSH bands and keeps clusters, merging them when needed', async () => {
      const o = record(original);
      const c = record(copy);
      const u = record(unrelated);
      for (const r of [o, c, u]) await store.saveArticle(r);
      const candidates = await store.clusterCandidates(
        { text: c.clustering.textBands, fingerprint: c.clustering.fingerprintBands },
        10,
      );
      const ids = candidates.map((x) => x.id);
      expect(ids).toContain('a-original');
      expect(ids).not.toContain('a-rates');
      const found = candidates.find((x) => x.id === 'a-original')!;
      expect(found.textSignature).toEqual(o.clustering.textSignature);
      expect(found.shingleCount).toBe(o.clustering.shingleCount);

      const first = await store.assignCluster({
        articleIds: ['a-original'],
        originalId: 'a-original',
        relations: new Map([['a-original', { relation: 'original', similarity: 1 }]]),
      });
      const lone = await store.assignCluster({
        articleIds: ['a-rates'],
        originalId: 'a-rates',
        relations: new Map([['a-rates', { relation: 'original', similarity: 1 }]]),
      });
      const merged = await store.assignCluster({
        articleIds: ['a-copy', 'a-original', 'a-rates'],
        originalId: 'a-original',
        relations: new Map([
          ['a-copy', { relation: 'machine-translated', similarity: 0.61 }],
          ['a-original', { relation: 'original', similarity: 1 }],
        ]),
      });
      expect(merged).toBe([first, lone].sort()[0]);
      const cluster = await store.getCluster(merged);
      expect(cluster?.originalId).toBe('a-original');
      expect(cluster?.members.map((m) => [m.id, m.relation])).toEqual([
        ['a-original', 'original'],
        ['a-copy', 'machine-translated'],
        ['a-rates', null],
      ]);
      expect(await store.getCluster([first, lone].sort()[1]!)).toBeNull();
      expect((await store.getArticle('a-copy'))?.clusterId).toBe(merged);
    });
  });
}
