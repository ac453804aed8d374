/**
 * Name normalisation shared by the knowledge base and the linker: one function decides
 * when two spellings are "the same name" for exact lookup (case, diacritics, punctuation
 * and spacing do not matter; letters do).
 */

/** Letters that Unicode decomposition does not reduce to ASCII. */
const FOLD: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ŀ: 'l',
  ħ: 'h',
};

const COMBINING = /[\u0300-\u036f]/g;
const FOLDABLE = /[ßæœøđðþłıŀħ]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Lower-case, diacritic-free, punctuation-free form with single spaces:
 * `"Ursula von der Leyen"`, `"URSULA VON-DER LEYEN"` and `"Ursula von der Léyen"`
 * all give `"ursula von der leyen"`. Non-Latin scripts are kept (lower-cased).
 */
export function normalizeName(text: string): string {
  let out = normalized.get(text);
  if (out === undefined) {
    out = computeNormalizedName(text);
    // Names recur endlessly in news: remember them, within a bound.
    if (normalized.size >= NORMALIZED_CACHE_SIZE) normalized.clear();
    normalized.set(text, out);
  }
  return out;
}

const NORMALIZED_CACHE_SIZE = 200_000;
const normalized = new Map<string, string>();

function computeNormalizedName(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(COMBINING, '')
      .toLowerCase()
      .replace(FOLDABLE, (c) => FOLD[c] ?? c)
      .replace(/['’ʼ`´]/g, '')
      .replace(NON_WORD, ' ')
      .trim()
      // British and Commonwealth copy writes "Jnr" / "Snr" for "Jr." / "Sr." ("Ferdinand Marcos Jnr").
      .replace(/ ([js])nr$/, ' $1r')
  );
}

/** Particles that belong to a surname ("von der Leyen", "de Gaulle", "bin Salman"). */
const SURNAME_PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'ter',
  'ten',
  'bin',
  'ibn',
  'al',
  'el',
  'abu',
  'mac',
]);

/** Generational suffixes that are not the surname ("Jr.", "III"). */
const SUFFIXES = new Set(['jr', 'jnr', 'snr', 'sr', 'ii', 'iii', 'iv']);

/**
 * The surname as news copy uses it alone: the last word with any particles before it
 * (`Ursula von der Leyen` → `von der Leyen`; `J. D. Vance` → `Vance`;
 * `Martin Luther King Jr.` → `King`). Null for one-word names.
 */
export function surnameOf(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  while (words.length > 1 && SUFFIXES.has(normalizeName(words[words.length - 1]!))) words.pop();
  if (words.length < 2) return null;
  let start = words.length - 1;
  while (start > 1 && SURNAME_PARTICLES.has(words[start - 1]!.toLowerCase())) start--;
  return words.slice(start).join(' ');
}

/** A stable slug for ids: `Mark Rutte` → `mark-rutte`. */
export function slugify(text: string): string {
  return normalizeName(text).replace(/\s+/g, '-') || 'x';
}
