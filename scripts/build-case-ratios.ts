/**
 * Counts how often each word is capitalised mid-sentence in running text:
 * `npm run build:case-ratios` writes resources/lexicons/case-ratios.tsv
 * (`word<TAB>capitalised<TAB>lower-case`), which the NER stage's truecaser reads to
 * tell a headline's common words ("Vows", "Support", "Winter") from its names.
 *
 * Corpus (read-only, never shipped), under ../shared/data: CoNLL-2003 `eng.train` and
 * the PolNeAR `train/` texts only. No dev or test text: the table changes what the
 * tagger sees, and the figures we report are on CoNLL dev/test.
 *
 * Only running text counts: the first word of a sentence, a word after a quote, colon,
 * dash or bracket (often a quoted sentence's start), all-caps sentences (CoNLL
 * headlines), sentences that are mostly capitalised (tables, title-cased headlines)
 * and each PolNeAR article's first paragraph (its headline) are left out. Only words
 * seen in lower case at least once and three times in all are written: a word absent
 * from the table is treated as a name (keeps its capital), which is what a word never
 * written in lower case is anyway.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseConll } from '../src/stages/06-ner/conll.js';
import { packageRoot, sharedDataDir } from '../src/stages/06-ner/gazetteer-source.js';
import { simpleTokenize } from '../src/stages/06-ner/simple-tokenizer.js';
import { existingPath, option, wholeNumber } from './script-options.js';

// (A bad value ends the script with one line and exit 2: script-options.ts.)
const root = existingPath('--data', sharedDataDir() ?? '../shared/data');
const out = option('--out', resolve(packageRoot(), 'resources', 'lexicons', 'case-ratios.tsv'));
const minCount = wholeNumber('--min-count', '3', 1);

const counts = new Map<string, [number, number]>();
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const HAS_LOWER = /\p{Ll}/u;
const ALNUM = /[\p{L}\p{N}]/u;

/** Adds the mid-sentence words of one sentence of running text. */
function addSentence(words: readonly string[]): void {
  const alpha = words.filter((w) => /^\p{L}/u.test(w));
  if (alpha.length < 4 || !alpha.some((w) => LOWER.test(w))) return;
  const capitalised = alpha.filter((w) => UPPER.test(w)).length;
  if (capitalised / alpha.length > 0.6) return;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (!ALNUM.test(words[i - 1]!)) continue;
    let kind: 0 | 1;
    if (UPPER.test(w) && HAS_LOWER.test(w.slice(1))) kind = 0;
    else if (LOWER.test(w)) kind = 1;
    else continue;
    const key = w.toLowerCase();
    let c = counts.get(key);
    if (!c) {
      c = [0, 0];
      counts.set(key, c);
    }
    c[kind]++;
  }
}

for (const doc of parseConll(readFileSync(join(root, 'conll2003', 'eng.train'), 'utf8'))) {
  for (const s of doc.sentences) addSentence(s.words);
}
const conllWords = counts.size;
const textDir = join(root, 'quotes', 'polnear', 'train', 'text');
let articles = 0;
for (const name of readdirSync(textDir).sort()) {
  if (!name.endsWith('.txt')) continue;
  articles++;
  const paragraphs = readFileSync(join(textDir, name), 'utf8').split(/\n\s*\n/);
  // The first paragraph is the headline: title-cased in much of PolNeAR.
  for (const para of paragraphs.slice(1)) {
    const seq = simpleTokenize(para.replace(/\s+/g, ' '));
    for (let s = 0; s + 1 < seq.sentStarts.length; s++) {
      const words: string[] = [];
      for (let k = seq.sentStarts[s]!; k < seq.sentStarts[s + 1]!; k++) {
        words.push(seq.text.slice(seq.starts[k]!, seq.ends[k]!));
      }
      addSentence(words);
    }
  }
}
const rows = [...counts]
  .filter(([, [cap, lower]]) => lower > 0 && cap + lower >= minCount)
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([w, [cap, lower]]) => `${w}\t${cap}\t${lower}`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `# word<TAB>capitalised mid-sentence<TAB>lower-case mid-sentence; from CoNLL-2003 eng.train and PolNeAR train texts (scripts/build-case-ratios.ts)\n${rows.join('\n')}\n`,
);
process.stdout.write(
  `CoNLL train: ${conllWords} words; PolNeAR train: ${articles} articles; ${counts.size} words, ${rows.length} written to ${out}\n`,
);
