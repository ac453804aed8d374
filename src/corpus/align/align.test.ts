import { describe, expect, it } from 'vitest';
import { rawOf, type StoryFixture, storyAnalysis } from '../../../test/helpers/analysis-fixtures.js';
import { SqliteDocumentStore } from '../../adapters/storage-sqlite/store.js';
import { createDefaultPipeline } from '../../presets/default.js';
import { Corpus } from '../corpus.js';
import { articleRecord } from '../record.js';
import { alignNames, nameSimilarity } from './align.js';
import { repairFromOriginal } from './repair.js';

// Ilse Vandermeer is invented: no knowledge base can know her, only the original can.
const original: StoryFixture = {
  id: 'orig',
  published: '2025-03-03',
  publisher: 'Harbour Wire',
  text:
    'Port authority chief Ilse Vandermeer said on Monday that cargo volumes in Ostend rose 12 percent last year. ' +
    'Vandermeer told reporters that the new container terminal would open in the autumn. ' +
    'Union leader Jonas Vell welcomed the figures but warned about overtime for dock workers.',
  entities: [
    { name: 'Ilse Vandermeer', surfaces: ['Ilse Vandermeer'] },
    { name: 'Jonas Vell', surfaces: ['Jonas Vell'] },
    { name: 'Ostend', type: 'location', surfaces: ['Ostend'] },
  ],
  figures: [{ text: '12 percent', value: 12, unit: 'percent' }],
};

const copy: StoryFixture = {
  id: 'copy',
  published: '2025-03-04',
  publisher: 'Daily Aggregator',
  text:
    'Port authority chief Ilsa Fandermeer said on Monday that cargo volumes in Ostend rose 12 percent last year. ' +
    'Fandermeer told journalists that the new container terminal would open in the autumn. ' +
    'Union leader Jonas Vell welcomed the figures but warned about overtime for dock workers.',
  entities: [
    { name: 'Ilsa Fandermeer', surfaces: ['Ilsa Fandermeer'] },
    { name: 'Jonas Vell', surfaces: ['Jonas Vell'] },
    { name: 'Ostend', type: 'location', surfaces: ['Ostend'] },
  ],
  figures: [{ text: '12 percent', value: 12, unit: 'percent' }],
};

describe('alignNames', () => {
  it('maps a mangled name to the name standing at the same place in the aligned sentence', () => {
    const names = alignNames(storyAnalysis(copy), storyAnalysis(original));
    expect(names.map((n) => [n.copy.text, n.original.text])).toEqual([
      ['Ilsa Fandermeer', 'Ilse Vandermeer'],
    ]);
  });

  it('leaves unchanged names and unrelated sentences alone', () => {
    const other = storyAnalysis({
      id: 'x',
      text: 'The weather in Ostend was mild. Ilse Vandermeer was not mentioned here at all by anyone.',
      entities: [{ name: 'Ilse Vandermeer', surfaces: ['Ilse Vandermeer'] }],
    });
    expect(alignNames(storyAnalysis(copy), other)).toEqual([]);
    expect(alignNames(storyAnalysis(original), storyAnalysis(original))).toEqual([]);
  });

  it('scores spelling similarity of names', () => {
    expect(nameSimilarity('Beit Higseth', 'Pete Hegseth')).toBeGreaterThan(0.5);
    expect(nameSimilarity('Jonas Vell', 'Pete Hegseth')).toBeLessThan(0.3);
  });
});

describe('repairFromOriginal', () => {
  it('renames the copy entity, marks its mentions repaired and records the evidence', () => {
    const { analysis, repairs } = repairFromOriginal(storyAnalysis(copy), storyAnalysis(original));
    expect(repairs.map((r) => [r.surface, r.name])).toEqual([['Ilsa Fandermeer', 'Ilse Vandermeer']]);
    const ilse = analysis.entities.find((e) => e.name === 'Ilse Vandermeer')!;
    expect(ilse.mentions.map((m) => [m.text, m.repaired])).toContainEqual(['Ilsa Fandermeer', true]);
    expect(ilse.evidence[0]).toMatchObject({ kind: 'corpus-alignment' });
    expect(analysis.entities.find((e) => e.name === 'Jonas Vell')?.mentions[0]?.repaired).toBe(false);
    // Idempotent: a repaired copy has nothing left to repair.
    expect(repairFromOriginal(analysis, storyAnalysis(original)).repairs).toEqual([]);
  });
});

describe('repairFromOriginal when the copy has no entity there', () => {
  it('adds the entity with each occurrence of the mangled surface', () => {
    const missed = storyAnalysis({
      ...copy,
      text: `${copy.text} Ilsa Fandermeer did not comment further.`,
      entities: copy.entities?.slice(1),
    });
    const { analysis } = repairFromOriginal(missed, storyAnalysis(original));
    const ilse = analysis.entities.find((e) => e.name === 'Ilse Vandermeer');
    expect(ilse?.mentions.map((m) => [m.text, m.repaired])).toEqual([
      ['Ilsa Fandermeer', true],
      ['Ilsa Fandermeer', true],
    ]);
    expect(ilse?.kbId).toBeNull();
  });
});

describe('Corpus alignment step', () => {
  const record = (s: StoryFixture) => articleRecord(storyAnalysis(s), rawOf(s.text), `fixture:${s.id}`);

  for (const order of [
    ['original first', [original, copy]],
    ['copy first', [copy, original]],
  ] as const) {
    it(`stores the repair in the copy's entities (${order[0]})`, async () => {
      const store = SqliteDocumentStore.open(':memory:');
      await store.migrate();
      const corpus = new Corpus(store, createDefaultPipeline());
      for (const s of order[1]) await corpus.add(record(s));
      const stored = await store.getArticle('copy');
      expect(stored?.clusterId).not.toBeNull();
      const ilse = stored?.analysis.entities.find((e) => e.name === 'Ilse Vandermeer');
      expect(ilse?.evidence.map((e) => e.kind)).toContain('corpus-alignment');
      const [entity] = await store.findEntities('Vandermeer', 5);
      expect(entity).toMatchObject({ name: 'Ilse Vandermeer', articleCount: 2 });
      expect((await store.getEntity(entity!.id))?.surfaces).toContainEqual({
        text: 'Ilsa Fandermeer',
        count: 1,
        repaired: true,
      });
      await store.close();
    });
  }
});
