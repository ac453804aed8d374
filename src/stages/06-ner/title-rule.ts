/**
 * A person after a title: "US Defense Secretary Beit Higseth", "founder Ziki Levint
 * Gomerokco", "Secretary of State Marco Rubio". Scraped and machine-translated copy
 * mangles names into words the model has never seen, and then the model may fold the
 * name into the title ("US Defense Secretary Beit Higseth" as one organisation) or
 * miss it. A capitalised run of one to four words right after a listed title is a
 * person unless the model reads the title itself as the start of a name ("General
 * Motors") or the run is an organisation word.
 */
import { hashRange, hashString, mix } from './hash.js';
import { type Gazetteer, PHRASE_SEED } from './lexicon.js';
import type { TaggedSpan } from './tagger.js';
import type { TokenSeq } from './token-seq.js';

const MAX_NAME_TOKENS = 4;
/** Confidence given to a person found by this rule rather than by the model. */
export const TITLE_RULE_CONFIDENCE = 0.7;

function isNameWord(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  const upper = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
  if (!upper || end - start < 2) return false;
  // All-capital tokens are acronyms (US, NATO), not given names or surnames.
  for (let i = start + 1; i < end; i++) {
    const d = text.charCodeAt(i);
    if (d >= 97 && d <= 122) return true;
    if (d > 0xde) return true;
  }
  return false;
}

/**
 * Applies the rule to the tagger's spans: returns the spans with people after titles
 * added, and model spans that swallowed such a person removed.
 */
export function applyTitleRule(
  seq: TokenSeq,
  tagged: readonly TaggedSpan[],
  titles: Gazetteer,
  orgWords: ReadonlySet<number>,
  neverAName: (lowerWord: string) => boolean = () => false,
): TaggedSpan[] {
  const { text, starts, ends, sentStarts } = seq;
  const n = starts.length;
  if (n === 0) return [...tagged];
  const sentenceEnd = new Int32Array(n);
  for (let s = 0; s + 1 < sentStarts.length; s++)
    sentenceEnd.fill(sentStarts[s + 1]!, sentStarts[s]!, sentStarts[s + 1]!);
  const lower = new Uint32Array(n);
  for (let k = 0; k < n; k++) lower[k] = hashRange(text, starts[k]!, ends[k]!, true);
  const people: TaggedSpan[] = [];
  const drop = new Set<TaggedSpan>();
  // The end of the longest title starting at token `k`, or -1.
  const titleFrom = (k: number): number => {
    let h = PHRASE_SEED;
    let titleEnd = -1;
    for (let m = 0; m < titles.maxTokens && k + m < sentenceEnd[k]!; m++) {
      h = mix(h, lower[k + m]!);
      if (titles.lookup(h)) titleEnd = k + m + 1;
    }
    return titleEnd;
  };
  for (let k = 0; k < n; k++) {
    let titleEnd = titleFrom(k);
    if (titleEnd < 0) continue;
    // Titles stack ("Detective Sergeant", "Deputy Commissioner"): the name follows the last.
    for (let next = titleFrom(titleEnd); next > titleEnd; next = titleFrom(titleEnd)) titleEnd = next;
    let end = titleEnd;
    while (
      end < sentenceEnd[k]! &&
      end - titleEnd < MAX_NAME_TOKENS &&
      isNameWord(text, starts[end]!, ends[end]!) &&
      !orgWords.has(lower[end]!)
    ) {
      end++;
    }
    if (end === titleEnd) continue;
    // "Cambodia's Hun Sen. Then she left": a title abbreviation that ends a name, before a
    // sentence-opening word running text never capitalises, titles no one.
    if (end - titleEnd === 1 && neverAName(text.slice(starts[titleEnd]!, ends[titleEnd]!).toLowerCase()))
      continue;
    // The name must end there: a following capitalised word means a longer name we cannot bound.
    if (end < sentenceEnd[k]! && end - titleEnd === MAX_NAME_TOKENS) continue;
    const overlapping = tagged.filter((t) => t.start < end && t.end > titleEnd);
    if (overlapping.some((t) => t.type === 'PER' && t.start === titleEnd && t.end === end)) continue;
    // "General Motors": the model reads the title word as the first word of a name. A
    // title of several words ("Chief Financial Officer Colette Kress") opens no name.
    if (titleEnd - k === 1 && overlapping.some((t) => t.start === k && t.type !== 'PER')) continue;
    for (const t of overlapping) drop.add(t);
    people.push({ start: titleEnd, end, type: 'PER', confidence: TITLE_RULE_CONFIDENCE });
    k = end - 1;
  }
  if (people.length === 0) return [...tagged];
  return [...tagged.filter((t) => !drop.has(t)), ...people].sort((a, b) => a.start - b.start);
}

/** Hashes of organisation words (lower-cased), which never end a person's name. */
export function orgWordSet(words: readonly string[]): Set<number> {
  return new Set(words.map((w) => hashString(w, true)));
}
