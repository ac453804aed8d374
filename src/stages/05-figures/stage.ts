/**
 * The `figures` stage: dates first (chrono-node, resolved against `meta.published`),
 * then figures over the same text with the date spans excluded, so "March 2023" is one
 * date and never also the year 2023. See this folder's README for every rule.
 */
import { defineStage } from '../../core/stage.js';
import { extractDates } from './dates.js';
import { extractFigures } from './figures.js';

export interface FiguresConfig {
  /** When false, `dates` is left empty; figures then skip only the dates the scanner itself sees (day numbers and years beside month names). */
  readonly dates: boolean;
}

export const figuresStage = defineStage<FiguresConfig>({
  name: 'figures',
  version: '1',
  description:
    'percentages, money, counts, years, quantities, ordinals, and dates resolved against the article date',
  requires: ['text', 'sentences', 'tokens'],
  assigns: ['figures', 'dates'],
  defaultConfig: { dates: true },
  run(doc, { config }) {
    const text = doc.get('text');
    const sentences = doc.get('sentences');
    const tokens = doc.get('tokens');
    const dates = config.dates
      ? extractDates(text, sentences, doc.meta.published, { by: 'figures', tokens })
      : [];
    const figures = extractFigures(text, { sentences, tokens, exclude: dates, by: 'figures' });
    doc.set('dates', dates);
    doc.set('figures', figures);
  },
});
