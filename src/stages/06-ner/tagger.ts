/**
 * The runtime tagger: prepares a document's features once, decodes every sentence
 * with the first-pass model, then (when the model has one) decodes again with the
 * second-pass model, which also sees how each word was labelled elsewhere in the
 * article. Buffers are reused across calls; the tagger is not re-entrant.
 */
import { FeatureExtractor, MAX_FEATURES } from './features.js';
import { HashTable } from './hash-table.js';
import type { Lexicon } from './lexicon.js';
import type { LinearModel } from './model.js';
import { LABEL_COUNT, labelsToSpans, labelType, type TokenSpan } from './tags.js';
import type { TokenSeq } from './token-seq.js';
import { Viterbi } from './viterbi.js';

const L = LABEL_COUNT;
/** Entity type index of each label (-1 for O). */
const TYPE_OF = Int8Array.from({ length: L }, (_, y) => labelType(y));

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
  /** Weight rows of each feature slot in the first and second model (-1 = none). */
  private rows1 = new Int32Array(0);
  private rows2 = new Int32Array(0);
  /** Feature hash → id, over the features of both models; id → row in each. */
  private readonly index: HashTable;
  private readonly rowIn1: Int32Array;
  private readonly rowIn2: Int32Array;
  private emissions = new Float32Array(0);
  private labels = new Uint8Array(0);
  private firstLabels = new Uint8Array(0);
  private counts = new Uint8Array(0);
  private baseCounts = new Uint8Array(0);

  constructor(lexicon: Lexicon, first: LinearModel, second: LinearModel | null) {
    this.lexicon = lexicon;
    this.first = first;
    this.second = second;
    this.extractor = new FeatureExtractor(lexicon);
    // One index for both models, so each feature is looked up once per token.
    const total = first.keys.length + (second ? second.keys.length : 0);
    this.index = new HashTable(total);
    this.rowIn1 = new Int32Array(total).fill(-1);
    this.rowIn2 = new Int32Array(total).fill(-1);
    let ids = 0;
    for (let r = 0; r < first.keys.length; r++) {
      let id = this.index.get(first.keys[r]!);
      if (id < 0) {
        id = ids++;
        this.index.set(first.keys[r]!, id);
      }
      this.rowIn1[id] = r;
    }
    if (second) {
      for (let r = 0; r < second.keys.length; r++) {
        let id = this.index.get(second.keys[r]!);
        if (id < 0) {
          id = ids++;
          this.index.set(second.keys[r]!, id);
        }
        this.rowIn2[id] = r;
      }
    }
  }

  /** Resolves feature slots `[from, to)` to rows of both models. */
  private resolve(from: number, to: number): void {
    const { features, index, rowIn1, rowIn2, rows1, rows2 } = this;
    for (let j = from; j < to; j++) {
      const id = index.get(features[j]!);
      rows1[j] = id < 0 ? -1 : rowIn1[id]!;
      rows2[j] = id < 0 ? -1 : rowIn2[id]!;
    }
  }

  private ensure(n: number, longest: number): void {
    if (this.labels.length < n) {
      const cap = n * 2;
      this.labels = new Uint8Array(cap);
      this.firstLabels = new Uint8Array(cap);
      this.counts = new Uint8Array(cap);
      this.baseCounts = new Uint8Array(cap);
      this.features = new Uint32Array(cap * MAX_FEATURES);
      this.rows1 = new Int32Array(cap * MAX_FEATURES);
      this.rows2 = new Int32Array(cap * MAX_FEATURES);
    }
    if (this.emissions.length < longest * L) this.emissions = new Float32Array(longest * L * 2);
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
    const { extractor, features, counts, baseCounts } = this;
    extractor.prepare(seq);
    for (let k = 0; k < n; k++) {
      const offset = k * MAX_FEATURES;
      const end = extractor.extractBase(seq, k, features, offset);
      baseCounts[k] = end - offset;
      this.resolve(offset, end);
    }
    const out = this.second ? this.firstLabels : this.labels;
    this.pass(seq, this.first, this.rows1, baseCounts, out, this.second ? undefined : margins);
    if (this.second) {
      // The second pass reuses the sentence features and adds the document-level ones.
      extractor.setPrior(out);
      for (let k = 0; k < n; k++) {
        const b = baseCounts[k]!;
        const extra = extractor.extractPrior(k, features, k * MAX_FEATURES + b);
        counts[k] = b + extra;
        this.resolve(k * MAX_FEATURES + b, k * MAX_FEATURES + b + extra);
      }
      this.pass(seq, this.second, this.rows2, counts, this.labels, margins);
    }
    return this.labels.subarray(0, n);
  }

  private pass(
    seq: TokenSeq,
    model: LinearModel,
    rows: Int32Array,
    counts: Uint8Array,
    out: Uint8Array,
    margins?: Float32Array,
  ): void {
    const { emissions } = this;
    const sentences = seq.sentStarts.length - 1;
    for (let s = 0; s < sentences; s++) {
      const from = seq.sentStarts[s]!;
      const to = seq.sentStarts[s + 1]!;
      const len = to - from;
      if (len === 0) continue;
      for (let k = from; k < to; k++) {
        model.scoreRows(rows, k * MAX_FEATURES, counts[k]!, emissions, (k - from) * L);
      }
      this.viterbi.decode(emissions, model.transitions, len, out.subarray(from, to));
      if (margins) {
        // Type-level margin: best label of the chosen type (or O) against the best other.
        for (let t = 0; t < len; t++) {
          const type = TYPE_OF[out[from + t]!]!;
          let own = Number.NEGATIVE_INFINITY;
          let other = Number.NEGATIVE_INFINITY;
          for (let y = 0; y < L; y++) {
            const e = emissions[t * L + y]!;
            if (TYPE_OF[y] === type) {
              if (e > own) own = e;
            } else if (e > other) other = e;
          }
          margins[from + t] = own - other;
        }
      }
    }
  }

  /** Entity spans of `seq` with a confidence from the decoder's score margins. */
  tag(seq: TokenSeq): TaggedSpan[] {
    const n = seq.starts.length;
    const margins = new Float32Array(n);
    const labels = this.tagLabels(seq, margins);
    return labelsToSpans(labels).map((span) => {
      let sum = 0;
      for (let t = span.start; t < span.end; t++) sum += margins[t]!;
      const m = sum / (span.end - span.start);
      // A margin of a few weight units is already a clear decision for the perceptron.
      // The decoder chose the span even where emissions alone disagree: keep a floor.
      const confidence = 0.25 + 0.75 / (1 + Math.exp(-Math.max(-20, Math.min(20, m)) / 3));
      return { ...span, confidence: Math.round(confidence * 1000) / 1000 };
    });
  }
}
