/**
 * Stage `quotes`: direct, partial and reported speech with their speakers, linked to
 * the article's entities when the link stage has run. See README.md in this folder.
 */
import type { NewsDoc } from '../../core/doc.js';
import { defineStage } from '../../core/stage.js';
import { extractQuotes } from './extract.js';
import { FIRST_NAMES, PERSON_FACTS } from './gender.js';
import { CONTENT_ENDS } from './model/content-ends.js';
import { CONTENT_STARTS } from './model/content-starts.js';
import { CUE_FILTER, filterCues } from './model/cue-filter.js';
import { apostrophesAsMarks, widenToApostrophes } from './model/doubled-apostrophes.js';
import { QUOTES_MODEL, ruleRoleSpans, tagAttributions } from './model/tagger.js';

export interface QuotesConfig {
  /** Quotes below this confidence are dropped. */
  readonly minConfidence: number;
  /** Run the trained attribution tagger (models/quotes/) beside the rules (default off: speed). */
  readonly model: boolean;
  /** Reported speech from the rules, the model, or both (rules first, the model adds what they miss). */
  readonly indirect: 'rules' | 'model' | 'both';
  /** Let a model attribution replace an overlapping quotation found by the rules. */
  readonly modelOverQuotes: boolean;
  /** Model attributions kept: `speech` (speech-verb cue, clause content) or `all` (PolNeAR's scheme). */
  readonly modelKeep: 'speech' | 'all';
  /**
   * Join a quotation continued after an attribution sentence (`“…,” said X. “…”`) into one
   * quote (default). PolNeAR annotates each quotation as its own content.
   */
  readonly joinContinued: boolean;
  /**
   * Read doubled apostrophes as quotation marks (`''We are ready,'' she said.`), as some
   * wire and archive copy prints them (default off; on under PolNeAR's conventions).
   */
  readonly doubledApostrophes: boolean;
  /**
   * Drop the tagger's cues a second classifier finds unlikely (model/cue-filter.ts) before
   * they are grouped (default off; on under PolNeAR's conventions, where it was trained).
   */
  readonly cueFilter: boolean;
}

/**
 * The configuration that follows PolNeAR's annotation scheme (attributions of beliefs and
 * intentions too, the model's span conventions over the rules'), used to score on PolNeAR.
 */
export const POLNEAR_CONVENTIONS: Partial<QuotesConfig> = {
  model: true,
  indirect: 'model',
  modelOverQuotes: true,
  modelKeep: 'all',
  joinContinued: false,
  doubledApostrophes: true,
  cueFilter: true,
};

/**
 * The layers the stage reads, as one object: the stage and the tagger's training script
 * (scripts/train-quotes.ts) both take them from a document the same way.
 */
export function quotesInput(doc: NewsDoc) {
  return {
    text: doc.get('text'),
    paragraphs: doc.get('paragraphs'),
    sentences: doc.get('sentences'),
    tokens: doc.get('tokens'),
    mentions: doc.get('mentions'),
    entities: doc.maybe('entities'),
  };
}

export const quotesStage = defineStage<QuotesConfig>({
  name: 'quotes',
  version: '1.0.0',
  description: 'quotations and reported speech, with cues and speakers',
  requires: ['text', 'paragraphs', 'sentences', 'tokens', 'mentions'],
  assigns: ['quotes'],
  defaultConfig: {
    minConfidence: 0,
    // The tagger triples the stage's cost for no gain on news-style copy (see README):
    // off by default, on for PolNeAR's scheme or by configuration.
    model: false,
    indirect: 'both',
    modelOverQuotes: false,
    modelKeep: 'speech',
    joinContinued: true,
    doubledApostrophes: false,
    cueFilter: false,
  },
  run(doc, { config, resources }) {
    const original = quotesInput(doc);
    // The rules read the text with doubled apostrophes as curly marks (same offsets);
    // the tagger reads the text as it is.
    const marked = config.doubledApostrophes ? apostrophesAsMarks(original.text) : null;
    const input = marked ? { ...original, text: marked } : original;
    const { text } = input;
    const base = { firstNames: resources.use(FIRST_NAMES), facts: resources.use(PERSON_FACTS), by: 'quotes' };
    // With the tagger, the rules' quotes are its features: read as in training (each
    // quotation apart); otherwise they are the output.
    const rulesOnly = extractQuotes(input, {
      ...base,
      joinContinued: config.model ? false : config.joinContinued,
    });
    let quotes = rulesOnly;
    if (config.model) {
      // The tagger reads the rules' quotes as features, then both are merged.
      const model = resources.use(QUOTES_MODEL);
      const tagged = tagAttributions(
        model,
        original.text,
        input.paragraphs,
        input.sentences,
        input.tokens,
        ruleRoleSpans(text, rulesOnly),
        input.mentions,
      );
      const modelSpans = config.cueFilter
        ? filterCues(
            original.text,
            input.sentences,
            input.tokens,
            input.mentions,
            tagged,
            model.extras?.cueRate ?? new Map(model.cueRates),
            resources.use(CUE_FILTER),
          )
        : tagged;
      quotes = extractQuotes(input, {
        ...base,
        modelSpans,
        indirect: config.indirect,
        modelOverQuotes: config.modelOverQuotes,
        modelKeep: config.modelKeep,
        joinContinued: config.joinContinued,
        contentEnds: resources.use(CONTENT_ENDS),
        contentStarts: resources.use(CONTENT_STARTS),
      });
    }
    if (marked) quotes = quotes.map((q) => widenToApostrophes(original.text, marked, q));
    doc.set(
      'quotes',
      quotes.filter((q) => q.confidence >= config.minConfidence),
    );
  },
});

export { groupQuotesBySpeaker, type SpeakerGroup } from './by-speaker.js';
export { extractQuotes } from './extract.js';
