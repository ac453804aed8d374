/**
 * 32-bit hashing straight from the document text (`charCodeAt` over a token's range),
 * so the tagger's hot path never slices a string per token. Curly quotes and
 * apostrophes fold to ASCII so that news typography matches CoNLL's straight quotes.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Folds typographic variants to the ASCII character CoNLL uses. */
export function foldChar(c: number): number {
  if (c < 0x2010) return c;
  switch (c) {
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201b:
    case 0x2032:
      return 39; // '
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201e: // „
    case 0x201f:
    case 0x2033:
      return 34; // "
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
      return 45; // -
    default:
      return c;
  }
}

/** Lower-cases ASCII and Latin-1 capitals without allocating. */
export function lowerChar(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  return c;
}

/** Hash of `text[start, end)` with typographic folding; `lower` also lower-cases. */
export function hashRange(text: string, start: number, end: number, lower: boolean): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    let c = foldChar(text.charCodeAt(i));
    if (lower) c = lowerChar(c);
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h >>> 0;
}

/** Hash of a whole string, the same value {@link hashRange} gives for the same characters. */
export function hashString(s: string, lower = false): number {
  return hashRange(s, 0, s.length, lower);
}

/** Mixes two 32-bit values into one (murmur3 finaliser over a combined word). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Mixes three values: `mix(mix(a, b), c)`. */
export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
