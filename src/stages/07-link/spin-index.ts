/**
 * The KB's organisation, event and prominent place names of two or more content words,
 * indexed under each word, its synonym classes and its folded form, by length: which names
 * a spun surface may be worth testing against. One index per knowledge base. Separate
 * because it is built once per KB and only proposes names; spin-words.ts decides.
 */
import type { EntityType } from '../../core/annotations.js';
import type { KbEntity } from '../../kb/model.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { classesOf, contentWords, type WordIds, type WordInfo, wordInfo } from './spin-words.js';
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
    for (const w of words)
      for (const lists of this.keyedLists(w)) count = collect(lists, n, mark, out, count);
    return count;
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
