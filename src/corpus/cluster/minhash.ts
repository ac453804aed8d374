/**
 * MinHash signatures over sets of 32-bit shingle hashes. Each of the k functions is
 * `avalanche(x XOR seed_i)`: a cheap, well-mixed permutation proxy that needs no big
 * arithmetic. The fraction of equal positions in two signatures estimates the Jaccard
 * similarity of the two sets.
 */
import { avalanche } from './hash.js';

export const DEFAULT_SIGNATURE_SIZE = 128;

export class MinHasher {
  readonly size: number;
  private readonly seeds: Uint32Array;

  constructor(size = DEFAULT_SIGNATURE_SIZE, seed = 0x5eed) {
    this.size = size;
    this.seeds = new Uint32Array(size);
    let s = seed >>> 0;
    for (let i = 0; i < size; i++) {
      s = avalanche(s + 0x9e3779b9);
      this.seeds[i] = s;
    }
  }

  /** The signature of a set of shingle hashes; all 0xffffffff for an empty set. */
  signature(shingles: Iterable<number>): Uint32Array {
    const sig = new Uint32Array(this.size).fill(0xffffffff);
    const seeds = this.seeds;
    for (const shingle of shingles) {
      for (let i = 0; i < sig.length; i++) {
        const h = avalanche((shingle ^ seeds[i]!) >>> 0);
        if (h < sig[i]!) sig[i] = h;
      }
    }
    return sig;
  }
}

/** Estimated Jaccard similarity: the share of positions where two signatures agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError('signatures of different sizes');
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return a.length === 0 ? 0 : equal / a.length;
}

/**
 * Estimated containment of the smaller set in the larger, from the Jaccard estimate and
 * the set sizes: a trimmed copy is mostly contained in its original even when their
 * Jaccard similarity is modest.
 */
export function estimateContainment(jaccard: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  const intersection = (jaccard * (sizeA + sizeB)) / (1 + jaccard);
  return Math.min(1, intersection / smaller);
}
