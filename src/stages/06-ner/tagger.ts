/**
 * The runtime tagger: prepares a document's features once, decodes every sentence
 * with the first-pass model, then (when the model has one) decodes again with the
 * second-pass model, which also sees how each word was labelled elsewhere in the
 * article. Buffers are reused across calls; the tagger is not re-entrant.
 */
import { FeatureExtractor, MAX_FEATURES } from './features.js';
import type { Lexicon } from './lexicon.js';
import type { LinearModel } from './model.js';
import { LABEL_COUNT, labelsToSpans, type TokenSpan } from './tags.js';
import type { TokenSeq } from './token-seq.js';
import { Viterbi } from './viterbi.js';

const L = LABEL_COUNT;

/** An entity found by the tagger: token span, CoNLL type, and a 0..1 confidence. */
export interface TaggedSpan extends TokenSpan {
  readonly confidence: number;
}

export class NerTagger {
  readonly lexicon: Lexicon;
  private readonly first: LinearModel;
  private readonly second: LinearModel | null;
  private readonly extractor: FeatureExtractor;
  private readonly viterbi = new Viterbi();
  private features = new Uint32Array(0);
  private emissions = new Float32Array(0);
  private labels = new Uint8Array(0);
  private firstLabels = new Uint8Array(0);

  constructor(lexicon: Lexicon, first: LinearModel, second: LinearModel | null) {
    this.lexicon = lexicon;
    this.first = first;
    this.second = second;
    this.extractor = new FeatureExtractor(lexicon);
  }

  private ensure(n: number, longest: number): void {
    if (this.labels.length < n) {
      this.labels = new Uint8Array(n * 2);
      this.firstLabels = new Uint8Array(n * 2);
    }
    if (this.emissions.length < longest * L) {
      this.emissions = new Float32Array(longest * L * 2);
      this.features = new Uint32Array(longest * MAX_FEATURES * 2);
    }
  }

  /**
   * BILOU label ids for every token of `seq` (a view into a reused buffer: copy it to
   * keep it past the next call). Sets `margins` (if given) to each token's score gap.
   */
  tagLabels(seq: TokenSeq, margins?: Float32Array): Uint8Array {
    const n = seq.starts.length;
    let longest = 1;
    for (let s = 0; s + 1 < seq.sentStarts.length; s++) {
      longest = Math.max(longest, seq.sentStarts[s + 1]! - seq.sentStarts[s]!);
    }
    this.ensure(n, longest);
    this.extractor.prepare(seq);
    const out = this.second ? this.firstLabels : this.labels;
    this.pass(seq, this.first, out, this.second ? undefined : margins);
    if (this.second) {
      this.extractor.setPrior(out);
      this.pass(seq, this.second, this.labels, margins);
    }
    return this.labels.subarray(0, n);
  }

  private pass(seq: TokenSeq, model: LinearModel, out: Uint8Array, margins?: Float32Array): void {
    const { features, emissions, extractor } = this;
    const sentences = seq.sentStarts.length - 1;
    for (let s = 0; s < sentences; s++) {
      const from = seq.sentStarts[s]!;
      const to = seq.sentStarts[s + 1]!;
      const len = to - from;
      if (len === 0) continue;
      for (let k = from; k < to; k++) {
        const offset = (k - from) * MAX_FEATURES;
        extractor.extract(seq, k, features, offset);
        model.score(features, offset, MAX_FEATURES, emissions, (k - from) * L);
      }
      this.viterbi.decode(emissions, model.transitions, len, out.subarray(from, to));
      if (margins) {
        for (let t = 0; t < len; t++) {
          const chosen = out[from + t]!;
          const own = emissions[t * L + chosen]!;
          let other = Number.NEGATIVE_INFINITY;
          for (let y = 0; y < L; y++)
            if (y !== chosen && emissions[t * L + y]! > other) other = emissions[t * L + y]!;
          margins[from + t] = own - other;
        }
      }
    }
  }

  /** Entity spans of `seq` with a confidence from the decoder's score margins. */
  tag(seq: TokenSeq): TaggedSpan[] {
    const margins = new Float32Array(seq.starts.length);
    const labels = this.tagLabels(seq, margins);
    return labelsToSpans(labels).map((span) => {
      let m = Number.POSITIVE_INFINITY;
      for (let t = span.start; t < span.end; t++) m = Math.min(m, margins[t]!);
      // A margin of a few weight units is already a clear decision for the perceptron.
      const confidence = 1 / (1 + Math.exp(-Math.max(-20, Math.min(20, m)) / 4));
      return { ...span, confidence: Math.round(confidence * 1000) / 1000 };
    });
  }
}
