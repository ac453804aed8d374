/**
 * Runs the quotes stage alone over a test document (see quote-doc.ts) and returns its
 * quotes in a compact form: the quoted text, kind, speaker name, entity id, cue and confidence.
 */
import type { Quote } from '../../src/core/annotations.js';
import { Pipeline } from '../../src/core/pipeline.js';
import { Resources } from '../../src/core/resources.js';
import { PERSON_FACTS, type PersonFacts } from '../../src/stages/08-quotes/gender.js';
import { type QuotesConfig, quotesStage } from '../../src/stages/08-quotes/index.js';
import { makeQuoteDoc, type QuoteDocOptions } from './quote-doc.js';

export interface QuoteView {
  readonly text: string;
  readonly kind: Quote['kind'];
  readonly speaker: string | null;
  readonly entityId: string | null;
  readonly cue: string | null;
  readonly confidence: number;
  /** Present (true) only for an unnamed source. */
  readonly anonymous?: true;
  /** The organisation an unnamed source speaks for, where given. */
  readonly affiliation?: string;
}

/** `facts` stand in for the knowledge base's person facts; `config` is the stage's. */
export async function runQuotes(
  text: string,
  options: QuoteDocOptions = {},
  facts?: PersonFacts,
  config: Partial<QuotesConfig> = {},
): Promise<QuoteView[]> {
  const resources = new Resources();
  if (facts) resources.provide(PERSON_FACTS, facts);
  const pipeline = Pipeline.build([quotesStage], {
    resources,
    config: { quotes: config },
    initialLayers: [
      'text',
      'paragraphs',
      'sentences',
      'tokens',
      'mentions',
      ...(options.entities ? (['entities'] as const) : []),
    ],
  });
  const doc = makeQuoteDoc(text, options);
  await pipeline.run(doc);
  return doc.get('quotes').map((q: Quote) => ({
    text: text.slice(q.start, q.end),
    kind: q.kind,
    speaker: q.speaker?.name ?? null,
    entityId: q.speaker?.entityId ?? null,
    cue: q.cue?.text ?? null,
    confidence: q.confidence,
    ...(q.speaker?.anonymous ? { anonymous: true as const } : {}),
    ...(q.speaker?.affiliation ? { affiliation: q.speaker.affiliation.name } : {}),
  }));
}
