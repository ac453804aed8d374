/**
 * The word-level knowledge the feature extractor consults besides the token itself:
 * distributional word clusters and gazetteer phrase lists. Both are keyed by 32-bit
 * hashes of the token text (see hash.ts), so lookups never build strings.
 */

import { hashString, mix } from './hash.js';
import { HashTable } from './hash-table.js';

/** Cluster ids of one word at three granularities, packed 8 + 10 + 12 bits. */
export function packClusters(coarse: number, mid: number, fine: number): number {
  return (coarse & 0xff) | ((mid & 0x3ff) << 8) | ((fine & 0xfff) << 18);
}

export function clusterCoarse(packed: number): number {
  return packed & 0xff;
}
export function clusterMid(packed: number): number {
  return (packed >>> 8) & 0x3ff;
}
export function clusterFine(packed: number): number {
  return (packed >>> 18) & 0xfff;
}

/** Seed of a gazetteer phrase hash; each further token is mixed in with {@link mix}. */
export const PHRASE_SEED = 0x2545f491;

/**
 * Phrase lists for gazetteer features: each entry is a sequence of lower-cased token
 * hashes, stored as one phrase hash mapped to the bit set of lists it belongs to.
 */
export class Gazetteer {
  readonly listNames: readonly string[];
  readonly maxTokens: number;
  private readonly phrases: HashTable;

  constructor(listNames: readonly string[], phrases: HashTable, maxTokens: number) {
    if (listNames.length > 30) throw new RangeError('at most 30 gazetteer lists');
    this.listNames = listNames;
    this.phrases = phrases;
    this.maxTokens = maxTokens;
  }

  /** The phrase table (for serialisation). */
  get table(): HashTable {
    return this.phrases;
  }

  /** Bit set of lists containing the phrase with this hash (0 when none). */
  lookup(phraseHash: number): number {
    const v = this.phrases.get(phraseHash);
    return Math.max(v, 0);
  }

  /**
   * Builds a gazetteer from lists of phrases. Each phrase is split into tokens the
   * way the segmenter splits them (whitespace; a trailing `'s` or comma apart).
   */
  static fromLists(lists: ReadonlyMap<string, readonly string[]>): Gazetteer {
    const names = [...lists.keys()];
    const entries = new Map<number, number>();
    let maxTokens = 1;
    names.forEach((name, bit) => {
      for (const phrase of lists.get(name)!) {
        const tokens = tokenizePhrase(phrase);
        if (tokens.length === 0) continue;
        maxTokens = Math.max(maxTokens, tokens.length);
        let h = PHRASE_SEED;
        for (const t of tokens) h = mix(h, hashString(t, true));
        entries.set(h, (entries.get(h) ?? 0) | (1 << bit));
      }
    });
    const table = new HashTable(entries.size);
    for (const [k, v] of entries) table.set(k, v);
    return new Gazetteer(names, table, Math.min(maxTokens, 8));
  }
}

/** Splits a gazetteer phrase into tokens roughly as the news tokenizer would. */
export function tokenizePhrase(phrase: string): string[] {
  return phrase
    .trim()
    .replace(/([,;:()"])/g, ' $1 ')
    .replace(/('s)\b/gi, ' $1')
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

/** Clusters and gazetteer together: everything the extractor looks words up in. */
export interface Lexicon {
  /** Exact-form word hash → packed cluster ids (see {@link packClusters}). */
  readonly clusters: HashTable;
  /** Lower-cased word hash → packed cluster ids, for words only seen in another case. */
  readonly clustersLower: HashTable;
  readonly gazetteer: Gazetteer;
}

/** A lexicon with nothing in it (tests, or a model trained without resources). */
export function emptyLexicon(): Lexicon {
  return {
    clusters: new HashTable(1),
    clustersLower: new HashTable(1),
    gazetteer: Gazetteer.fromLists(new Map()),
  };
}
