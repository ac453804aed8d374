/**
 * A quick test before an exact-name lookup: most strings the linker looks up (a mention
 * with the words after it, a word before a name, a run of capitals) name nothing, and the
 * first or last word of their normalised form is already none that a KB key starts or ends
 * with. The test reads the string once, ASCII only, without cutting or normalising it.
 */
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** Size of each word filter, in bits (a power of two). */
const BITS = 1 << 16;

/**
 * The first and last words of every key of a knowledge base, as hash bits. A word's hash
 * is that of its letters and digits, lower case ({@link wordHash}).
 */
export class NameWordFilter {
  private readonly firsts = new Uint32Array(BITS / 32);
  private readonly lasts = new Uint32Array(BITS / 32);

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      const first = key.indexOf(' ');
      const last = key.lastIndexOf(' ');
      // A word beyond ASCII is no word of an ASCII name: not filed (such names are always looked up).
      const f = wordHash(key, 0, first < 0 ? key.length : first);
      const l = wordHash(key, last + 1, key.length);
      if (f >= 0) this.firsts[f >>> 5]! |= 1 << (f & 31);
      if (l >= 0) this.lasts[l >>> 5]! |= 1 << (l & 31);
    }
  }

  private static readonly shared = new WeakMap<KnowledgeBase, NameWordFilter | null>();

  /** The filter of `kb` (built on first use and kept with it), or null when the KB lists no keys. */
  static for(kb: KnowledgeBase): NameWordFilter | null {
    let filter = NameWordFilter.shared.get(kb);
    if (filter === undefined) {
      filter = kb.nameKeys ? new NameWordFilter(kb.nameKeys()) : null;
      NameWordFilter.shared.set(kb, filter);
    }
    return filter;
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
    for (let i = 0; i <= name.length; i++) {
      const c = i < name.length ? name.charCodeAt(i) : 32;
      if (c >= 128) return true;
      if (c === 39 || c === 96) continue;
      const lower = c >= 65 && c <= 90 ? c + 32 : c;
      if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)) {
        if (!inWord) {
          inWord = true;
          h = 0;
        }
        h = (Math.imul(h, 31) + lower) | 0;
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
    return (this.lasts[last >>> 5]! & (1 << (last & 31))) !== 0;
  }
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
