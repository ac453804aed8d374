/**
 * Stage `extract`: turns the raw input into the article's source text and blocks, and
 * fills the document's metadata. HTML goes through main-content extraction (markup or
 * JSON-LD `articleBody`); plain text is split into paragraphs with its headline, byline
 * and date line read. Metadata already on the document (given by the caller, e.g. a
 * `--date`) wins over what the page says.
 */
import { CopydeskError } from '../../core/errors.js';
import type { ArticleMeta } from '../../core/meta.js';
import { defineStage } from '../../core/stage.js';
import { describeOrigin } from '../01-input/decode.js';
import { extractArticle } from './article.js';

export { type ExtractedArticle, extractArticle } from './article.js';

export interface ExtractConfig {
  /** Confidence recorded on the provenance signals this stage emits. */
  readonly signalConfidence: number;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

/** Copies the extracted fields the document does not have yet. */
function fillMeta(target: ArticleMeta, found: ArticleMeta): void {
  for (const key of Object.keys(found) as (keyof ArticleMeta)[]) {
    if (isEmpty(target[key]) && !isEmpty(found[key])) {
      (target as unknown as Record<string, unknown>)[key] = found[key];
    }
  }
}

export const extractStage = defineStage<ExtractConfig>({
  name: 'extract',
  version: '1',
  description: 'article text, structure and metadata from HTML (main-content extraction) or plain text',
  requires: [],
  assigns: ['source', 'blocks'],
  defaultConfig: { signalConfidence: 0.9 },
  run(doc, { config }) {
    const url = doc.raw.origin.kind === 'url' ? doc.raw.origin.url : doc.meta.url;
    const article = extractArticle({ content: doc.raw.content, mediaType: doc.raw.mediaType, url });
    if (article.blocks.length === 0) {
      throw new CopydeskError(
        'INPUT_EMPTY',
        `${describeOrigin(doc.raw.origin)}: ${article.reason ?? 'no article text found'}`,
      );
    }
    doc.set('source', article.source);
    doc.set('blocks', article.blocks);
    fillMeta(doc.meta, article.meta);
    if (article.signals.length > 0) {
      doc.append(
        'signals',
        article.signals.map((s) => ({ ...s, by: 'extract', confidence: config.signalConfidence })),
      );
    }
  },
});
