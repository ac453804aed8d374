/**
 * Runs the default pipeline over a plain-text article, up to and including the quotes
 * stage, and returns its quotes with speaker names as the pipeline resolved them
 * (linked canonical names), the cleaned text, and the map from cleaned-text offsets back
 * to the input. `copydesk eval quotes` scores both of its gold formats with it, and
 * the tagger's training script (scripts/train-quotes.ts) reads the same layers through
 * {@link quotesUpstreamPipeline}, so training and run time tokenise alike.
 */
import type { Entity, Quote, Sentence } from '../core/annotations.js';
import type { NewsDoc } from '../core/doc.js';
import type { OffsetMap } from '../core/offsets.js';
import { Pipeline } from '../core/pipeline.js';
import { knowledgeBaseResource } from '../kb/resource.js';
import type { KnowledgeBase } from '../ports/knowledge-base.js';
import type { QuotesConfig } from '../stages/08-quotes/index.js';
import { analyze } from './analyze.js';
import { defaultStages } from './default.js';
import { defaultResources } from './resources.js';

export interface QuoteRun {
  readonly text: string;
  readonly quotes: readonly Quote[];
  /** Cleaned-text offsets (the quotes' spans) back to offsets into the input text. */
  readonly offsets: OffsetMap;
  /** The pipeline's sentences (offsets into the cleaned text). */
  readonly sentences: readonly Sentence[];
  /** The article's entities (what a speaker's `entityId` names). */
  readonly entities: readonly Entity[];
}

/** The default stages before the quotes stage (what it reads), or through it. */
function stagesUpToQuotes(includeQuotes: boolean) {
  const stages = defaultStages();
  const at = stages.findIndex((s) => s.name === 'quotes');
  return stages.slice(0, includeQuotes ? at + 1 : at);
}

function plainText(id: string, text: string) {
  return {
    content: text,
    mediaType: 'text/plain' as const,
    origin: { kind: 'inline' as const, label: id },
    byteLength: Buffer.byteLength(text),
  };
}

export function pipelineQuotesRunner(config: Partial<QuotesConfig> = {}) {
  // Stages after quotes (provenance) cannot change them: they are left out.
  const pipeline = Pipeline.build(stagesUpToQuotes(true), {
    config: { quotes: config },
    resources: defaultResources(),
  });
  return {
    /** The knowledge base the pipeline links with (loaded once, shared with its stages). */
    knowledgeBase: (): KnowledgeBase => pipeline.resources.use(knowledgeBaseResource),
    async run(id: string, text: string, date: string | null): Promise<QuoteRun> {
      const doc = await analyze(pipeline, plainText(id, text), { meta: date ? { published: date } : {} });
      return {
        text: doc.text,
        quotes: doc.get('quotes'),
        offsets: doc.get('offsets'),
        sentences: doc.get('sentences'),
        entities: doc.maybe('entities') ?? [],
      };
    },
  };
}

/** The default pipeline's stages before quotes, with the pipeline's resources (for training). */
export function quotesUpstreamPipeline() {
  const pipeline = Pipeline.build(stagesUpToQuotes(false), { resources: defaultResources() });
  return {
    resources: pipeline.resources,
    run: (id: string, text: string): Promise<NewsDoc> => analyze(pipeline, plainText(id, text)),
  };
}
