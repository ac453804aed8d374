/**
 * Benchmark of the link stage alone: its time beside the pipeline that runs before it, over
 * the generated corpus, with and without its candidate cache. The target (linking adds
 * under 20 %) is read on the pipeline section's real news (pipeline.ts). The baseline is the default pipeline without `link`; the link
 * stage then runs on the documents that pipeline produced. Until a stage of the default
 * pipeline finds mentions (NER), mentions come from the interim gazetteer finder, outside
 * the timing. Also reports the knowledge base's load time.
 */
import { fileURLToPath } from 'node:url';
import type { NewsDoc } from '../core/doc.js';
import { Pipeline } from '../core/pipeline.js';
import { Resources } from '../core/resources.js';
import { knowledgeBaseResource } from '../kb/resource.js';
import { activeKbPath, loadKnowledgeBase } from '../kb/store.js';
import { defaultStages } from '../presets/default.js';
import { gazetteerMentions } from '../stages/07-link/interim/gazetteer-mentions.js';
import { linkDocument } from '../stages/07-link/link-document.js';
import { benchDoc, generateArticles } from './corpus.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

export async function benchLinking(log: (line: string) => void, articleCount = 300): Promise<void> {
  const loadStart = performance.now();
  const kb = loadKnowledgeBase(activeKbPath());
  const loadMs = performance.now() - loadStart;
  const s = kb.stats();
  log(
    `knowledge base: ${s.entities.toLocaleString('en-US')} entities, ${s.names.toLocaleString('en-US')} names; load ${loadMs.toFixed(0)} ms`,
  );

  const stages = defaultStages().filter((st) => st.name !== 'link');
  const hasMentions = stages.some((st) => st.assigns.includes('mentions'));
  const pipeline = Pipeline.build(stages, { resources: new Resources().provide(knowledgeBaseResource, kb) });
  const articles = generateArticles(EXAMPLES, articleCount, 11);

  // Warm-up, then one timed pass of the pipeline without link.
  for (let i = 0; i < Math.min(20, articles.length); i++) await pipeline.run(benchDocOf(articles[i]!, i));
  const docs: NewsDoc[] = [];
  let baseMs = 0;
  for (let i = 0; i < articles.length; i++) {
    const started = performance.now();
    docs.push(await pipeline.run(benchDocOf(articles[i]!, i)));
    baseMs += performance.now() - started;
  }
  const inputs = docs.map((doc) => {
    const text = doc.text;
    if (hasMentions) {
      return {
        text,
        sentences: doc.get('sentences'),
        tokens: doc.get('tokens'),
        mentions: doc.get('mentions'),
      };
    }
    const interim = gazetteerMentions(text, kb);
    return { text, sentences: doc.get('sentences'), tokens: doc.get('tokens'), mentions: interim.mentions };
  });
  // Cold: no candidate cache, every name's candidates computed in every article.
  let coldMs = 0;
  for (const input of inputs) {
    const started = performance.now();
    linkDocument(kb, { ...input, date: '2025-02-14' }, undefined, { cache: false });
    coldMs += performance.now() - started;
  }
  // Warm: the candidate cache as a long run has it (this corpus repeats its names a lot).
  for (const input of inputs) linkDocument(kb, { ...input, date: '2025-02-14' });
  let linkMs = 0;
  let mentions = 0;
  for (const input of inputs) {
    const started = performance.now();
    linkDocument(kb, { ...input, date: '2025-02-14' });
    linkMs += performance.now() - started;
    mentions += input.mentions.length;
  }
  log(
    `link stage on ${articles.length} articles (${mentions.toLocaleString('en-US')} mentions from ${hasMentions ? 'the pipeline' : 'the interim gazetteer finder'}):`,
  );
  log(
    `  pipeline without link    ${(baseMs / articles.length).toFixed(2)} ms/article (${stages.map((st) => st.name).join(', ')})`,
  );
  log(
    `  link, no cache           ${(coldMs / articles.length).toFixed(2)} ms/article, adds ${((coldMs / baseMs) * 100).toFixed(1)} %`,
  );
  log(
    `  link, candidate cache    ${(linkMs / articles.length).toFixed(2)} ms/article, ${Math.round((mentions / linkMs) * 1000).toLocaleString('en-US')} mentions/s`,
  );
  // Names repeat in this corpus and the cache keeps their answers: the target is read on the
  // pipeline section's real news, with answers dropped before every pass.
  log(
    `  link adds                ${((linkMs / baseMs) * 100).toFixed(1)} % (stage alone, cache warm; the target's figure is the pipeline section's real news)`,
  );
}

function benchDocOf(text: string, i: number) {
  return benchDoc(text, `bench-link-${i}`);
}
