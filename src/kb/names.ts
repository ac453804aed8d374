/**
 * Name normalisation shared by the knowledge base and the linker: one function decides
 * when two spellings are "the same name" for exact lookup (case, diacritics, punctuation
 * and spacing do not matter; letters do).
 */
import { foldLookAlikes } from './confusables.js';

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

/**
 * Empties `normalizeName`'s memory. Benchmarks call it (through the link stage's
 * `forgetLinkAnswers`) so that a pass pays for every surface it normalises; this errs on the
 * slow side, since a fresh process would still remember the names its KB load normalised.
 */
export function forgetNormalizedNames(): void {
  normalized.clear();
}

function computeNormalizedName(text: string): string {
  return NON_ASCII.test(text) ? computeNormalizedAny(text) : computeNormalizedAscii(text);
}

/** Any character beyond ASCII (then the general path: look-alikes, decomposition, folding). */
const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_APOSTROPHES = /['`]/g;
const ASCII_NON_WORD = /[^a-z0-9]+/g;

/**
 * `computeNormalizedAny` for an ASCII text, which most names in English copy are: no
 * look-alike letters (they are Cyrillic or Greek), nothing to decompose or fold, and the only
 * letters and digits are a–z and 0–9 once lower-cased — so the same steps with ASCII classes
 * give the same string (`normalize-name.test.ts` compares both paths on many names).
 */
export function computeNormalizedAscii(text: string): string {
  return text
    .toLowerCase()
    .replace(ASCII_APOSTROPHES, '')
    .replace(ASCII_NON_WORD, ' ')
    .trim()
    .replace(/ ([js])nr$/, ' $1r');
}

/** The general normalisation (any script); see {@link normalizeName}. */
export function computeNormalizedAny(text: string): string {
  return (
    // "Donald Tuск": Cyrillic or Greek look-alikes inside a Latin name are its Latin letters.
    foldLookAlikes(text)
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

/**
 * One spelling of the Arabic name forms transliteration writes many ways, for comparing
 * names (never for display): the article inside a name dropped ("Abdel Fattah el-Sisi" →
 * "… Sisi", "Yehya Al-Sinwar" → "Yehya Sinwar", "Hamad Al Thani" → "Hamad Thani"; sun-letter
 * forms "ad-", "ash-", "as-", … with their hyphen), and "Abd" with the word it governs
 * written as one ("Abdel Fattah", "Abd el-Fattah", "Abdul-Fattah" → "Abdelfattah",
 * "Abdulfattah"). The first word is never taken for an article ("Al Gore"). Returns the
 * name itself when there is nothing to change (most names: one quick test).
 */
export function arabicNameForm(name: string): string {
  if (!ARABIC_FORM_HINT.test(name)) return name;
  const joined = name.replace(
    ABD_COMPOUND,
    (_, abd: string, article: string | undefined, word: string) =>
      `${abd}${article ? article.toLowerCase() : ''}${word.toLowerCase()}`,
  );
  return joined.replace(ARTICLE_INSIDE, ' ');
}
/** Whether a name may hold either form (a cheap test before the replacements). */
const ARABIC_FORM_HINT = /(?:^|[\s-])(?:[Aa]l|[Ee]l|[Aa][dnrstz]h?|[Uu]l)[\s-]|\bAbd/;
/** "Abd"/"Abdel"/"Abdul" (an article between or not), then the governed word. */
const ABD_COMPOUND =
  /\b(Abd|Abdel|Abdul|Abdal|Abdol|Abdur|Abdu)(?:[\s-]+(al|el|ul|ur|ar|as|an|ad|ash|at|az)-?)?[\s-]+(\p{Lu}\p{Ll}+)/gu;
/** An article after the first word: "al"/"el" before a space or hyphen, sun-letter forms before a hyphen. */
const ARTICLE_INSIDE = /\s(?:(?:[Aa]l|[Ee]l)[\s-]|(?:[Aa][dnrstz]h?|[Uu]l)-)(?=\p{L})/gu;
