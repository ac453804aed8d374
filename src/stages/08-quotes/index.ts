/**
 * Stage `quotes`: direct, partial and reported speech with their speakers, linked to
 * the article's entities when the link stage has run. See README.md in this folder.
 */
import { defineStage } from '../../core/stage.js';
import { extractQuotes } from './extract.js';
import { FIRST_NAMES, PERSON_FACTS } from './gender.js';

export interface QuotesConfig {
  /** Quotes below this confidence are dropped. */
  readonly minConfidence: number;
}

export const quotesStage = defineStage<QuotesConfig>({
  name: 'quotes',
  version: '1.0.0',
  description: 'quotations and reported speech, with cues and speakers',
  requires: ['text', 'paragraphs', 'sentences', 'tokens', 'mentions'],
  assigns: ['quotes'],
  defaultConfig: { minConfidence: 0 },
  run(doc, { config, resources }) {
    const quotes = extractQuotes(
      {
        text: doc.get('text'),
        paragraphs: doc.get('paragraphs'),
        sentences: doc.get('sentences'),
        mentions: doc.get('mentions'),
        entities: doc.maybe('entities'),
      },
      { firstNames: resources.use(FIRST_NAMES), facts: resources.use(PERSON_FACTS), by: 'quotes' },
    );
    doc.set(
      'quotes',
      quotes.filter((q) => q.confidence >= config.minConfidence),
    );
  },
});

export { extractQuotes } from './extract.js';
