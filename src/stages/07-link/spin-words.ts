/**
 * The words of a spun name and the rules of a swap: a name read as content words (listed
 * word groups joined, stop words dropped, thesaurus phrases joined), each word's synonym
 * classes and spelling, and whether one name's words spin another's — every pair the same,
 * a near spelling or a synonym, the distinctive word kept, at least one swap. Separate
 * because these rules decide what a spin is; the other spin-*.ts modules only find names
 * to test them on.
 */
import type { KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import { letters, lettersSimilarity } from './similarity.js';
import { spinnerClassesOf, spinnerWords } from './spinner-lexicon.js';
import { foldPlural, spinnerThesaurus } from './thesaurus.js';

/** Listed word groups, longest first, to be read as one word ("financial institution"). */
export const GROUPS = spinnerWords()
  .filter((k) => k.includes(' '))
  .sort((a, b) => b.split(' ').length - a.split(' ').length);

/** Words that name institutions anywhere: never the distinctive part of a two-word name. */
const GENERIC = new Set(
  'state national federal public general central ministry department government office council party people republic royal united new'.split(
    ' ',
  ),
);

export const STOP = new Set([
  'the',
  'of',
  'for',
  'and',
  'on',
  'in',
  'at',
  'de',
  'du',
  'des',
  'la',
  'le',
  'a',
  'an',
]);

/** Each listed word group as it is looked for in a padded normalised name, and as it is joined there. */
const GROUP_NEEDLES: readonly (readonly [string, string])[] = GROUPS.map((g) => [
  ` ${g} `,
  ` ${g.replaceAll(' ', '_')} `,
]);

/** The first words of the listed word groups. */
export const GROUP_STARTS = new Set(GROUPS.map((g) => g.slice(0, g.indexOf(' '))));

/**
 * `name.replace(/['’]s\b/g, '')`: every apostrophe and "s" before a non-word character
 * (ASCII word characters, as `\b` reads them) or the end, cut out without an expression.
 */
export function withoutPossessives(name: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c !== 39 && c !== 0x2019) || name.charCodeAt(i + 1) !== 115) continue;
    const next = i + 2 < name.length ? name.charCodeAt(i + 2) : -1;
    const wordChar =
      (next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 95;
    if (wordChar) continue;
    out += name.slice(from, i);
    from = i + 2;
    i++;
  }
  return from === 0 ? name : out + name.slice(from);
}

/**
 * The words of a name, normalised, listed word groups joined, function words still in
 * (what {@link contentWords} filters).
 */
export function nameWords(name: string): string[] {
  // "People's", "Folks's": the possessive is no part of the word.
  const bare = withoutPossessives(name);
  const normalized = normalizeName(bare);
  const plain = normalized.split(' ');
  // A group is joined only where its first word stands: most names hold none.
  if (!plain.some((w) => GROUP_STARTS.has(w))) return plain.filter((w) => w.length > 0);
  let norm = ` ${normalized} `;
  for (const [needle, joined] of GROUP_NEEDLES) {
    if (norm.includes(needle)) norm = norm.replaceAll(needle, joined);
  }
  const words: string[] = [];
  for (const w of norm.split(' ')) {
    if (w.length > 0) words.push(w.includes('_') ? w.replaceAll('_', ' ') : w);
  }
  return words;
}

/** `words` without function words. */
export function withoutStopWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) if (!STOP.has(w)) out.push(w);
  return out;
}

/**
 * The content words of a name, listed word groups joined ("financial institution of england"
 * → 2 words). With `thesaurusPhrases`, the multi-word substitutes of the spinner thesaurus
 * are joined too ("setting up", "online forum"): only for the spun side, since a KB name's
 * own words must stay apart.
 */
export function contentWords(name: string, thesaurusPhrases = false): string[] {
  const words = nameWords(name);
  if (thesaurusPhrases) joinThesaurusPhrases(words);
  return withoutStopWords(words);
}

/** Joins, in place, runs of words that make a multi-word substitute of the thesaurus; true when it joined any. */
export function joinThesaurusPhrases(words: string[]): boolean {
  let joined = false;
  const thesaurus = spinnerThesaurus();
  for (let i = 0; i + 1 < words.length; i++) {
    const phrases = thesaurus.phrasesFrom(words[i]!);
    if (phrases.length === 0) continue;
    const next = words[i + 1]!;
    const nextFolded = foldPlural(next);
    for (const { phrase, second, n } of phraseParts(phrases)) {
      // Cheap test first: the phrase's second word.
      if (second !== next && second !== nextFolded) continue;
      if (i + n > words.length) continue;
      const run = words.slice(i, i + n);
      if (run.map(foldPlural).join(' ') === phrase || run.join(' ') === phrase) {
        words.splice(i, n, run.join(' '));
        joined = true;
        break;
      }
    }
  }
  return joined;
}

/** A thesaurus phrase with its second word and its number of words. */
interface PhraseParts {
  readonly phrase: string;
  readonly second: string;
  readonly n: number;
}

/** The phrases of one first word, taken apart once (the thesaurus gives the same list each time). */
const phrasePartsOf = new WeakMap<readonly string[], readonly PhraseParts[]>();

function phraseParts(phrases: readonly string[]): readonly PhraseParts[] {
  let parts = phrasePartsOf.get(phrases);
  if (!parts) {
    parts = phrases.map((phrase) => ({
      phrase,
      second: phrase.slice(phrase.indexOf(' ') + 1).split(' ', 1)[0]!,
      n: phrase.split(' ').length,
    }));
    phrasePartsOf.set(phrases, parts);
  }
  return parts;
}

export function classesOf(word: string): readonly number[] {
  return spinnerClassesOf(word);
}

/**
 * What the word-by-word test reads of one word, worked out once per word rather than at
 * every comparison: KB words once per knowledge base (with the index), spun words once per
 * pass (`forgetSpunAnswers` drops them).
 */
export interface WordInfo {
  readonly text: string;
  /** Number of `text` among the words of KB names (-1: none uses it), to compare words by number. */
  readonly id: number;
  /** Number of `stripped` among the KB words without a final "s" (-1: none). */
  readonly strippedId: number;
  /** The word without a final "s" (plurals and singulars are the same word). */
  readonly stripped: string;
  /** `foldPlural(text)`: how the thesaurus lists KB words. */
  readonly folded: string;
  /** The word in one spelling of English ("labour" → "labor", "centre" → "center"). */
  readonly spelling: string;
  /** Synonym classes of the hand lexicon. */
  readonly classes: readonly number[];
  /** KB words the thesaurus lets this word stand for. */
  readonly targets: ReadonlySet<string>;
  /** `letters(text)`, once a near spelling is tested. */
  letters: string | null;
  /** Counts of its letters (see `letterBag`), once a near spelling is tested. */
  bag: Uint8Array | null | undefined;
  /** Near-spelling answers of a spun word, per KB word (see `nearSpelling`). */
  nearTo: Map<WordInfo, boolean> | null;
  /** The spin index's lists of names under a spun word's keys, once read (see `SpinIndex.near`). */
  keyed: readonly unknown[] | null;
  /**
   * The numbers of the KB words this spun word answers without a near spelling (the same
   * word, its other spelling, a synonym, a thesaurus substitute), once read (see `SpinIndex.near`).
   */
  answered: Int32Array | null;
}

/** Numbers of words (and of words without a final "s"): equal numbers, equal words. */
export type WordIds = (word: string) => number;

export function wordInfo(text: string, ids: WordIds): WordInfo {
  const stripped = text.endsWith('s') ? text.slice(0, -1) : text;
  return {
    text,
    id: ids(text),
    strippedId: ids(stripped),
    stripped,
    folded: foldPlural(text),
    spelling: oneSpelling(text),
    classes: classesOf(text),
    targets: spinnerThesaurus().targets(text),
    letters: null,
    bag: undefined,
    nearTo: null,
    keyed: null,
    answered: null,
  };
}

/**
 * A word in one spelling of English: British and American spellings of a name's word are
 * the same word ("Labor Party" and "Labour Party", "Defense"/"Defence", "Centre"/"Center",
 * "Programme"/"Program", "Organisation"/"Organization"). The word itself when none applies.
 */
export function oneSpelling(word: string): string {
  if (word.length < 5) return word;
  if (word.endsWith('our')) return `${word.slice(0, -3)}or`;
  if (word.endsWith('ence') && /(?:def|off|lic|pret)ence$/.test(word)) return `${word.slice(0, -4)}ense`;
  if (word.endsWith('tre')) return `${word.slice(0, -3)}ter`;
  if (word.endsWith('mme')) return word.slice(0, -2);
  if (word.includes('isation')) return word.replace('isation', 'ization');
  return word;
}

/** Word numbers given as words come (for a test outside any index). */
function freshIds(): WordIds {
  const ids = new Map<string, number>();
  return (word) => {
    let id = ids.get(word);
    if (id === undefined) {
      id = ids.size;
      ids.set(word, id);
    }
    return id;
  };
}

/** `letters(w.text)`, read once per word. */
export function lettersOf(w: WordInfo): string {
  w.letters ??= letters(w.text);
  return w.letters;
}

/**
 * How one word of a spun name answers one word of a KB name: the same word, a near
 * spelling, a synonym of the hand lexicon, or a substitute of the WordNet thesaurus
 * (weaker evidence, it lists many senses); NONE when it does not. MAYBE_NEAR: only a near
 * spelling could still match (the costly test, made last).
 */
const SAME = 0;

export const NEAR = 1;

export const SYNONYM = 2;

export const THESAURUS = 3;

const MAYBE_NEAR = 4;

/** The same word in the other spelling of English ("labour"/"labor"): kept, and shown as a swap. */
const VARIANT = 5;

const NONE = -1;

/** How one word answers another without the near-spelling test: MAYBE_NEAR where that test would decide. */
function matchWordCheaply(spun: WordInfo, kb: WordInfo): number {
  if (spun.id === kb.id || spun.strippedId === kb.strippedId) return SAME;
  if (spun.spelling === kb.spelling) return VARIANT;
  const a = spun.classes;
  const b = kb.classes;
  for (const x of a) if (b.includes(x)) return SYNONYM;
  if (spun.targets.has(kb.folded)) return THESAURUS;
  // A near spelling of a distinctive word ("briks" / "brics"), never of a listed common word.
  if (spun.text.length >= 4 && kb.text.length >= 4 && a.length === 0 && b.length === 0) return MAYBE_NEAR;
  return NONE;
}

/** Whether two words are near spellings (`nameSimilarity` 0.85 or more), remembered per spun word. */
function nearSpelling(spun: WordInfo, kb: WordInfo): boolean {
  // The letter-count bound answers most pairs at once: only the comparisons are remembered
  // (what the pass's memory keeps outlives the young generation).
  if (!mayBeNear(spun, kb)) return false;
  spun.nearTo ??= new Map();
  let near = spun.nearTo.get(kb);
  if (near === undefined) {
    near = lettersSimilarity(lettersOf(spun), lettersOf(kb), NEAR_FLOOR) >= NEAR_FLOOR;
    spun.nearTo.set(kb, near);
  }
  return near;
}

/** How alike two words must be to be near spellings. */
const NEAR_FLOOR = 0.85;

/** The cheapest edit of `weightedDistance` (a vowel for a vowel, a cheap letter in or out). */
const CHEAPEST_EDIT = 0.3;

/**
 * A bound before the near-spelling comparison, which hardly ever finds one: every letter
 * one word has more of than the other (counted as in a bag) needs an edit of its own,
 * substitution or insertion or deletion (a swap of neighbours changes no count), and no edit
 * costs under CHEAPEST_EDIT. So when those letters cost more than the floor allows (1 −
 * NEAR_FLOOR of the longer word, before the first-letter penalty, which only adds), the
 * words are no near spellings. False only then (with a margin for rounding).
 */
export function mayBeNearLetters(
  x: string,
  bagX: Uint8Array | null,
  y: string,
  bagY: Uint8Array | null,
): boolean {
  if (bagX === null || bagY === null) return true;
  return mayBeNearBags(bagX, 0, x.length, bagY, 0, y.length);
}

/**
 * `mayBeNearLetters` on two letter bags read from `atX` and `atY` of their arrays (the spin
 * index keeps the KB words' bags in one array), with the lengths of their letters.
 */
export function mayBeNearBags(
  bagsX: Uint8Array,
  atX: number,
  lengthX: number,
  bagsY: Uint8Array,
  atY: number,
  lengthY: number,
): boolean {
  let more = 0;
  let fewer = 0;
  for (let i = 0; i < 26; i++) {
    const d = bagsX[atX + i]! - bagsY[atY + i]!;
    if (d > 0) more += d;
    else fewer -= d;
  }
  const longer = Math.max(lengthX, lengthY);
  return Math.max(more, fewer) * CHEAPEST_EDIT <= (1 - NEAR_FLOOR) * longer + 1e-9;
}

/**
 * A bound under `mayBeNearBags` from less than the bags: the letters one word has and the
 * other lacks (bit masks of a–z, `letterMask`) are each at least one letter counted more,
 * and the difference of lengths is at least the difference of the counts more and fewer.
 * False only where `mayBeNearBags` is false; true leaves it to the bags.
 */
export function mayBeNearMasks(maskX: number, lengthX: number, maskY: number, lengthY: number): boolean {
  const least = Math.max(bitCount(maskX & ~maskY), bitCount(maskY & ~maskX), Math.abs(lengthX - lengthY));
  return least * CHEAPEST_EDIT <= (1 - NEAR_FLOOR) * Math.max(lengthX, lengthY) + 1e-9;
}

/** The letters a–z a bag holds, as bits (bit i for letter i). */
export function letterMask(bag: Uint8Array): number {
  let mask = 0;
  for (let i = 0; i < 26; i++) if (bag[i]! > 0) mask |= 1 << i;
  return mask;
}

/** The number of bits set in a 32-bit number. */
function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function mayBeNear(spun: WordInfo, kb: WordInfo): boolean {
  return mayBeNearLetters(lettersOf(spun), bagOf(spun), lettersOf(kb), bagOf(kb));
}

/** Counts of each letter a–z in `letters` (null when it holds another character). */
export function letterBag(letters: string): Uint8Array | null {
  const bag = new Uint8Array(26);
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i) - 97;
    if (c < 0 || c >= 26) return null;
    bag[c]!++;
  }
  return bag;
}

/** `letterBag(lettersOf(w))`, read once per word. */
export function bagOf(w: WordInfo): Uint8Array | null {
  if (w.bag === undefined) w.bag = letterBag(lettersOf(w));
  return w.bag;
}

/** Match kinds of the last word-by-word test (grown as needed; read before the next test). */
export let kinds = new Int8Array(16);

/**
 * Matches `spun` against `kb` (same length) word by word into `kinds`; false as soon as a
 * pair does not match. The cheap tests go first for every pair, so the near spellings are
 * compared only when every other pair matched. Nothing is allocated: most pairs fail.
 */
export function matchKinds(spun: readonly WordInfo[], kb: readonly WordInfo[]): boolean {
  if (kinds.length < spun.length) kinds = new Int8Array(spun.length * 2);
  let maybe = false;
  for (let i = 0; i < spun.length; i++) {
    const m = matchWordCheaply(spun[i]!, kb[i]!);
    if (m === NONE) return false;
    if (m === MAYBE_NEAR) maybe = true;
    kinds[i] = m;
  }
  if (maybe) {
    for (let i = 0; i < spun.length; i++) {
      if (kinds[i] !== MAYBE_NEAR) continue;
      if (!nearSpelling(spun[i]!, kb[i]!)) return false;
      kinds[i] = NEAR;
    }
  }
  return true;
}

/** How many of the first `n` match kinds are `kind`. */
export function countKind(n: number, kind: number): number {
  let count = 0;
  for (let i = 0; i < n; i++) if (kinds[i] === kind) count++;
  return count;
}

/** Whether a word is kept as written (the very same word) and is no generic word of institutions. */
function keepsDistinctive(spun: readonly WordInfo[], kb: readonly WordInfo[]): boolean {
  for (let i = 0; i < spun.length; i++) {
    if (spun[i]!.spelling === kb[i]!.spelling && !GENERIC.has(spun[i]!.text)) return true;
  }
  return false;
}

/** The swaps of the last word-by-word test ("globe = world", "briks ~ brics"). */
export function swapsOf(spun: readonly WordInfo[], kb: readonly WordInfo[]): string[] {
  const swaps: string[] = [];
  for (let i = 0; i < spun.length; i++) {
    if (kinds[i] !== SAME) swaps.push(`${spun[i]!.text} ${kinds[i] === NEAR ? '~' : '='} ${kb[i]!.text}`);
  }
  return swaps;
}

/** How many of the first `n` words are kept as written (in either spelling of English). */
export function keptCount(n: number): number {
  return countKind(n, SAME) + countKind(n, VARIANT);
}

/** The rules of {@link spinMatch} on the match kinds of a word-by-word test that matched every pair. */
export function spinAccepts(
  spun: readonly WordInfo[],
  kb: readonly WordInfo[],
  countryNamed: boolean,
  worldBody = false,
): boolean {
  const n = spun.length;
  const kept = keptCount(n);
  const thesaurus = countKind(n, THESAURUS);
  if (countKind(n, SAME) === n) return false;
  // A thesaurus substitute is weak evidence (WordNet lists every sense): the words kept as
  // written must be at least as many as those swapped for thesaurus substitutes, and the
  // kept ones must include a distinctive word ("Globe Bank" keeps Bank, but "Power
  // Company" is no name of anything).
  if (thesaurus > 0 && kept > 0 && (kept < thesaurus || !keepsDistinctive(spun, kb))) return false;
  // Nothing kept: only a long name wholly swapped for listed synonyms ("Worldwide Felony
  // Courtroom"); a near spelling there would leave nothing of the name as written — unless
  // two or more distinctive words are each near as written and the rest listed synonyms
  // ("Bhartiya Janta Get together": a transliteration spun), which no chance can give.
  if (kept === 0 && (n < 3 || (countKind(n, NEAR) > 0 && !twoNearAndSynonyms(n)))) return false;
  // Two words, one kept: the kept one must be distinctive ("Ministry of State" is no Department
  // of State); a kept word of the lexicon counts when the other is a listed synonym and the
  // name is not generic ("Legislation and Justice" for Law and Justice).
  // (With the entity's country named next to the name, the country is the distinctive word;
  // a body of the whole world everyone knows needs none: "United International locations" is
  // the United Nations, there being no other, when the hand lexicon gave the swap.)
  if (
    !countryNamed &&
    !(worldBody && thesaurus === 0) &&
    n === 2 &&
    spun.every((w) => GENERIC.has(w.text) || (w.classes.length > 0 && w.text !== 'world')) &&
    !(thesaurus === 0 && keepsDistinctive(spun, kb))
  )
    return false;
  return true;
}

/** Two or more near spellings and every other word a listed synonym (no thesaurus guess). */
function twoNearAndSynonyms(n: number): boolean {
  const near = countKind(n, NEAR);
  return near >= 2 && countKind(n, SYNONYM) === n - near;
}

/** The rules of {@link spinMatchInCountry} on the match kinds of a word-by-word test that matched every pair. */
export function spinAcceptsInCountry(n: number): boolean {
  const kept = keptCount(n);
  const thesaurus = countKind(n, THESAURUS);
  if (countKind(n, SYNONYM) + thesaurus === 0) return false;
  // The country stands for the distinctive word; a thesaurus substitute still needs a word kept.
  if (thesaurus > 0 && kept === 0) return false;
  if (kept === 0 && countKind(n, NEAR) > 0) return false;
  return true;
}

/** A spun-name match: the KB entity, the name it matched, and which words were swapped. */
export interface SpinMatch {
  readonly entity: KbEntity;
  readonly name: string;
  readonly swaps: readonly string[];
}

/**
 * True when `spun` answers `kbName` word by word: same number of content words, every pair
 * matching, at least one kept and at least one swapped (a synonym, or a near spelling of a
 * distinctive word). A name of three or more words may have every word swapped for a listed
 * synonym ("Worldwide Felony Courtroom"). Returns the swaps.
 */
export function spinMatch(
  spun: readonly string[],
  kbName: readonly string[],
  countryNamed = false,
): string[] | null {
  if (spun.length < 2 || spun.length !== kbName.length) return null;
  const ids = freshIds();
  const a = spun.map((w) => wordInfo(w, ids));
  const b = kbName.map((w) => wordInfo(w, ids));
  if (!matchKinds(a, b) || !spinAccepts(a, b, countryNamed)) return null;
  return swapsOf(a, b);
}

/**
 * A spun name that leaves out the country word of a KB name ("Folks's Get together" for the
 * Austrian People's Party, "Communist Get together" for the Communist Party of Vietnam)
 * when the article names that country: the country stands for the distinctive word, so
 * every word may be swapped. Needs a synonym swap, no near spellings with nothing kept.
 */
export function spinMatchInCountry(spun: readonly string[], countryless: readonly string[]): string[] | null {
  if (spun.length < 2 || spun.length !== countryless.length) return null;
  const ids = freshIds();
  const a = spun.map((w) => wordInfo(w, ids));
  const b = countryless.map((w) => wordInfo(w, ids));
  if (!matchKinds(a, b) || !spinAcceptsInCountry(a.length)) return null;
  return swapsOf(a, b);
}
