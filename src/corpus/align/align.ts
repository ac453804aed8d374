/**
 * Corpus alignment: when the original of a mangled copy is in the corpus, the copy's
 * sentences are aligned with the original's, and names that sit at the same place in
 * aligned sentences are the same names. "Beit Higseth pressed allies" aligned with
 * "Pete Hegseth pressed allies" shows who Beit Higseth is — without any knowledge
 * base, so it works for people no KB has heard of.
 *
 * Two steps: sentences are paired by word overlap (in order, as copies keep the
 * original's order); within a pair, words are matched by their longest common
 * subsequence, and an original entity mention whose words did not all match is mapped
 * to the copy words between the matched neighbours. A mapping is kept only when the
 * copy words look like a name (capitalised) and are spelled like the original's.
 */
import type { AnalysisJson } from '../../core/analysis.js';

export interface AlignedName {
  /** The span in the copy's text. */
  readonly copy: { readonly start: number; readonly end: number; readonly text: string };
  /** The original's mention it aligns with, and that mention's entity. */
  readonly original: { readonly text: string; readonly entityIndex: number };
  /** Spelling similarity of the two surfaces, 0..1. */
  readonly similarity: number;
}

interface Word {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/** Least sentence overlap (Dice over word sets) for two sentences to be one sentence. */
const MIN_SENTENCE_OVERLAP = 0.4;
/** Least spelling similarity for a mangled name (Beit Higseth / Pete Hegseth ≈ 0.6). */
const MIN_NAME_SIMILARITY = 0.4;

export function alignNames(copy: AnalysisJson, original: AnalysisJson): AlignedName[] {
  const copySentences = sentencesOf(copy);
  const originalSentences = sentencesOf(original);
  const found = new Map<string, AlignedName>();
  let from = 0;
  for (const cs of copySentences) {
    let best = -1;
    let bestScore = MIN_SENTENCE_OVERLAP;
    for (let j = from; j < originalSentences.length; j++) {
      const score = dice(cs, originalSentences[j]!);
      if (score > bestScore) {
        bestScore = score;
        best = j;
      }
    }
    if (best < 0) continue;
    from = best + 1;
    const os = originalSentences[best]!;
    for (const name of namesInPair(cs, os, original)) {
      const key = `${name.copy.start}:${name.copy.end}`;
      if (!found.has(key)) found.set(key, name);
    }
  }
  return [...found.values()].sort((a, b) => a.copy.start - b.copy.start);
}

function namesInPair(copyWords: Word[], originalWords: Word[], original: AnalysisJson): AlignedName[] {
  if (copyWords.length === 0 || originalWords.length === 0) return [];
  const match = lcs(
    copyWords.map((w) => w.lower),
    originalWords.map((w) => w.lower),
  );
  // toCopy[j] = index of the copy word matched with original word j, or -1.
  const toCopy = new Array<number>(originalWords.length).fill(-1);
  for (const [i, j] of match) toCopy[j] = i;
  const sentenceStart = originalWords[0]!.start;
  const sentenceEnd = originalWords[originalWords.length - 1]!.end;
  const names: AlignedName[] = [];
  original.entities.forEach((entity, entityIndex) => {
    for (const m of entity.mentions) {
      if (m.description || m.start < sentenceStart || m.end > sentenceEnd) continue;
      const x = originalWords.findIndex((w) => w.start >= m.start);
      let y = x;
      while (y < originalWords.length && originalWords[y]!.end <= m.end) y++;
      if (x < 0 || y <= x) continue;
      if (toCopy.slice(x, y).every((i) => i >= 0)) continue; // copied unchanged
      const span = copySpanFor(toCopy, x, y, copyWords.length);
      if (!span) continue;
      const [cs, ce] = span;
      if (ce - cs < 1 || ce - cs > y - x + 1) continue;
      const words = copyWords.slice(cs, ce);
      if (!words.every((w) => /^\p{Lu}/u.test(w.text))) continue;
      const text = words.map((w) => w.text).join(' ');
      const similarity = nameSimilarity(text, m.text);
      if (similarity < MIN_NAME_SIMILARITY || text.toLowerCase() === m.text.toLowerCase()) continue;
      names.push({
        copy: { start: words[0]!.start, end: words[words.length - 1]!.end, text },
        original: { text: m.text, entityIndex },
        similarity,
      });
    }
  });
  return names;
}

/** The copy words standing where original words [x, y) stand, between matched neighbours. */
function copySpanFor(
  toCopy: readonly number[],
  x: number,
  y: number,
  copyLength: number,
): [number, number] | null {
  let start: number;
  if (toCopy[x]! >= 0) start = toCopy[x]!;
  else {
    let p = x - 1;
    while (p >= 0 && toCopy[p]! < 0) p--;
    start = p >= 0 ? toCopy[p]! + 1 : 0;
  }
  let end: number;
  if (toCopy[y - 1]! >= 0) end = toCopy[y - 1]! + 1;
  else {
    let n = y;
    while (n < toCopy.length && toCopy[n]! < 0) n++;
    end = n < toCopy.length ? toCopy[n]! : copyLength;
  }
  return end > start ? [start, end] : null;
}

/** Pairs (copy index, original index) of a longest common subsequence of two word lists. */
function lcs(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const table = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] =
        a[i] === b[j]
          ? table[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(table[(i + 1) * (m + 1) + j]!, table[i * (m + 1) + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[(i + 1) * (m + 1) + j]! >= table[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

function sentencesOf(analysis: AnalysisJson): Word[][] {
  const bounds =
    analysis.sentences.length > 0
      ? analysis.sentences
      : [...analysis.text.matchAll(/[^.!?\n]+[.!?]*/g)].map((m) => ({
          start: m.index,
          end: m.index + m[0].length,
        }));
  return bounds.map((s) => wordsOf(analysis.text, s.start, s.end)).filter((w) => w.length > 0);
}

function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (const m of text.slice(start, end).matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    words.push({
      text: m[0],
      lower: m[0].toLowerCase(),
      start: start + m.index,
      end: start + m.index + m[0].length,
    });
  }
  return words;
}

function dice(a: readonly Word[], b: readonly Word[]): number {
  const setA = new Set(a.map((w) => w.lower));
  const setB = new Set(b.map((w) => w.lower));
  let shared = 0;
  for (const w of setA) if (setB.has(w)) shared++;
  return (2 * shared) / (setA.size + setB.size);
}

/** 1 − normalised edit distance of the lower-cased letters. */
export function nameSimilarity(a: string, b: string): number {
  const x = a.toLowerCase().replace(/[^\p{L}\s]/gu, '');
  const y = b.toLowerCase().replace(/[^\p{L}\s]/gu, '');
  const longest = Math.max(x.length, y.length);
  return longest === 0 ? 0 : 1 - levenshtein(x, y) / longest;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}
