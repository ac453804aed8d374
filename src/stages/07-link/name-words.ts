/**
 * A quick test before an exact-name lookup: most strings the linker looks up (a mention
 * with the words after it, a word before a name, a run of capitals) name nothing, and the
 * first or last word of their normalised form is already none that a KB key starts or ends
 * with. The test reads the string once, ASCII only, without cutting or normalising it.
 */

import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** Size of each word filter, in bits (a power of two). */
const BITS = 1 << 16;

/**
 * Size of the whole-key filter, in bits (a power of two): 128 KB. With two bits per key, a
 * KB of 40,000 ASCII keys lets through about one string in 200 that names nothing.
 */
const KEY_BITS = 1 << 20;

/**
 * The first and last words of every key of a knowledge base, as hash bits. A word's hash
 * is that of its letters and digits, lower case ({@link wordHash}).
 */
export class NameWordFilter {
  private readonly firsts = new Uint32Array(BITS / 32);
  private readonly lasts = new Uint32Array(BITS / 32);
  /**
   * Two hashes of every whole ASCII key (see {@link keyHashes}): a string whose first and
   * last words are those of some keys, but which is no key ("Trump said", "The Amazon",
   * "Monday"), is ruled out here — about four in ten strings a linker looks up.
   */
  private readonly keys = new Uint32Array(KEY_BITS / 32);

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      if (keyHashes(key)) {
        this.keys[KEY_HASHES[0]! >>> 5]! |= 1 << (KEY_HASHES[0]! & 31);
        this.keys[KEY_HASHES[1]! >>> 5]! |= 1 << (KEY_HASHES[1]! & 31);
      }
      const first = key.indexOf(' ');
      const last = key.lastIndexOf(' ');
      // A word beyond ASCII is no word of an ASCII name: not filed (such names are always looked up).
      const f = wordHash(key, 0, first < 0 ? key.length : first);
      const l = wordHash(key, last + 1, key.length);
      if (f >= 0) this.firsts[f >>> 5]! |= 1 << (f & 31);
      if (l >= 0) this.lasts[l >>> 5]! |= 1 << (l & 31);
    }
  }

  private static readonly shared = new PerKnowledgeBase((kb) =>
    kb.nameKeys ? new NameWordFilter(kb.nameKeys()) : null,
  );

  /** The filter of `kb` (built on first use and kept with it), or null when the KB lists no keys. */
  static for(kb: KnowledgeBase): NameWordFilter | null {
    return NameWordFilter.shared.of(kb);
  }

  /**
   * False only when `name` is ASCII and `normalizeName(name)` is empty or has a first or last
   * word no key has: then no key equals it and a lookup finds nothing. ASCII is normalised
   * by `normalizeName` as read here: lower case, apostrophes and backticks dropped, every
   * other run of characters but letters and digits one space, trimmed; a last word "jnr" or
   * "snr" after a space becomes "jr" or "sr".
   */
  mayName(name: string): boolean {
    let first = -1;
    let h = 0;
    let inWord = false;
    let words = 0;
    // The two whole-key hashes of the normalised form, read as it is made: its characters,
    // one space (32) before every word but the first (see keyHashes).
    let k1 = KEY_SEED_1;
    let k2 = KEY_SEED_2;
    for (let i = 0; i <= name.length; i++) {
      const c = i < name.length ? name.charCodeAt(i) : 32;
      if (c >= 128) return true;
      if (c === 39 || c === 96) continue;
      const lower = c >= 65 && c <= 90 ? c + 32 : c;
      if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)) {
        if (!inWord) {
          inWord = true;
          h = 0;
          if (words > 0) {
            k1 = (Math.imul(k1, KEY_MUL_1) + 32) | 0;
            k2 = (Math.imul(k2, KEY_MUL_2) + 32) | 0;
          }
        }
        h = (Math.imul(h, 31) + lower) | 0;
        k1 = (Math.imul(k1, KEY_MUL_1) + lower) | 0;
        k2 = (Math.imul(k2, KEY_MUL_2) + lower) | 0;
        continue;
      }
      if (!inWord) continue;
      inWord = false;
      words++;
      if (words === 1) first = h & (BITS - 1);
      if (words === 1 && (this.firsts[first >>> 5]! & (1 << (first & 31))) === 0) return false;
    }
    if (words === 0) return false;
    const last = h & (BITS - 1);
    // "… Jnr": the key's last word would be "jr" (or "sr"): no test.
    if (words >= 2 && (last === JNR || last === SNR)) return true;
    if ((this.lasts[last >>> 5]! & (1 << (last & 31))) === 0) return false;
    const b1 = mixKey(k1);
    const b2 = mixKey(k2);
    return (this.keys[b1 >>> 5]! & (1 << (b1 & 31))) !== 0 && (this.keys[b2 >>> 5]! & (1 << (b2 & 31))) !== 0;
  }
}

const KEY_SEED_1 = 0x811c9dc5 | 0;
const KEY_SEED_2 = 0x2545f491 | 0;
const KEY_MUL_1 = 0x01000193;
const KEY_MUL_2 = 0x5bd1e995 | 0;

/** A whole-key hash finished into 0..KEY_BITS-1 (its high bits folded in: the multiplier's carries go up). */
function mixKey(h: number): number {
  const x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (x ^ (x >>> 15)) & (KEY_BITS - 1);
}

/** The two filter bits of a key, written by {@link keyHashes}. */
const KEY_HASHES = new Int32Array(2);

/**
 * The two whole-key filter bits of a normalised key (lower-case letters and digits, one
 * space between words) into KEY_HASHES — the values `mayName` reaches on any string that
 * normalises to it. False for a key beyond ASCII (never filed: such strings are looked up).
 */
export function keyHashes(key: string): boolean {
  let k1 = KEY_SEED_1;
  let k2 = KEY_SEED_2;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 128) return false;
    k1 = (Math.imul(k1, KEY_MUL_1) + c) | 0;
    k2 = (Math.imul(k2, KEY_MUL_2) + c) | 0;
  }
  KEY_HASHES[0] = mixKey(k1);
  KEY_HASHES[1] = mixKey(k2);
  return true;
}

/**
 * The hash of `text.slice(start, end)` (a normalised word: lower-case letters and digits)
 * in 0..BITS-1; -1 when it has a character beyond ASCII.
 */
function wordHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return -1;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h & (BITS - 1);
}

const JNR = wordHash('jnr', 0, 3);
const SNR = wordHash('snr', 0, 3);
