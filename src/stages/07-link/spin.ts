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
import { nameSimilarity } from './similarity.js';
import { isSpinnerWord, spinnerClassesOf, spinnerWords } from './spinner-lexicon.js';

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

/** The content words of a name, listed word groups joined ("financial institution of england" → 2 words). */
export function contentWords(name: string): string[] {
  // "People's", "Folks's": the possessive is no part of the word.
  let norm = ` ${normalizeName(name.replace(/['’]s\b/g, ''))} `;
  for (const g of GROUPS) {
    if (norm.includes(` ${g} `)) norm = norm.replaceAll(` ${g} `, ` ${g.replaceAll(' ', '_')} `);
  }
  return norm
    .trim()
    .split(' ')
    .filter((w) => w.length > 0 && !STOP.has(w))
    .map((w) => w.replaceAll('_', ' '));
}

function classesOf(word: string): readonly number[] {
  return spinnerClassesOf(word);
}

/** How one word of a spun name answers one word of a KB name. */
type WordMatch = 'same' | 'near' | 'synonym' | null;

function matchWord(spun: string, kb: string): WordMatch {
  if (spun === kb || spun.replace(/s$/, '') === kb.replace(/s$/, '')) return 'same';
  const a = classesOf(spun);
  const b = classesOf(kb);
  if (a.some((x) => b.includes(x))) return 'synonym';
  // A near spelling of a distinctive word ("briks" / "brics"), never of a listed common word.
  if (
    spun.length >= 4 &&
    kb.length >= 4 &&
    a.length === 0 &&
    b.length === 0 &&
    nameSimilarity(spun, kb, 0.85) >= 0.85
  )
    return 'near';
  return null;
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
export function spinMatch(spun: readonly string[], kbName: readonly string[]): string[] | null {
  if (spun.length < 2 || spun.length !== kbName.length) return null;
  let kept = 0;
  const swaps: string[] = [];
  for (let i = 0; i < spun.length; i++) {
    const m = matchWord(spun[i]!, kbName[i]!);
    if (m === null) return null;
    if (m === 'same') kept++;
    else swaps.push(`${spun[i]} ${m === 'synonym' ? '=' : '~'} ${kbName[i]}`);
  }
  if (swaps.length === 0) return null;
  // Nothing kept: only a long name wholly swapped for listed synonyms ("Worldwide Felony
  // Courtroom"); a near spelling there would leave nothing of the name as written.
  if (kept === 0 && (spun.length < 3 || swaps.some((x) => x.includes(' ~ ')))) return null;
  // Two words, one kept: the kept one must be distinctive ("Ministry of State" is no Department of State).
  if (spun.length === 2 && spun.every((w) => GENERIC.has(w) || (classesOf(w).length > 0 && w !== 'world')))
    return null;
  return swaps;
}

/**
 * A spun name that leaves out the country word of a KB name ("Folks's Get together" for the
 * Austrian People's Party, "Communist Get together" for the Communist Party of Vietnam)
 * when the article names that country: the country stands for the distinctive word, so
 * every word may be swapped. Needs a synonym swap, no near spellings with nothing kept.
 */
export function spinMatchInCountry(spun: readonly string[], countryless: readonly string[]): string[] | null {
  if (spun.length < 2 || spun.length !== countryless.length) return null;
  let kept = 0;
  const swaps: string[] = [];
  for (let i = 0; i < spun.length; i++) {
    const m = matchWord(spun[i]!, countryless[i]!);
    if (m === null) return null;
    if (m === 'same') kept++;
    else swaps.push(`${spun[i]} ${m === 'synonym' ? '=' : '~'} ${countryless[i]}`);
  }
  if (!swaps.some((x) => x.includes(' = '))) return null;
  if (kept === 0 && swaps.some((x) => x.includes(' ~ '))) return null;
  return swaps;
}

interface IndexedName {
  readonly entity: KbEntity;
  readonly name: string;
  readonly words: readonly string[];
  /** The words without the one naming the entity's country ("austrian", "vietnam"), if any. */
  readonly countryless: readonly string[] | null;
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

/** KB organisation, event and (prominent) place names of two or more content words, under each word and each of its classes. */
class SpinIndex {
  private readonly byKey = new Map<string, IndexedName[]>();

  constructor(kb: KnowledgeBase) {
    for (const entity of kb.entities()) {
      // Places too, the well-known ones ("West Financial institution", "Center East", "Wall Road").
      if (
        entity.type !== 'organization' &&
        entity.type !== 'event' &&
        !(entity.type === 'location' && entity.prominence >= 3)
      )
        continue;
      const names = [entity.name, ...entity.names.filter((n) => n.kind === 'alias').map((n) => n.text)];
      for (const name of names) {
        const words = contentWords(name);
        if (words.length < 2) continue;
        const item: IndexedName = {
          entity,
          name,
          words,
          countryless: withoutCountry(kb, words, entity.country),
        };
        for (const key of new Set(words.flatMap((w) => [w, ...classesOf(w).map((c) => `#${c}`)]))) {
          const list = this.byKey.get(key) ?? [];
          list.push(item);
          this.byKey.set(key, list);
        }
      }
    }
  }

  /** KB names sharing a word or a synonym class with `words`. */
  near(words: readonly string[]): IndexedName[] {
    const out = new Set<IndexedName>();
    for (const w of words) {
      for (const key of [w, ...classesOf(w).map((c) => `#${c}`)]) {
        for (const item of this.byKey.get(key) ?? []) out.add(item);
      }
    }
    return [...out];
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
  return findSpunCached(answersFor(kb, types), kb, surface, types, countries);
}

const NO_COUNTRIES: ReadonlySet<string> = new Set();

/** A country set as `computeSpun` reads it: by asking about one country at a time. */
interface CountryTest {
  has(country: string): boolean;
}

/** A document's countries, recording what `computeSpun` asked of them (and the answers). */
class AskedCountries implements CountryTest {
  readonly asked: [string, boolean][] = [];
  constructor(private readonly countries: ReadonlySet<string>) {}
  has(country: string): boolean {
    const answer = this.countries.has(country);
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
}

/** Answers of `findSpun` per knowledge base, per allowed types, per surface: names recur across a corpus. */
const answers = new WeakMap<KnowledgeBase, Map<string, Map<string, SpunAnswer[]>>>();

/** Bound on the surfaces remembered per knowledge base and types (cleared when full). */
const SPUN_CACHE_SIZE = 20_000;

/** The remembered answers of `kb` for surfaces of one set of allowed types. */
function answersFor(kb: KnowledgeBase, types: readonly EntityType[]): Map<string, SpunAnswer[]> {
  let byTypes = answers.get(kb);
  if (!byTypes) {
    byTypes = new Map();
    answers.set(kb, byTypes);
  }
  const key = types.join(',');
  let bySurface = byTypes.get(key);
  if (!bySurface) {
    bySurface = new Map();
    byTypes.set(key, bySurface);
  }
  return bySurface;
}

function findSpunCached(
  cache: Map<string, SpunAnswer[]>,
  kb: KnowledgeBase,
  surface: string,
  types: readonly EntityType[],
  countries: ReadonlySet<string>,
): SpinMatch | null {
  let known = cache.get(surface);
  if (known) {
    for (const a of known) if (a.asked.every(([c, answer]) => countries.has(c) === answer)) return a.match;
  } else {
    if (cache.size >= SPUN_CACHE_SIZE) cache.clear();
    known = [];
    cache.set(detach(surface), known);
  }
  const asked = new AskedCountries(countries);
  const match = computeSpun(kb, surface, types, asked);
  // A few answers per surface (one per combination of the countries it depends on).
  if (known.length >= 8) known.shift();
  known.push({ asked: asked.asked, match });
  return match;
}

function computeSpun(
  kb: KnowledgeBase,
  surface: string,
  types: readonly EntityType[],
  countries: CountryTest,
): SpinMatch | null {
  const words = contentWords(surface);
  if (words.length < 2) return null;
  let index = indexes.get(kb);
  if (!index) {
    index = new SpinIndex(kb);
    indexes.set(kb, index);
  }
  let found: SpinMatch | null = null;
  for (const item of index.near(words)) {
    if (!types.includes(item.entity.type)) continue;
    let swaps = spinMatch(words, item.words);
    // A name with no word kept must be one readers know (prominence 3 or more).
    if (swaps && swaps.length === words.length && item.entity.prominence < 3) swaps = null;
    // The country is asked about only when it would decide (see findSpunCached: an answer that
    // asked nothing holds for every article).
    if (!swaps && item.countryless && item.entity.prominence >= 2) {
      const inCountry = spinMatchInCountry(words, item.countryless);
      if (inCountry && countries.has(item.entity.country ?? '')) swaps = inCountry;
    }
    if (!swaps) continue;
    if (found && found.entity !== item.entity) return null;
    if (!found || swaps.length < found.swaps.length) found = { entity: item.entity, name: item.name, swaps };
  }
  return found;
}

/** Words that continue a listed word group in lower case ("Financial *institution*", "Well *being*"). */
const GROUP_TAILS = new Set(GROUPS.flatMap((g) => g.split(' ').slice(1)));

/** Every word of a listed word group ("financial", "institution"). */
const GROUP_WORDS = new Set(GROUPS.flatMap((g) => g.split(' ')));

/** The types a spun span may name. */
const SPAN_TYPES: readonly EntityType[] = ['organization', 'event', 'location'];

/**
 * True when a word of a run can give a spun name its synonym swap: one of its normalised
 * words is listed in the lexicon or belongs to a listed word group. A span with no such
 * word has no synonym to swap, so `findSpun` cannot find it (see `spunSpans`).
 */
function maySwap(word: string): boolean {
  const lower = word.toLowerCase();
  if (isSpinnerWord(lower.replace(/['’]s$/, '')) || GROUP_TAILS.has(lower)) return true;
  for (const w of normalizeName(word.replace(/['’]s\b/g, '')).split(' ')) {
    if (isSpinnerWord(w) || GROUP_WORDS.has(w)) return true;
  }
  return false;
}

/** Function words inside an institution's name ("Bank *of* England", "Food *and* Agriculture"). */
const INNER = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le']);

/** First letters of the lower-case words a run may go on with (INNER, GROUP_TAILS). */
const RUN_LOWER_INITIALS = new Set([...INNER, ...GROUP_TAILS].map((w) => w.charCodeAt(0)));

/**
 * A quick test before the follower expression of `spunSpans`: a run goes on only after
 * spaces, with a capital or a word of INNER or GROUP_TAILS. False when it cannot.
 */
function mayFollow(text: string, end: number): boolean {
  let i = end;
  while (text.charCodeAt(i) === 32) i++;
  if (i === end || i >= text.length) return false;
  const c = text.charCodeAt(i);
  // An ASCII character that is no capital and starts no listed lower-case word ends the run.
  return c >= 128 || (c >= 65 && c <= 90) || RUN_LOWER_INITIALS.has(c);
}

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
 * a listed synonym in them are tried at all, and a match needs a synonym swap.
 */
export function spunSpans(
  kb: KnowledgeBase,
  text: string,
  countries: ReadonlySet<string> = NO_COUNTRIES,
): SpunSpan[] {
  const out: SpunSpan[] = [];
  const cache = answersFor(kb, SPAN_TYPES);
  // Only capitalised words can open a run: scanning for them (not materialising every word
  // of the article) keeps this pass cheap, as it runs on every document.
  const follower = / +(\p{L}[\p{L}'’-]*)/uy;
  for (let from = 0; nextCapitalWord(text, from); ) {
    const start = wordStart;
    let end = wordEnd;
    from = end;
    if (!startsWord(text, start)) continue;
    // A run: capitalised words, joined by spaces only, function words and group tails inside.
    // (Made only when a second word joins: a word alone is no spun name.)
    let run: Word[] | null = null;
    for (;;) {
      if (!mayFollow(text, end)) break;
      follower.lastIndex = end;
      const f = follower.exec(text);
      if (f === null) break;
      const next = f[1]!;
      // Not across "in", "at", "on": "the Forum in Davos" is the forum, and Davos.
      if (!/^\p{Lu}/u.test(next)) {
        const lower = next.toLowerCase();
        if (!(INNER.has(lower) || GROUP_TAILS.has(lower))) break;
      }
      run ??= [{ text: text.slice(start, end), start, end }];
      run.push({ text: next, start: follower.lastIndex - next.length, end: follower.lastIndex });
      end = follower.lastIndex;
    }
    from = end;
    if (run === null) continue;
    let found: SpunSpan | null = null;
    if (
      run.length >= 2 &&
      run.some(
        (w) =>
          isSpinnerWord(w.text.toLowerCase().replace(/['’]s$/, '')) || GROUP_TAILS.has(w.text.toLowerCase()),
      )
    ) {
      // swappable[k]: how many of the first k words of the run may be swapped (see maySwap).
      const swappable = [0];
      for (const w of run) swappable.push(swappable[swappable.length - 1]! + (maySwap(w.text) ? 1 : 0));
      for (let len = Math.min(run.length, 8); len >= 2 && !found; len--) {
        for (let a = 0; a + len <= run.length && !found; a++) {
          const first = run[a]!;
          const last = run[a + len - 1]!;
          if (
            swappable[a + len] === swappable[a] ||
            !/^\p{Lu}/u.test(first.text) ||
            STOP.has(first.text.toLowerCase()) ||
            STOP.has(last.text.toLowerCase())
          )
            continue;
          const surface = text.slice(first.start, last.end);
          const match = findSpunCached(cache, kb, surface, SPAN_TYPES, countries);
          if (match?.swaps.some((x) => x.includes(' = ')))
            found = { start: first.start, end: last.end, match };
        }
      }
    }
    if (found) out.push(found);
  }
  return out;
}

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
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
  return k < 0 || !/\p{L}/u.test(text[k]!);
}
