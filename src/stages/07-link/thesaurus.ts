/**
 * The spinner thesaurus: what a synonym spinner may put for each word of a KB organisation,
 * event or place name, drawn from WordNet 3.1 at build time (scripts/build-spinner-thesaurus.ts,
 * `npm run build:thesaurus`) and shipped reduced to those words in
 * resources/lexicons/spinner-thesaurus.tsv. Spinners swap a word for a synonym of any of its
 * senses, or for a word one step more general or more specific, or for a phrase
 * ("Financial institution" for Bank, "Globe" for World, "Growth" for Development), so the
 * table is far larger than a hand list can be; it is used only where the rest of a name
 * must still stand (spin-words.ts), never on its own.
 *
 * File format: one line per substitute, `substitute<TAB>kb word|kb word…`, all normalised
 * (normalizeName) and folded to the singular (`foldPlural`); `#` lines are comments.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packageRoot } from '../06-ner/gazetteer-source.js';

/** The thesaurus shipped with the package. */
export function thesaurusPath(): string {
  return resolve(packageRoot(), 'resources', 'lexicons', 'spinner-thesaurus.tsv');
}

/**
 * A word folded to a crude singular, the same at build and at run time ("agencies" →
 * "agency", "brothers" → "brother", "nations" → "nation"; "press", "news" kept).
 */
export function foldPlural(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is|ws)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The loaded table: substitute (folded) → the KB words (folded) it can stand for. */
export interface SpinnerThesaurus {
  /** KB words `substitute` may stand for (empty when none). */
  targets(substitute: string): ReadonlySet<string>;
  /** Substitutes of more than one word, by their first word ("financial" → ["financial institution"]), longest first. */
  phrasesFrom(first: string): readonly string[];
}

const EMPTY: ReadonlySet<string> = new Set();
/** The answer of `phrasesFrom` for most words (one shared list: it is asked per word of every spun-name test). */
const NO_PHRASES: readonly string[] = Object.freeze([]);

/** Parses the TSV text of a thesaurus file. */
export function parseThesaurus(text: string): SpinnerThesaurus {
  const table = new Map<string, ReadonlySet<string>>();
  const phrases = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const substitute = line.slice(0, tab);
    table.set(substitute, new Set(line.slice(tab + 1).split('|')));
    const space = substitute.indexOf(' ');
    if (space > 0) {
      const first = substitute.slice(0, space);
      const list = phrases.get(first) ?? [];
      list.push(substitute);
      phrases.set(first, list);
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.split(' ').length - a.split(' ').length);
  return {
    targets: (w) => table.get(w) ?? table.get(foldPlural(w)) ?? EMPTY,
    phrasesFrom: (first) => phrases.get(first) ?? NO_PHRASES,
  };
}

let shipped: SpinnerThesaurus | null = null;

/** The shipped thesaurus, read once per process (an empty one when the file is missing). */
export function spinnerThesaurus(): SpinnerThesaurus {
  if (!shipped) {
    let text = '';
    try {
      text = readFileSync(thesaurusPath(), 'utf8');
    } catch {
      // A checkout without the built table still links; spun names fall back to the hand lexicon.
    }
    shipped = parseThesaurus(text);
  }
  return shipped;
}
