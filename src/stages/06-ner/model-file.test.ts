import { describe, expect, it } from 'vitest';
import { CopydeskError } from '../../core/errors.js';
import { hashString, mix } from './hash.js';
import { HashTable } from './hash-table.js';
import { Gazetteer, PHRASE_SEED, packClusters } from './lexicon.js';
import { LinearModel } from './model.js';
import { readModelFile, writeModelFile } from './model-file.js';
import { LABEL_COUNT } from './tags.js';

const L = LABEL_COUNT;

function model(rows: number, seed: number): LinearModel {
  const keys = Uint32Array.from({ length: rows }, (_, i) => mix(seed, i));
  const weights = Float32Array.from({ length: rows * L }, (_, i) => Math.sin(i * seed) * 3);
  const transitions = Float32Array.from({ length: (L + 1) * L }, (_, i) => Math.cos(i) / 2);
  return LinearModel.fromFloat(keys, weights, transitions);
}

describe('model file', () => {
  it('round-trips models, clusters and gazetteer', () => {
    const clusters = new HashTable(2);
    clusters.set(hashString('Paris'), packClusters(3, 200, 4000));
    const gazetteer = Gazetteer.fromLists(
      new Map([
        ['cities', ['Paris', 'New York']],
        ['countries', ['France']],
      ]),
    );
    const first = model(50, 11);
    const second = model(30, 13);
    const bytes = writeModelFile({
      lexicon: { clusters, clustersLower: new HashTable(1), gazetteer },
      first,
      second,
      info: { note: 'test' },
    });
    const back = readModelFile(bytes);
    expect(back.info).toEqual({ note: 'test' });
    expect(back.lexicon.clusters.get(hashString('Paris'))).toBe(packClusters(3, 200, 4000));
    expect(back.lexicon.gazetteer.listNames).toEqual(['cities', 'countries']);
    const newYork = mix(mix(PHRASE_SEED, hashString('new', true)), hashString('york', true));
    expect(back.lexicon.gazetteer.lookup(newYork)).toBe(1);
    for (const [orig, copy] of [
      [first, back.first],
      [second, back.second!],
    ] as const) {
      expect(copy.rows).toBe(orig.rows);
      expect([...copy.transitions]).toEqual([...orig.transitions]);
      const features = orig.keys.slice(0, 5);
      const a = new Float32Array(L);
      const b = new Float32Array(L);
      orig.score(features, 0, features.length, a, 0);
      copy.score(features, 0, features.length, b, 0);
      for (let y = 0; y < L; y++) expect(b[y]).toBeCloseTo(a[y]!, 3);
    }
  });

  it('rejects bytes that are not a model', () => {
    expect(() => readModelFile(Buffer.from('not a model at all'))).toThrow(CopydeskError);
  });

  it('rejects a truncated model', () => {
    const bytes = writeModelFile({
      lexicon: {
        clusters: new HashTable(1),
        clustersLower: new HashTable(1),
        gazetteer: Gazetteer.fromLists(new Map()),
      },
      first: model(40, 3),
      second: null,
      info: {},
    });
    expect(() => readModelFile(bytes.subarray(0, bytes.length - 100))).toThrow(/truncated/);
  });
});
