import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../core/random.js';
import { LshIndex } from './lsh.js';
import { estimateContainment, estimateJaccard, MinHasher } from './minhash.js';
import { normalisedWords, wordShingles } from './shingles.js';

const hasher = new MinHasher();

function randomSet(size: number, random: () => number): Set<number> {
  const set = new Set<number>();
  while (set.size < size) set.add(Math.floor(random() * 2 ** 32));
  return set;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

describe('MinHash', () => {
  it('estimates Jaccard similarity within a few points of the truth', () => {
    const random = seededRandom(1);
    for (const overlap of [0, 0.2, 0.5, 0.8, 1]) {
      const shared = randomSet(Math.round(400 * overlap), random);
      const a = new Set([...shared, ...randomSet(400 - shared.size, random)]);
      const b = new Set([...shared, ...randomSet(400 - shared.size, random)]);
      const estimate = estimateJaccard(hasher.signature(a), hasher.signature(b));
      expect(Math.abs(estimate - jaccard(a, b))).toBeLessThan(0.12);
    }
  });

  it('is deterministic across instances with the same seed', () => {
    const set = [1, 2, 3, 99, 12345];
    expect(new MinHasher().signature(set)).toEqual(new MinHasher().signature(set));
    expect(new MinHasher(128, 1).signature(set)).not.toEqual(new MinHasher(128, 2).signature(set));
  });

  it('derives containment, so a trimmed copy is recognised as contained in its original', () => {
    // A copy keeping the first 40% of the original: Jaccard 0.4, containment 1.
    expect(estimateContainment(0.4, 100, 40)).toBeCloseTo(1, 5);
    expect(estimateContainment(0, 100, 40)).toBe(0);
  });
});

describe('word shingles', () => {
  it('ignore case, punctuation, quotes and diacritics', () => {
    const a = wordShingles(normalisedWords('“We will not,” Rutte told reporters in Zürich.'));
    const b = wordShingles(normalisedWords('"we will NOT" - rutte told reporters in zurich'));
    expect([...a].sort()).toEqual([...b].sort());
  });
});

describe('LSH index', () => {
  it('finds near-duplicates as candidates and keeps unrelated texts apart', () => {
    const index = new LshIndex<string>();
    const story =
      'European members of NATO promised on Friday to raise military spending faster after the US defence secretary told allies that Washington would no longer be the primary guarantor of security on the continent';
    const copy = story.replace('primary', 'main').replace('Friday', 'Friday,');
    const other =
      'The central bank raised its main interest rate by a quarter of a percentage point on Tuesday citing stubborn inflation in services and a tight labour market across the country';
    const sig = (t: string) => hasher.signature(wordShingles(normalisedWords(t), 3));
    expect(index.add('story', sig(story)).size).toBe(0);
    expect(index.add('other', sig(other)).size).toBe(0);
    expect([...index.add('copy', sig(copy))]).toEqual(['story']);
  });
});
