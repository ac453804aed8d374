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

const DIGRAPHS: ReadonlyArray<readonly [RegExp, string]> = [
  [/([aeiouy])j$/g, '$1'],
  [/tsch|tch|sch|sh|ch|zh|cz|sz|ts|tz/g, 's'],
  [/ph/g, 'f'],
  [/kh|gh/g, 'k'],
  [/th|dh/g, 't'],
  [/ck|cq|q|x|g|j|c/g, 'k'],
];

const CLASS: Readonly<Record<string, string>> = {
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

const VOWELISH = /[aeiouyh]/;

/** The skeleton of one word (already normalised, ASCII letters). */
function skeleton(word: string): string {
  let w = word;
  for (const [pattern, replacement] of DIGRAPHS) w = w.replace(pattern, replacement);
  let out = VOWELISH.test(w[0] ?? '') ? 'A' : '';
  let last = out;
  for (const ch of w) {
    const cls = CLASS[ch];
    if (cls === undefined) {
      // A vowel separates equal consonants ("Kallas" keeps one L, "Lula" keeps two).
      if (ch !== 'h') last = '';
      continue;
    }
    if (cls !== last) out += cls;
    last = cls;
  }
  return out;
}

/**
 * The fuzzy key of a whole name: word skeletons concatenated without spaces. Names in
 * non-Latin scripts give an empty key (they are matched exactly, or not at all).
 */
export function fuzzyKey(name: string): string {
  const norm = normalizeName(name)
    .replace(/[^a-z ]/g, '')
    .trim();
  if (norm.length === 0) return '';
  return norm.split(' ').map(skeleton).join('');
}

/** Every string made by deleting one character of `key` (for a one-edit neighbourhood). */
export function keyDeletions(key: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1));
  return [...out];
}
