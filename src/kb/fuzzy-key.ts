/**
 * Fuzzy keys for names: a consonant skeleton that survives what machine-translation
 * round trips, spinners and transliteration do to names. Vowels vanish (except a marker
 * for a leading vowel), and letters that are confused with each other collapse into one
 * class: p/b, v/f/w, g/j/k/c/q/x, d/t, s/z, plus digraphs (ph, th, sh, sch, ch, kh, zh,
 * ts, tz). Doubled letters collapse, and spaces go, so split or merged tokens agree.
 *
 *   Pete Hegseth → PTAKST ;  Beit Higseth → PTAKST
 *   Kaja Kallas → KKLS    ;  Kaja Class → KKLS
 *   Recep → RKP           ;  Rajab → RKP
 *
 * Keys only propose candidates; {@link nameSimilarity} in the linker decides.
 */
import { normalizeName } from './names.js';

/** Character codes the skeleton reads. */
const A = 97;
const C = 99;
const D = 100;
const G = 103;
const H = 104;
const J = 106;
const K = 107;
const P = 112;
const Q = 113;
const S = 115;
const T = 116;
const X = 120;
const Z = 122;
const F = 102;

/** Vowels (with y): the letters a word-initial "A" marks, with h. */
function isVowel(c: number): boolean {
  return c === A || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
}

/** Consonant class of each lower-case letter (index code − 97), '' for vowels, y and h. */
const CLASS_OF: readonly string[] = Array.from({ length: 26 }, (_, i) => {
  const cls: Readonly<Record<string, string>> = {
    b: 'P',
    p: 'P',
    v: 'F',
    f: 'F',
    w: 'F',
    k: 'K',
    d: 'T',
    t: 'T',
    s: 'S',
    z: 'S',
    l: 'L',
    r: 'R',
    m: 'M',
    n: 'N',
  };
  return cls[String.fromCharCode(97 + i)] ?? '';
});

let word = new Int32Array(32);

/**
 * The skeleton of one word (already normalised, ASCII letters). Digraphs are rewritten in
 * six passes over the letter codes, each the same left-to-right rewrite as the regular
 * expression it stands for:
 *
 *   /([aeiouy])j$/ → '$1';  /tsch|tch|sch|sh|ch|zh|cz|sz|ts|tz/g → 's';  /ph/g → 'f';
 *   /kh|gh/g → 'k';  /th|dh/g → 't';  /ck|cq|q|x|g|j|c/g → 'k'
 *
 * then letters map to their classes: a leading vowel (or h) gives "A", vowels separate equal
 * consonants, h does not, and a run of one class is written once.
 */
function skeleton(w: string): string {
  let n = w.length;
  if (word.length < n + 4) word = new Int32Array(n * 2 + 4);
  const b = word;
  for (let i = 0; i < n; i++) b[i] = w.charCodeAt(i);
  // Zeros after the word: the rewrites below read up to three letters ahead without a bound check.
  b[n] = 0;
  b[n + 1] = 0;
  b[n + 2] = 0;
  // A final j after a vowel ("Kaj", "Andrej").
  if (n >= 2 && b[n - 1] === J && isVowel(b[n - 2]!)) {
    n--;
    b[n] = 0;
  }
  // tsch|tch|sch|sh|ch|zh|cz|sz|ts|tz → s (the first alternative that matches at a position).
  let out = 0;
  for (let r = 0; r < n; ) {
    const c = b[r]!;
    const c1 = b[r + 1]!;
    let len = 1;
    if (c === T) {
      if (c1 === S && b[r + 2] === C && b[r + 3] === H) len = 4;
      else if (c1 === C && b[r + 2] === H) len = 3;
      else if (c1 === S || c1 === Z) len = 2;
    } else if (c === S) {
      if (c1 === C && b[r + 2] === H) len = 3;
      else if (c1 === H || c1 === Z) len = 2;
    } else if (c === C) {
      if (c1 === H || c1 === Z) len = 2;
    } else if (c === Z && c1 === H) len = 2;
    b[out++] = len > 1 ? S : c;
    r += len;
  }
  b[out] = 0;
  n = pairPass(b, out, 0);
  n = pairPass(b, n, 1);
  n = pairPass(b, n, 2);
  // ck|cq|q|x|g|j|c → k.
  out = 0;
  for (let r = 0; r < n; ) {
    const c = b[r]!;
    if (c === C && (b[r + 1] === K || b[r + 1] === Q)) {
      b[out++] = K;
      r += 2;
    } else {
      b[out++] = c === Q || c === X || c === G || c === J || c === C ? K : c;
      r++;
    }
  }
  n = out;
  let key = n > 0 && (isVowel(b[0]!) || b[0] === H) ? 'A' : '';
  let last = '';
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    const cls = c >= A && c <= Z ? CLASS_OF[c - A]! : '';
    if (cls === '') {
      // A vowel separates equal consonants ("Kallas" keeps one L, "Lula" keeps two).
      if (c !== H) last = '';
      continue;
    }
    if (cls !== last) key += cls;
    last = cls;
  }
  return key;
}

/**
 * One left-to-right pass rewriting a letter followed by h — `pass` 0: ph → f; 1: kh, gh →
 * k; 2: th, dh → t — in place; returns the new length (a zero written after it).
 */
function pairPass(b: Int32Array, n: number, pass: 0 | 1 | 2): number {
  let out = 0;
  for (let r = 0; r < n; ) {
    const c = b[r]!;
    let to = 0;
    if (b[r + 1] === H) {
      if (pass === 0) to = c === P ? F : 0;
      else if (pass === 1) to = c === K || c === G ? K : 0;
      else to = c === T || c === D ? T : 0;
    }
    if (to !== 0) {
      b[out++] = to;
      r += 2;
    } else {
      b[out++] = c;
      r++;
    }
  }
  b[out] = 0;
  return out;
}

/**
 * The fuzzy key of a whole name: word skeletons concatenated without spaces. Names in
 * non-Latin scripts give an empty key (they are matched exactly, or not at all).
 */
export function fuzzyKey(name: string): string {
  return fuzzyKeyOfNormalized(normalizeName(name));
}

/** {@link fuzzyKey} of a name already normalised ({@link normalizeName}). */
export function fuzzyKeyOfNormalized(normalized: string): string {
  // Other characters go (digits, other scripts), joining what stands around them; then each
  // word's skeleton, read in place (an empty word — spaces side by side, at either end — has none).
  const norm = LETTERS_AND_SPACES.test(normalized) ? normalized : normalized.replace(/[^a-z ]/g, '');
  let key = '';
  let start = 0;
  for (let i = 0; i <= norm.length; i++) {
    if (i < norm.length && norm.charCodeAt(i) !== 32) continue;
    if (i > start) key += skeleton(norm.slice(start, i));
    start = i + 1;
  }
  return key;
}

const LETTERS_AND_SPACES = /^[a-z ]*$/;

/** Every string made by deleting one character of `key` (for a one-edit neighbourhood). */
export function keyDeletions(key: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1));
  return [...out];
}
