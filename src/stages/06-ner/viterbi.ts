/**
 * First-order Viterbi decoding over BILOU labels. Ill-formed transitions (I after O,
 * B followed by O, …) are excluded by a fixed mask, so every output is a valid
 * sequence of entity spans.
 */
import { endAllowed, LABEL_COUNT, transitionAllowed } from './tags.js';

const L = LABEL_COUNT;

/** `ALLOWED[(a + 1) * L + b]`: whether b may follow a; row 0 is the sentence start. */
const ALLOWED = (() => {
  const m = new Uint8Array((L + 1) * L);
  for (let a = -1; a < L; a++) {
    for (let b = 0; b < L; b++) m[(a + 1) * L + b] = transitionAllowed(a, b) ? 1 : 0;
  }
  return m;
})();

/** For each label, the labels that may precede it (so decoding skips the rest). */
const PREDECESSORS: readonly Int32Array[] = (() => {
  const lists: Int32Array[] = [];
  for (let b = 0; b < L; b++) {
    const from: number[] = [];
    for (let a = 0; a < L; a++) if (transitionAllowed(a, b)) from.push(a);
    lists.push(Int32Array.from(from));
  }
  return lists;
})();

const END_ALLOWED = (() => {
  const m = new Uint8Array(L);
  for (let a = 0; a < L; a++) m[a] = endAllowed(a) ? 1 : 0;
  return m;
})();

/** Reusable buffers for decoding sentences of up to a growing length. */
export class Viterbi {
  private delta = new Float64Array(0);
  private back = new Uint8Array(0);

  /**
   * Best label sequence for `n` tokens. `emissions[t * L + y]` scores label y at token
   * t; `transitions[(a + 1) * L + b]` scores b after a (row 0: sentence start).
   * Writes labels into `out[0, n)`.
   */
  decode(emissions: Float32Array, transitions: Float32Array, n: number, out: Uint8Array): void {
    if (n === 0) return;
    if (this.delta.length < n * L) {
      this.delta = new Float64Array(n * L * 2);
      this.back = new Uint8Array(n * L * 2);
    }
    const { delta, back } = this;
    for (let y = 0; y < L; y++) {
      delta[y] = ALLOWED[y] ? transitions[y]! + emissions[y]! : Number.NEGATIVE_INFINITY;
    }
    for (let t = 1; t < n; t++) {
      const prev = (t - 1) * L;
      const cur = t * L;
      for (let y = 0; y < L; y++) {
        let best = Number.NEGATIVE_INFINITY;
        let arg = 0;
        const preds = PREDECESSORS[y]!;
        for (let i = 0; i < preds.length; i++) {
          const a = preds[i]!;
          const s = delta[prev + a]! + transitions[(a + 1) * L + y]!;
          if (s > best) {
            best = s;
            arg = a;
          }
        }
        delta[cur + y] = best + emissions[cur + y]!;
        back[cur + y] = arg;
      }
    }
    const last = (n - 1) * L;
    let best = Number.NEGATIVE_INFINITY;
    let arg = 0;
    for (let y = 0; y < L; y++) {
      if (END_ALLOWED[y] && delta[last + y]! > best) {
        best = delta[last + y]!;
        arg = y;
      }
    }
    out[n - 1] = arg;
    for (let t = n - 1; t > 0; t--) {
      arg = back[t * L + arg]!;
      out[t - 1] = arg;
    }
  }
}
