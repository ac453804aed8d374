/**
 * The `link` stage: links name mentions to knowledge-base entities and repairs mangled
 * names on evidence (see link-document.ts and README.md). The knowledge base is a shared
 * resource (src/kb/resource.ts); tests `provide` a small one.
 */
import { defineStage } from '../../core/stage.js';
import { forgetNormalizedNames } from '../../kb/names.js';
import { knowledgeBaseResource } from '../../kb/resource.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { forgetCandidates } from './candidate-search.js';
import { forgetSharedNames } from './document-kb.js';
import { DEFAULT_THRESHOLDS, type LinkThresholds, linkDocument } from './link-document.js';
import { forgetSpunAnswers } from './spin.js';

export interface LinkConfig {
  readonly thresholds: LinkThresholds;
}

export const linkStage = defineStage<LinkConfig>({
  name: 'link',
  version: '1',
  description: 'link names to the knowledge base and repair mangled names on evidence',
  requires: ['text', 'sentences', 'tokens', 'mentions'],
  assigns: ['entities'],
  defaultConfig: { thresholds: DEFAULT_THRESHOLDS },
  run(doc, { config, resources }) {
    const kb = resources.use(knowledgeBaseResource);
    const entities = linkDocument(
      kb,
      {
        text: doc.text,
        sentences: doc.get('sentences'),
        mentions: doc.get('mentions'),
        tokens: doc.get('tokens'),
        date: doc.meta.published ? doc.meta.published.slice(0, 10) : null,
      },
      config.thresholds,
    );
    doc.set('entities', entities);
  },
});

export { DEFAULT_THRESHOLDS, type LinkThresholds, linkDocument } from './link-document.js';

/**
 * Drops every answer the stage keeps per name across articles (exact names, sound-alike
 * candidates, spun names) for `kb`, and the normalised names the KB module remembers; its
 * indexes stay. Benchmarks call it so that a pass
 * over articles meets their names as a fresh process would.
 */
export function forgetLinkAnswers(kb: KnowledgeBase): void {
  forgetSharedNames(kb);
  forgetCandidates(kb);
  forgetSpunAnswers(kb);
  forgetNormalizedNames();
}
