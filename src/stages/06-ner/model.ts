/**
 * A linear model over hashed features: a feature-hash → row index, one weight per
 * (row, label), and label-transition weights. Weights are held as int16 with one
 * scale (as stored in the model file), so a row of 17 labels fits one cache line;
 * scoring a token adds the rows of its features in integers and scales once.
 */
import { HashTable } from './hash-table.js';
import { LABEL_COUNT } from './tags.js';

const L = LABEL_COUNT;
if (L !== 17) throw new Error('LinearModel.score is unrolled for 17 labels');

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
  private indexTable: HashTable | null = null;
  private scratch = new Int32Array(128);

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
  }

  /** The feature index, built on first use (the tagger keeps its own shared one). */
  private get index(): HashTable {
    if (!this.indexTable) {
      this.indexTable = new HashTable(this.keys.length);
      for (let r = 0; r < this.keys.length; r++) this.indexTable.set(this.keys[r]!, r);
    }
    return this.indexTable;
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
    if (this.scratch.length < count) this.scratch = new Int32Array(count * 2);
    const rows = this.scratch;
    for (let j = 0; j < count; j++) rows[j] = this.index.get(features[offset + j]!);
    this.scoreRows(rows, 0, count, out, outOffset);
  }

  /**
   * Emission scores of one token from weight rows already looked up (-1 = none):
   * the tagger resolves features once for both of its models.
   */
  scoreRows(rows: Int32Array, offset: number, count: number, out: Float32Array, outOffset: number): void {
    // 17 running sums in locals: unrolled, because this loop is most of tagging time.
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    let s8 = 0;
    let s9 = 0;
    let s10 = 0;
    let s11 = 0;
    let s12 = 0;
    let s13 = 0;
    let s14 = 0;
    let s15 = 0;
    let s16 = 0;
    const w = this.weights;
    for (let j = offset; j < offset + count; j++) {
      const r = rows[j]!;
      if (r < 0) continue;
      const b = r * L;
      s0 += w[b]!;
      s1 += w[b + 1]!;
      s2 += w[b + 2]!;
      s3 += w[b + 3]!;
      s4 += w[b + 4]!;
      s5 += w[b + 5]!;
      s6 += w[b + 6]!;
      s7 += w[b + 7]!;
      s8 += w[b + 8]!;
      s9 += w[b + 9]!;
      s10 += w[b + 10]!;
      s11 += w[b + 11]!;
      s12 += w[b + 12]!;
      s13 += w[b + 13]!;
      s14 += w[b + 14]!;
      s15 += w[b + 15]!;
      s16 += w[b + 16]!;
    }
    const k = this.scale;
    const o = outOffset;
    out[o] = s0 * k;
    out[o + 1] = s1 * k;
    out[o + 2] = s2 * k;
    out[o + 3] = s3 * k;
    out[o + 4] = s4 * k;
    out[o + 5] = s5 * k;
    out[o + 6] = s6 * k;
    out[o + 7] = s7 * k;
    out[o + 8] = s8 * k;
    out[o + 9] = s9 * k;
    out[o + 10] = s10 * k;
    out[o + 11] = s11 * k;
    out[o + 12] = s12 * k;
    out[o + 13] = s13 * k;
    out[o + 14] = s14 * k;
    out[o + 15] = s15 * k;
    out[o + 16] = s16 * k;
  }
}
