/**
 * A first-order averaged structured perceptron over BIO labels, with hashed feature
 * weights in one flat array and Viterbi decoding (illegal I- after O is forbidden).
 * Linear in the sequence length. Saved as int16-quantised weights, gzip-compressed.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { CopydeskError } from '../../../core/errors.js';
import type { FeatureExtras } from './features.js';

export const LABELS = ['O', 'B-SRC', 'I-SRC', 'B-CUE', 'I-CUE', 'B-CON', 'I-CON'] as const;
export type Label = (typeof LABELS)[number];
const L = LABELS.length;

/** May label `b` follow label `a` (a = -1 for the sequence start)? */
function allowed(a: number, b: number): boolean {
  const lb = LABELS[b]!;
  if (!lb.startsWith('I-')) return true;
  if (a < 0) return false;
  const la = LABELS[a]!;
  return la.slice(2) === lb.slice(2);
}

const ALLOWED: boolean[][] = [];
for (let a = -1; a < L; a++) {
  const row: boolean[] = [];
  for (let b = 0; b < L; b++) row.push(allowed(a, b));
  ALLOWED.push(row);
}

export class Perceptron {
  readonly bits: number;
  readonly mask: number;
  readonly weights: Float32Array;
  /** Transition weights: (L + 1) × L, row 0 is the sequence start. */
  readonly trans: Float32Array;
  private readonly totals: Float32Array | null;
  private readonly transTotals: Float32Array | null;
  private step = 1;

  /** Cue words learned from the training data, shipped with the weights. */
  cueWords: string[] = [];
  /** Whether the model was trained with the rules' quotes as features (and wants them). */
  usesRules = false;
  /** Whether the model was trained with the NER stage's mentions as features. */
  usesMentions = false;
  /** 1: the original templates; 2: plus clusters, cue rates, stems and colons ({@link FeatureExtras}). */
  featureVersion = 1;
  /** Cue rates learned from train (feature set 2), shipped with the weights. */
  cueRates: [string, number][] = [];
  /**
   * Subtracted from every token's O score at decoding: the perceptron misses more spans
   * than it invents, so a bias (tuned on dev) trades a little precision for recall.
   */
  oBias = 0;
  /** The feature set 2 inputs, attached when the model is loaded for tagging (not saved). */
  extras?: FeatureExtras;
  /**
   * Whether the model is a stacked second pass, trained on a first tagger's labels (its
   * features read them); then {@link firstPass} is that tagger, attached when loaded.
   */
  stacked = false;
  firstPass?: Perceptron;

  constructor(bits: number, weights?: Float32Array, trans?: Float32Array, trainable = false) {
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.weights = weights ?? new Float32Array((1 << bits) * L);
    this.trans = trans ?? new Float32Array((L + 1) * L);
    this.totals = trainable ? new Float32Array(this.weights.length) : null;
    this.transTotals = trainable ? new Float32Array(this.trans.length) : null;
  }

  private emissions(feats: readonly Uint32Array[]): Float32Array {
    const n = feats.length;
    const e = new Float32Array(n * L);
    for (let i = 0; i < n; i++) {
      const f = feats[i]!;
      for (let k = 0; k < f.length; k++) {
        const base = (f[k]! & this.mask) * L;
        for (let y = 0; y < L; y++) e[i * L + y]! += this.weights[base + y]!;
      }
      e[i * L]! -= this.oBias;
    }
    return e;
  }

  /** Best label sequence (indices into {@link LABELS}). */
  decode(
    feats: readonly Uint32Array[],
    costs?: { gold: Uint8Array; miss: number; other: number },
  ): Uint8Array {
    const n = feats.length;
    const out = new Uint8Array(n);
    if (n === 0) return out;
    const e = this.emissions(feats);
    if (costs) {
      // Cost-augmented decoding (training only): every wrong label scores its cost more,
      // so an update happens until the gold sequence wins by that margin; O over a gold
      // span (a miss) costs `miss`, any other wrong label `other`.
      for (let i = 0; i < n; i++) {
        const g = costs.gold[i]!;
        for (let y = 0; y < L; y++) if (y !== g) e[i * L + y]! += y === 0 ? costs.miss : costs.other;
      }
    }
    const score = new Float32Array(n * L);
    const back = new Int8Array(n * L);
    // Transitions with the forbidden ones at -Infinity, so the inner loop has no branch.
    const trans = new Float32Array(this.trans.length);
    for (let a = 0; a <= L; a++)
      for (let b = 0; b < L; b++)
        trans[a * L + b] = ALLOWED[a]![b] ? this.trans[a * L + b]! : Number.NEGATIVE_INFINITY;
    for (let y = 0; y < L; y++) score[y] = e[y]! + trans[y]!;
    for (let i = 1; i < n; i++) {
      const prev = (i - 1) * L;
      for (let y = 0; y < L; y++) {
        let best = Number.NEGATIVE_INFINITY;
        let arg = 0;
        for (let p = 0; p < L; p++) {
          const s = score[prev + p]! + trans[(p + 1) * L + y]!;
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[i * L + y] = best + e[i * L + y]!;
        back[i * L + y] = arg;
      }
    }
    let best = Number.NEGATIVE_INFINITY;
    let y = 0;
    for (let k = 0; k < L; k++) {
      if (score[(n - 1) * L + k]! > best) {
        best = score[(n - 1) * L + k]!;
        y = k;
      }
    }
    for (let i = n - 1; i >= 0; i--) {
      out[i] = y;
      y = back[i * L + y]!;
    }
    return out;
  }

  private bump(index: number, delta: number, transition: boolean): void {
    if (transition) {
      this.trans[index]! += delta;
      this.transTotals![index]! += this.step * delta;
    } else {
      this.weights[index]! += delta;
      this.totals![index]! += this.step * delta;
    }
  }

  /**
   * Margins for training (0, 0: the plain perceptron): see the cost-augmented decoding in
   * {@link decode}. A larger `miss` than `other` pushes the model toward recall.
   */
  margin = { miss: 0, other: 0 };

  /** One perceptron update on a sequence; returns the number of wrong labels. */
  train(feats: readonly Uint32Array[], gold: Uint8Array): number {
    if (!this.totals) throw new CopydeskError('INTERNAL', 'model was not built for training');
    const m = this.margin;
    const pred = this.decode(feats, m.miss || m.other ? { gold, ...m } : undefined);
    let wrong = 0;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      const gPrev = i === 0 ? 0 : gold[i - 1]! + 1;
      const pPrev = i === 0 ? 0 : pred[i - 1]! + 1;
      if (g !== p) {
        wrong++;
        const f = feats[i]!;
        for (let k = 0; k < f.length; k++) {
          const base = (f[k]! & this.mask) * L;
          this.bump(base + g, 1, false);
          this.bump(base + p, -1, false);
        }
      }
      if (g !== p || gPrev !== pPrev) {
        this.bump(gPrev * L + g, 1, true);
        this.bump(pPrev * L + p, -1, true);
      }
    }
    this.step++;
    return wrong;
  }

  /** The averaged model (the weights to ship). */
  averaged(): Perceptron {
    if (!this.totals || !this.transTotals) return this;
    const w = new Float32Array(this.weights.length);
    for (let i = 0; i < w.length; i++) w[i] = this.weights[i]! - this.totals[i]! / this.step;
    const t = new Float32Array(this.trans.length);
    for (let i = 0; i < t.length; i++) t[i] = this.trans[i]! - this.transTotals[i]! / this.step;
    const out = new Perceptron(this.bits, w, t);
    out.cueWords = this.cueWords;
    out.usesRules = this.usesRules;
    out.usesMentions = this.usesMentions;
    out.featureVersion = this.featureVersion;
    out.cueRates = this.cueRates;
    out.extras = this.extras;
    out.stacked = this.stacked;
    out.firstPass = this.firstPass;
    return out;
  }

  /** Serialises to gzip: a JSON header line, then int16 weights. */
  save(): Buffer {
    let max = 0;
    for (const v of this.weights) max = Math.max(max, Math.abs(v));
    const scale = max === 0 ? 1 : max / 32767;
    const q = new Int16Array(this.weights.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(this.weights[i]! / scale);
    const header = JSON.stringify({
      format: 'copydesk-quotes-perceptron@1',
      labels: LABELS,
      bits: this.bits,
      scale,
      trans: [...this.trans],
      cueWords: this.cueWords,
      usesRules: this.usesRules,
      usesMentions: this.usesMentions,
      featureVersion: this.featureVersion,
      cueRates: this.cueRates,
      oBias: this.oBias,
      ...(this.stacked ? { stacked: true } : {}),
    });
    return gzipSync(Buffer.concat([Buffer.from(`${header}\n`, 'utf8'), Buffer.from(q.buffer)]), { level: 9 });
  }

  static load(data: Buffer): Perceptron {
    const raw = gunzipSync(data);
    const nl = raw.indexOf(10);
    const header = JSON.parse(raw.subarray(0, nl).toString('utf8')) as {
      format: string;
      bits: number;
      scale: number;
      trans: number[];
      cueWords?: string[];
      usesRules?: boolean;
      usesMentions?: boolean;
      featureVersion?: number;
      cueRates?: [string, number][];
      oBias?: number;
      stacked?: boolean;
    };
    if (header.format !== 'copydesk-quotes-perceptron@1') {
      throw new CopydeskError('DATA_INVALID', `unknown quotes model format "${header.format}"`);
    }
    const body = raw.subarray(nl + 1);
    const q = new Int16Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength));
    const w = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) w[i] = q[i]! * header.scale;
    const model = new Perceptron(header.bits, w, Float32Array.from(header.trans));
    model.cueWords = header.cueWords ?? [];
    model.usesRules = header.usesRules ?? false;
    model.usesMentions = header.usesMentions ?? false;
    model.featureVersion = header.featureVersion ?? 1;
    model.cueRates = header.cueRates ?? [];
    model.oBias = header.oBias ?? 0;
    model.stacked = header.stacked ?? false;
    return model;
  }
}
