/**
 * What is kept between documents: per KB, the answers for each surface and set of types
 * (with the document countries they asked about, so an answer is reused only where it
 * holds), and each word read once. Also the switch that turns the quick tests off, for the
 * tests that show they change no answer. Separate because caching is no rule: forgetting
 * it (`forgetSpunAnswers`) must change no answer.
 */
import type { EntityType } from '../../core/annotations.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import type { WordFacts } from './spin-country-forms.js';
import type { SpinIndex } from './spin-index.js';
import { type SpinMatch, type WordInfo, wordInfo } from './spin-words.js';

/**
 * Whether the quick tests that skip work (`SpinIndex.mayMatch`, `mayStartCountry`,
 * `mayBeInName`) are on: off only in {@link withoutQuickTests}, which tests use to show
 * they change no answer.
 */
export let quickTests = true;

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

export const NO_COUNTRIES: ReadonlySet<string> = new Set();

/** A country set as `computeSpun` reads it: by asking about one country at a time. */
export interface CountryTest {
  has(country: string): boolean;
}

/** A document's countries, recording what `computeSpun` asked of them (and the answers). */
export class AskedCountries implements CountryTest {
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
export interface SpunAnswer {
  readonly asked: readonly (readonly [string, boolean])[];
  readonly match: SpinMatch | null;
  /** When `match` is null for a tie: the equally good matches of different entities. */
  readonly ties: readonly SpinMatch[];
}

export const NO_TIES: readonly SpinMatch[] = [];

export const NO_MATCH_ASKED_NOTHING: SpunAnswer = { asked: [], match: null, ties: NO_TIES };

/** The result of one spun-name search: the match, or the entities tied for it. */
export interface SpunResult {
  readonly match: SpinMatch | null;
  readonly ties: readonly SpinMatch[];
}

/**
 * The answers kept for one surface: the one answer itself (most surfaces have one: no list
 * made for them), or a few in a list.
 */
export type KeptAnswers = SpunAnswer | SpunAnswer[];

/** Whether an answer holds for a document whose countries are `countries`. */
export function holdsFor(a: SpunAnswer, countries: ReadonlySet<string>): boolean {
  for (const [c, answer] of a.asked) if (countries.has(c) !== answer) return false;
  return true;
}

/**
 * What the spun-name pass keeps for a knowledge base across documents: answers per
 * allowed types per surface (names recur across a corpus), and the words of spun names
 * read so far. All of it is dropped by `forgetSpunAnswers`.
 */
export interface SpunMemory {
  readonly answers: Map<string, Map<string, KeptAnswers>>;
  readonly words: Map<string, WordInfo>;
  /** What is read of each run word's text (see `WordFacts`). */
  readonly runWords: Map<string, WordFacts>;
}

const memories = new PerKnowledgeBase<SpunMemory>(() => ({
  answers: new Map(),
  words: new Map(),
  runWords: new Map(),
}));

/** Bound on the surfaces remembered per knowledge base and types (cleared when full). */
export const SPUN_CACHE_SIZE = 20_000;

/** Bound on the spun words remembered per knowledge base (cleared when full). */
export const SPUN_WORDS_SIZE = 20_000;

/** Drops the spun-name answers kept for `kb` (benchmarks measure articles with names not seen before). */
export function forgetSpunAnswers(kb: KnowledgeBase): void {
  memories.forget(kb);
}

export function memoryOf(kb: KnowledgeBase): SpunMemory {
  return memories.of(kb);
}

/** The cache key of a list of allowed types (the lists are few and constant). */
const typeKeys = new WeakMap<readonly EntityType[], string>();

/** The remembered answers of `kb` for surfaces of one set of allowed types. */
export function answersFor(kb: KnowledgeBase, types: readonly EntityType[]): Map<string, KeptAnswers> {
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
export function spunWord(memory: SpunMemory, index: SpinIndex, text: string): WordInfo {
  let info = memory.words.get(text);
  if (!info) {
    if (memory.words.size >= SPUN_WORDS_SIZE) memory.words.clear();
    info = wordInfo(text, index.idOf);
    memory.words.set(text, info);
  }
  return info;
}
