/**
 * Feature extraction: every feature is a 32-bit hash of (template, value), computed
 * from per-token attributes that are themselves hashes of the token text. Nothing in
 * here builds a string per token. A document is prepared once (attributes, gazetteer
 * matches, document-level casing evidence); features are then written per token into
 * a caller-owned `Uint32Array` slot of {@link MAX_FEATURES} entries (0 = unused).
 */
import { foldChar, hashRange, lowerChar, mix, mix3 } from './hash.js';
import { clusterCoarse, clusterFine, clusterMid, type Lexicon, PHRASE_SEED } from './lexicon.js';
import { LABEL_COUNT } from './tags.js';
import type { TokenSeq } from './token-seq.js';

export const MAX_FEATURES = 112;
/** Slots reserved at the end of a token's features for the document-level ones. */
const PRIOR_SLOTS = LABEL_COUNT + 1;
/** How many other occurrences of a word lend their neighbours as features. */
const AGG_OCCURRENCES = 6;

// Token flags.
const INIT_CAP = 1;
const ALL_CAP = 2;
const HAS_DIGIT = 4;
const ALL_DIGIT = 8;
const HAS_HYPHEN = 16;
const HAS_PERIOD = 32;
const NO_LETTER = 64;
const SENT_START = 128;
const MIXED_CAP = 256;
const CAPS_SENTENCE = 512;
const DOC_CAP = 1024;
const DOC_LOWER = 2048;
const ALL_LOWER = 4096;
/** The sentence has a score-like token ("3-1", "22") and no lower-case word of 4+ letters: a results table line. */
const TABLE_LINE = 8192;

/** Template ids: spread so that `mix(template, value)` never collides across templates. */
enum T {
  Bias = 1,
  Word,
  Lower,
  LowerM1,
  LowerP1,
  LowerM2,
  LowerP2,
  BigramM,
  BigramP,
  Shape,
  ShapeM1,
  ShapeP1,
  ShapeTri,
  ShapeLen,
  Prefix,
  Suffix,
  Flags,
  FlagsM1,
  FlagsP1,
  WordSentStart,
  ClusterC,
  ClusterM,
  ClusterF,
  ClusterMM1,
  ClusterMP1,
  ClusterFM1,
  ClusterFP1,
  Gaz,
  GazCap,
  GazM1,
  GazP1,
  LowerM1Shape,
  ShapeLowerP1,
  DocCase,
  PriorLabel,
  PriorMajority,
  LowerM3,
  LowerP3,
  ClusterCM1Shape,
  SuffixShape,
  Unknown,
  AggPrev,
  AggNext,
  SentenceKind,
}

const BOS = 0x5bd1e995;
const EOS = 0x27d4eb2f;

/** Upper-case letter (Latin-1 answered without a string; other scripts by case mapping). */
export function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  if (c <= 0xde) return c !== 0xd7;
  if (c <= 0xff) return false;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase();
}

/** Lower-case letter (Latin-1 answered without a string; other scripts by case mapping). */
export function isLower(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xdf) return false;
  if (c <= 0xff) return c !== 0xf7;
  const s = String.fromCharCode(c);
  return s !== s.toUpperCase();
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Stage-1 predictions for a whole document, aggregated per word: the second-pass
 * model sees how the same word was labelled elsewhere in the article.
 */
export interface DocPrior {
  readonly labels: Uint8Array;
}

/** Per-token attributes of one document, in grow-only buffers reused across documents. */
export class FeatureExtractor {
  private readonly lexicon: Lexicon;
  private capacity = 0;
  private n = 0;
  private exact = new Uint32Array(0);
  private lower = new Uint32Array(0);
  private shape = new Uint32Array(0);
  private flags = new Uint32Array(0);
  private length = new Uint8Array(0);
  private affix = new Uint32Array(0);
  private clusters = new Int32Array(0);
  private gaz = new Uint8Array(0);
  private sentOf = new Int32Array(0);
  /** Next occurrence (token index) of the same capitalised word in the document, or -1. */
  private nextSame = new Int32Array(0);
  private firstSame = new Int32Array(0);
  private readonly firstOf = new Map<number, number>();
  private readonly lists: number;
  private prior: Uint8Array | null = null;
  private priorCounts = new Map<number, number>();

  constructor(lexicon: Lexicon) {
    this.lexicon = lexicon;
    this.lists = lexicon.gazetteer.listNames.length;
  }

  private ensure(n: number): void {
    if (n <= this.capacity) return;
    const cap = Math.max(n, this.capacity * 2, 256);
    this.exact = new Uint32Array(cap);
    this.lower = new Uint32Array(cap);
    this.shape = new Uint32Array(cap);
    this.flags = new Uint32Array(cap);
    this.length = new Uint8Array(cap);
    this.affix = new Uint32Array(cap * 8);
    this.clusters = new Int32Array(cap);
    this.gaz = new Uint8Array(cap * Math.max(1, this.lists));
    this.sentOf = new Int32Array(cap);
    this.nextSame = new Int32Array(cap);
    this.firstSame = new Int32Array(cap);
    this.capacity = cap;
  }

  /** Computes token attributes and document-level evidence for `seq`. */
  prepare(seq: TokenSeq): void {
    const n = seq.starts.length;
    this.ensure(n);
    this.n = n;
    this.prior = null;
    const { text, starts, ends, sentStarts } = seq;
    const { exact, lower, shape, flags, length, affix, clusters } = this;
    for (let s = 0; s + 1 < sentStarts.length; s++) {
      const from = sentStarts[s]!;
      const to = sentStarts[s + 1]!;
      let sentenceHasLower = false;
      for (let k = from; k < to; k++) {
        this.sentOf[k] = s;
        const a = starts[k]!;
        const b = ends[k]!;
        let he = 0x811c9dc5;
        let hl = 0x811c9dc5;
        let hs = 0x811c9dc5;
        let lastClass = -1;
        let upper = 0;
        let lowerCount = 0;
        let digits = 0;
        let others = 0;
        let f = 0;
        for (let i = a; i < b; i++) {
          const c = foldChar(text.charCodeAt(i));
          const lc = lowerChar(c);
          he = Math.imul(he ^ c, 0x01000193);
          hl = Math.imul(hl ^ lc, 0x01000193);
          // Lower-cased prefixes of 1..4 characters are the running hash itself.
          if (i - a < 4) affix[k * 8 + i - a] = hl >>> 0;
          let cls: number;
          if (isUpper(c)) {
            cls = 88; // X
            upper++;
            if (i === a) f |= INIT_CAP;
            else if (lowerCount > 0) f |= MIXED_CAP;
          } else if (isLower(c)) {
            cls = 120; // x
            lowerCount++;
          } else if (isDigit(c)) {
            cls = 100; // d
            digits++;
          } else {
            cls = c;
            others++;
            if (c === 45) f |= HAS_HYPHEN;
            else if (c === 46) f |= HAS_PERIOD;
          }
          if (cls !== lastClass) hs = Math.imul(hs ^ cls, 0x01000193);
          lastClass = cls;
        }
        if (upper > 0 && lowerCount === 0) f |= ALL_CAP;
        if (lowerCount > 0 && upper === 0) f |= ALL_LOWER;
        if (digits > 0) f |= HAS_DIGIT;
        if (digits > 0 && upper + lowerCount === 0 && others <= digits) f |= ALL_DIGIT;
        if (upper + lowerCount === 0) f |= NO_LETTER;
        if (k === from) f |= SENT_START;
        if (lowerCount > 0) sentenceHasLower = true;
        exact[k] = he >>> 0;
        lower[k] = hl >>> 0;
        shape[k] = hs >>> 0;
        flags[k] = f;
        length[k] = Math.min(b - a, 255);
        // Lower-cased suffixes of 1..4 characters; slots past the word's length are 0.
        const len = b - a;
        for (let m = 1; m <= 4; m++) {
          if (m > len) {
            affix[k * 8 + m - 1] = 0;
            affix[k * 8 + 3 + m] = 0;
            continue;
          }
          affix[k * 8 + 3 + m] = hashRange(text, b - m, b, true);
        }
        let cl = this.lexicon.clusters.get(exact[k]!);
        if (cl < 0) cl = this.lexicon.clustersLower.get(lower[k]!);
        clusters[k] = cl;
      }
      if (!sentenceHasLower && to - from > 1) {
        for (let k = from; k < to; k++) flags[k]! |= CAPS_SENTENCE;
      }
      let digits = false;
      let longLower = false;
      for (let k = from; k < to; k++) {
        if (flags[k]! & HAS_DIGIT) digits = true;
        if (flags[k]! & ALL_LOWER && this.length[k]! >= 4) longLower = true;
      }
      if (digits && !longLower) for (let k = from; k < to; k++) flags[k]! |= TABLE_LINE;
    }
    this.markDocumentCase();
    this.linkOccurrences();
    this.matchGazetteer();
  }

  /** Chains the occurrences of each capitalised word, for context aggregation. */
  private linkOccurrences(): void {
    const { n, lower, flags, nextSame, firstSame, firstOf } = this;
    firstOf.clear();
    const last = new Map<number, number>();
    for (let k = 0; k < n; k++) {
      nextSame[k] = -1;
      firstSame[k] = -1;
      if (!(flags[k]! & (INIT_CAP | ALL_CAP)) || flags[k]! & NO_LETTER) continue;
      const key = lower[k]!;
      const prev = last.get(key);
      if (prev === undefined) firstOf.set(key, k);
      else nextSame[prev] = k;
      last.set(key, k);
      firstSame[k] = firstOf.get(key)!;
    }
  }

  /**
   * Document-level casing: a word capitalised at a sentence start or in an all-caps
   * headline is ambiguous; seeing it elsewhere capitalised mid-sentence (a name) or in
   * lower case (a common word) settles much of that.
   */
  private markDocumentCase(): void {
    const seen = new Map<number, number>();
    const { n, lower, flags } = this;
    for (let k = 0; k < n; k++) {
      const f = flags[k]!;
      let bits = 0;
      if (f & (SENT_START | CAPS_SENTENCE)) continue;
      if (f & INIT_CAP) bits = DOC_CAP;
      else if (f & ALL_LOWER) bits = DOC_LOWER;
      if (bits) seen.set(lower[k]!, (seen.get(lower[k]!) ?? 0) | bits);
    }
    for (let k = 0; k < n; k++) {
      const bits = seen.get(lower[k]!);
      if (bits) flags[k]! |= bits;
    }
  }

  /** Leftmost-longest gazetteer matches per list, as BILOU codes 1..4 per token. */
  private matchGazetteer(): void {
    const lists = this.lists;
    if (lists === 0) return;
    const { gaz, lower, n, sentOf } = this;
    const gazetteer = this.lexicon.gazetteer;
    gaz.fill(0, 0, n * lists);
    const maxLen = gazetteer.maxTokens;
    for (let k = 0; k < n; k++) {
      if (this.flags[k]! & NO_LETTER) continue;
      let h = PHRASE_SEED;
      for (let m = 0; m < maxLen && k + m < n && sentOf[k + m] === sentOf[k]; m++) {
        h = mix(h, lower[k + m]!);
        const bitsFound = gazetteer.lookup(h);
        if (bitsFound === 0) continue;
        for (let list = 0; list < lists; list++) {
          if (!(bitsFound & (1 << list))) continue;
          // Keep an existing match that covers k (leftmost wins), else write this one.
          if (gaz[k * lists + list] !== 0) continue;
          if (m === 0) {
            gaz[k * lists + list] = 4; // U
          } else {
            gaz[k * lists + list] = 1; // B
            for (let j = 1; j < m; j++) gaz[(k + j) * lists + list] = 2; // I
            gaz[(k + m) * lists + list] = 3; // L
          }
        }
      }
    }
  }

  /** Attaches stage-1 labels for the prepared document (second pass). */
  setPrior(labels: Uint8Array): void {
    this.prior = labels;
    const counts = this.priorCounts;
    counts.clear();
    const { n, lower, flags } = this;
    for (let k = 0; k < n; k++) {
      if (!(flags[k]! & (INIT_CAP | ALL_CAP))) continue;
      const key = mix(lower[k]!, labels[k]!);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }

  /**
   * Writes the features of token `k` into `out` from `offset` on and returns how
   * many it wrote (at most {@link MAX_FEATURES}, prior features included). Slots
   * after them are left as they were: callers read only the count written.
   */
  extract(seq: TokenSeq, k: number, out: Uint32Array, offset: number): number {
    const p = this.extractBase(seq, k, out, offset);
    return p - offset + this.extractPrior(k, out, p);
  }

  /** The sentence-level features of token `k`; returns the end position in `out`. */
  extractBase(seq: TokenSeq, k: number, out: Uint32Array, offset: number): number {
    const { exact, lower, shape, flags, affix, clusters, gaz, lists, sentOf } = this;
    const sent = sentOf[k]!;
    const from = seq.sentStarts[sent]!;
    const to = seq.sentStarts[sent + 1]!;
    let p = offset;
    const f = flags[k]!;
    const l0 = lower[k]!;
    const s0 = shape[k]!;
    // Neighbours, with distinct padding values beyond the sentence edges.
    const lm1 = k - 1 >= from ? lower[k - 1]! : BOS + 1;
    const lm2 = k - 2 >= from ? lower[k - 2]! : BOS + 2;
    const lm3 = k - 3 >= from ? lower[k - 3]! : BOS + 3;
    const lp1 = k + 1 < to ? lower[k + 1]! : EOS + 1;
    const lp2 = k + 2 < to ? lower[k + 2]! : EOS + 2;
    const lp3 = k + 3 < to ? lower[k + 3]! : EOS + 3;
    const sm1 = k - 1 >= from ? shape[k - 1]! : BOS;
    const sp1 = k + 1 < to ? shape[k + 1]! : EOS;
    const fm1 = k - 1 >= from ? flags[k - 1]! & 0x3ff : 1 << 20;
    const fp1 = k + 1 < to ? flags[k + 1]! & 0x3ff : 1 << 21;
    out[p++] = mix(T.Bias, 1);
    out[p++] = mix(T.Word, exact[k]!);
    out[p++] = mix(T.Lower, l0);
    out[p++] = mix(T.LowerM1, lm1);
    out[p++] = mix(T.LowerP1, lp1);
    out[p++] = mix(T.LowerM2, lm2);
    out[p++] = mix(T.LowerP2, lp2);
    out[p++] = mix(T.LowerM3, lm3);
    out[p++] = mix(T.LowerP3, lp3);
    out[p++] = mix3(T.BigramM, lm1, l0);
    out[p++] = mix3(T.BigramP, l0, lp1);
    out[p++] = mix(T.Shape, s0);
    out[p++] = mix(T.ShapeM1, sm1);
    out[p++] = mix(T.ShapeP1, sp1);
    out[p++] = mix(T.ShapeTri, mix3(sm1, s0, sp1));
    out[p++] = mix3(T.ShapeLen, s0, Math.min(this.length[k]!, 8));
    out[p++] = mix3(T.LowerM1Shape, lm1, s0);
    out[p++] = mix3(T.ShapeLowerP1, s0, lp1);
    for (let m = 0; m < 4; m++) {
      const pre = affix[k * 8 + m]!;
      if (pre !== 0) out[p++] = mix3(T.Prefix, m, pre);
      const suf = affix[k * 8 + 4 + m]!;
      if (suf !== 0) {
        out[p++] = mix3(T.Suffix, m, suf);
        if (m >= 1) out[p++] = mix3(T.SuffixShape, suf, s0);
      }
    }
    const docCase = f & (DOC_CAP | DOC_LOWER);
    out[p++] = mix(T.Flags, f & 0x3ff);
    out[p++] = mix(T.FlagsM1, fm1);
    out[p++] = mix(T.FlagsP1, fp1);
    out[p++] = mix3(T.DocCase, docCase, f & (SENT_START | CAPS_SENTENCE | INIT_CAP | ALL_CAP));
    if (f & SENT_START) out[p++] = mix(T.WordSentStart, exact[k]!);
    if (f & TABLE_LINE) out[p++] = mix3(T.SentenceKind, s0, Math.min(to - from, 8));
    // Context aggregation: the neighbours of this word's other occurrences in the article.
    let seen = 0;
    for (let j = this.firstSame[k]!; j >= 0 && seen < AGG_OCCURRENCES; j = this.nextSame[j]!) {
      if (j === k) continue;
      seen++;
      const js = seq.sentStarts[sentOf[j]!]!;
      const je = seq.sentStarts[sentOf[j]! + 1]!;
      out[p++] = mix(T.AggPrev, j - 1 >= js ? lower[j - 1]! : BOS + 1);
      out[p++] = mix(T.AggNext, j + 1 < je ? lower[j + 1]! : EOS + 1);
    }
    const c0 = clusters[k]!;
    if (c0 >= 0) {
      out[p++] = mix(T.ClusterC, clusterCoarse(c0));
      out[p++] = mix(T.ClusterM, clusterMid(c0));
      out[p++] = mix(T.ClusterF, clusterFine(c0));
    } else {
      out[p++] = mix(T.Unknown, f & (INIT_CAP | ALL_CAP | SENT_START | CAPS_SENTENCE));
    }
    const cm1 = k - 1 >= from ? clusters[k - 1]! : -2;
    const cp1 = k + 1 < to ? clusters[k + 1]! : -2;
    out[p++] = mix(T.ClusterMM1, cm1 >= 0 ? clusterMid(cm1) : cm1 + 0x10000);
    out[p++] = mix(T.ClusterMP1, cp1 >= 0 ? clusterMid(cp1) : cp1 + 0x10000);
    out[p++] = mix(T.ClusterFM1, cm1 >= 0 ? clusterFine(cm1) : cm1 + 0x10000);
    out[p++] = mix(T.ClusterFP1, cp1 >= 0 ? clusterFine(cp1) : cp1 + 0x10000);
    out[p++] = mix3(T.ClusterCM1Shape, cm1 >= 0 ? clusterCoarse(cm1) : cm1 + 0x10000, s0);
    const capBit = f & (INIT_CAP | ALL_CAP) ? 1 : 0;
    for (let list = 0; list < lists; list++) {
      const g0 = gaz[k * lists + list]!;
      if (g0) {
        out[p++] = mix3(T.Gaz, list, g0);
        out[p++] = mix3(T.GazCap, list * 8 + g0, capBit);
      }
      if (k - 1 >= from) {
        const g = gaz[(k - 1) * lists + list]!;
        if (g) out[p++] = mix3(T.GazM1, list, g);
      }
      if (k + 1 < to) {
        const g = gaz[(k + 1) * lists + list]!;
        if (g) out[p++] = mix3(T.GazP1, list, g);
      }
      // Each list adds at most 4; keep room for the document-level features.
      if (p > offset + MAX_FEATURES - PRIOR_SLOTS - 4) break;
    }
    return p;
  }

  /**
   * The document-level features of token `k` from the first pass's labels (none
   * until {@link setPrior}); writes from `p` on and returns how many it wrote.
   */
  extractPrior(k: number, out: Uint32Array, p: number): number {
    const prior = this.prior;
    const f = this.flags[k]!;
    if (prior === null || !(f & (INIT_CAP | ALL_CAP))) return 0;
    const start = p;
    const l0 = this.lower[k]!;
    const own = prior[k]!;
    let best = -1;
    let bestCount = 0;
    for (let label = 0; label < LABEL_COUNT; label++) {
      let c = this.priorCounts.get(mix(l0, label)) ?? 0;
      if (label === own) c--;
      if (c <= 0) continue;
      out[p++] = mix(T.PriorLabel, label);
      if (c > bestCount) {
        bestCount = c;
        best = label;
      }
    }
    if (best >= 0) out[p++] = mix3(T.PriorMajority, best, f & (INIT_CAP | ALL_CAP) ? 1 : 0);
    return p - start;
  }
}
