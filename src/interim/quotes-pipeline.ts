/**
 * TEMPORARY — replace with the default pipeline from src/presets/ once segment, ner and
 * link are merged. Runs the quotes stage over plain text with the simple-rule layers
 * of simple-layers.ts, so that `copydesk eval quotes` works before those stages exist.
 */
import type { Quote } from '../core/annotations.js';
import { NewsDoc } from '../core/doc.js';
import { IDENTITY_OFFSETS } from '../core/offsets.js';
import { Pipeline } from '../core/pipeline.js';
import { FIRST_NAMES } from '../stages/08-quotes/gender.js';
import { type QuotesConfig, quotesStage } from '../stages/08-quotes/index.js';
import { simpleLayers } from './simple-layers.js';

export interface InterimQuotesRunner {
  run(id: string, text: string, date: string | null): Promise<Quote[]>;
}

export function interimQuotesRunner(config: Partial<QuotesConfig> = {}): InterimQuotesRunner {
  const pipeline = Pipeline.build([quotesStage], {
    config: { quotes: config },
    initialLayers: ['text', 'paragraphs', 'sentences', 'tokens', 'mentions'],
  });
  const firstNames = new Set(pipeline.resources.use(FIRST_NAMES).keys());
  return {
    async run(id, text, date) {
      const doc = new NewsDoc({
        id,
        raw: {
          content: text,
          mediaType: 'text/plain',
          origin: { kind: 'inline', label: id },
          byteLength: text.length,
        },
        meta: date ? { published: date } : {},
      });
      doc.set('source', text);
      doc.set('text', text);
      doc.set('offsets', IDENTITY_OFFSETS);
      const layers = simpleLayers(text, firstNames);
      doc.set('paragraphs', layers.paragraphs);
      doc.set('sentences', layers.sentences);
      doc.set('tokens', layers.tokens);
      doc.set('mentions', layers.mentions);
      await pipeline.run(doc);
      return [...doc.get('quotes')];
    },
  };
}
