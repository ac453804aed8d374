/**
 * Stage `clean`: Unicode and whitespace normalisation, machine-translation spacing
 * repairs and scraper-debris removal. Reads `source` and `blocks`; writes the cleaned
 * `text`, its `paragraphs`, the `offsets` map back to the source, and appends the
 * `removed` debris and provenance `signals`. See README.md for every rule.
 */
import { defineStage } from '../../core/stage.js';
import { type CleanOptions, cleanText } from './clean.js';

export { type CleanOptions, type CleanResult, cleanText } from './clean.js';

export interface CleanConfig extends CleanOptions {
  readonly removeDebris: boolean;
  readonly repairArtifacts: boolean;
}

export const cleanStage = defineStage<CleanConfig>({
  name: 'clean',
  version: '1.0.0',
  description: 'Unicode/whitespace normalisation, MT spacing repairs, scraper debris removal',
  requires: ['source', 'blocks'],
  assigns: ['text', 'offsets', 'paragraphs', 'removed', 'signals'],
  defaultConfig: { removeDebris: true, repairArtifacts: true },
  run(doc, { config }) {
    const result = cleanText(doc.get('source'), doc.get('blocks'), config);
    doc.set('text', result.text);
    doc.set('offsets', result.offsets);
    doc.set('paragraphs', result.paragraphs);
    doc.append('removed', result.removed);
    doc.append('signals', result.signals);
  },
});
