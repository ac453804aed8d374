/**
 * A linear model over hashed features: a feature-hash → row index, one weight per
 * (row, label), and label-transition weights. Scoring a token adds the rows of its
 * features; there is no per-feature object anywhere.
 */
import { HashTable } from './hash-table.js';
import { LABEL_COUNT } from './tags.js';

const L = LABEL_COUNT;

export class LinearModel {
  readonly keys: Uint32Array;
  readonly weights: Float32Array;
  /** `(L + 1) × L`: row 0 scores the first label of a sentence. */
  readonly transitions: Float32Array;
  private readonly index: HashTable;

  /** `keys[r]` is the feature hash of weight row r. */
  constructor(keys: Uint32Array, weights: Float32Array, transitions: Float32Array) {
    if (weights.length !== keys.length * L || transitions.length !== (L + 1) * L) {
      throw new RangeError('model arrays do not match the label set');
    }
    this.keys = keys;
    this.weights = weights;
    this.transitions = transitions;
    this.index = new HashTable(keys.length);
    for (let r = 0; r < keys.length; r++) this.index.set(keys[r]!, r);
  }

  get rows(): number {
    return this.keys.length;
  }

  /** Row of a feature hash, or -1 for a feature the model never learned. */
  row(feature: number): number {
    return this.index.get(feature);
  }

  /**
   * Emission scores of one token: `out[outOffset + y] = Σ weights[row(f), y]` over the
   * `count` feature hashes starting at `features[offset]` (0 entries are skipped).
   */
  score(features: Uint32Array, offset: number, count: number, out: Float32Array, outOffset: number): void {
    out.fill(0, outOffset, outOffset + L);
    const w = this.weights;
    for (let j = offset; j < offset + count; j++) {
      const f = features[j]!;
      if (f === 0) continue;
      const r = this.index.get(f);
      if (r < 0) continue;
      const base = r * L;
      for (let y = 0; y < L; y++) out[outOffset + y]! += w[base + y]!;
    }
  }
}
