/**
 * Runs the whole default pipeline over a plain-text article and returns its quotes
 * with speaker names as the pipeline resolved them (linked canonical names) — what
 * `copydesk eval quotes` scores on copydesk's JSONL format.
 */
import type { Quote } from '../core/annotations.js';
import type { QuotesConfig } from '../stages/08-quotes/index.js';
import { analyze } from './analyze.js';
import { createDefaultPipeline } from './default.js';

export interface QuoteRun {
  readonly text: string;
  readonly quotes: readonly Quote[];
}

export function pipelineQuotesRunner(config: Partial<QuotesConfig> = {}) {
  const pipeline = createDefaultPipeline({ config: { quotes: config } });
  return {
    async run(id: string, text: string, date: string | null): Promise<QuoteRun> {
      const raw = {
        content: text,
        mediaType: 'text/plain' as const,
        origin: { kind: 'inline' as const, label: id },
        byteLength: Buffer.byteLength(text),
      };
      const doc = await analyze(pipeline, raw, { meta: date ? { published: date } : {} });
      return { text: doc.text, quotes: doc.get('quotes') };
    },
  };
}
