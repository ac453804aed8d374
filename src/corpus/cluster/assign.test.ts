import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawOf, type StoryFixture, storyAnalysis } from '../../../test/helpers/analysis-fixtures.js';
import { SqliteDocumentStore } from '../../adapters/storage-sqlite/store.js';
import type { ArticleSummary } from '../../ports/document-store.js';
import { articleRecord } from '../record.js';
import { chooseOriginal, clusterArticle } from './assign.js';

const wire =
  'European members of NATO promised on Friday to raise military spending faster, after US Defense Secretary Pete Hegseth told allies that Washington would no longer be the primary guarantor of security on the continent. Speaking on the sidelines of the Munich Security Conference, NATO Secretary-General Mark Rutte said 23 NATO members now met the target of spending 2% of economic output on defence, up from just three in 2014. Hegseth, who visited Brussels on Thursday, said the United States expected Europe to shoulder the overwhelming share of conventional defence.';
const spun =
  'European NATO members pledged on Friday to lift defense outlays more quickly, after US Defense Secretary Beit Higseth warned partners that Washington would no longer act as the main guardian of safety on the continent. On the margins of the Munich Safety Convention, NATO Secretary -General Mark Root said 23 NATO members at present reach the goal of devoting 2 % of economic output to defense, up from only three in 2014. Higseth, who was in Brussels on Thursday, said the United States wanted Europe to carry the overwhelming share of conventional defense.';
const people = (text: string, repaired: boolean): StoryFixture['entities'] => {
  const r = repaired ? '!' : '';
  return [
    {
      name: 'Pete Hegseth',
      kbId: 'Q1',
      surfaces: repaired ? ['!Beit Higseth', '!Higseth,'] : ['Pete Hegseth', 'Hegseth,'],
    },
    {
      name: 'Munich Security Conference',
      type: 'event' as const,
      kbId: 'Q2',
      surfaces: [`${r}Munich ${repaired ? 'Safety Convention' : 'Security Conference'}`],
    },
    { name: 'Mark Rutte', kbId: 'Q3', surfaces: [repaired ? '!Mark Root' : 'Mark Rutte'] },
    { name: 'Brussels', type: 'location' as const, kbId: 'Q4', surfaces: ['Brussels'] },
  ].map((e) => ({ ...e, surfaces: e.surfaces.filter((s) => text.includes(s.replace('!', ''))) }));
};
const figures = (text: string) =>
  [
    { text: '23 NATO members', value: 23, unit: 'count' },
    { text: text.includes('2 %') ? '2 %' : '2%', value: 2, unit: 'percent' },
    { text: '2014', value: 2014, unit: 'year' },
  ] as const;

const stories: Record<string, StoryFixture> = {
  original: {
    id: 'original',
    text: wire,
    published: '2025-02-14',
    entities: people(wire, false),
    figures: figures(wire),
  },
  verbatim: {
    id: 'verbatim',
    text: `${wire} Source link`,
    published: '2025-02-15',
    entities: people(wire, false),
    figures: figures(wire),
  },
  trimmed: {
    id: 'trimmed',
    text: wire.slice(0, wire.indexOf(' Hegseth, who')),
    published: '2025-02-14',
    entities: people(wire.slice(0, wire.indexOf(' Hegseth, who')), false),
    figures: figures(wire),
  },
  spun: {
    id: 'spun',
    text: spun,
    published: '2025-02-16',
    entities: people(spun, true),
    figures: figures(spun),
  },
  other: {
    id: 'other',
    text: 'The central bank held its main interest rate at 4% on Tuesday, citing stubborn inflation in services, and said it would watch wage growth closely before any cut later in the year.',
    published: '2025-02-14',
    entities: [],
    figures: [{ text: '4%', value: 4, unit: 'percent' }],
  },
};

describe('clusterArticle', () => {
  let store: SqliteDocumentStore;
  beforeEach(async () => {
    store = SqliteDocumentStore.open(':memory:');
    await store.migrate();
  });
  afterEach(() => store.close());

  async function ingest(story: StoryFixture) {
    const record = articleRecord(storyAnalysis(story), rawOf(story.text), story.id);
    await store.saveArticle(record);
    return clusterArticle(store, story.id, { ...record.clustering });
  }

  it('gathers verbatim, trimmed and spun copies with their original, and keeps other stories apart', async () => {
    // The spun copy arrives first: the original, published earlier, must still win.
    for (const name of ['spun', 'verbatim', 'other', 'original', 'trimmed']) await ingest(stories[name]!);
    const cluster = await store.getCluster((await store.getArticle('original'))!.clusterId!);
    expect(cluster?.originalId).toBe('original');
    const relations = Object.fromEntries(cluster!.members.map((m) => [m.id, m.relation]));
    expect(relations).toEqual({
      original: 'original',
      verbatim: 'verbatim',
      trimmed: 'trimmed',
      spun: 'spun',
    });
    const other = await store.getArticle('other');
    expect(other?.clusterId).not.toBe(cluster?.id);
    expect((await store.getCluster(other!.clusterId!))?.members.map((m) => m.id)).toEqual(['other']);
  });
});

describe('chooseOriginal', () => {
  const summary = (
    id: string,
    published: string | null,
    scraped: number | null,
    ingestedAt = '2025-01-01',
  ): ArticleSummary => ({
    id,
    published,
    scraped,
    machineTranslated: scraped,
    ingestedAt,
    title: null,
    publisher: null,
    url: null,
    language: null,
    clusterId: null,
  });

  it('prefers the earliest date, then the cleanest copy, then the first stored', () => {
    expect(chooseOriginal([summary('late', '2025-02-15', 0), summary('early', '2025-02-14', 0.9)])).toBe(
      'early',
    );
    expect(
      chooseOriginal([summary('farm', '2025-02-14', 0.9), summary('wire', '2025-02-14T09:00:00Z', 0.1)]),
    ).toBe('wire');
    expect(chooseOriginal([summary('undated', null, 0), summary('dated', '2025-03-01', 0.5)])).toBe('dated');
    expect(
      chooseOriginal([summary('b', null, null, '2025-01-02'), summary('a', null, null, '2025-01-01')]),
    ).toBe('a');
  });
});
