/**
 * A linear model over hashed features: a feature-hash → row index, one weight per
 * (row, label), and label-transition weights. Weights are held as int16 with one
 * scale (as stored in the model file), so a row of 17 labels fits one cache line;
 * scoring a token adds the rows of its features in integers and scales once.
 */
import { HashTable } from './hash-table.js';
import { LABEL_COUNT } from './tags.js';

const L = LABEL_COUNT;

/** Quantises float weights to int16 with one scale (the largest magnitude maps to 32767). */
export function quantizeWeights(weights: Float32Array): { data: Int16Array; scale: number } {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]!));
  const scale = max > 0 ? max / 32767 : 1;
  const data = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) data[i] = Math.round(weights[i]! / scale);
  return { data, scale };
}

export class LinearModel {
  readonly keys: Uint32Array;
  /** int16 weights, `rows × L`; the real weight is `weights[i] * scale`. */
  readonly weights: Int16Array;
  readonly scale: number;
  /** `(L + 1) × L`: row 0 scores the first label of a sentence. */
  readonly transitions: Float32Array;
  private readonly index: HashTable;
  private readonly sums = new Int32Array(L);

  /** `keys[r]` is the feature hash of weight row r; float weights are quantised. */
  static fromFloat(keys: Uint32Array, weights: Float32Array, transitions: Float32Array): LinearModel {
    const q = quantizeWeights(weights);
    return new LinearModel(keys, q.data, q.scale, transitions);
  }

  constructor(keys: Uint32Array, weights: Int16Array, scale: number, transitions: Float32Array) {
    if (weights.length !== keys.length * L || transitions.length !== (L + 1) * L) {
      throw new RangeError('model arrays do not match the label set');
    }
    this.keys = keys;
    this.weights = weights;
    this.scale = scale;
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
   * Emission scores of one token: `out[outOffset + y] = Σ weight(f, y)` over the
   * `count` feature hashes starting at `features[offset]`.
   */
  score(features: Uint32Array, offset: number, count: number, out: Float32Array, outOffset: number): void {
    const sums = this.sums;
    sums.fill(0);
    const w = this.weights;
    const index = this.index;
    for (let j = offset; j < offset + count; j++) {
      const r = index.get(features[j]!);
      if (r < 0) continue;
      const base = r * L;
      for (let y = 0; y < L; y++) sums[y]! += w[base + y]!;
    }
    const scale = this.scale;
    for (let y = 0; y < L; y++) out[outOffset + y] = sums[y]! * scale;
  }
}
