/**
 * Benchmark of the text layers of the foundation: cleanup, sentences and tokens,
 * figures and dates — alone and per stage — with Intl.Segmenter (the sentence and word
 * segmenter built into Node's ICU) measured on the same text as the peer.
 */
import { fileURLToPath } from 'node:url';
import { Pipeline } from '../core/pipeline.js';
import type { Stage } from '../core/stage.js';
import { extractStage } from '../stages/02-extract/index.js';
import { cleanStage } from '../stages/03-clean/index.js';
import { segmentStage } from '../stages/04-segment/index.js';
import { figuresStage } from '../stages/05-figures/stage.js';
import { benchDoc, generateArticles } from './corpus.js';
import { formatRate, measure, ratio } from './measure.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

export async function benchTextPipeline(log: (line: string) => void, articleCount = 2000): Promise<void> {
  const articles = generateArticles(EXAMPLES, articleCount);
  const stages: Stage[] = [extractStage, cleanStage, segmentStage, figuresStage] as Stage[];
  const pipeline = Pipeline.build(stages);
  const perStage = new Map<string, number>();
  let i = 0;
  const ours = await measure(
    articles,
    (a) => Buffer.byteLength(a),
    async (text) => {
      const doc = await pipeline.run(benchDocOf(text, i++));
      for (const t of doc.trail) perStage.set(t.name, (perStage.get(t.name) ?? 0) + t.ms);
    },
  );
  const mb = ours.bytes / 1024 / 1024;
  log(`text pipeline (extract+clean+segment+figures): ${articles.length} articles, ${mb.toFixed(2)} MB`);
  log(`  all four stages          ${formatRate(ours, 'articles')}`);
  const runs = 4; // warm-up + 3 rounds
  for (const [name, ms] of perStage) {
    const seconds = ms / runs / 1000;
    log(
      `  ${name.padEnd(24)} ${Math.round(articles.length / seconds).toLocaleString('en-US')} articles/s, ${(mb / seconds).toFixed(2)} MB/s`,
    );
  }

  // Peer: ICU sentence + word segmentation of the same (uncleaned) text.
  const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });
  const words = new Intl.Segmenter('en', { granularity: 'word' });
  const peer = await measure(
    articles,
    (a) => Buffer.byteLength(a),
    (text) => {
      let n = 0;
      for (const s of sentences.segment(text)) for (const _ of words.segment(s.segment)) n++;
      return n;
    },
  );
  log(`  peer: Intl.Segmenter sentences+words ${formatRate(peer, 'articles')}`);
  const segmentMs = (perStage.get('segment') ?? 0) / runs;
  const segmentRate = { items: articles.length, bytes: ours.bytes, ms: segmentMs };
  log(`  segment vs Intl.Segmenter: ${ratio(segmentRate, peer)} the peer's speed`);
}

function benchDocOf(text: string, i: number) {
  return benchDoc(text, `bench-${i}`);
}
