/**
 * Names of recurring events (and of the forums that hold them) as article spinners and
 * machine translation rewrite them word by word: "Munich Safety Convention" for the
 * Munich Security Conference, "World Economic Discussion board" for the World Economic
 * Forum, "G7 Top" for the G7 summit. These are not sound-alikes — whole words were swapped
 * for synonyms — and the tagger rarely marks them as one name, so the linker finds them
 * itself, from the knowledge base, before it reads the tagger's mentions.
 *
 * Precision first: only the generic words of a name may be swapped, and only for the
 * synonyms of the shared spinner lexicon (spinner-lexicon.ts); each swapped word must be capitalised as in a name ("a safety
 * convention" is no event); at least one distinctive word ("Munich", "G7") or the first
 * two words of the name must stand as written; a spun name must be a KB entity of some
 * prominence (2 or more).
 */
import type { Token } from '../../core/annotations.js';
import { escapeRegExp } from '../../core/regexp.js';
import type { KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { spinnerSynonyms, spinnerWords } from './spinner-lexicon.js';

/**
 * Generic words of event names, with what spinners and round-trip translation put for them:
 * every word of the shared spinner lexicon (spinner-lexicon.ts) and its synonyms.
 */
export const EVENT_WORD_SYNONYMS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  spinnerWords()
    .filter((w) => !w.includes(' '))
    .map((w) => [w, spinnerSynonyms(w)]),
);

/** Small words inside names that are kept as they are and count for nothing. */
const CONNECTORS = new Set(['of', 'the', 'on', 'in', 'and', 'for', 'de', 'la', 'le', 'du']);

/** Kinds of names the matcher reads (short forms such as "MSC" are too ambiguous). */
const NAME_KINDS = new Set(['name', 'alias']);

/** Organisations held by their meetings: "World Economic Forum", "Paris Peace Forum". */
const FORUM_HEAD = /\b(forum|conference|dialogue|summit)$/i;

interface Pattern {
  readonly entity: KbEntity;
  readonly name: string;
  /** Normalised words of the name. */
  readonly words: readonly string[];
  /** Sticky expression matching the name with its generic words swapped or not. */
  readonly re: RegExp;
  /**
   * What the expression needs after its start (see `mayMatchAt`): the lengths its first
   * word may have (null when one of its forms has a space: not read then), and the
   * character codes its second word may start with.
   */
  readonly firstLengths: readonly number[] | null;
  readonly secondStarts: ReadonlySet<number>;
}

/** An event (or forum) name found in the text, and the words that were swapped in it. */
export interface EventNameMatch {
  readonly start: number;
  readonly end: number;
  readonly entity: KbEntity;
  /** The KB name matched ("Munich Security Conference"). */
  readonly name: string;
  /** Swapped words as `[written, canonical]` pairs; empty for the name as written. */
  readonly swapped: readonly (readonly [string, string])[];
}

/** A word of a name as written, with its first letter in either case. */
function either(word: string): string {
  const first = word[0]!;
  const rest = escapeRegExp(word.slice(1));
  if (first.toLowerCase() === first.toUpperCase()) return escapeRegExp(first) + rest;
  return `[${first.toUpperCase()}${first.toLowerCase()}]${rest}`;
}

/** A swapped-in synonym, capitalised as a name's word ("Safety", "Discussion board"). */
function capitalised(synonym: string): string {
  const [head, ...tail] = synonym.split(' ');
  const first = `${head![0]!.toUpperCase()}${escapeRegExp(head!.slice(1))}`;
  return [first, ...tail.map(either)].join('\\s+');
}

function patternFor(entity: KbEntity, name: string): Pattern | null {
  const raw = name.split(/\s+/);
  if (raw.length < 2) return null;
  const words = raw.map((w) => normalizeName(w));
  const parts = raw.map((w, i) => {
    const synonyms = EVENT_WORD_SYNONYMS[words[i]!] ?? [];
    const alternatives = [either(w), ...synonyms.map(capitalised)];
    return `(${alternatives.join('|')})`;
  });
  // The first part's forms as written: the word (either case first) and its synonyms (capitalised).
  const firstForms = [raw[0]!, ...(EVENT_WORD_SYNONYMS[words[0]!] ?? []).map(capitalisedText)];
  const firstLengths = firstForms.some((f) => /\s/u.test(f))
    ? null
    : [...new Set(firstForms.map((f) => f.length))];
  // The second part's forms start with the word's first letter in either case, or a synonym's capital.
  const secondStarts = new Set<number>();
  const second = raw[1]!;
  for (const form of [second[0]!.toUpperCase(), second[0]!.toLowerCase(), second[0]!])
    for (let k = 0; k < form.length; k++) secondStarts.add(form.charCodeAt(k));
  for (const synonym of EVENT_WORD_SYNONYMS[words[1]!] ?? [])
    secondStarts.add(capitalisedText(synonym).charCodeAt(0));
  return {
    entity,
    name,
    words,
    re: new RegExp(`${parts.join('\\s+')}(?![\\p{L}\\p{N}])`, 'uy'),
    firstLengths,
    secondStarts,
  };
}

/** A synonym as `capitalised` writes it, as text: its first letter upper case. */
function capitalisedText(synonym: string): string {
  return `${synonym[0]!.toUpperCase()}${synonym.slice(1)}`;
}

/**
 * False when `p.re` cannot match at `start`: whatever form its first word takes (a fixed
 * length: the forms are words without spaces), no whitespace follows it, or no character
 * its second word may start with follows that whitespace. A quick test before the
 * expression, which most first words that start a name fail (they start many).
 */
function mayMatchAt(p: Pattern, text: string, start: number): boolean {
  if (!quickTests || p.firstLengths === null) return true;
  for (const n of p.firstLengths) {
    let i = start + n;
    if (i >= text.length || !isSpaceCode(text.charCodeAt(i))) continue;
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    if (i < text.length && p.secondStarts.has(text.charCodeAt(i))) return true;
  }
  return false;
}

/**
 * The patterns of one first word, and what any of them needs after its start: the union of
 * their first-word lengths (null when one of them reads none) and of their second words'
 * first characters.
 */
interface PatternGroup {
  readonly patterns: Pattern[];
  lengths: number[] | null;
  readonly secondStarts: Set<number>;
}

/**
 * False when no pattern of `g` can match at `start` (`mayMatchAt` is false for each: each
 * pattern's lengths and second-word starts are among the group's). Most capitalised words
 * that start some name ("World", "National", "European") start none there ("World leaders").
 */
function groupMayMatchAt(g: PatternGroup, text: string, start: number): boolean {
  if (!quickTests || g.lengths === null) return true;
  for (const n of g.lengths) {
    let i = start + n;
    if (i >= text.length || !isSpaceCode(text.charCodeAt(i))) continue;
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    if (i < text.length && g.secondStarts.has(text.charCodeAt(i))) return true;
  }
  return false;
}

/** `/\s/u` for one UTF-16 unit. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/u.test(String.fromCharCode(c));
}

/** Whether `mayMatchAt` is on (off only in {@link withoutEventQuickTests}). */
let quickTests = true;

/** For tests: `fn` run with the quick test before each expression off. */
export function withoutEventQuickTests<T>(fn: () => T): T {
  quickTests = false;
  try {
    return fn();
  } finally {
    quickTests = true;
  }
}

/** The words a name may start with, lower case (its own first word and that word's synonyms). */
function triggers(p: Pattern): string[] {
  const first = p.words[0]!;
  // Looked up lower-cased as written, so both the written and the normalised form ("münchner", "munchner").
  const written = p.name.split(/\s+/)[0]!.toLowerCase();
  return [...new Set([first, written, ...(EVENT_WORD_SYNONYMS[first] ?? []).map((s) => s.split(' ')[0]!)])];
}

/** The event-name matcher of one knowledge base: patterns indexed by the words they start with. */
export class EventNameMatcher {
  private readonly byFirstWord = new Map<string, PatternGroup>();
  /** Hashes of the ASCII words in `byFirstWord` (see `asciiWordHash`): most capitalised words start no name. */
  private readonly firstWordHashes = new Uint8Array(HASH_BITS / 8);

  constructor(kb: KnowledgeBase) {
    for (const entity of kb.entities()) {
      const isForum = entity.type === 'organization' && FORUM_HEAD.test(entity.name);
      if (entity.type !== 'event' && !isForum) continue;
      const names = [entity.name, ...entity.names.filter((n) => NAME_KINDS.has(n.kind)).map((n) => n.text)];
      for (const name of new Set(names)) {
        const p = patternFor(entity, name);
        if (!p) continue;
        for (const t of triggers(p)) {
          let group = this.byFirstWord.get(t);
          if (!group) {
            group = { patterns: [], lengths: [], secondStarts: new Set() };
            this.byFirstWord.set(t, group);
          }
          group.patterns.push(p);
          if (p.firstLengths === null) group.lengths = null;
          else if (group.lengths !== null)
            for (const n of p.firstLengths) if (!group.lengths.includes(n)) group.lengths.push(n);
          for (const c of p.secondStarts) group.secondStarts.add(c);
        }
      }
    }
    for (const word of this.byFirstWord.keys()) {
      const h = asciiWordHash(word, 0, word.length);
      if (h >= 0) this.firstWordHashes[h >> 3]! |= 1 << (h & 7);
    }
  }

  private static readonly shared = new PerKnowledgeBase((kb) => new EventNameMatcher(kb));

  /** The matcher of `kb`, built on first use and kept with it. */
  static for(kb: KnowledgeBase): EventNameMatcher {
    return EventNameMatcher.shared.of(kb);
  }

  /**
   * Event names in `text`, longest first where two overlap. `tokens` (optional) spare a
   * scan for capitalised words: only a word that may start a name is tried.
   */
  find(text: string, tokens?: readonly Token[]): EventNameMatch[] {
    const out: EventNameMatch[] = [];
    let covered = -1;
    const tryAt = (start: number, end: number) => {
      if (start < covered) return;
      // A word whose hash no first word has cannot start a name: no need to cut and look it up.
      const h = asciiWordHash(text, start, end);
      if (h >= 0 && (this.firstWordHashes[h >> 3]! & (1 << (h & 7))) === 0) return;
      const group = this.byFirstWord.get(text.slice(start, end).toLowerCase());
      if (!group || !groupMayMatchAt(group, text, start)) return;
      let best: EventNameMatch | null = null;
      for (const p of group.patterns) {
        if (!mayMatchAt(p, text, start)) continue;
        p.re.lastIndex = start;
        const m = p.re.exec(text);
        if (!m) continue;
        const match = accept(p, m, start);
        if (match && (!best || match.end > best.end)) best = match;
      }
      if (best) {
        out.push(best);
        covered = best.end;
      }
    };
    if (tokens) {
      for (const t of tokens) {
        if (t.kind !== 'word' && t.kind !== 'number') continue;
        const c = text.charCodeAt(t.start);
        if (c >= 97 && c <= 122) continue; // a lower-case word starts no name
        tryAt(t.start, t.end);
      }
    } else {
      for (const m of text.matchAll(/[\p{Lu}\p{N}][\p{L}\p{N}-]*/gu)) tryAt(m.index, m.index + m[0].length);
    }
    return out;
  }
}

/** Size of the first-word hash filter, in bits (a power of two). */
const HASH_BITS = 1 << 14;

/**
 * A hash of `text.slice(start, end).toLowerCase()` in 0..HASH_BITS-1, read from the text
 * without cutting it; -1 when the word has a character beyond ASCII (such words are always
 * looked up).
 */
function asciiWordHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h & (HASH_BITS - 1);
}

/** Applies the precision rules of the module comment to one expression match. */
function accept(p: Pattern, m: RegExpExecArray, start: number): EventNameMatch | null {
  const swapped: [string, string][] = [];
  const nameWords = p.name.split(/\s+/);
  let keptDistinctive = 0;
  let firstSwap = -1;
  for (let i = 0; i < p.words.length; i++) {
    const written = m[i + 1]!;
    const canonical = p.words[i]!;
    if (normalizeName(written) === canonical) {
      if (!CONNECTORS.has(canonical) && !(canonical in EVENT_WORD_SYNONYMS)) keptDistinctive++;
    } else {
      if (firstSwap < 0) firstSwap = i;
      swapped.push([written.replace(/\s+/g, ' '), nameWords[i]!]);
    }
  }
  if (swapped.length > 0) {
    // "World Economic Discussion board": the first two words stand as written.
    const firstTwoKept = firstSwap >= 2;
    if (keptDistinctive === 0 && !firstTwoKept) return null;
    if (p.entity.prominence < 2) return null;
  }
  return { start, end: start + m[0].length, entity: p.entity, name: p.name, swapped };
}

/** A year in an event's name: "2024 US presidential election", "Euro 2024". */
const YEAR_IN_NAME = /(?:^|[^\p{L}\p{N}])(?:19|20)\d\d(?![\p{L}\p{N}])/u;

/**
 * "Trump won the 2024 US presidential election": a dated event's name written exactly, of
 * which the tagger found only pieces ("US") — each inside the name, none running past its
 * edges. The name with its year is the edition, not the country or body it names; the
 * pieces give way to it. A series' name ("NATO summit") has no year and keeps its pieces.
 */
export function datedNameOverPieces(
  match: EventNameMatch,
  text: string,
  mentions: readonly { readonly start: number; readonly end: number }[],
): boolean {
  if (match.swapped.length > 0 || !YEAR_IN_NAME.test(text.slice(match.start, match.end))) return false;
  return mentions.every(
    (m) =>
      m.end <= match.start ||
      m.start >= match.end ||
      (m.start >= match.start && m.end <= match.end && m.end - m.start < match.end - match.start),
  );
}
