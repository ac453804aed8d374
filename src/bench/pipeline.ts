/**
 * The whole default pipeline over news articles: articles/s, each stage's share of the
 * time, and what linking and quotes cost. Linking's cost is measured the honest way: the
 * pipeline with and without the `link` stage, run over the same articles in alternating
 * rounds (see `alternate`), compared round by round on CPU time and on wall time, medians
 * reported — so everything linking causes counts (its own time, the garbage it leaves for
 * later stages to collect, later stages reading its entities). Before every pass the link
 * stage's per-name answers are dropped (`forgetLinkAnswers`): a pass meets its articles'
 * names as a fresh process would, and no pass is flattered by names the previous one saw.
 *
 * Each corpus is measured in both modes of the kernel, in the same alternating rounds:
 * article by article (`Pipeline.run`, what `POST /analyze` does) and stage by stage over
 * batches (`Pipeline.runBatch`, what ingestion does; batches of INGEST_ANALYSIS_BATCH).
 *
 * Two corpora: real news (distinct articles, many names met once — the figure the targets
 * are read on) and articles generated from examples/ (names repeat from article to
 * article, as in a day's coverage of one story). Peer: compromise's
 * people/places/organizations on the same text.
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { Pipeline } from '../core/pipeline.js';
import { INGEST_ANALYSIS_BATCH } from '../corpus/ingest/pool.js';
import { knowledgeBaseResource } from '../kb/resource.js';
import { defaultStages } from '../presets/default.js';
import { defaultResources } from '../presets/resources.js';
import { forgetLinkAnswers } from '../stages/07-link/index.js';
import { benchDoc, generateArticles, type NewsArticle, realNewsArticles, realNewsDir } from './corpus.js';
import { alternate, formatRate, measure, median, pairedOverhead, ratio, type Throughput } from './measure.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

type Mode = 'article' | 'batch';

/** Real articles per pass: enough names to be a corpus, few enough for seven rounds. */
const NEWS_ARTICLES = 200;

/**
 * Untimed passes per configuration before the timed rounds. V8 optimises a function only
 * after enough of its bytecode has run, and a rule that runs a few times per article waits
 * hundreds of articles: after one pass much of the later stages' code still runs
 * unoptimised, which a long-running worker does not pay (session 12 measured the quotes stage
 * alone at 0.83 ms per generated article in its first pass and 0.39 after 10–15).
 */
const WARM_UP_PASSES = 3;

export async function benchPipeline(
  log: (line: string) => void,
  articleCount = 300,
  rounds = 7,
): Promise<void> {
  // The CLI's resources (knowledge base, quotes' person facts), shared so neither run pays for loading.
  const resources = defaultResources();
  const full = Pipeline.build(defaultStages(), { resources });
  const withoutLink = Pipeline.build(
    defaultStages().filter((s) => s.name !== 'link'),
    { resources },
  );
  const generated: NewsArticle[] = generateArticles(EXAMPLES, articleCount, 11).map((text) => ({
    text,
    published: '2025-02-14',
  }));
  const loadStarted = performance.now();
  await full.run(benchDoc(generated[0]!.text, 'bench-load'));
  log(
    `full pipeline: first article (loads model and knowledge base) ${(performance.now() - loadStarted).toFixed(0)} ms`,
  );
  const kb = resources.use(knowledgeBaseResource);
  let i = 0;
  const runner = (pipeline: Pipeline) => (a: NewsArticle) =>
    pipeline.run(benchDoc(a.text, `bench-${i++}`, { published: a.published }));
  const docsOf = (chunk: readonly NewsArticle[]) =>
    chunk.map((a) => benchDoc(a.text, `bench-${i++}`, { published: a.published }));

  /**
   * The two modes over the same articles, in the same alternating rounds: article by
   * article (`run`, what `POST /analyze` does) and stage by stage over batches of
   * INGEST_ANALYSIS_BATCH (`runBatch`, what ingestion does). Every configuration is given
   * the articles a batch at a time; the article-by-article ones run them one after the other.
   */
  const compare = async (title: string, articles: readonly NewsArticle[], passes: number) => {
    const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
    const chunks: NewsArticle[][] = [];
    for (let k = 0; k < articles.length; k += INGEST_ANALYSIS_BATCH)
      chunks.push(articles.slice(k, k + INGEST_ANALYSIS_BATCH));
    const perStage = { article: new Map<string, number>(), batch: new Map<string, number>() };
    let passesBegun = 0;
    let timed = false;
    const note = (mode: Mode, docs: readonly { trail: readonly { name: string; ms: number }[] }[]) => {
      if (!timed) return;
      for (const doc of docs)
        for (const t of doc.trail) perStage[mode].set(t.name, (perStage[mode].get(t.name) ?? 0) + t.ms);
    };
    const oneByOne = (pipeline: Pipeline, mode: Mode | null) => async (chunk: readonly NewsArticle[]) => {
      const run = runner(pipeline);
      for (const a of chunk) {
        const doc = await run(a);
        if (mode) note(mode, [doc]);
      }
    };
    const batched = (pipeline: Pipeline, mode: Mode | null) => async (chunk: readonly NewsArticle[]) => {
      const outcomes = await pipeline.runBatch(docsOf(chunk));
      if (mode)
        note(
          mode,
          outcomes.map((o) => o.doc),
        );
    };
    const times = await alternate(
      chunks,
      {
        'article:full': oneByOne(full, 'article'),
        'article:withoutLink': oneByOne(withoutLink, null),
        'batch:full': batched(full, 'batch'),
        'batch:withoutLink': batched(withoutLink, null),
      },
      passes,
      (config) => {
        if (config.endsWith(':full')) forgetLinkAnswers(kb);
        // Each stage's time is read from the timed passes only (four configurations per round).
        timed = ++passesBegun > 4 * WARM_UP_PASSES;
      },
      WARM_UP_PASSES,
    );
    const rate = (ms: number): Throughput => ({ items: articles.length, bytes, ms });
    const cpuS = (p: readonly { cpuMs: number }[]) => (median(p.map((x) => x.cpuMs)) / 1000).toFixed(2);
    log('');
    log(
      `${title}: ${articles.length} articles, ${WARM_UP_PASSES} warm-up passes, ${passes} alternating rounds, medians (load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')})`,
    );
    let articleFullRate: Throughput | null = null;
    for (const mode of ['article', 'batch'] as const) {
      const fullPasses = times[`${mode}:full`]!;
      const noLinkPasses = times[`${mode}:withoutLink`]!;
      const fullRate = rate(median(fullPasses.map((p) => p.wallMs)));
      articleFullRate ??= fullRate;
      log(
        mode === 'article'
          ? ' article by article (`run`; what POST /analyze does):'
          : ` stage by stage over batches of ${INGEST_ANALYSIS_BATCH} (\`runBatch\`; the mode ingest uses):`,
      );
      log(`  full pipeline      ${formatRate(fullRate, 'articles')} (CPU ${cpuS(fullPasses)} s per pass)`);
      log(
        `  without link       ${formatRate(rate(median(noLinkPasses.map((p) => p.wallMs))), 'articles')} (CPU ${cpuS(noLinkPasses)} s per pass)`,
      );
      const stages = perStage[mode];
      const total = [...stages.values()].reduce((a, b) => a + b, 0);
      for (const [name, ms] of stages)
        log(
          `  ${name.padEnd(12)} ${((100 * ms) / total).toFixed(1).padStart(5)}% of the full pipeline's stage time`,
        );
      const cpuOverhead = pairedOverhead(fullPasses, noLinkPasses, 'cpuMs');
      const wallOverhead = pairedOverhead(fullPasses, noLinkPasses, 'wallMs');
      log(
        `  linking adds ${(100 * cpuOverhead).toFixed(1)}% to the pipeline without it (CPU time; wall time ${(100 * wallOverhead).toFixed(1)}%) (target < 20%)`,
      );
      const linkMs = stages.get('link') ?? 0;
      log(
        `  (the link stage's own time: ${((100 * linkMs) / (total - linkMs)).toFixed(1)}% of the other stages')`,
      );
      const quotesShare = (stages.get('quotes') ?? 0) / total;
      log(`  quotes stage: ${(100 * quotesShare).toFixed(1)}% of the pipeline (target < 10%)`);
      if (mode === 'batch') {
        const cpuSaving = pairedOverhead(fullPasses, times['article:full']!, 'cpuMs');
        const wallSaving = pairedOverhead(fullPasses, times['article:full']!, 'wallMs');
        log(
          `  full pipeline in batches vs article by article: ${(100 * cpuSaving).toFixed(1)}% CPU time per pass (wall time ${(100 * wallSaving).toFixed(1)}%)`,
        );
      }
    }
    const peer = await measure(
      articles,
      (a) => Buffer.byteLength(a.text),
      (a) => {
        const doc = nlp(a.text);
        return doc.people().length + doc.places().length + doc.organizations().length;
      },
      1,
    );
    log(`  peer: compromise people/places/organizations ${formatRate(peer, 'articles')}`);
    log(
      `  copydesk full pipeline (article by article) vs compromise: ${ratio(articleFullRate!, peer)} the peer's speed`,
    );
  };

  /**
   * Linking's overhead in a worker that has been running: before each pass with the link
   * stage its answers are dropped and the pipeline analyses `earlier` (other articles from the
   * same source, none of the measured ones, outside the timing), so the measured articles meet
   * the names a long run has already seen — but not their own. The pass without linking gets
   * no such run-up, so the garbage the run-up leaves is charged to linking.
   */
  const steadyState = async (
    articles: readonly NewsArticle[],
    earlier: readonly NewsArticle[],
    passes: number,
  ) => {
    const runFull = runner(full);
    const times = await alternate(
      articles,
      { full: runFull, withoutLink: runner(withoutLink) },
      passes,
      async (config) => {
        if (config !== 'full') return;
        forgetLinkAnswers(kb);
        for (const a of earlier) await runFull(a);
      },
    );
    const cpuOverhead = pairedOverhead(times.full!, times.withoutLink!, 'cpuMs');
    const wallOverhead = pairedOverhead(times.full!, times.withoutLink!, 'wallMs');
    log('');
    log(
      `real news, steady state, article by article (the same ${articles.length} articles after ${earlier.length} others from the same source, ${passes} alternating rounds, medians)`,
    );
    log(
      `  linking adds ${(100 * cpuOverhead).toFixed(1)}% to the pipeline without it (CPU time; wall time ${(100 * wallOverhead).toFixed(1)}%)`,
    );
  };

  const newsDir = realNewsDir();
  const news = realNewsArticles(newsDir, NEWS_ARTICLES);
  if (news) {
    await compare(`real news (distinct articles from ${newsDir}; the targets' figure)`, news, 5);
    const earlier = [1, 2, 3].flatMap((shift) => realNewsArticles(newsDir, NEWS_ARTICLES, shift) ?? []);
    if (earlier.length > 0) await steadyState(news, earlier, 5);
  } else
    log(
      `real news: no articles at ${newsDir} (set COPYDESK_BENCH_NEWS to a folder of .txt articles); only the generated corpus is measured`,
    );
  await compare('generated news (examples/ reshuffled; names repeat)', generated, rounds);
}
