/**
 * The peer for `copydesk eval ner`: compromise (a rule-and-lexicon JS tagger) on the
 * same tokens. Its people / places / organizations map to PER / LOC / ORG; it has no
 * MISC. Its character spans are mapped back onto the CoNLL tokens.
 */
import nlp from 'compromise';
import type { TokenSpan } from './tags.js';
import type { TokenSeq } from './token-seq.js';

type Match = { offset?: { start: number; length: number } };

/** Entity spans compromise finds in `seq` (whose text is the words joined by spaces). */
export function compromiseSpans(seq: TokenSeq): TokenSpan[] {
  const doc = nlp(seq.text);
  const n = seq.starts.length;
  const owner = new Int8Array(n).fill(-1);
  const sentenceOf = new Int32Array(n);
  for (let s = 0; s + 1 < seq.sentStarts.length; s++) {
    sentenceOf.fill(s, seq.sentStarts[s]!, seq.sentStarts[s + 1]!);
  }
  const types = ['PER', 'ORG', 'LOC'] as const;
  const groups = [doc.people(), doc.organizations(), doc.places()];
  const spans: TokenSpan[] = [];
  groups.forEach((group, ti) => {
    for (const m of group.json({ offset: true }) as Match[]) {
      if (!m.offset) continue;
      const a = m.offset.start;
      const b = a + m.offset.length;
      let first = lowerBound(seq.ends, a + 1);
      let last = lowerBound(seq.starts, b) - 1;
      while (first <= last && isPunct(seq, first)) first++;
      while (last >= first && isPunct(seq, last)) last--;
      if (first > last || first >= n) continue;
      // Never across a sentence boundary, never over tokens another type already took.
      let end = first;
      while (end <= last && sentenceOf[end] === sentenceOf[first] && owner[end]! < 0) end++;
      if (end === first) continue;
      owner.fill(ti, first, end);
      spans.push({ start: first, end, type: types[ti]! });
    }
  });
  return spans.sort((x, y) => x.start - y.start);
}

function isPunct(seq: TokenSeq, k: number): boolean {
  for (let i = seq.starts[k]!; i < seq.ends[k]!; i++) {
    const c = seq.text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127) return false;
  }
  return true;
}

/** First index i with `values[i] >= target` (values ascending). */
function lowerBound(values: Int32Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
