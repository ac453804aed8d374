/**
 * The learner: an averaged structured perceptron (Collins 2002) over BILOU labels
 * with Viterbi decoding. Features are resolved to weight rows once, before training;
 * averaging uses the usual lazy trick (w − u / c), so an update costs O(features).
 */
import { LABEL_COUNT } from './tags.js';
import { Viterbi } from './viterbi.js';

const L = LABEL_COUNT;

/** One training sentence: weight rows per token (-1 = none) and the gold labels. */
export interface TrainingSentence {
  /** `rows[t * width + j]`, -1 for unused slots. */
  readonly rows: Int32Array;
  readonly width: number;
  readonly gold: Uint8Array;
}

export { seededRandom } from '../../core/random.js';

export class Perceptron {
  readonly rows: number;
  readonly weights: Float32Array;
  readonly transitions: Float32Array;
  private readonly weightSums: Float64Array;
  private readonly transitionSums: Float64Array;
  private step = 1;
  private readonly viterbi = new Viterbi();
  private emissions = new Float32Array(0);
  private predicted = new Uint8Array(0);

  constructor(rows: number) {
    this.rows = rows;
    this.weights = new Float32Array(rows * L);
    this.weightSums = new Float64Array(rows * L);
    this.transitions = new Float32Array((L + 1) * L);
    this.transitionSums = new Float64Array((L + 1) * L);
  }

  private ensure(n: number): void {
    if (this.emissions.length >= n * L) return;
    this.emissions = new Float32Array(n * L * 2);
    this.predicted = new Uint8Array(n * 2);
  }

  /** Decodes a sentence with the current (not averaged) weights. */
  predict(s: TrainingSentence): Uint8Array {
    const n = s.gold.length;
    this.ensure(n);
    const e = this.emissions;
    const w = this.weights;
    e.fill(0, 0, n * L);
    for (let t = 0; t < n; t++) {
      for (let j = 0; j < s.width; j++) {
        const r = s.rows[t * s.width + j]!;
        if (r < 0) continue;
        const base = r * L;
        for (let y = 0; y < L; y++) e[t * L + y]! += w[base + y]!;
      }
    }
    this.viterbi.decode(e, this.transitions, n, this.predicted);
    return this.predicted;
  }

  private bump(t: number, s: TrainingSentence, label: number, delta: number): void {
    const c = this.step;
    for (let j = 0; j < s.width; j++) {
      const r = s.rows[t * s.width + j]!;
      if (r < 0) continue;
      const i = r * L + label;
      this.weights[i]! += delta;
      this.weightSums[i]! += c * delta;
    }
  }

  private bumpTransition(a: number, b: number, delta: number): void {
    const i = (a + 1) * L + b;
    this.transitions[i]! += delta;
    this.transitionSums[i]! += this.step * delta;
  }

  /** One perceptron step on a sentence; returns whether it was mistaken. */
  learn(s: TrainingSentence): boolean {
    const pred = this.predict(s);
    const gold = s.gold;
    const n = gold.length;
    let wrong = false;
    for (let t = 0; t < n; t++) {
      const g = gold[t]!;
      const p = pred[t]!;
      const gPrev = t === 0 ? -1 : gold[t - 1]!;
      const pPrev = t === 0 ? -1 : pred[t - 1]!;
      if (g !== p) {
        wrong = true;
        this.bump(t, s, g, 1);
        this.bump(t, s, p, -1);
      }
      if (g !== p || gPrev !== pPrev) {
        this.bumpTransition(gPrev, g, 1);
        this.bumpTransition(pPrev, p, -1);
      }
    }
    this.step++;
    return wrong;
  }

  /** The averaged weights and transitions (copies). */
  averaged(): { weights: Float32Array; transitions: Float32Array } {
    const c = this.step;
    const weights = new Float32Array(this.weights.length);
    for (let i = 0; i < weights.length; i++) weights[i] = this.weights[i]! - this.weightSums[i]! / c;
    const transitions = new Float32Array(this.transitions.length);
    for (let i = 0; i < transitions.length; i++) {
      transitions[i] = this.transitions[i]! - this.transitionSums[i]! / c;
    }
    return { weights, transitions };
  }
}
