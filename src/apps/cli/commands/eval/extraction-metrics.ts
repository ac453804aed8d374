/**
 * The two published scorings of article extraction, reimplemented exactly (see each
 * dataset's SOURCE.md):
 *
 * - **Shingles** (Zyte article-extraction-benchmark, `evaluate.py`): per item, multisets
 *   of 4-token `\w+` shingles of truth and prediction; tp/fp/fn normalised to sum 1;
 *   precision and recall averaged over items, F1 from the two means.
 * - **Segments** (trafilatura `eval_common.py`): per document, `with` snippets found in the
 *   whitespace-normalised output are true positives, `without` snippets found are false
 *   positives; counts summed over the corpus (micro average).
 */

const WORD = /[\p{L}\p{N}_]+/gu;

/** `\w+` tokens as Python 3's `re` reads them: letters, numbers (any kind) and `_`, but not combining marks. */
export function tokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

function shingles(text: string): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  if (t.length === 0) return out;
  const n = Math.min(4, t.length);
  for (let i = 0; i + n <= t.length; i++) {
    const key = t.slice(i, i + n).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface ItemCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Normalised shingle counts of one item (they sum to 1, or are all 0 for two empty texts). */
export function shingleCounts(truth: string, prediction: string): ItemCounts {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, ct] of t) {
    const cp = p.get(k) ?? 0;
    tp += Math.min(ct, cp);
    fn += Math.max(0, ct - cp);
  }
  for (const [k, cp] of p) fp += Math.max(0, cp - (t.get(k) ?? 0));
  const total = tp + fp + fn;
  if (total === 0) return { tp: 0, fp: 0, fn: 0 };
  return { tp: tp / total, fp: fp / total, fn: fn / total };
}

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Shingles: share of items whose token lists are equal. Segments: (TP+TN)/all. */
  readonly accuracy: number;
}

function itemPrecision(c: ItemCounts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  if (c.tp === 0 && c.fp === 0) return 0;
  return c.tp / (c.tp + c.fp);
}

function itemRecall(c: ItemCounts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  if (c.tp === 0 && c.fn === 0) return 0;
  return c.tp / (c.tp + c.fn);
}

/** Corpus scores from per-item pairs of (truth, prediction), as the Zyte benchmark computes them. */
export function shingleScores(pairs: readonly { truth: string; prediction: string }[]): Scores {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  let exact = 0;
  for (const { truth, prediction } of pairs) {
    const c = shingleCounts(truth, prediction);
    if (c.tp + c.fp > 0) {
      pSum += itemPrecision(c);
      pN++;
    }
    if (c.tp + c.fn > 0) {
      rSum += itemRecall(c);
      rN++;
    }
    if (tokens(truth).join(' ') === tokens(prediction).join(' ')) exact++;
  }
  const precision = pN > 0 ? pSum / pN : 0;
  const recall = rN > 0 ? rSum / rN : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: pairs.length > 0 ? exact / pairs.length : 0 };
}

export interface SegmentCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const normaliseSpace = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Adds one document's segment matches to running corpus counts. */
export function addSegmentCounts(
  counts: SegmentCounts,
  output: string,
  withSegments: readonly string[],
  withoutSegments: readonly string[],
): void {
  const text = normaliseSpace(output);
  for (const s of withSegments) {
    if (text.length > 0 && text.includes(normaliseSpace(s))) counts.tp++;
    else counts.fn++;
  }
  for (const s of withoutSegments) {
    if (text.length > 0 && text.includes(normaliseSpace(s))) counts.fp++;
    else counts.tn++;
  }
}

export function segmentScores(c: SegmentCounts): Scores {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  const all = c.tp + c.fp + c.fn + c.tn;
  const f1 = 2 * c.tp + c.fp + c.fn > 0 ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0;
  return { precision, recall, f1, accuracy: all > 0 ? (c.tp + c.tn) / all : 0 };
}
