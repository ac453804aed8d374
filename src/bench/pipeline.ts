/**
 * The whole default pipeline over generated news articles: articles/s, each stage's
 * share of the time, and what linking and quotes cost — the pipeline without the
 * `link` stage is measured in the same run, so the overhead is a ratio of two runs
 * on the same text. Peer: compromise's people/places/organizations on the same text.
 */
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { Pipeline } from '../core/pipeline.js';
import { defaultStages } from '../presets/default.js';
import { benchDoc, generateArticles } from './corpus.js';
import { formatRate, measure, ratio } from './measure.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

export async function benchPipeline(log: (line: string) => void, articleCount = 400): Promise<void> {
  const articles = generateArticles(EXAMPLES, articleCount, 11);
  const full = Pipeline.build(defaultStages());
  // Shares the loaded resources (model, knowledge base) so neither run pays for loading.
  const withoutLink = Pipeline.build(
    defaultStages().filter((s) => s.name !== 'link'),
    { resources: full.resources },
  );
  const loadStarted = performance.now();
  await full.run(benchDocOf(articles[0]!, -1));
  log(
    `full pipeline: first article (loads model and knowledge base) ${(performance.now() - loadStarted).toFixed(0)} ms`,
  );

  const perStage = new Map<string, number>();
  let i = 0;
  const rounds = 3;
  const fullRate = await measure(
    articles,
    (a) => Buffer.byteLength(a),
    async (text) => {
      const doc = await full.run(benchDocOf(text, i++));
      for (const t of doc.trail) perStage.set(t.name, (perStage.get(t.name) ?? 0) + t.ms);
    },
    rounds,
  );
  const noLinkRate = await measure(
    articles,
    (a) => Buffer.byteLength(a),
    (text) => withoutLink.run(benchDocOf(text, i++)),
    rounds,
  );
  const total = [...perStage.values()].reduce((a, b) => a + b, 0);
  log(`full pipeline, ${articles.length} articles, one core: ${formatRate(fullRate, 'articles')}`);
  for (const [name, ms] of perStage)
    log(`  ${name.padEnd(12)} ${((100 * ms) / total).toFixed(1).padStart(5)}% of the time`);
  // Measured inside the same runs (stage times), so machine load cannot skew the ratio.
  const linkMs = perStage.get('link') ?? 0;
  log(
    `  linking adds ${((100 * linkMs) / (total - linkMs)).toFixed(1)}% to the rest of the pipeline (target < 20%)`,
  );
  const rerun = fullRate.ms / noLinkRate.ms - 1;
  log(
    `  (a separate run without the link stage: ${formatRate(noLinkRate, 'articles')}; the full run took ${(100 * rerun).toFixed(1)}% longer)`,
  );
  const quotesShare = (perStage.get('quotes') ?? 0) / total;
  log(`  quotes stage: ${(100 * quotesShare).toFixed(1)}% of the pipeline (target < 10%)`);

  const peer = await measure(
    articles,
    (a) => Buffer.byteLength(a),
    (text) => {
      const doc = nlp(text);
      return doc.people().length + doc.places().length + doc.organizations().length;
    },
    1,
  );
  log(`  peer: compromise people/places/organizations ${formatRate(peer, 'articles')}`);
  log(`  copydesk full pipeline vs compromise: ${ratio(fullRate, peer)} the peer's speed`);
}

function benchDocOf(text: string, i: number) {
  return benchDoc(text, `bench-${i}`);
}
