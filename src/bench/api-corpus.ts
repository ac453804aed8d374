/**
 * A synthetic corpus for the API benchmark, stored through the DocumentStore port: news-
 * like articles whose topic words follow a Zipf law over a large vocabulary (so a search
 * word matches from a handful to tens of thousands of articles, as in a real archive),
 * with entities, quotes and dates. Analyses are built directly, not by the pipeline, so
 * 100,000 articles take minutes rather than hours; seeded, so runs compare.
 */
import { toAnalysisJson } from '../core/analysis.js';
import { IDENTITY_OFFSETS } from '../core/offsets.js';
import { seededRandom } from '../core/random.js';
import { contentHash } from '../corpus/record.js';
import type { DocumentStore } from '../ports/document-store.js';
import { benchDoc } from './corpus.js';

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ran',
  'te',
  'vo',
  'su',
  'bel',
  'dor',
  'ne',
  'pa',
  'ri',
  'gun',
  'sha',
  'to',
  'mel',
];
const FILLER =
  'the a of to in and said on for that with by was as at from it is will has have its be an are were which after over more than but not'.split(
    ' ',
  );
const FIRST = [
  'Anna',
  'Mark',
  'Kaja',
  'Pete',
  'Olaf',
  'Maria',
  'Jonas',
  'Lena',
  'Ivan',
  'Sofia',
  'Tomas',
  'Elif',
];
const LAST = ['Keller', 'Rutte', 'Berg', 'Novak', 'Silva', 'Haddad', 'Okafor', 'Larsen', 'Moreau', 'Tanaka'];

/** Pseudo-words: pronounceable, distinct, never English, so queries hit only what we put there. */
export function topicWords(n: number): string[] {
  const words: string[] = [];
  for (let i = 0; words.length < n; i++) {
    let x = i + 7;
    let w = '';
    do {
      w += SYLLABLES[x % SYLLABLES.length];
      x = Math.floor(x / SYLLABLES.length);
    } while (x > 0 || w.length < 6);
    words.push(w);
  }
  return words;
}

function zipfSampler(n: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) {
    sum += 1 / (r + 1);
    cdf[r] = sum;
  }
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export const VOCABULARY_SIZE = 20_000;

/** Stores `count` synthetic articles, reporting progress; returns how long it took. */
export async function generateApiCorpus(
  store: DocumentStore,
  count: number,
  progress: (done: number) => void,
  seed = 11,
): Promise<void> {
  const random = seededRandom(seed);
  const vocab = topicWords(VOCABULARY_SIZE);
  const zipf = zipfSampler(vocab.length, random);
  const people = FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  for (let i = 0; i < count; i++) {
    const speaker = pick(people);
    const other = pick(people);
    const words: string[] = [];
    for (let w = 0; w < 110; w++) words.push(random() < 0.45 ? pick(FILLER) : (vocab[zipf()] as string));
    const quoteWords = words.slice(20, 32).join(' ');
    const title = `${vocab[zipf()]} ${vocab[zipf()]} ${vocab[zipf()]} talks`;
    const body = `${speaker} said ${words.slice(0, 50).join(' ')}. "${quoteWords}," ${speaker} said. ${other} met ${words.slice(50).join(' ')}.`;
    const text = `${title}\n\n${body}`;
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    const published = `${2020 + (i % 6)}-${month}-${day}`;
    const doc = benchDoc(text, `bench-${i}`, { title, published, publisher: `Outlet ${i % 40}` });
    doc.set('source', text);
    doc.set('text', text);
    doc.set('offsets', IDENTITY_OFFSETS);
    const at = (s: string, from = 0) => {
      const start = text.indexOf(s, from);
      return { start, end: start + s.length };
    };
    const e1 = {
      id: 'e1',
      type: 'person' as const,
      name: speaker,
      kbId: null,
      by: 'bench',
      confidence: 0.9,
      evidence: [],
    };
    const e2 = {
      id: 'e2',
      type: 'person' as const,
      name: other,
      kbId: null,
      by: 'bench',
      confidence: 0.9,
      evidence: [],
    };
    doc.set('entities', [
      { ...e1, mentions: [{ ...at(speaker), repaired: false }] },
      ...(other === speaker
        ? []
        : [{ ...e2, mentions: [{ ...at(other, text.indexOf('met') - other.length - 2), repaired: false }] }]),
    ]);
    doc.set('quotes', [
      {
        ...at(`"${quoteWords},"`),
        kind: 'direct' as const,
        speaker: { name: speaker, entityId: 'e1', mention: null },
        cue: null,
        by: 'bench',
        confidence: 0.8,
      },
    ]);
    const analysis = toAnalysisJson(doc);
    // No MinHash keys: clustering is not what this corpus measures, and computing them
    // would triple the time to build it on a shared 2-core machine.
    const empty = new Uint32Array(0);
    await store.saveArticle({
      analysis,
      raw: { content: text, mediaType: 'text/plain' },
      contentHash: contentHash(analysis.text),
      sourceRef: `bench:${i}`,
      clustering: {
        textSignature: empty,
        shingleCount: 0,
        textBands: empty,
        fingerprintSignature: empty,
        fingerprintBands: empty,
      },
    });
    if ((i + 1) % 5000 === 0) progress(i + 1);
  }
}
