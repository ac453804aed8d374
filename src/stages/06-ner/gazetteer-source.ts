/**
 * Where gazetteer lists and word clusters come from: today the text files under
 * `resources/gazetteers/` (one phrase per line, `#` comments) and
 * `resources/clusters/`; later perhaps the knowledge base. Everything else asks this
 * module, so changing the source touches one file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CopydeskError } from '../../core/errors.js';
import { hashString } from './hash.js';
import { HashTable } from './hash-table.js';
import { Gazetteer, type Lexicon, packClusters } from './lexicon.js';
import { caseRatiosFromTsv } from './title-case.js';
import type { CasingEvidence } from './truecase.js';

/** The package root (works from src/ under tsx and from dist/ after the build). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  throw new CopydeskError('INTERNAL', 'cannot find the copydesk package root');
}

/**
 * The shared data folder (`../shared/data` beside the checkout, as in CI; or two
 * levels up, as for a worktree under /work/wt), or undefined when neither exists.
 */
export function sharedDataDir(): string | undefined {
  const root = packageRoot();
  for (const candidate of [
    resolve(root, '..', 'shared', 'data'),
    resolve(root, '..', '..', 'shared', 'data'),
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

export function gazetteerDir(): string {
  return resolve(packageRoot(), 'resources', 'gazetteers');
}

export function clustersFile(): string {
  return resolve(packageRoot(), 'resources', 'clusters', 'news-clusters.tsv');
}

/** Reads one list file: trimmed non-empty lines, `#` comments dropped. */
export function readList(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter((l) => l.length > 0);
}

/**
 * The feature gazetteer lists: every `*.txt` under `dir` except `events*` (those feed
 * the event rules, not the model), keyed by file name without extension.
 */
export function loadGazetteerLists(dir = gazetteerDir()): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  if (!existsSync(dir)) return lists;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.txt') || name.startsWith('events')) continue;
    lists.set(name.slice(0, -4), readList(join(dir, name)));
  }
  return lists;
}

/** One named list from the gazetteer folder (empty when absent). */
export function loadList(name: string, dir = gazetteerDir()): string[] {
  const file = join(dir, `${name}.txt`);
  return existsSync(file) ? readList(file) : [];
}

/** Named events (one per line) for the event rules. */
export function loadEventNames(dir = gazetteerDir()): string[] {
  const file = join(dir, 'events.txt');
  return existsSync(file) ? readList(file) : [];
}

/**
 * Word clusters from a TSV of `word coarse mid fine`, as two tables: by exact form,
 * and by lower-cased form (first entry wins, the file is sorted by frequency).
 */
export function loadClusters(file = clustersFile()): { clusters: HashTable; clustersLower: HashTable } {
  if (!existsSync(file)) return { clusters: new HashTable(1), clustersLower: new HashTable(1) };
  const lines = readFileSync(file, 'utf8').split('\n');
  const clusters = new HashTable(lines.length);
  const clustersLower = new HashTable(lines.length);
  for (const line of lines) {
    const [word, c, m, f] = line.split('\t');
    if (!word || f === undefined) continue;
    const packed = packClusters(Number(c), Number(m), Number(f));
    clusters.set(hashString(word), packed);
    const lower = hashString(word, true);
    if (clustersLower.get(lower) < 0) clustersLower.set(lower, packed);
  }
  return { clusters, clustersLower };
}

/** The lexicon a model is trained with: gazetteer lists and clusters from resources. */
export function loadLexiconSources(): Lexicon {
  return { ...loadClusters(), gazetteer: Gazetteer.fromLists(loadGazetteerLists()) };
}

export function caseRatiosFile(): string {
  return resolve(packageRoot(), 'resources', 'lexicons', 'case-ratios.tsv');
}

/**
 * What the truecaser of title-cased lines consults: the case-ratio table
 * (scripts/build-case-ratios.ts) and the one-word places and first names of the
 * gazetteer lists, lower-cased. The city list is left out: it holds common words
 * ("Police", "Union") that are towns somewhere.
 */
export function loadCasingEvidence(dir = gazetteerDir(), ratiosFile = caseRatiosFile()): CasingEvidence {
  const oneWord = (names: readonly string[]) =>
    new Set(names.filter((n) => !/\s/.test(n)).map((n) => n.toLowerCase()));
  return {
    ratios: caseRatiosFromTsv(existsSync(ratiosFile) ? readFileSync(ratiosFile, 'utf8') : ''),
    places: oneWord(['countries', 'capitals', 'regions'].flatMap((name) => loadList(name, dir))),
    firstNames: oneWord(loadList('first-names', dir)),
  };
}
