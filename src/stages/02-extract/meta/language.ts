/**
 * The article's language: what the page declares (`<html lang>`, `content-language`,
 * `og:locale`, JSON-LD `inLanguage`) checked against a statistical detector (tinyld) on
 * the body. Templates often declare the CMS default (`en`) on pages in another language,
 * so on enough text a confident detector overrules the declaration.
 */
import { detectAll } from 'tinyld';

/** Below this many characters of body text the detector is not trusted over a declaration. */
const MIN_DETECT_CHARS = 200;
/** Text sample the detector reads: enough for a stable answer, bounded cost. */
const SAMPLE_CHARS = 800;

/** The primary subtag of a BCP 47 tag or POSIX locale (`en-US`, `de_DE` → `en`, `de`). */
export function primaryTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(tag);
  return m ? m[1]!.toLowerCase() : null;
}

export function detectLanguage(text: string): string | null {
  if (text.length < 20) return null;
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  // Cheap triage first: the statistical detector costs about a millisecond per call
  // whatever the length, more than cleaning and segmenting an article together.
  if (isPlainlyEnglish(sample)) return 'en';
  const ranked = detectAll(sample);
  const top = ranked[0];
  if (!top) return null;
  // Name-heavy or spun English ("Takaiichi instructed lawmakers …") has fewer function
  // words, and the detector's letter statistics can then put a language such as Romanian
  // just ahead of English: English close behind, with words no other language uses, wins.
  if (
    top.lang !== 'en' &&
    isCloseBehind(ranked, 'en') &&
    shareOfWords(sample, ENGLISH_ONLY_WORDS) >= ENGLISH_ONLY_SHARE
  )
    return 'en';
  return top.lang.toLowerCase();
}

/** Whether `lang` scores at least half the detector's first choice (a guess, not a verdict). */
function isCloseBehind(ranked: readonly { lang: string; accuracy: number }[], lang: string): boolean {
  const top = ranked[0];
  const own = ranked.find((r) => r.lang === lang);
  return top !== undefined && own !== undefined && own.accuracy >= top.accuracy / 2;
}

/**
 * English function words that are not also common words of another language written in
 * Latin script ("a", "in", "is", "are", "was", "had", "will", "he" are: Romanian, Dutch,
 * German, Spanish). Their share in the spun, name-heavy English that defeats the fast path
 * is still above a tenth; in other languages it is near nothing.
 */
const ENGLISH_ONLY_WORDS = new Set(
  'the of and to that for with by from she said his her they has have were this which would not but its been who their after about'.split(
    ' ',
  ),
);
const ENGLISH_ONLY_SHARE = 0.1;

/** The share of the sample's words (at least 30 of them, else 0) that `listed` holds. */
function shareOfWords(sample: string, listed: ReadonlySet<string>): number {
  const words = sample.toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length < 30) return 0;
  let hits = 0;
  for (const w of words) if (listed.has(w)) hits++;
  return hits / words.length;
}

/**
 * The commonest English function words. In English prose they make up about 40% of
 * the words; in other languages written in Latin script they are rare (their own
 * function words differ), so a share above a quarter is English beyond doubt.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in a is that for on with as was by at from it he she said his her they be has have are were an this which would not but its'.split(
    ' ',
  ),
);

export function isPlainlyEnglish(sample: string): boolean {
  return shareOfWords(sample, ENGLISH_FUNCTION_WORDS) >= 0.25;
}

export function chooseLanguage(
  declared: readonly (string | null | undefined)[],
  text: string,
): string | null {
  const first = declared.map(primaryTag).find((t): t is string => t !== null) ?? null;
  const detected = text.length >= 20 ? detectLanguage(text) : null;
  if (!first) return detected;
  if (!detected || detected === first) return first;
  if (text.length < MIN_DETECT_CHARS) return first;
  // The declaration stands when the detector ranks it close behind its own first choice.
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  return isCloseBehind(detectAll(sample), first) ? first : detected;
}
