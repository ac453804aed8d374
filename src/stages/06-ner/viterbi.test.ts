import { describe, expect, it } from 'vitest';
import { seededRandom } from './perceptron.js';
import { endAllowed, LABEL_COUNT, transitionAllowed } from './tags.js';
import { Viterbi } from './viterbi.js';

const L = LABEL_COUNT;

/** The best valid sequence by brute force (tiny n only). */
function bruteForce(e: Float32Array, tr: Float32Array, n: number): number[] {
  let best = Number.NEGATIVE_INFINITY;
  let arg: number[] = [];
  const seq = new Array<number>(n).fill(0);
  const rec = (t: number, prev: number, score: number) => {
    if (t === n) {
      if (endAllowed(prev) && score > best) {
        best = score;
        arg = seq.slice();
      }
      return;
    }
    for (let y = 0; y < L; y++) {
      if (!transitionAllowed(prev, y)) continue;
      seq[t] = y;
      rec(t + 1, y, score + tr[(prev + 1) * L + y]! + e[t * L + y]!);
    }
  };
  rec(0, -1, 0);
  return arg;
}

describe('Viterbi', () => {
  it('finds the same best valid sequence as exhaustive search', () => {
    const random = seededRandom(7);
    const viterbi = new Viterbi();
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + (trial % 4);
      const e = Float32Array.from({ length: n * L }, () => random() * 4 - 2);
      const tr = Float32Array.from({ length: (L + 1) * L }, () => random() * 2 - 1);
      const out = new Uint8Array(n);
      viterbi.decode(e, tr, n, out);
      expect([...out]).toEqual(bruteForce(e, tr, n));
    }
  });

  it('never returns an ill-formed sequence, even when emissions favour one', () => {
    // Emissions that prefer I-PER everywhere: I cannot start a sentence or end one.
    const n = 3;
    const e = new Float32Array(n * L);
    for (let t = 0; t < n; t++) e[t * L + 2] = 10; // label 2 = I-PER
    const out = new Uint8Array(n);
    new Viterbi().decode(e, new Float32Array((L + 1) * L), n, out);
    expect(transitionAllowed(-1, out[0]!)).toBe(true);
    for (let t = 1; t < n; t++) expect(transitionAllowed(out[t - 1]!, out[t]!)).toBe(true);
    expect(endAllowed(out[n - 1]!)).toBe(true);
  });
});
