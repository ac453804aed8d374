/**
 * The KB's organisation, event and prominent place names of two or more content words,
 * indexed under each word, its synonym classes and its folded form, by length: which names
 * a spun surface may be worth testing against. A name is proposed only when each of its
 * words may answer the surface's word at its position, read from word numbers before the
 * name itself is touched (see `near`). One index per knowledge base. Separate because it is
 * built once per KB and only proposes names; spin-words.ts decides.
 */
import type { EntityType } from '../../core/annotations.js';
import type { KbEntity } from '../../kb/model.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { PositionStamps } from './position-stamps.js';
import { quickTests } from './spin-answers.js';
import {
  bagOf,
  classesOf,
  contentWords,
  letterMask,
  lettersOf,
  mayBeNearBags,
  mayBeNearMasks,
  type WordIds,
  type WordInfo,
  wordInfo,
} from './spin-words.js';
import { foldPlural, spinnerThesaurus } from './thesaurus.js';

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
  /** The numbers of `words` and of `countryless` among the index's KB words (see `SpinIndex.near`). */
  readonly numbers: Int32Array;
  readonly countrylessNumbers: Int32Array | null;
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
 * The names under one key that a test of n words is made against: those of n words and
 * those of n + 1 words with a country word (tested without it), in index order, with what
 * `near` reads of the words each is tested with, n a name, one after the other: per word
 * its number among the KB words, the length of its letters when a near spelling may answer
 * it (else NOT_NEAR) and its letter mask (`ENTRY` numbers a word). Read in order by `near`
 * without touching a name that cannot match, nor a table by word number for a word a near
 * spelling may not answer (the walk reads the list's numbers only, one after the other:
 * tables by word number are read at random, each read a likely cache miss in pipeline
 * position, where the tagger has just evicted them).
 */
interface NameList {
  readonly names: IndexedName[];
  entries: Int32Array;
}

/** Numbers per word in `NameList.entries`: the word's number, its near-spelling letters, its letter mask. */
const ENTRY = 3;

/** In `NameList.entries`: no near spelling may answer the word (see `mayBeNearSpelt`). */
const NOT_NEAR = -2;

/** Names under one key by the number of words a test needs (`[n]`): a name of another length can never match. */
type ByLength = (NameList | undefined)[];

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
  if (list) list.names.push(item);
  else lists[n] = { names: [item], entries: NO_ENTRIES };
}

const NO_ENTRIES = new Int32Array(0);

/** Appends `value` to the list of `key` in `map`. */
function file<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
export class SpinIndex {
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
          numbers: Int32Array.from(words, (w) => this.kbWordNumber(w)),
          countrylessNumbers: countryless ? Int32Array.from(countryless, (w) => this.kbWordNumber(w)) : null,
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
    this.fileKbWords();
    for (const map of [this.byWord, this.byClass, this.byFolded]) this.writeEntries(map);
  }

  /** Writes each list's entries once every name is in and every KB word is read (see `NameList`). */
  private writeEntries(map: Map<string | number, ByLength>): void {
    for (const lists of map.values()) {
      lists.forEach((list, n) => {
        if (!list) return;
        const entries = new Int32Array(list.names.length * n * ENTRY);
        list.names.forEach((item, i) => {
          const numbers = item.words.length === n ? item.numbers : item.countrylessNumbers!;
          for (let j = 0; j < n; j++) {
            const k = numbers[j]!;
            const at = (i * n + j) * ENTRY;
            entries[at] = k;
            entries[at + 1] = this.nearSpelt[k] !== 0 ? this.kbLetters[k]! : NOT_NEAR;
            entries[at + 2] = this.kbMasks[k]!;
          }
        });
        list.entries = entries;
      });
    }
  }

  /**
   * Files each KB word under what a spun word answers it by without a near spelling (its
   * number without "s", its spelling, its classes, its folded form), and reads what a near
   * spelling needs of it: what `answeredBy` and `collectAnswering` read. (The same word has
   * the same number without "s": no filing by the number itself.)
   */
  private fileKbWords(): void {
    const n = this.kbWords.length;
    this.nearSpelt = new Int32Array(n);
    this.kbBags = new Uint8Array(n * 26);
    this.kbLetters = new Int32Array(n);
    this.kbMasks = new Int32Array(n);
    this.kbWords.forEach((w, k) => {
      file(this.kbByStrippedId, w.strippedId, k);
      file(this.kbBySpelling, w.spelling, k);
      for (const c of w.classes) file(this.kbByClass, c, k);
      file(this.kbByFolded, w.folded, k);
      this.nearSpelt[k] = mayBeNearSpelt(w) ? ALL_POSITIONS : 0;
      const bag = bagOf(w);
      if (bag) {
        this.kbBags.set(bag, k * 26);
        this.kbMasks[k] = letterMask(bag);
      }
      this.kbLetters[k] = bag ? lettersOf(w).length : NO_BAG;
    });
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
      this.kbWordNumbers.set(text, this.kbWords.length);
      this.kbWords.push(info);
    }
    return info;
  }

  /** The number of a KB word (read after `kbWord` made it). */
  private kbWordNumber(text: string): number {
    return this.kbWordNumbers.get(text)!;
  }

  /** The words of KB names by number, and their numbers (build only). */
  private readonly kbWords: WordInfo[] = [];
  private readonly kbWordNumbers = new Map<string, number>();
  /** KB word numbers by what a spun word answers them by (see `fileKbWords`). */
  private readonly kbByStrippedId = new Map<number, number[]>();
  private readonly kbBySpelling = new Map<string, number[]>();
  private readonly kbByClass = new Map<number, number[]>();
  private readonly kbByFolded = new Map<string, number[]>();
  /** Per KB word number: every position's bit when a near spelling may answer it (see `mayBeNearSpelt`), else 0. */
  private nearSpelt = new Int32Array(0);
  /**
   * Per KB word number, the positions of the current `near` call's words that answer it
   * without a near spelling (bit j for word j), stamped at the start of each call.
   */
  private readonly answeredAt = new PositionStamps();
  /**
   * Per KB word number, its letter bag (`bagOf`, 26 counts from 26·k) and the length of its
   * letters, or NO_BAG where it has none (a letter beyond a–z: any word may be near it).
   */
  private kbBags = new Uint8Array(0);
  private kbLetters = new Int32Array(0);
  /** Per KB word number, the letters its bag holds (`letterMask`), for a bound before the bags. */
  private kbMasks = new Int32Array(0);
  /** The letter bags and lengths of the current `near` call's words that may be near spellings (see `sieveFor`). */
  private readonly callBags: (Uint8Array | null)[] = [];
  private readonly callLetters: number[] = [];
  private readonly callMasks: number[] = [];

  /**
   * The numbers of the KB words a spun word answers without a near spelling: those
   * `matchWordCheaply` finds the same, the other spelling, a synonym or a thesaurus
   * substitute. Read once per spun word (kept with it), possibly with repeats.
   */
  private answeredBy(w: WordInfo): Int32Array {
    if (w.answered === null) {
      const out: number[] = [];
      const add = (list: readonly number[] | undefined) => {
        if (list) for (const k of list) out.push(k);
      };
      add(this.kbByStrippedId.get(w.strippedId));
      add(this.kbBySpelling.get(w.spelling));
      for (const c of w.classes) add(this.kbByClass.get(c));
      for (const t of w.targets) add(this.kbByFolded.get(t));
      w.answered = Int32Array.from(out);
    }
    return w.answered;
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
   * of one word more with a country word (tested without it); with the quick tests on, only
   * those whose every word `matchWordCheaply` does not turn away and whose near spellings the
   * letter counts allow (the rest of the order kept: `matchKinds` would turn away every name
   * left out). Answers how many, listed in the first places of `listed`, the index's own
   * list, valid until the next call (read it before asking again): no list made per call.
   */
  near(words: readonly WordInfo[]): number {
    const n = words.length;
    const mark = ++this.mark;
    const out = this.listed;
    // Each listed name must answer the words pair by pair before it is read: `matchKinds`
    // turns away any other at once (a quick test, off in `withoutQuickTests`).
    const sieved = quickTests && n <= MAX_SIEVED;
    const nearPositions = sieved ? this.sieveFor(words) : 0;
    let count = 0;
    for (const w of words)
      for (const lists of this.keyedLists(w)) {
        const list = lists[n];
        if (!list) continue;
        count = sieved
          ? this.collectAnswering(list, n, nearPositions, mark, count)
          : collect(list, mark, out, count);
      }
    return count;
  }

  /**
   * Marks in `answeredAt` which of `words` answer each KB word without a near spelling;
   * answers the positions whose word may be a near spelling (bit j for word j).
   */
  private sieveFor(words: readonly WordInfo[]): number {
    const answeredAt = this.answeredAt;
    answeredAt.clear();
    let nearPositions = 0;
    for (let j = 0; j < words.length; j++) {
      const w = words[j]!;
      if (mayBeNearSpelt(w)) {
        nearPositions |= 1 << j;
        const bag = bagOf(w);
        this.callBags[j] = bag;
        this.callLetters[j] = lettersOf(w).length;
        this.callMasks[j] = bag ? letterMask(bag) : 0;
      }
      for (const k of this.answeredBy(w)) answeredAt.stamp(k, 1 << j);
    }
    return nearPositions;
  }

  /**
   * Puts in `listed` from place `count` the names of `list` not listed yet in this call
   * whose every word the call's word at its position may answer (`matchWordCheaply` is not
   * NONE) and the near spellings' letter counts allow (`mayBeNear`, which `matchKinds`
   * reads next): the same word, a synonym or substitute (`answeredAt`), or a near spelling
   * where both words may be one (`nearPositions`, `nearSpelt`) and their letter bags are
   * close enough. Answers the new count.
   */
  private collectAnswering(
    list: NameList,
    n: number,
    nearPositions: number,
    mark: number,
    count: number,
  ): number {
    const { names, entries } = list;
    const { answeredAt, listed } = this;
    for (let i = 0, first = 0; i < names.length; i++, first += n * ENTRY) {
      let j = 0;
      for (let at = first; j < n; j++, at += ENTRY) {
        const k = entries[at]!;
        if ((answeredAt.at(k) >> j) & 1) continue;
        const letters = entries[at + 1]!;
        if (
          (nearPositions >> j) & 1 &&
          letters !== NOT_NEAR &&
          this.lettersMayBeNear(j, k, letters, entries[at + 2]!)
        )
          continue;
        break;
      }
      if (j < n) continue;
      const item = names[i]!;
      if (item.seen === mark) continue;
      item.seen = mark;
      listed[count++] = item;
    }
    return count;
  }

  /**
   * `mayBeNear` of the current call's word `j` (a possible near spelling) and KB word `k`,
   * the length of whose letters is `length` (NO_BAG: it has no bag) and its mask `mask`.
   */
  private lettersMayBeNear(j: number, k: number, length: number, mask: number): boolean {
    const bag = this.callBags[j]!;
    if (bag === null || length === NO_BAG) return true;
    const spunLength = this.callLetters[j]!;
    return (
      mayBeNearMasks(this.callMasks[j]!, spunLength, mask, length) &&
      mayBeNearBags(bag, 0, spunLength, this.kbBags, k * 26, length)
    );
  }

  /**
   * The lists of names under a spun word's keys, in the order `near` reads them: its own
   * word's, each of its classes', then the KB words its thesaurus substitutes stand for.
   * Read once per spun word (a word of a run is in many of the run's tests), kept with it.
   */
  private keyedLists(w: WordInfo): readonly ByLength[] {
    if (w.keyed === null) {
      const lists: ByLength[] = [];
      const own = this.byWord.get(w.text);
      if (own) lists.push(own);
      for (const c of w.classes) {
        const byClass = this.byClass.get(c);
        if (byClass) lists.push(byClass);
      }
      // Through the thesaurus only from words no KB name uses: a KB word finds its own names
      // above, and the substitutes of common KB words ("state", "president") are legion.
      if (!own) {
        for (const target of w.targets) {
          const byFolded = this.byFolded.get(target);
          if (byFolded) lists.push(byFolded);
        }
      }
      w.keyed = lists;
    }
    return w.keyed as readonly ByLength[];
  }
}

/** Tests of more words than this list every name (the positions are bits of one number). */
const MAX_SIEVED = 31;

/** Every position's bit (see `nearSpelt`). */
const ALL_POSITIONS = -1;

/** A KB word without a letter bag (see `kbLetters`). */
const NO_BAG = -1;

/**
 * Whether a near spelling may answer this word, as `matchWordCheaply` reads it (the other
 * word must be one too): four letters or more, and no synonym class.
 */
function mayBeNearSpelt(w: WordInfo): boolean {
  return w.text.length >= 4 && w.classes.length === 0;
}

/**
 * Puts in `out` from place `count` the names of `list` not listed yet (marked `mark`);
 * answers the new count.
 */
function collect(list: NameList, mark: number, out: IndexedName[], count: number): number {
  for (const item of list.names) {
    if (item.seen === mark) continue;
    item.seen = mark;
    out[count++] = item;
  }
  return count;
}

/** One index per knowledge base (pass the shared KB, not a per-document wrapper). */
const indexes = new PerKnowledgeBase((kb) => new SpinIndex(kb));

/** The spin index of a knowledge base (built on first use). */
export function indexOf(kb: KnowledgeBase): SpinIndex {
  return indexes.of(kb);
}

/**
 * A word a spinner put for a word of a KB name: a thesaurus substitute that no KB name uses
 * itself ("Globe", "Wellness"; not "State" or "President", which would make every run of
 * capitalised words a candidate).
 */
export function isThesaurusSubstitute(kb: KnowledgeBase, word: string): boolean {
  return spinnerThesaurus().targets(word).size > 0 && !indexOf(kb).isNameWord(word);
}
