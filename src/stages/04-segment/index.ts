/**
 * Stage `segment`: sentences and PTB/CoNLL-like tokens of the cleaned text, within its
 * paragraphs. See README.md for the conventions and known limits.
 */
import { defineStage } from '../../core/stage.js';
import { segment } from './segment.js';

export { blankLineParagraphs, type Segmentation, segment } from './segment.js';

export const segmentStage = defineStage({
  name: 'segment',
  version: '1.0.0',
  description: 'Sentence splitting and tokenization for news English',
  requires: ['text', 'paragraphs'],
  assigns: ['sentences', 'tokens'],
  defaultConfig: {},
  run(doc) {
    const { sentences, tokens } = segment(doc.get('text'), doc.get('paragraphs'));
    doc.set('sentences', sentences);
    doc.set('tokens', tokens);
  },
});
