/**
 * Spun names: organisation and event names translated word by word by a machine
 * translation round trip or a synonym spinner ("Financial institution of England" for the
 * Bank of England, "World Well being Group" for the World Health Organization, "Munich
 * Safety Convention" for the Munich Security Conference). Letters are far apart, but word
 * by word each word is the same, a synonym the spinners are known to use, or a near
 * spelling ("BRIKS").
 *
 * A spun name matches a KB name of the same number of content words when every word pair
 * matches, at least one word is kept (same or near spelling: the distinctive part) and at
 * least one is a synonym swap. Synonym classes are in spinner-lexicon.ts, shared with the
 * event matcher: spinners use a thesaurus, and the words of institution names are few.
 */
import type { EntityType } from '../../core/annotations.js';
import type { KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { detach } from './detach.js';
import { letters, lettersSimilarity } from './similarity.js';
import { isSpinnerWord, spinnerClassesOf, spinnerWords } from './spinner-lexicon.js';
import { foldPlural, spinnerThesaurus } from './thesaurus.js';

/** Listed word groups, longest first, to be read as one word ("financial institution"). */
const GROUPS = spinnerWords()
  .filter((k) => k.includes(' '))
  .sort((a, b) => b.split(' ').length - a.split(' ').length);

/** Words that name institutions anywhere: never the distinctive part of a two-word name. */
const GENERIC = new Set(
  'state national federal public general central ministry department government office council party people republic royal united new'.split(
    ' ',
  ),
);

const STOP = new Set(['the', 'of', 'for', 'and', 'on', 'in', 'at', 'de', 'du', 'des', 'la', 'le', 'a', 'an']);

/** Each listed word group as it is looked for in a padded normalised name, and as it is joined there. */
const GROUP_NEEDLES: readonly (readonly [string, string])[] = GROUPS.map((g) => [
  ` ${g} `,
  ` ${g.replaceAll(' ', '_')} `,
]);

/** The first words of the listed word groups. */
const GROUP_STARTS = new Set(GROUPS.map((g) => g.slice(0, g.indexOf(' '))));

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
function nameWords(name: string): string[] {
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
function withoutStopWords(words: readonly string[]): string[] {
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
function joinThesaurusPhrases(words: string[]): boolean {
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

function classesOf(word: string): readonly number[] {
  return spinnerClassesOf(word);
}

/**
 * What the word-by-word test reads of one word, worked out once per word rather than at
 * every comparison: KB words once per knowledge base (with the index), spun words once per
 * pass (`forgetSpunAnswers` drops them).
 */
interface WordInfo {
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
}

/** Numbers of words (and of words without a final "s"): equal numbers, equal words. */
type WordIds = (word: string) => number;

function wordInfo(text: string, ids: WordIds): WordInfo {
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

function lettersOf(w: WordInfo): string {
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
const NEAR = 1;
const SYNONYM = 2;
const THESAURUS = 3;
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
  let more = 0;
  let fewer = 0;
  for (let i = 0; i < 26; i++) {
    const d = bagX[i]! - bagY[i]!;
    if (d > 0) more += d;
    else fewer -= d;
  }
  const longer = Math.max(x.length, y.length);
  return Math.max(more, fewer) * CHEAPEST_EDIT <= (1 - NEAR_FLOOR) * longer + 1e-9;
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

function bagOf(w: WordInfo): Uint8Array | null {
  if (w.bag === undefined) w.bag = letterBag(lettersOf(w));
  return w.bag;
}

/** Match kinds of the last word-by-word test (grown as needed; read before the next test). */
let kinds = new Int8Array(16);

/**
 * Matches `spun` against `kb` (same length) word by word into `kinds`; false as soon as a
 * pair does not match. The cheap tests go first for every pair, so the near spellings are
 * compared only when every other pair matched. Nothing is allocated: most pairs fail.
 */
function matchKinds(spun: readonly WordInfo[], kb: readonly WordInfo[]): boolean {
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
function countKind(n: number, kind: number): number {
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
function swapsOf(spun: readonly WordInfo[], kb: readonly WordInfo[]): string[] {
  const swaps: string[] = [];
  for (let i = 0; i < spun.length; i++) {
    if (kinds[i] !== SAME) swaps.push(`${spun[i]!.text} ${kinds[i] === NEAR ? '~' : '='} ${kb[i]!.text}`);
  }
  return swaps;
}

/** How many of the first `n` words are kept as written (in either spelling of English). */
function keptCount(n: number): number {
  return countKind(n, SAME) + countKind(n, VARIANT);
}

/** The rules of {@link spinMatch} on the match kinds of a word-by-word test that matched every pair. */
function spinAccepts(
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
function spinAcceptsInCountry(n: number): boolean {
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

interface IndexedName {
  readonly entity: KbEntity;
  /** The entity's type, prominence and country, read here without reaching for the entity. */
  readonly type: EntityType;
  readonly prominence: number;
  readonly country: string | null;
  readonly name: string;
  readonly words: readonly WordInfo[];
  /** The words without the one naming the entity's country ("austrian", "vietnam"), if any. */
  readonly countryless: readonly WordInfo[] | null;
  /** Mark of the last `near` call that listed this name (no set per call). */
  seen: number;
}

/** `words` without the one word that names `country` (its name or demonym), or null. */
function withoutCountry(
  kb: KnowledgeBase,
  words: readonly string[],
  country: string | null | undefined,
): string[] | null {
  if (!country) return null;
  const at = words.findIndex((w) =>
    kb
      .lookup(w)
      .some((h) => h.entity.kind === 'country' && h.entity.country === country && h.kind !== 'short'),
  );
  if (at < 0 || words.length < 3) return null;
  return words.filter((_, i) => i !== at);
}

/**
 * Names under one key, by the number of words a spun name needs to be tested against them:
 * `[n]` holds the names of n words and those of n + 1 words with a country word (the test
 * without it), in index order. A name of another length can never match (see `near`).
 */
type ByLength = IndexedName[][];

function addByLength(map: Map<string | number, ByLength>, key: string | number, item: IndexedName): void {
  let lists = map.get(key);
  if (!lists) {
    lists = [];
    map.set(key, lists);
  }
  const n = item.words.length;
  pushAt(lists, n, item);
  if (item.countryless) pushAt(lists, n - 1, item);
}

function pushAt(lists: ByLength, n: number, item: IndexedName): void {
  const list = lists[n];
  if (list) list.push(item);
  else lists[n] = [item];
}

/** The words of names of one length at one position: their numbers, classes and folded forms. */
interface PositionKeys {
  readonly ids: Set<number>;
  readonly strippedIds: Set<number>;
  readonly classes: Set<number>;
  readonly folded: Set<string>;
}

/**
 * KB organisation, event and (prominent) place names of two or more content words, under
 * each word, each of its classes and its folded form (what thesaurus substitutes point
 * to), by length.
 */
class SpinIndex {
  /** Names by their words. */
  private readonly byWord = new Map<string | number, ByLength>();
  /** Names by the synonym classes of their words. */
  private readonly byClass = new Map<string | number, ByLength>();
  /** Names by the folded forms of their words (`foldPlural`). */
  private readonly byFolded = new Map<string | number, ByLength>();
  /** Words of KB names, each read once. */
  private readonly words = new Map<string, WordInfo>();
  /** The current `near` call's mark. */
  private mark = 0;
  /** The list `near` answers in (its first places; see there). */
  readonly listed: IndexedName[] = [];

  constructor(kb: KnowledgeBase) {
    for (const entity of kb.entities()) {
      // Places too, the well-known ones ("West Financial institution", "Center East", "Wall Road").
      if (
        entity.type !== 'organization' &&
        entity.type !== 'event' &&
        !(entity.type === 'location' && entity.prominence >= 2)
      )
        continue;
      const names = [entity.name, ...entity.names.filter((n) => n.kind === 'alias').map((n) => n.text)];
      for (const name of names) {
        const words = contentWords(name);
        if (words.length < 2) continue;
        // Places of some note by their longer names only ("Grand Ethiopian Renaissance Dam"):
        // two words of a little-known place are too easily met by chance.
        if (entity.type === 'location' && entity.prominence < 3 && words.length < 3) continue;
        const countryless = withoutCountry(kb, words, entity.country);
        const item: IndexedName = {
          entity,
          type: entity.type,
          prominence: entity.prominence,
          country: entity.country,
          name,
          words: words.map((w) => this.kbWord(w)),
          countryless: countryless ? countryless.map((w) => this.kbWord(w)) : null,
          seen: 0,
        };
        this.addPositions(item.words);
        if (item.countryless) this.addPositions(item.countryless);
        const keyed = new Set<string>();
        for (const w of words) {
          if (!keyed.has(w)) addByLength(this.byWord, w, item);
          keyed.add(w);
          const folded = `~${foldPlural(w)}`;
          if (!keyed.has(folded)) addByLength(this.byFolded, folded.slice(1), item);
          keyed.add(folded);
          for (const c of classesOf(w)) {
            if (!keyed.has(`#${c}`)) addByLength(this.byClass, c, item);
            keyed.add(`#${c}`);
          }
        }
      }
    }
  }

  /** Records what each word of a name of `words.length` words is, at its position. */
  private addPositions(words: readonly WordInfo[]): void {
    const n = words.length;
    let at = this.positions[n];
    if (!at) {
      at = [];
      this.positions[n] = at;
    }
    for (let j = 0; j < n; j++) {
      let keys = at[j];
      if (!keys) {
        keys = { ids: new Set(), strippedIds: new Set(), classes: new Set(), folded: new Set() };
        at[j] = keys;
      }
      const w = words[j]!;
      keys.ids.add(w.id);
      keys.strippedIds.add(w.strippedId);
      for (const c of w.classes) keys.classes.add(c);
      keys.folded.add(w.folded);
    }
  }

  /**
   * False when no name of `words.length` words (or of one more, with a country word left out)
   * can match `words`: some word that can answer only as the same word, a synonym or a
   * thesaurus substitute (it has synonym classes, or fewer than four letters: no near
   * spelling) meets none of those at its position. A quick test before listing names: it
   * looks at what `matchKinds` needs of every name, at one position.
   */
  mayMatch(words: readonly WordInfo[]): boolean {
    const at = this.positions[words.length];
    if (!at) return false;
    for (let j = 0; j < words.length; j++) {
      const w = words[j]!;
      if (w.classes.length === 0 && w.text.length >= 4) continue;
      const keys = at[j]!;
      if (keys.ids.has(w.id) || keys.strippedIds.has(w.strippedId)) continue;
      if (w.classes.some((c) => keys.classes.has(c))) continue;
      let substitute = false;
      for (const t of w.targets) {
        if (keys.folded.has(t)) {
          substitute = true;
          break;
        }
      }
      if (!substitute) return false;
    }
    return true;
  }

  private kbWord(text: string): WordInfo {
    let info = this.words.get(text);
    if (!info) {
      info = wordInfo(text, this.numberOf);
      this.words.set(text, info);
    }
    return info;
  }

  /** Numbers of the KB words and of their forms without a final "s", given at build. */
  private readonly ids = new Map<string, number>();
  private readonly numberOf: WordIds = (word) => {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
    }
    return id;
  };
  /** The number of a word of a spun name: that of the same KB word, or -1. */
  readonly idOf: WordIds = (word) => this.ids.get(word) ?? -1;

  /** What the words of names of n words are at position j: `positions[n][j]`. */
  private readonly positions: PositionKeys[][] = [];

  /** Whether a KB name of the index uses `word` (normalised). */
  isNameWord(word: string): boolean {
    return this.byWord.has(word);
  }

  /**
   * KB names sharing a word or a synonym class with `words`, or a word a thesaurus
   * substitute among them stands for, in the order of the words and their keys. Only names
   * a test of `words.length` words can match are listed: those of as many words, and those
   * of one word more with a country word (tested without it). Answers how many, listed in
   * the first places of `listed`, the index's own list, valid until the next call (read it
   * before asking again): no list made per call.
   */
  near(words: readonly WordInfo[]): number {
    const n = words.length;
    const mark = ++this.mark;
    const out = this.listed;
    let count = 0;
    for (const w of words) {
      count = collect(this.byWord.get(w.text), n, mark, out, count);
      for (const c of w.classes) count = collect(this.byClass.get(c), n, mark, out, count);
      // Through the thesaurus only from words no KB name uses: a KB word finds its own names
      // above, and the substitutes of common KB words ("state", "president") are legion.
      if (this.byWord.has(w.text)) continue;
      for (const target of w.targets) count = collect(this.byFolded.get(target), n, mark, out, count);
    }
    return count;
  }
}

/**
 * Puts in `out` from place `count` the names of `lists` for tests of `n` words not listed
 * yet (marked `mark`); answers the new count.
 */
function collect(
  lists: ByLength | undefined,
  n: number,
  mark: number,
  out: IndexedName[],
  count: number,
): number {
  const list = lists?.[n];
  if (!list) return count;
  for (const item of list) {
    if (item.seen === mark) continue;
    item.seen = mark;
    out[count++] = item;
  }
  return count;
}

/**
 * Whether the quick tests that skip work (`SpinIndex.mayMatch`, `mayStartCountry`,
 * `mayBeInName`) are on: off only in {@link withoutQuickTests}, which tests use to show
 * they change no answer.
 */
let quickTests = true;

/**
 * For tests: `fn` run with the quick tests off (every name tested, every form looked up)
 * and no answers kept, to compare with what the quick tests give.
 */
export function withoutQuickTests<T>(kb: KnowledgeBase, fn: () => T): T {
  forgetSpunAnswers(kb);
  quickTests = false;
  try {
    return fn();
  } finally {
    quickTests = true;
    forgetSpunAnswers(kb);
  }
}

/** One index per knowledge base (pass the shared KB, not a per-document wrapper). */
const indexes = new WeakMap<KnowledgeBase, SpinIndex>();

/**
 * The one KB entity of an allowed type whose name `surface` spins, or null (none, or
 * several different entities: ambiguous).
 */
export function findSpun(
  kb: KnowledgeBase,
  surface: string,
  types: readonly EntityType[],
  countries: ReadonlySet<string> = NO_COUNTRIES,
): SpinMatch | null {
  return findSpunCached(answersFor(kb, types), kb, surface, types, countries).match;
}

/**
 * The equally good spun-name matches of different entities that left `surface` ambiguous
 * ("Labor Celebration": Australia's Labor Party and Britain's Labour Party), for the
 * article to choose among (its country, its people's parties); empty when there is a match
 * or none at all.
 */
export function findSpunTies(
  kb: KnowledgeBase,
  surface: string,
  types: readonly EntityType[],
  countries: ReadonlySet<string> = NO_COUNTRIES,
): readonly SpinMatch[] {
  return findSpunCached(answersFor(kb, types), kb, surface, types, countries).ties;
}

const NO_COUNTRIES: ReadonlySet<string> = new Set();

/** A country set as `computeSpun` reads it: by asking about one country at a time. */
interface CountryTest {
  has(country: string): boolean;
}

/** A document's countries, recording what `computeSpun` asked of them (and the answers). */
class AskedCountries implements CountryTest {
  /** Null while nothing was asked (most computations ask nothing: no list made for them). */
  asked: [string, boolean][] | null = null;
  constructor(private readonly countries: ReadonlySet<string>) {}
  has(country: string): boolean {
    const answer = this.countries.has(country);
    this.asked ??= [];
    this.asked.push([country, answer]);
    return answer;
  }
}

/**
 * One remembered answer of `computeSpun` for a surface: valid for every document whose
 * countries answer the questions asked the same way (most surfaces ask none: their answer
 * holds whatever countries an article names).
 */
interface SpunAnswer {
  readonly asked: readonly (readonly [string, boolean])[];
  readonly match: SpinMatch | null;
  /** When `match` is null for a tie: the equally good matches of different entities. */
  readonly ties: readonly SpinMatch[];
}

const NO_TIES: readonly SpinMatch[] = [];
const NO_MATCH_ASKED_NOTHING: SpunAnswer = { asked: [], match: null, ties: NO_TIES };

/** The result of one spun-name search: the match, or the entities tied for it. */
interface SpunResult {
  readonly match: SpinMatch | null;
  readonly ties: readonly SpinMatch[];
}

/**
 * The answers kept for one surface: the one answer itself (most surfaces have one: no list
 * made for them), or a few in a list.
 */
type KeptAnswers = SpunAnswer | SpunAnswer[];

/** Whether an answer holds for a document whose countries are `countries`. */
function holdsFor(a: SpunAnswer, countries: ReadonlySet<string>): boolean {
  for (const [c, answer] of a.asked) if (countries.has(c) !== answer) return false;
  return true;
}

/**
 * What the spun-name pass keeps for a knowledge base across documents: answers per
 * allowed types per surface (names recur across a corpus), and the words of spun names
 * read so far. All of it is dropped by `forgetSpunAnswers`.
 */
interface SpunMemory {
  readonly answers: Map<string, Map<string, KeptAnswers>>;
  readonly words: Map<string, WordInfo>;
  /** Whether a word of a run marks it for the spun-name test (see `marksRun`). */
  readonly runWords: Map<string, boolean>;
}

const memories = new WeakMap<KnowledgeBase, SpunMemory>();

/** Bound on the surfaces remembered per knowledge base and types (cleared when full). */
const SPUN_CACHE_SIZE = 20_000;

/** Bound on the spun words remembered per knowledge base (cleared when full). */
const SPUN_WORDS_SIZE = 20_000;

/** Drops the spun-name answers kept for `kb` (benchmarks measure articles with names not seen before). */
export function forgetSpunAnswers(kb: KnowledgeBase): void {
  memories.delete(kb);
}

function memoryOf(kb: KnowledgeBase): SpunMemory {
  let memory = memories.get(kb);
  if (!memory) {
    memory = { answers: new Map(), words: new Map(), runWords: new Map() };
    memories.set(kb, memory);
  }
  return memory;
}

/** The cache key of a list of allowed types (the lists are few and constant). */
const typeKeys = new WeakMap<readonly EntityType[], string>();

/** The remembered answers of `kb` for surfaces of one set of allowed types. */
function answersFor(kb: KnowledgeBase, types: readonly EntityType[]): Map<string, KeptAnswers> {
  const byTypes = memoryOf(kb).answers;
  let key = typeKeys.get(types);
  if (key === undefined) {
    key = types.join(',');
    typeKeys.set(types, key);
  }
  let bySurface = byTypes.get(key);
  if (!bySurface) {
    bySurface = new Map();
    byTypes.set(key, bySurface);
  }
  return bySurface;
}

/** The word of a spun name as the matcher reads it (remembered for the pass). */
function spunWord(memory: SpunMemory, index: SpinIndex, text: string): WordInfo {
  let info = memory.words.get(text);
  if (!info) {
    if (memory.words.size >= SPUN_WORDS_SIZE) memory.words.clear();
    info = wordInfo(text, index.idOf);
    memory.words.set(text, info);
  }
  return info;
}

function findSpunCached(
  cache: Map<string, KeptAnswers>,
  kb: KnowledgeBase,
  surface: string,
  types: readonly EntityType[],
  countries: ReadonlySet<string>,
  range?: WordRange,
): SpunResult {
  const known = cache.get(surface);
  if (known !== undefined) {
    if (!Array.isArray(known)) {
      if (holdsFor(known, countries)) return known;
    } else for (const a of known) if (holdsFor(a, countries)) return a;
  }
  const asked = new AskedCountries(countries);
  const result = computeSpun(kb, surface, types, asked, range);
  // A few answers per surface (one per combination of the countries it depends on). The
  // usual one, no match, no tie and nothing asked, is one shared object, kept as itself: what the
  // memory keeps outlives the young generation, and costs every collection until it is promoted.
  const answer: SpunAnswer =
    result.match === null && result.ties.length === 0 && asked.asked === null
      ? NO_MATCH_ASKED_NOTHING
      : { asked: asked.asked ?? [], match: result.match, ties: result.ties };
  if (known === undefined) {
    if (cache.size >= SPUN_CACHE_SIZE) cache.clear();
    cache.set(detach(surface), answer);
  } else if (!Array.isArray(known)) cache.set(surface, [known, answer]);
  else {
    if (known.length >= 8) known.shift();
    known.push(answer);
  }
  return answer;
}

/** The spin index of a knowledge base (built on first use). */
function indexOf(kb: KnowledgeBase): SpinIndex {
  let index = indexes.get(kb);
  if (!index) {
    index = new SpinIndex(kb);
    indexes.set(kb, index);
  }
  return index;
}

/**
 * A word a spinner put for a word of a KB name: a thesaurus substitute that no KB name uses
 * itself ("Globe", "Wellness"; not "State" or "President", which would make every run of
 * capitalised words a candidate).
 */
function isThesaurusSubstitute(kb: KnowledgeBase, word: string): boolean {
  return spinnerThesaurus().targets(word).size > 0 && !indexOf(kb).isNameWord(word);
}

function computeSpun(
  kb: KnowledgeBase,
  surface: string,
  types: readonly EntityType[],
  countries: CountryTest,
  range?: WordRange,
): SpunResult {
  const index = indexOf(kb);
  const memory = memoryOf(kb);
  const all = (quickTests && range && runNameWords(range)) || nameWords(surface);
  const plain = withoutStopWords(all);
  // Nothing joined: the phrased words are the plain ones (tested once, below).
  const phrased = joinThesaurusPhrases(all) ? withoutStopWords(all) : plain;
  // Types that hold every indexed name need no test per name.
  const everyType = SPAN_TYPES.every((t) => types.includes(t));
  // The best match is the one with the fewest swaps, thesaurus swaps counting double; two
  // different entities equally good leave the name ambiguous.
  let found: SpinMatch | null = null;
  let best = Number.POSITIVE_INFINITY;
  let tied = false;
  let ties: SpinMatch[] | null = null;
  const tests = phrased.length === plain.length ? 1 : 2;
  for (let t = 0; t < tests; t++) {
    const texts = t === 0 ? plain : phrased;
    if (texts.length < 2) continue;
    const words = texts.map((w) => spunWord(memory, index, w));
    const n = words.length;
    if (quickTests && !index.mayMatch(words)) continue;
    const listed = index.near(words);
    for (let k = 0; k < listed; k++) {
      const item = index.listed[k]!;
      if (!everyType && !types.includes(item.type)) continue;
      let against: readonly WordInfo[] | null = null;
      if (
        item.words.length === n &&
        matchKinds(words, item.words) &&
        spinAccepts(words, item.words, false, item.country === null && item.prominence >= 5)
      ) {
        against = item.words;
        // A name with no word kept must be one readers know (prominence 3 or more); with a
        // thesaurus guess among its swaps, one of the best known (4 or more), and no more than
        // one guess for every two swaps of the hand lexicon ("Globe Wellness Setting up").
        if (keptCount(n) === 0) {
          const guesses = countKind(n, THESAURUS);
          if (item.prominence < 3 || (guesses > 0 && (item.prominence < 4 || guesses * 2 > n - guesses)))
            against = null;
        }
      }
      // The country is asked about only when it would decide (see findSpunCached: an answer
      // that asked nothing holds for every article).
      if (
        !against &&
        item.countryless &&
        item.prominence >= 2 &&
        item.countryless.length === n &&
        matchKinds(words, item.countryless) &&
        spinAcceptsInCountry(n) &&
        countries.has(item.country ?? '')
      )
        against = item.countryless;
      if (!against) continue;
      // "Bank of China" is no misspelt Bank of Ghana: a country's name is never a near
      // spelling of another's (checked for names that got this far only).
      if (countKind(n, NEAR) > 0 && nearSwapsCountries(kb, words, against, n)) continue;
      const thesaurusSwaps = countKind(n, THESAURUS);
      // A two-word name through a thesaurus guess must be a well-known body, and a national
      // one needs its country in the article ("Freedom Event" in a Korean story is not
      // Slovenia's Freedom Movement).
      if (
        thesaurusSwaps > 0 &&
        n === 2 &&
        (item.prominence < 3 || (item.country && !countries.has(item.country)))
      )
        continue;
      // Through a synonym of the hand lexicon too, a two-word name of a body few readers know
      // (prominence 1) needs its country in the article: "Ocean Watch" in a Breton fishing
      // story is a group of its own, not Germany's Sea-Watch — one swapped word of two is weak
      // evidence on its own.
      if (
        n === 2 &&
        countKind(n, SYNONYM) > 0 &&
        item.prominence < 2 &&
        item.country &&
        !countries.has(item.country)
      )
        continue;
      const cost = n - keptCount(n) + thesaurusSwaps;
      if (cost < best) {
        best = cost;
        tied = false;
        ties = null;
        found = { entity: item.entity, name: item.name, swaps: swapsOf(words, against) };
      } else if (cost === best && found && found.entity !== item.entity) {
        tied = true;
        ties ??= [found];
        if (!ties.some((t) => t.entity === item.entity))
          ties.push({ entity: item.entity, name: item.name, swaps: swapsOf(words, against) });
      }
    }
  }
  if (tied) return { match: null, ties: ties ?? NO_TIES };
  return { match: found ?? withCountryNamed(kb, index, surface, types, range), ties: NO_TIES };
}

/** Whether a near spelling of the last test puts one country's name or demonym for another's. */
function nearSwapsCountries(
  kb: KnowledgeBase,
  spun: readonly WordInfo[],
  name: readonly WordInfo[],
  n: number,
): boolean {
  const nearKinds = Array.from(kinds.subarray(0, n));
  for (let i = 0; i < n; i++) {
    if (nearKinds[i] !== NEAR) continue;
    const a = countryOfWord(kb, spun[i]!.text);
    const b = a ? countryOfWord(kb, name[i]!.text) : null;
    if (a && b && a !== b) return true;
  }
  return false;
}

/** The country a word names (as a country's name or demonym), or null. */
function countryOfWord(kb: KnowledgeBase, word: string): string | null {
  return (
    kb
      .lookup(word)
      .find(
        (h) =>
          h.entity.kind === 'country' && (h.kind === 'name' || h.kind === 'demonym' || h.kind === 'alias'),
      )?.entity.country ?? null
  );
}

/**
 * A name with its country written out in it, other than the KB writes it: "Reform United
 * Kingdom" (Reform UK), "Federal Get of the United States" (the Federal Reserve, spun, with
 * its country added). The country is found in the surface by exact lookup; the name is
 * tried with the country's other names put in, then without "of (the) <country>" as a spun
 * name of a body of that country.
 */
function withCountryNamed(
  kb: KnowledgeBase,
  index: SpinIndex,
  surface: string,
  types: readonly EntityType[],
  range?: WordRange,
): SpinMatch | null {
  const { starts, inNames, names, withCountry } = countryFacts(kb);
  // From a run: no word starts a country name (and every word has letters), no form is one.
  if (range && quickTests && starts !== null && !rangeMayStartCountry(starts, range)) return null;
  // A run's surface: its words are its tokens (see WordRange).
  const tokens = quickTests && range ? runTexts(range) : surface.split(/\s+/);
  if (tokens.length < 2) return null;
  // People's names are not scanned for country names (see buildCountryFacts).
  const namesHold = types.includes('person') ? null : inNames;
  // The first normalised word of each token ('' for none), for the quick test below.
  const firsts = starts === null ? null : quickTests && range ? runFirsts(range) : tokens.map(firstWord);
  // No token starts a country name (and every one has letters): no form is one.
  if (quickTests && firsts !== null && !firsts.some((f) => f.length === 0 || starts!.has(f))) return null;
  for (let n = Math.min(3, tokens.length - 1); n >= 1; n--) {
    for (let i = 0; i + n <= tokens.length; i++) {
      if (quickTests && starts !== null && !mayStartCountry(starts, firsts!, i, n)) continue;
      if (quickTests && names !== null && !mayBeCountryName(names, tokens, range, i, n)) continue;
      const form = n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(' ');
      const country = kb
        .lookup(form)
        .find((h) => h.entity.kind === 'country' && h.entity.country && h.kind !== 'demonym')?.entity;
      if (!country) continue;
      const formNorm = normalizeName(form);
      for (const { text: other, norm } of otherNames(country)) {
        if (norm === formNorm || (quickTests && !mayBeInName(namesHold, norm))) continue;
        if (quickTests && withCountry !== null && namesHold?.has(norm)) {
          if (!withCountry.has(variantNorm(tokens, range, i, n, norm) ?? '')) continue;
        }
        const variant = [...tokens.slice(0, i), other, ...tokens.slice(i + n)].join(' ');
        const hit = kb
          .lookup(variant)
          .find((h) => types.includes(h.entity.type) && h.entity.kind !== 'country' && h.kind !== 'short');
        if (hit) return { entity: hit.entity, name: variant, swaps: [`${form} = ${other}`] };
      }
      // "… of the United States" at the end: a body of that country, its name spun.
      if (i + n !== tokens.length) continue;
      const rest = tokens
        .slice(0, i)
        .join(' ')
        .replace(/\s+of(\s+the)?$/i, '');
      if (rest === tokens.slice(0, i).join(' ')) continue;
      const texts = contentWords(rest);
      if (texts.length < 2) continue;
      const memory = memoryOf(kb);
      const words = texts.map((w) => spunWord(memory, index, w));
      let found: SpinMatch | null = null;
      const listed = index.near(words);
      for (let k = 0; k < listed; k++) {
        const item = index.listed[k]!;
        if (!types.includes(item.type) || item.country !== country.country) continue;
        if (item.words.length !== words.length || !matchKinds(words, item.words)) continue;
        if (!spinAccepts(words, item.words, true) || countKind(words.length, THESAURUS) > 0) continue;
        if (found && found.entity !== item.entity) return null;
        found = { entity: item.entity, name: item.name, swaps: swapsOf(words, item.words) };
      }
      if (found) return found;
    }
  }
  return null;
}

/**
 * What `withCountryNamed` may skip, worked out once per knowledge base: `starts`, the first
 * words of country names (normalised): a form whose first word starts none is no country
 * name; `inNames`, the country names (normalised) that some name of another entity (not a
 * person) contains word for word: a name with another country name put in is looked up,
 * for an entity of another type than a person, only when that name is one of them. Both null (nothing skipped) when the KB does not file a country under
 * each of its names' normalised forms, as the port promises (a store built by other code).
 */
interface CountryFacts {
  readonly starts: ReadonlySet<string> | null;
  readonly inNames: ReadonlySet<string> | null;
  /** The word trie of country names (null with `starts`): a form whose words end at no name is no country's. */
  readonly names: TrieNode | null;
  /**
   * The names (normalised) of entities other than people that hold a country name of
   * `inNames` word for word, short forms aside (null with `starts`): a name with another
   * country name put in, whose normalised form is none of them, is none of their names.
   */
  readonly withCountry: ReadonlySet<string> | null;
}

const countryFactsOf = new WeakMap<KnowledgeBase, CountryFacts>();

function countryFacts(kb: KnowledgeBase): CountryFacts {
  let facts = countryFactsOf.get(kb);
  if (!facts) {
    facts = buildCountryFacts(kb);
    countryFactsOf.set(kb, facts);
  }
  return facts;
}

/** A word trie of country names (normalised): `name` where one ends. */
interface TrieNode {
  name: string | null;
  readonly next: Map<string, TrieNode>;
}

function buildCountryFacts(kb: KnowledgeBase): CountryFacts {
  const entities = [...kb.entities()];
  let starts: Set<string> | null = new Set<string>();
  const root: TrieNode = { name: null, next: new Map() };
  const addCountryName = (entity: KbEntity, text: string): void => {
    if (!kb.lookup(text).some((h) => h.entity === entity)) starts = null;
    const norm = normalizeName(text);
    if (norm.length === 0) return;
    const words = norm.split(' ');
    starts?.add(words[0]!);
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { name: null, next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    node.name = norm;
  };
  for (const entity of entities) {
    if (entity.kind !== 'country' || !entity.country) continue;
    addCountryName(entity, entity.name);
    for (const n of entity.names) if (n.kind !== 'demonym') addCountryName(entity, n.text);
  }
  // Every country name some other entity's name holds word for word (people aside: the test
  // is not made for them). The KB files each name under its normalised form: the port's
  // promise, checked above for the countries.
  const inNames = new Set<string>();
  const withCountry = new Set<string>();
  const scan = (text: string): void => {
    const norm = normalizeName(text);
    const words = norm.split(' ');
    for (let p = 0; p < words.length; p++) {
      let node = root.next.get(words[p]!);
      for (let q = p + 1; node; q++) {
        if (node.name !== null) {
          inNames.add(node.name);
          withCountry.add(norm);
        }
        if (q >= words.length) break;
        node = node.next.get(words[q]!);
      }
    }
  };
  for (const entity of entities) {
    if (entity.kind === 'country' || entity.type === 'person') continue;
    scan(entity.name);
    for (const n of entity.names) if (n.kind !== 'short') scan(n.text);
  }
  return starts === null
    ? { starts, inNames: null, names: null, withCountry: null }
    : { starts, inNames, names: root, withCountry };
}

/** A country's names other than demonyms, normalised too (read once per country). */
const otherNamesOf = new WeakMap<KbEntity, readonly { text: string; norm: string }[]>();

function otherNames(country: KbEntity): readonly { text: string; norm: string }[] {
  let names = otherNamesOf.get(country);
  if (!names) {
    names = [country.name, ...country.names.filter((x) => x.kind !== 'demonym').map((x) => x.text)].map(
      (text) => ({ text, norm: normalizeName(text) }),
    );
    otherNamesOf.set(country, names);
  }
  return names;
}

/**
 * Whether a name with another name of a country put in (`norm`, normalised) may be a KB
 * name of another entity: its normalised words hold those of that name in a row (see `mayStartCountry`), so `other`
 * must be one of `inNames`. (A generation word, which `normalizeName` rewrites at the end
 * of a name, or nothing to look for: no test.)
 */
function mayBeInName(inNames: ReadonlySet<string> | null, norm: string): boolean {
  if (inNames === null) return true;
  if (norm.length === 0 || /(?:^| )[js]n?r(?: |$)/.test(norm)) return true;
  return inNames.has(norm);
}

/** Whether a word of `range` may start a country name (see `mayStartAny`). */
function rangeMayStartCountry(starts: ReadonlySet<string>, range: WordRange): boolean {
  for (let k = range.from; k < range.to; k++) if (mayStartAny(starts, range.words[k]!)) return true;
  return false;
}

/** Whether a run word may start a country name (see `mayStartCountry`): its first word does, or it has none. */
function mayStartAny(starts: ReadonlySet<string>, w: Word): boolean {
  w.first ??= firstWord(w.text);
  return w.first.length === 0 || starts.has(w.first);
}

/** The first word of a token's normalised form ('' when it has none). */
function firstWord(token: string): string {
  const norm = normalizeName(token);
  const space = norm.indexOf(' ');
  return space < 0 ? norm : norm.slice(0, space);
}

/**
 * Whether the form of `n` tokens from `i` may be a country name: the first word of its
 * normalised form must start one. `normalizeName` works letter by letter (the lower case of
 * a final sigma looks no further than the next space), so the normalised words of tokens
 * joined by spaces are the normalised words of each token in turn (only a last "jnr" may
 * change, never a first word): the form's first word is that of its first token with any.
 */
function mayStartCountry(
  starts: ReadonlySet<string>,
  firsts: readonly string[],
  i: number,
  n: number,
): boolean {
  for (let k = i; k < i + n; k++) if (firsts[k]!.length > 0) return starts.has(firsts[k]!);
  return true;
}

/**
 * Whether the form of `n` tokens from `i` may be a country name: its normalised words, those
 * of each token in turn (see `mayStartCountry`), must spell one in the trie. A form that
 * lookup finds a country by is one of the country's names normalised, so it is in the trie.
 * True (no test) when a token has no normalised word, or the form ends in "jnr"/"snr", which
 * `normalizeName` rewrites at the end of a name. `range`: the run words the tokens are.
 */
function mayBeCountryName(
  names: TrieNode,
  tokens: readonly string[],
  range: WordRange | undefined,
  i: number,
  n: number,
): boolean {
  let node: TrieNode | undefined = names;
  for (let k = i; k < i + n; k++) {
    const words = range ? wordsOfRunWord(range.words[range.from + k]!) : normalizeName(tokens[k]!).split(' ');
    if (words[0]!.length === 0) return true;
    for (let j = 0; j < words.length; j++) {
      const w = words[j]!;
      if (k === i + n - 1 && j === words.length - 1 && (w === 'jnr' || w === 'snr')) return true;
      node = node?.next.get(w);
    }
  }
  return node !== undefined && node.name !== null;
}

/**
 * The normalised form of `tokens` with the `n` from `i` replaced by a name normalised as
 * `norm`, made of the tokens' own normalised forms (see `mayStartCountry`: `normalizeName`
 * reads token by token); null when a last "jnr"/"snr" would be rewritten in the whole.
 */
function variantNorm(
  tokens: readonly string[],
  range: WordRange | undefined,
  i: number,
  n: number,
  norm: string,
): string | null {
  let out = '';
  for (let k = 0; k < tokens.length; k++) {
    if (k > i && k < i + n) continue;
    const part =
      k === i ? norm : range ? normOfRunWord(range.words[range.from + k]!) : normalizeName(tokens[k]!);
    if (part.length === 0) continue;
    out = out.length === 0 ? part : `${out} ${part}`;
  }
  return /(?:^| )[js]nr$/.test(out) ? null : out;
}

/** The texts of a range's words (its surface's tokens). */
function runTexts(range: WordRange): string[] {
  const out: string[] = [];
  for (let k = range.from; k < range.to; k++) out.push(range.words[k]!.text);
  return out;
}

/** The first normalised word of each word of a range (see `firstWord`), read once per run word. */
function runFirsts(range: WordRange): string[] {
  const out: string[] = [];
  for (let k = range.from; k < range.to; k++) {
    const w = range.words[k]!;
    w.first ??= firstWord(w.text);
    out.push(w.first);
  }
  return out;
}

/**
 * `nameWords` of a range's surface, made of its words' own (read once per run word): the
 * surface is its words joined by spaces, and `withoutPossessives` and `normalizeName` read
 * it word by word (see `mayStartCountry`; a possessive ends at the space as at the end).
 * Null where the whole differs or may: a last word "jnr"/"snr" after another (rewritten
 * in the whole), or a word that starts a listed group (joined across words).
 */
function runNameWords(range: WordRange): string[] | null {
  const out: string[] = [];
  for (let k = range.from; k < range.to; k++) {
    const w = range.words[k]!;
    for (const part of nameParts(w)) {
      if (GROUP_STARTS.has(part)) return null;
      out.push(part);
    }
  }
  const last = out[out.length - 1];
  if (out.length >= 2 && (last === 'jnr' || last === 'snr')) return null;
  return out;
}

/** A run word's words as `nameWords` reads them (read once per run word). */
function nameParts(w: Word): readonly string[] {
  w.nameParts ??= normalizeName(withoutPossessives(w.text))
    .split(' ')
    .filter((x) => x.length > 0);
  return w.nameParts;
}

/** A run word normalised (read once per run word). */
function normOfRunWord(w: Word): string {
  w.norm ??= normalizeName(w.text);
  return w.norm;
}

/** A run word's normalised words (read once per run word). */
function wordsOfRunWord(w: Word): readonly string[] {
  w.words ??= normOfRunWord(w).split(' ');
  return w.words;
}

/** Words that continue a listed word group in lower case ("Financial *institution*", "Well *being*"). */
const GROUP_TAILS = new Set(GROUPS.flatMap((g) => g.split(' ').slice(1)));

/** Function words inside an institution's name ("Bank *of* England", "Food *and* Agriculture"). */
const INNER = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le']);

/** Words that carry a name on ("… Organisation of Ghana Herbalists"); "and" joins two names. */
const OF = new Set(['of', 'for', 'de', 'du', 'des']);

/**
 * A summit word used as an adjective ("the NATO top brass", "G7 top officials"): followed by
 * a lower-case word that is not a small word or a verb of meeting.
 */
export const ADJECTIVE_USE =
  /^\s+(?!(?:in|on|at|of|for|and|with|this|last|next|was|is|will|would|had|has|opened|closed|ended|began|where|which|that|to)\b)\p{Ll}/u;

/** "summit" and its spun forms, taken after a run in lower case ("the Team of Twenty top"). */
export const SUMMIT_WORDS: ReadonlySet<string> = new Set(['summit', 'top', 'peak', 'pinnacle', 'apex']);

/** First letters of the lower-case words a run may go on with (INNER, GROUP_TAILS, SUMMIT_WORDS). */
const RUN_LOWER_INITIALS = new Set([...INNER, ...GROUP_TAILS, ...SUMMIT_WORDS].map((w) => w.charCodeAt(0)));

/**
 * A quick test before the follower expression of `spunSpans`: a run goes on only after
 * spaces, with a capital or a word of INNER, GROUP_TAILS or SUMMIT_WORDS. False when it cannot.
 */
function mayFollow(text: string, end: number): boolean {
  let i = end;
  while (text.charCodeAt(i) === 32) i++;
  if (i === end || i >= text.length) return false;
  const c = text.charCodeAt(i);
  // An ASCII character that is no capital and starts no listed lower-case word ends the run.
  return c >= 128 || (c >= 65 && c <= 90) || RUN_LOWER_INITIALS.has(c);
}

/** What a spun name found in the text may name. */
const SPAN_TYPES: readonly EntityType[] = ['organization', 'event', 'location'];

/** A span of text that spins a KB name, found without a mention there. */
export interface SpunSpan {
  readonly start: number;
  readonly end: number;
  readonly match: SpinMatch;
}

/**
 * Spun organisation and event names in `text`, mention or not: taggers cut them ("England"
 * out of "Financial institution of England") or stop at a lower-case word ("Global Economic
 * Discussion" of "… Discussion board"). Runs of capitalised words, with function words and
 * the lower-case tails of listed word groups inside, are tried longest first; only runs with
 * a listed synonym in them are tried at all, and a match needs a synonym swap — or, for a
 * run that is a KB name of three words or more written exactly ("Christian Democratic Union"
 * cut by the tagger), that name, with no swaps.
 */
export function spunSpans(
  kb: KnowledgeBase,
  text: string,
  countries: ReadonlySet<string> = NO_COUNTRIES,
): SpunSpan[] {
  const out: SpunSpan[] = [];
  const answers = answersFor(kb, SPAN_TYPES);
  const memory = memoryOf(kb);
  // Only capitalised words can open a run: scanning for them (not materialising every word
  // of the article) keeps this pass cheap, as it runs on every document.
  for (let from = 0; nextCapitalWord(text, from); ) {
    const start = wordStart;
    let end = wordEnd;
    from = end;
    if (!startsWord(text, start)) continue;
    // A run: capitalised words, joined by spaces only, function words and group tails inside.
    // (Made only when a second word joins: a word alone is no spun name.)
    let run: Word[] | null = null;
    for (;;) {
      if (!mayFollow(text, end) || !nextFollower(text, end)) break;
      const next = text.slice(followerStart, followerEnd);
      // Not across "in", "at", "on": "the Forum in Davos" is the forum, and Davos.
      if (!startsUpper(next)) {
        const lower = next.toLowerCase();
        if (
          !(
            INNER.has(lower) ||
            GROUP_TAILS.has(lower) ||
            (SUMMIT_WORDS.has(lower) && !ADJECTIVE_USE.test(text.slice(followerEnd, followerEnd + 30)))
          )
        )
          break;
      }
      run ??= [runWord(text.slice(start, end), start, end)];
      run.push(runWord(next, followerStart, followerEnd));
      end = followerEnd;
    }
    from = end;
    if (run === null) continue;
    let found: SpunSpan | null = null;
    if (run.length >= 2 && run.some((w) => marksRun(memory, kb, w))) {
      // Where a swap can come from (see `mayGiveSwap`), read once for the run.
      const forms = quickTests ? countryForms(kb, run) : null;
      let exact = false;
      // One range for the run's tries, moved along (the test reads it and keeps nothing of it).
      const range = { words: run, from: 0, to: 0 };
      for (let len = Math.min(run.length, 8); len >= 2 && !found && !exact; len--) {
        for (let a = 0; a + len <= run.length && !found; a++) {
          const first = run[a]!;
          const last = run[a + len - 1]!;
          if (!first.opens || STOP.has(last.lower)) continue;
          // A name the run goes on with ("Globe Health Organisation *of Ghana Herbalists*")
          // is a longer name, not the KB one.
          const after = run[a + len];
          if (after && OF.has(after.lower) && run[a + len + 1]) continue;
          const surface = text.slice(first.start, last.end);
          // "Christian Democratic Union" as written is that name (the tagger may have cut it):
          // no spun "Democratic Union" inside it.
          // Not inside a longer name: the run must not go on with a name word before or after
          // it ("Group of Seven" of "Group of Seven Bakeries", "Department of Education" of
          // "U.S. Department of Education"; "Leaders of the …", "… and the Greens" are free),
          // ending in a letter, not after a place's possessive ("Brazil's Supreme Court").
          const wholeRun =
            (a === 0 || INNER.has(run[a - 1]!.lower)) &&
            (a + len === run.length || INNER.has(run[a + len]!.lower));
          const exactHit =
            len >= 3 && wholeRun && /[\p{L}\p{N}]$/u.test(surface) && !placePossessiveFirst(kb, first.text)
              ? exactBodyName(kb, surface)
              : null;
          if (exactHit) {
            found = {
              start: first.start,
              end: last.end,
              match: { entity: exactHit, name: surface, swaps: [] },
            };
            exact = true;
            break;
          }
          if (forms !== null && !mayGiveSwap(run, a, len, forms)) continue;
          range.from = a;
          range.to = a + len;
          const match = findSpunCached(answers, kb, surface, SPAN_TYPES, countries, range).match;
          if (match?.swaps.some((x) => x.includes(' = ')))
            found = { start: first.start, end: last.end, match };
        }
      }
    }
    if (found) {
      out.push(found);
      // The run may hold a second name ("… of Canada and Financial institution of England").
      from = found.end;
    }
  }
  return out;
}

/**
 * Whether words `a` to `a + len` of a run may be a spun name with a swap for a synonym or
 * a country name ("x = y", what `spunSpans` takes): false when none of the words may be
 * swapped for a synonym (`maySwap`) and no country name stands among them (`forms`, see
 * `countryForms`). A match of `computeSpun`'s word-by-word test has a " = " swap only where
 * a spun word shares a synonym class with the KB word or stands for it in the thesaurus,
 * so it has classes or thesaurus targets; its words are the words' own parts, or parts
 * joined into a listed group or a thesaurus phrase, which start with a group's or a
 * phrase's first word. `withCountryNamed` finds nothing without a form of at most three
 * words, short of the whole, that is a country's name.
 */
function mayGiveSwap(run: readonly Word[], a: number, len: number, forms: readonly number[] | true): boolean {
  for (let k = a; k < a + len; k++) if (maySwap(run[k]!)) return true;
  if (forms === true) return true;
  // Forms as (start, length) pairs.
  for (let f = 0; f < forms.length; f += 2) {
    const start = forms[f]!;
    const n = forms[f + 1]!;
    if (start >= a && start + n <= a + len && n <= Math.min(3, len - 1)) return true;
  }
  return false;
}

/** Whether a run word has a part that may be swapped for a synonym (see `mayGiveSwap`), read once per run word. */
function maySwap(w: Word): boolean {
  if (w.swaps === undefined) {
    const thesaurus = spinnerThesaurus();
    w.swaps = nameParts(w).some(
      (p) =>
        classesOf(p).length > 0 ||
        thesaurus.targets(p).size > 0 ||
        GROUP_STARTS.has(p) ||
        thesaurus.phrasesFrom(p).length > 0,
    );
  }
  return w.swaps;
}

/**
 * The forms of a run, of one to three words, that may be a country's name (`mayBeCountryName`),
 * as (start, length) pairs; true (every form may be) when the KB gives no country trie.
 */
function countryForms(kb: KnowledgeBase, run: readonly Word[]): number[] | true {
  const { names } = countryFacts(kb);
  if (names === null) return true;
  const whole: WordRange = { words: run, from: 0, to: run.length };
  const out: number[] = [];
  for (let n = 1; n <= 3 && n < run.length; n++) {
    for (let i = 0; i + n <= run.length; i++) if (mayBeCountryName(names, [], whole, i, n)) out.push(i, n);
  }
  return out;
}

/**
 * Whether a run word is one a spun name is tried for: a word of the spinner lexicon, the
 * tail of a listed group, or a thesaurus substitute no KB name uses. Remembered per word
 * for the pass (names and headline words recur).
 */
function marksRun(memory: SpunMemory, kb: KnowledgeBase, w: Word): boolean {
  let marks = memory.runWords.get(w.text);
  if (marks === undefined) {
    marks =
      isSpinnerWord(w.lower.replace(/['’]s$/, '')) ||
      GROUP_TAILS.has(w.lower) ||
      isThesaurusSubstitute(kb, normalizeName(w.text));
    if (memory.runWords.size >= SPUN_WORDS_SIZE) memory.runWords.clear();
    memory.runWords.set(detach(w.text), marks);
  }
  return marks;
}

/** Whether a run's first word is a place's possessive ("Brazil's"). */
function placePossessiveFirst(kb: KnowledgeBase, word: string): boolean {
  return /['’]s$/.test(word) && kb.lookup(word.slice(0, -2)).some((h) => h.entity.type === 'location');
}

/** The KB entity (not a person) `surface` names exactly as a name or alias, or null. */
function exactBodyName(kb: KnowledgeBase, surface: string): KbEntity | null {
  return (
    kb.lookup(surface).find((h) => h.entity.type !== 'person' && (h.kind === 'name' || h.kind === 'alias'))
      ?.entity ?? null
  );
}

/** `/^\p{Lu}/u.test(word)`, ASCII read directly. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/** Where `nextFollower` found its word (module state, as for `nextCapitalWord`). */
let followerStart = -1;
let followerEnd = -1;

const FOLLOWER = / +(\p{L}[\p{L}'’-]*)/uy;

/**
 * The word after the spaces at `end`, as `/ +(\p{L}[\p{L}'’-]*)/uy` reads it there, into
 * `followerStart`/`followerEnd`; false when there is none. ASCII is read directly; the
 * expression takes over at the first character beyond it.
 */
function nextFollower(text: string, end: number): boolean {
  let i = end;
  while (text.charCodeAt(i) === 32) i++;
  if (i === end) return false;
  let j = i;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c >= 128) {
      FOLLOWER.lastIndex = end;
      const m = FOLLOWER.exec(text);
      if (m === null) return false;
      followerEnd = FOLLOWER.lastIndex;
      followerStart = followerEnd - m[1]!.length;
      return true;
    }
    const folded = c | 32;
    const letter = folded >= 97 && folded <= 122;
    if (j === i ? !letter : !(letter || c === 39 || c === 45)) break;
  }
  if (j === i) return false;
  followerStart = i;
  followerEnd = j;
  return true;
}

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The word in lower case. */
  readonly lower: string;
  /** Whether a name may start with it: a capital, no function word. */
  readonly opens: boolean;
  /** The first word of its normalised form, once asked for (see `mayStartAny`). */
  first: string | null;
  /** Its normalised form and words, once asked for (see `mayBeCountryName`). */
  norm?: string;
  /** Its words as `nameWords` reads them, once asked for (see `runNameWords`). */
  nameParts?: readonly string[];
  /** Whether a part may be swapped for a synonym, once asked for (see `maySwap`). */
  swaps?: boolean;
  words?: readonly string[];
}

/**
 * Words `from` to `to` of a run: a surface `spunSpans` tries, as words (its tokens, as
 * `surface.split(/\s+/)` gives them: run words are joined by spaces only).
 */
interface WordRange {
  readonly words: readonly Word[];
  readonly from: number;
  readonly to: number;
}

function runWord(text: string, start: number, end: number): Word {
  const lower = text.toLowerCase();
  return { text, start, end, lower, opens: startsUpper(text) && !STOP.has(lower), first: null };
}

/** Where `nextCapitalWord` found its word (module state: no record per word of an article). */
let wordStart = -1;
let wordEnd = -1;

const CAPITAL_WORD = /\p{Lu}[\p{L}'’-]*/gu;
const WORD_REST = /[\p{L}'’-]*/uy;

/**
 * The next match of `/\p{Lu}[\p{L}'’-]*\/u` at or after `from`, into `wordStart`/`wordEnd`;
 * false when there is none. ASCII is read directly; the expressions take over at the first
 * character beyond it.
 */
function nextCapitalWord(text: string, from: number): boolean {
  let start = -1;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      start = i;
      break;
    }
    if (c >= 128) {
      CAPITAL_WORD.lastIndex = i;
      const m = CAPITAL_WORD.exec(text);
      if (m === null) return false;
      wordStart = m.index;
      wordEnd = m.index + m[0].length;
      return true;
    }
  }
  if (start < 0) return false;
  let j = start + 1;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const folded = c | 32;
    if ((folded >= 97 && folded <= 122) || c === 39 || c === 45) continue;
    if (c >= 128) {
      WORD_REST.lastIndex = j;
      j += WORD_REST.exec(text)![0].length;
    }
    break;
  }
  wordStart = start;
  wordEnd = j;
  return true;
}

/**
 * Whether a word (a letter and the letters, apostrophes and hyphens after it) starts at
 * `at`: not when a letter stands before it, directly or through apostrophes and hyphens.
 */
function startsWord(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === "'" || text[k] === '’' || text[k] === '-')) k--;
  if (k < 0) return true;
  const c = text.charCodeAt(k);
  if (c < 128) return (c | 32) < 97 || (c | 32) > 122;
  return !/\p{L}/u.test(text[k]!);
}
