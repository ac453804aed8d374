/**
 * Truecasing of title-cased lines before tagging. The tagger reads a recased copy of
 * the text: in each title-cased sentence (title-case.ts) a capitalised word is written
 * lower-case when it is a common word, so "Germany's Merz Vows To Maintain Ukraine
 * Support As Winter Looms" is tagged as "Germany's Merz vows to maintain Ukraine
 * support as winter looms". Lower-casing one letter keeps the text's length, so token
 * offsets, and every span the stage writes, still index the cleaned text.
 *
 * A capitalised word (not the sentence's first, which keeps sentence-start treatment)
 * is lowered when, in order:
 * 1. it is a minor word headline styles capitalise ("To", "As", "Of");
 * 2. the article's own body writes it mid-sentence more often in lower case than
 *    capitalised (the body says "support"; "Merz" is capitalised there: a name);
 * 3. it is not a place from the gazetteers (countries, capitals, regions), nor a first
 *    name followed by a kept capitalised word ("Mark Carney"), nor the word after a first
 *    name ("Stuart Law", but "Lindsey Said" is lowered), and the case-ratio table
 *    (CoNLL train + PolNeAR train running text) says it is a common word.
 * Anything else — unknown words, names — keeps its capital: the tagger then sees what
 * it saw before, so a word the rule cannot judge costs nothing.
 */
import {
  type CaseRatios,
  firstWordOf,
  isCapitalisedWord,
  isCommonWord,
  isNeverAName,
  isTitleCased,
  MINOR_WORDS,
  RECASE_CAP_SHARE,
} from './title-case.js';
import type { TokenSeq } from './token-seq.js';

/** What the recaser consults besides the article. */
export interface CasingEvidence {
  readonly ratios: CaseRatios;
  /** Lower-cased one-word place names (countries, capitals, regions). */
  readonly places: ReadonlySet<string>;
  /** Lower-cased first names. */
  readonly firstNames: ReadonlySet<string>;
}

/** Which sentences may be headlines at all (the stage passes the layout test). */
export type SentenceGate = (seq: TokenSeq, s: number) => boolean;

const anySentence: SentenceGate = () => true;

export interface Recased {
  /** `seq` itself when no sentence was recased, else a copy over the recased text. */
  readonly seq: TokenSeq;
  /** Indices of the sentences found title-cased. */
  readonly sentences: readonly number[];
  /** How many words were lowered. */
  readonly lowered: number;
}

/**
 * Running text has a lower-case word of four letters or more that headline styles
 * would capitalise ("said", "troops"). A title-cased line the detector missed (a
 * table line, a headline with figures) has none, and must not vote on case.
 */
function isRunningText(seq: TokenSeq, s: number): boolean {
  const { text, starts, ends, sentStarts } = seq;
  for (let k = sentStarts[s]!; k < sentStarts[s + 1]!; k++) {
    const a = starts[k]!;
    if (ends[k]! - a < 4) continue;
    const c = text[a]!;
    if (c !== c.toLowerCase() || c === c.toUpperCase()) continue;
    if (!MINOR_WORDS.has(text.slice(a, ends[k]!))) return true;
  }
  return false;
}

/**
 * Mid-sentence case counts of `words` in the article outside the title-cased
 * sentences: [capitalised, lower-case]. A word right after a quote, colon, dash or
 * bracket may start a quoted sentence and is not counted.
 */
function bodyCounts(
  seq: TokenSeq,
  titled: ReadonlySet<number>,
  words: ReadonlySet<string>,
): Map<string, [number, number]> {
  const { text, starts, ends, sentStarts } = seq;
  const counts = new Map<string, [number, number]>();
  let longest = 0;
  for (const w of words) longest = Math.max(longest, w.length);
  for (let s = 0; s + 1 < sentStarts.length; s++) {
    if (titled.has(s) || !isRunningText(seq, s)) continue;
    const to = sentStarts[s + 1]!;
    const first = firstWordOf(seq, sentStarts[s]!, to);
    if (first < 0) continue;
    for (let k = first + 1; k < to; k++) {
      const a = starts[k]!;
      const b = ends[k]!;
      if (b - a > longest || !/[\p{L}\p{N}]$/u.test(text.slice(starts[k - 1]!, ends[k - 1]!))) continue;
      const w = text.slice(a, b);
      const key = w.toLowerCase();
      if (!words.has(key)) continue;
      const isLower = w === key;
      if (!isLower && !isCapitalisedWord(text, a, b)) continue;
      let c = counts.get(key);
      if (!c) {
        c = [0, 0];
        counts.set(key, c);
      }
      c[isLower ? 1 : 0]++;
    }
  }
  return counts;
}

/** Whether token `k` follows a capitalised first name ("Stuart Law", "Walter Little"): a surname. */
function afterFirstName(seq: TokenSeq, k: number, first: number, evidence: CasingEvidence): boolean {
  if (k - 1 < first) return false;
  const a = seq.starts[k - 1]!;
  const b = seq.ends[k - 1]!;
  return isCapitalisedWord(seq.text, a, b) && evidence.firstNames.has(seq.text.slice(a, b).toLowerCase());
}

/** Token indices to lower in sentence `s` (right to left, so a first name sees the word after it). */
function wordsToLower(
  seq: TokenSeq,
  s: number,
  evidence: CasingEvidence,
  body: ReadonlyMap<string, readonly [number, number]>,
): number[] {
  const { text, starts, ends, sentStarts } = seq;
  const from = sentStarts[s]!;
  const to = sentStarts[s + 1]!;
  const first = firstWordOf(seq, from, to);
  const lowered: number[] = [];
  let nextKeptName = false;
  for (let k = to - 1; k > first; k--) {
    const a = starts[k]!;
    const b = ends[k]!;
    if (!isCapitalisedWord(text, a, b)) {
      // Punctuation and "'s" do not break a name; any other word does.
      if (/\p{L}/u.test(text[a]!)) nextKeptName = false;
      continue;
    }
    const w = text.slice(a, b).toLowerCase();
    let lower: boolean;
    const inBody = body.get(w);
    if (MINOR_WORDS.has(w)) lower = true;
    else if (inBody) lower = inBody[1] > inBody[0];
    else if (evidence.places.has(w)) lower = false;
    else if (evidence.firstNames.has(w) && nextKeptName) lower = false;
    else if (afterFirstName(seq, k, first, evidence)) lower = isNeverAName(evidence.ratios, w);
    else lower = isCommonWord(evidence.ratios, w, RECASE_CAP_SHARE);
    if (lower) lowered.push(k);
    nextKeptName = !lower;
  }
  return lowered;
}

/** The tagger's view of `seq`: title-cased sentences (among those `gate` lets through) recased. */
export function recaseTitleLines(
  seq: TokenSeq,
  evidence: CasingEvidence,
  gate: SentenceGate = anySentence,
): Recased {
  const sentences: number[] = [];
  for (let s = 0; s + 1 < seq.sentStarts.length; s++) {
    if (gate(seq, s) && isTitleCased(seq, s, evidence.ratios)) sentences.push(s);
  }
  if (sentences.length === 0) return { seq, sentences, lowered: 0 };
  const { text, starts, ends, sentStarts } = seq;
  const candidates = new Set<string>();
  for (const s of sentences) {
    for (let k = sentStarts[s]!; k < sentStarts[s + 1]!; k++) {
      if (isCapitalisedWord(text, starts[k]!, ends[k]!)) {
        candidates.add(text.slice(starts[k]!, ends[k]!).toLowerCase());
      }
    }
  }
  const body = bodyCounts(seq, new Set(sentences), candidates);
  const lowered = sentences.flatMap((s) => wordsToLower(seq, s, evidence, body)).sort((x, y) => x - y);
  const parts: string[] = [];
  let at = 0;
  let count = 0;
  for (const k of lowered) {
    const a = starts[k]!;
    const initial = text[a]!.toLowerCase();
    // A capital whose lower case is longer (rare ligatures) stays: offsets must hold.
    if (initial.length !== 1) continue;
    parts.push(text.slice(at, a), initial);
    at = a + 1;
    count++;
  }
  parts.push(text.slice(at));
  return { seq: { ...seq, text: parts.join('') }, sentences, lowered: count };
}
