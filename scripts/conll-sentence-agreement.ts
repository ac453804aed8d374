/**
 * Sentence boundaries against CoNLL-2003, whose Reuters documents come one sentence per
 * line. Each document's sentences are joined with spaces into one paragraph (tokens
 * joined with spaces too, so `said ,` and `Russia 's` are in it), run through cleanup
 * (which repairs that spacing) and the segmenter, and our sentence ends, mapped back to
 * the joined text, are compared with CoNLL's. Headlines, datelines and table rows are
 * CoNLL "sentences" with no final punctuation, so recall has a ceiling well below 100%;
 * the figure to watch is precision and the boundaries after `.`, `?`, `!`.
 *
 *   npx tsx scripts/conll-sentence-agreement.ts /work/shared/data/conll2003/eng.testa
 */
import { readFileSync } from 'node:fs';
import { cleanText } from '../src/stages/03-clean/clean.js';
import { segment } from '../src/stages/04-segment/segment.js';

const path = process.argv[2];
if (!path) {
  console.error('usage: npx tsx scripts/conll-sentence-agreement.ts <conll file>');
  process.exit(2);
}

const documents: string[][][] = [];
let sentence: string[] = [];
for (const line of readFileSync(path, 'utf8').split('\n')) {
  const word = line.split(' ')[0] ?? '';
  if (word === '-DOCSTART-') {
    documents.push([]);
    continue;
  }
  if (!word) {
    if (sentence.length > 0) documents.at(-1)?.push(sentence);
    sentence = [];
  } else sentence.push(word);
}

let truth = 0;
let found = 0;
let right = 0;
let punctTruth = 0;
let punctRight = 0;
/** Ours off from CoNLL's only by a quotation mark (`said . "` vs `said ." `): joined-text artifacts. */
let nearQuote = 0;
const missed: string[] = [];
const extra: string[] = [];
for (const doc of documents) {
  if (doc.length < 2) continue;
  const ends = new Set<number>();
  let text = '';
  for (const s of doc) {
    if (text) text += ' ';
    text += s.join(' ');
    ends.add(text.length);
  }
  ends.delete(text.length);
  const cleaned = cleanText(text, [{ start: 0, end: text.length, role: 'paragraph' }], {
    removeDebris: false,
  });
  const ours = new Set<number>();
  for (const s of segment(cleaned.text, cleaned.paragraphs).sentences) {
    ours.add(cleaned.offsets.toSource(s.end - 1) + 1);
  }
  ours.delete(text.length);
  truth += ends.size;
  found += ours.size;
  for (const end of ends) {
    const punct = /[.?!]["']?$/u.test(text.slice(Math.max(0, end - 3), end));
    if (punct) punctTruth++;
    if (ours.has(end)) {
      right++;
      if (punct) punctRight++;
    } else if (punct && missed.length < 15) missed.push(text.slice(Math.max(0, end - 50), end + 30));
  }
  for (const end of ours) {
    if (ends.has(end)) continue;
    if (
      (ends.has(end - 2) && /^ ["']$/u.test(text.slice(end - 2, end))) ||
      (ends.has(end + 2) && /^ ["']$/u.test(text.slice(end, end + 2)))
    ) {
      nearQuote++;
      continue;
    }
    if (extra.length < 15) extra.push(text.slice(Math.max(0, end - 50), end + 30));
  }
}
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
console.log(`${truth} CoNLL boundaries inside documents, ${found} found by us, ${right} agree`);
console.log(`precision ${pct(right, found)}, recall ${pct(right, truth)}`);
console.log(`after . ? ! (CoNLL): recall ${pct(punctRight, punctTruth)} of ${punctTruth}`);
console.log(
  `${nearQuote} of ours differ only by which side of a quotation mark they fall (precision counting them: ${pct(right + nearQuote, found)})`,
);
console.log('\nmissed after punctuation:');
for (const m of missed) console.log(`  …${m.replace(/\s+/gu, ' ')}…`);
console.log('\nextra (not a quotation-mark shift):');
for (const m of extra) console.log(`  …${m.replace(/\s+/gu, ' ')}…`);
