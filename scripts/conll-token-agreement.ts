/**
 * How closely the tokenizer follows CoNLL-2003 tokenization (which the NER model was
 * trained on): each CoNLL sentence is joined with single spaces, tokenized again, and
 * every CoNLL token whose exact span we do not reproduce is counted.
 *
 *   npx tsx scripts/conll-token-agreement.ts /work/shared/data/conll2003/eng.testa
 */
import { readFileSync } from 'node:fs';
import { Tokenizer } from '../src/stages/04-segment/tokenize.js';

const path = process.argv[2];
if (!path) {
  console.error('usage: npx tsx scripts/conll-token-agreement.ts <conll file>');
  process.exit(2);
}
const sentences: string[][] = [];
let current: string[] = [];
for (const line of readFileSync(path, 'utf8').split('\n')) {
  const word = line.split(' ')[0] ?? '';
  if (!word) {
    if (current.length > 0) sentences.push(current);
    current = [];
  } else if (word !== '-DOCSTART-') current.push(word);
}
if (current.length > 0) sentences.push(current);

let total = 0;
let missed = 0;
const examples = new Map<string, number>();
for (const words of sentences) {
  const text = words.join(' ');
  const tokenizer = new Tokenizer(text);
  tokenizer.run(0, text.length);
  const ours = new Set(tokenizer.tokens.map((t) => `${t.start}:${t.end}`));
  let at = 0;
  for (const word of words) {
    total++;
    if (!ours.has(`${at}:${at + word.length}`)) {
      missed++;
      examples.set(word, (examples.get(word) ?? 0) + 1);
    }
    at += word.length + 1;
  }
}
console.log(`${total} CoNLL tokens, ${missed} not reproduced (${((100 * missed) / total).toFixed(2)}%)`);
const top = [...examples.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20);
console.log(top.map(([word, n]) => `${word} ×${n}`).join(', '));
