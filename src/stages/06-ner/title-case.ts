/**
 * Is this sentence written in headline title case ("Germany's Merz Vows To Maintain
 * Ukraine Support As Winter Looms")? The tagger, trained on CoNLL's running text and
 * all-caps headlines, reads every capitalised word of such a line as a name word; the
 * truecaser (truecase.ts) recases the lines this module picks.
 *
 * The rule, and why its mistakes are cheap:
 * - Every lower-case word must be a minor word that headline styles keep lower (an
 *   article, conjunction or preposition, or a name particle such as "von"). One other
 *   lower-case word ("met", "said") means ordinary case, and we stop there: that is
 *   the cheap first test, which ends most ordinary sentences after a few tokens.
 * - At least two capitalised words after the first that running text writes in lower
 *   case ("To", "As", "Support", "Winter": minor words, or words the case-ratio table
 *   says are capitalised mid-sentence at most {@link COMMON_CAP_SHARE} of the time); one
 *   is enough when the line has no lower-case word at all ("Mark Rutte Met Olaf
 *   Scholz"). A sentence of ordinary case that is all names ("Olaf Scholz and Emmanuel
 *   Macron.") has no such word and is left alone — and were it picked, the recaser
 *   would keep its names capitalised all the same: a wrong pick only lowers words
 *   running text writes in lower case.
 * - All-caps words and sentences are not title case (the model has its own features
 *   for those).
 */
import { isLower, isUpper } from './features.js';
import type { TokenSeq } from './token-seq.js';

/**
 * Words headline styles (AP, Chicago, US web) leave in lower case mid-line: articles,
 * coordinating conjunctions, prepositions; US web style capitalises them too ("To",
 * "As"), and then they are the surest sign of title case.
 */
export const MINOR_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and but or nor for so yet as at by in of off on per to up via vs vs. v. into onto upon ' +
    'with from over than about above across after against along amid among around before behind ' +
    'below beneath beside between beyond despite down during except inside like near out outside ' +
    'past since through throughout till toward towards under until unlike within without'
  ).split(' '),
);

/** Lower-case particles inside names ("Ursula von der Leyen"): allowed, not evidence. */
const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'von van der den de da di del della des du la le al el bin ibn dos das ter'.split(' '),
);

/** Longest word in either set: a longer lower-case word ends the test without a slice. */
const LONGEST_ALLOWED_LOWER = 10;

/** A word capitalised mid-sentence at most this share of the time is a common word. */
export const COMMON_CAP_SHARE = 0.2;
/**
 * In a line already found title-cased, a word is lowered when running text writes it
 * in lower case at least as often as capitalised: "State", "Ministry" or "World" start
 * names now and then, but in a headline the lower-case reading is the better bet.
 */
export const RECASE_CAP_SHARE = 0.5;
/** Occurrences a word needs in the table before its share is trusted. */
export const MIN_TABLE_COUNT = 3;

/** How often running text capitalises a word mid-sentence (lower-cased key). */
export interface CaseRatios {
  /** [capitalised, lower-case] mid-sentence counts, or undefined when unseen in lower case. */
  counts(lowerWord: string): readonly [number, number] | undefined;
}

export function caseRatiosFromTsv(tsv: string): CaseRatios {
  const table = new Map<string, readonly [number, number]>();
  for (const line of tsv.split('\n')) {
    if (line.startsWith('#')) continue;
    const [word, cap, lower] = line.split('\t');
    if (!word || lower === undefined) continue;
    table.set(word, [Number(cap), Number(lower)]);
  }
  return { counts: (w) => table.get(w) };
}

/** True when running text (the table) writes `lowerWord` in lower case mid-sentence. */
export function isCommonWord(ratios: CaseRatios, lowerWord: string, capShare = COMMON_CAP_SHARE): boolean {
  if (MINOR_WORDS.has(lowerWord)) return true;
  let c = ratios.counts(lowerWord);
  // A hyphenated word the table lacks is judged by its first part ("Rain-affected",
  // "Off-spinner"); "Bosnia-Herzegovina" keeps its capital, as "bosnia" is no common word.
  const hyphen = lowerWord.indexOf('-');
  if (!c && hyphen > 0) {
    const head = lowerWord.slice(0, hyphen);
    if (MINOR_WORDS.has(head)) return true;
    c = ratios.counts(head);
  }
  if (!c || c[0] + c[1] < MIN_TABLE_COUNT) return false;
  return c[0] <= capShare * (c[0] + c[1]);
}

/**
 * A word running text all but never capitalises ("said", "was": capitalised in at most
 * 1% of at least 100 mid-sentence uses): lower-cased even right after a first name
 * ("Lindsey Said"), where a rarer common word is more likely a surname ("Stuart Law").
 */
export function isNeverAName(ratios: CaseRatios, lowerWord: string): boolean {
  if (MINOR_WORDS.has(lowerWord)) return true;
  const c = ratios.counts(lowerWord);
  return c !== undefined && c[0] + c[1] >= 100 && c[0] * 100 <= c[0] + c[1];
}

/** Capitalised word: an upper-case letter then at least one lower-case letter ("Vows", not "NATO"). */
export function isCapitalisedWord(text: string, start: number, end: number): boolean {
  if (end - start < 2 || !isUpper(text.charCodeAt(start))) return false;
  for (let i = start + 1; i < end; i++) if (isLower(text.charCodeAt(i))) return true;
  return false;
}

/** "n't" split off a verb ("Won't" → "Wo" "n't"): neither case evidence nor a word. */
function isClitic(text: string, start: number, end: number): boolean {
  return end - start === 3 && text.charCodeAt(start) === 110 && /['’]t/.test(text.slice(start + 1, end));
}

/** The lone common word of a short all-capitalised line must be capitalised at most this often. */
const STRONG_CAP_SHARE = 0.02;

/** Capitalised words (after the first) a line may have and still count as short. */
const SHORT_LINE_WORDS = 5;

/**
 * A headline opens on a word, a figure or a quotation; a line that opens on a dash or
 * a bracket is a sign-off ("-- New York Energy Desk"), a note or a table cell.
 */
function opensLikeHeadline(c: number): boolean {
  return (
    isUpper(c) || isLower(c) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 0x201c || c === 0x2018
  );
}

/** Index of the sentence's first token that starts with a letter, or -1. */
export function firstWordOf(seq: TokenSeq, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const c = seq.text.charCodeAt(seq.starts[k]!);
    if (isUpper(c) || isLower(c)) return k;
  }
  return -1;
}

/**
 * Whether sentence `s` of `seq` is in title case (see the module comment). A sentence
 * with more figures than half its capitalised words is a table line, not a headline.
 */
export function isTitleCased(seq: TokenSeq, s: number, ratios: CaseRatios): boolean {
  const { text, starts, ends, sentStarts } = seq;
  const from = sentStarts[s]!;
  const to = sentStarts[s + 1]!;
  const first = firstWordOf(seq, from, to);
  if (first < 0 || !opensLikeHeadline(text.charCodeAt(starts[from]!))) return false;
  let lowerWords = 0;
  let capitalised = 0;
  let numbers = 0;
  const candidates: number[] = [];
  // Cheap first test: any lower-case word that is not a minor word or particle ends it.
  for (let k = first + 1; k < to; k++) {
    const a = starts[k]!;
    const b = ends[k]!;
    const c = text.charCodeAt(a);
    if (isLower(c)) {
      if (isClitic(text, a, b)) continue;
      if (b - a > LONGEST_ALLOWED_LOWER) return false;
      const w = text.slice(a, b);
      if (!MINOR_WORDS.has(w) && !NAME_PARTICLES.has(w)) return false;
      lowerWords++;
    } else if (isCapitalisedWord(text, a, b)) {
      capitalised++;
      candidates.push(k);
    } else if (c >= 48 && c <= 57) {
      numbers++;
    }
  }
  // A results table or scoreline ("Deportivo Coruna 1 Real Madrid 1") is names and
  // figures: surnames such as "Law" or "Price" would look like common words there.
  if (capitalised < 2 || numbers * 2 > capitalised) return false;
  let evidence = 0;
  let strong = 0;
  for (const k of candidates) {
    const w = text.slice(starts[k]!, ends[k]!).toLowerCase();
    if (isCommonWord(ratios, w)) evidence++;
    if (isCommonWord(ratios, w, STRONG_CAP_SHARE)) strong++;
  }
  // One common word is enough only in a short line with no lower-case word at all,
  // and only a word running text hardly ever capitalises ("Mark Rutte Met Olaf
  // Scholz"); in a longer run of names ("Jason Gillespie, Stuart Law, Glenn McGrath")
  // or a field line ("Bay Co Building Authority") one such word is more likely a name's.
  return evidence >= 2 || (strong === 1 && lowerWords === 0 && capitalised <= SHORT_LINE_WORDS);
}
