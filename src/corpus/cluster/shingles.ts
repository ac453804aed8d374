/**
 * Word shingles for near-duplicate detection. Text is lower-cased and reduced to
 * letter/digit words, so punctuation, quotes and spacing artifacts of scraped copies
 * do not break the match.
 */
import { hashString } from './hash.js';

const WORD = /[\p{L}\p{N}]+/gu;

export function normalisedWords(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(WORD) ?? [];
}

/** Hashes of the distinct `size`-word shingles of a word list. */
export function wordShingles(words: readonly string[], size = 4): Set<number> {
  const shingles = new Set<number>();
  if (words.length < size) {
    if (words.length > 0) shingles.add(hashString(words.join(' ')));
    return shingles;
  }
  for (let i = 0; i + size <= words.length; i++) {
    let key = words[i]!;
    for (let j = 1; j < size; j++) key += ` ${words[i + j]}`;
    shingles.add(hashString(key));
  }
  return shingles;
}
