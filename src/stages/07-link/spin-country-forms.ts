/**
 * Country names inside spun names: a name with its country written out other than the KB
 * writes it ("Reform United Kingdom" for Reform UK, "Federal Get of the United States"),
 * tried with the country's other names put in, then without "of (the) <country>"; the
 * per-KB facts (first words, a word trie of country names) that let most runs skip the
 * lookups; and a near spelling that swaps one country for another. Also the words of a run
 * of text as the span scanner hands them over (`Word`, `WordRange`). Separate because
 * reading a country is its own search, with its own quick tests.
 */
import type { EntityType } from '../../core/annotations.js';
import type { KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { memoryOf, quickTests, spunWord } from './spin-answers.js';
import type { SpinIndex } from './spin-index.js';
import {
  contentWords,
  countKind,
  GROUP_STARTS,
  kinds,
  matchKinds,
  NEAR,
  type SpinMatch,
  spinAccepts,
  swapsOf,
  THESAURUS,
  type WordInfo,
  withoutPossessives,
} from './spin-words.js';

/** Whether a near spelling of the last test puts one country's name or demonym for another's. */
export function nearSwapsCountries(
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
export function withCountryNamed(
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

const countryFactsOf = new PerKnowledgeBase(buildCountryFacts);

export function countryFacts(kb: KnowledgeBase): CountryFacts {
  return countryFactsOf.of(kb);
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
  const first = firstOfRunWord(w);
  return first.length === 0 || starts.has(first);
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
export function mayBeCountryName(
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

/** The first normalised word of each word of a range (see `firstWord`), read once per text in a pass. */
function runFirsts(range: WordRange): string[] {
  const out: string[] = [];
  for (let k = range.from; k < range.to; k++) {
    const w = range.words[k]!;
    out.push(firstOfRunWord(w));
  }
  return out;
}

/**
 * `nameWords` of a range's surface, made of its words’ own (read once per text in a pass): the
 * surface is its words joined by spaces, and `withoutPossessives` and `normalizeName` read
 * it word by word (see `mayStartCountry`; a possessive ends at the space as at the end).
 * Null where the whole differs or may: a last word "jnr"/"snr" after another (rewritten
 * in the whole), or a word that starts a listed group (joined across words).
 */
export function runNameWords(range: WordRange): string[] | null {
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

/** A run word's words as `nameWords` reads them (read once per text in a pass). */
export function nameParts(w: Word): readonly string[] {
  w.facts.nameParts ??= normalizeName(withoutPossessives(w.text))
    .split(' ')
    .filter((x) => x.length > 0);
  return w.facts.nameParts;
}

/** A run word's first normalised word (see `firstWord`; read once per text in a pass). */
function firstOfRunWord(w: Word): string {
  w.facts.first ??= firstWord(w.text);
  return w.facts.first;
}

/** A run word normalised (read once per text in a pass). */
function normOfRunWord(w: Word): string {
  w.facts.norm ??= normalizeName(w.text);
  return w.facts.norm;
}

/** A run word's normalised words (read once per text in a pass). */
function wordsOfRunWord(w: Word): readonly string[] {
  w.facts.words ??= normOfRunWord(w).split(' ');
  return w.facts.words;
}

export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The word in lower case. */
  readonly lower: string;
  /** Whether a name may start with it: a capital, no function word. */
  readonly opens: boolean;
  /** What is read of its text, shared by every run word of the same text in a pass. */
  readonly facts: WordFacts;
}

/**
 * What the spun-name scan reads of a run word's text, each once asked for: the same for
 * every word of that text (a pass keeps one per text: news repeats its names and headline
 * words, see `SpunMemory.runWords`).
 */
export interface WordFacts {
  /** The first word of its normalised form (see `mayStartAny`). */
  first?: string;
  /** Its normalised form and words (see `mayBeCountryName`). */
  norm?: string;
  words?: readonly string[];
  /** Its words as `nameWords` reads them (see `runNameWords`). */
  nameParts?: readonly string[];
  /** Whether a part may be swapped for a synonym (see `maySwap`). */
  swaps?: boolean;
  /** Whether it marks a run for the spun-name test (see `marksRun`). */
  marks?: boolean;
}

/**
 * Words `from` to `to` of a run: a surface `spunSpans` tries, as words (its tokens, as
 * `surface.split(/\s+/)` gives them: run words are joined by spaces only).
 */
export interface WordRange {
  readonly words: readonly Word[];
  readonly from: number;
  readonly to: number;
}
