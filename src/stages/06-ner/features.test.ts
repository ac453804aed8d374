import { describe, expect, it } from 'vitest';
import { FeatureExtractor, MAX_FEATURES } from './features.js';
import { HashTable } from './hash-table.js';
import { emptyLexicon, Gazetteer } from './lexicon.js';
import { simpleTokenize } from './simple-tokenizer.js';
import { LABEL_COUNT } from './tags.js';

function featuresOf(ex: FeatureExtractor, text: string, k: number, prior?: Uint8Array): number[] {
  const seq = simpleTokenize(text);
  ex.prepare(seq);
  if (prior) ex.setPrior(prior);
  const out = new Uint32Array(MAX_FEATURES + 8);
  const n = ex.extract(seq, k, out, 0);
  expect(out[MAX_FEATURES]).toBe(0);
  return [...out.subarray(0, n)];
}

describe('FeatureExtractor', () => {
  it('stays within MAX_FEATURES even with 30 gazetteer lists and every prior label', () => {
    const lists = new Map<string, string[]>();
    for (let i = 0; i < 30; i++) lists.set(`list${i}`, ['Paris', 'Paris Paris', 'Paris Paris Paris']);
    const ex = new FeatureExtractor({
      clusters: new HashTable(1),
      clustersLower: new HashTable(1),
      gazetteer: Gazetteer.fromLists(lists),
    });
    const text =
      'Paris Paris Paris Paris Paris Paris Paris Paris Paris Paris Paris Paris Paris Paris Paris Paris Paris Paris';
    const prior = Uint8Array.from({ length: 18 }, (_, i) => i % LABEL_COUNT);
    const f = featuresOf(ex, text, 1, prior);
    expect(f.length).toBeLessThanOrEqual(MAX_FEATURES);
    expect(f.every((h) => h !== 0)).toBe(true);
  });

  it('gives curly and straight quotes the same features', () => {
    const ex = new FeatureExtractor(emptyLexicon());
    expect(featuresOf(ex, 'He said “no” today.', 2)).toEqual(featuresOf(ex, 'He said "no" today.', 2));
  });

  it('tells a capitalised word from its lower-case form', () => {
    const ex = new FeatureExtractor(emptyLexicon());
    expect(featuresOf(ex, 'we met Rose there', 2)).not.toEqual(featuresOf(ex, 'we met rose there', 2));
  });

  it('adds document-level features only once a prior is set', () => {
    const ex = new FeatureExtractor(emptyLexicon());
    const text = 'Clinton spoke . Bill Clinton left .';
    const without = featuresOf(ex, text, 0);
    const prior = new Uint8Array(7);
    prior[4] = 8; // some label on the second "Clinton"
    const withPrior = featuresOf(ex, text, 0, prior);
    expect(withPrior.length).toBeGreaterThan(without.length);
    expect(withPrior.slice(0, without.length)).toEqual(without);
  });
});
