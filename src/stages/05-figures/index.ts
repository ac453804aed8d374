/**
 * Stage `figures`: percentages, money, counts, years, quantities and ordinals, and dates
 * resolved against the article date. The two extractors are plain functions, usable
 * without a pipeline (benchmarks, other stages). Rules and limits: ./README.md.
 */
export { type DateOptions, extractDates, parseReference, type Reference } from './dates.js';
export { extractFigures, type FigureOptions, type FigureRecord } from './figures.js';
export type { Qualifier } from './lexicon.js';
export { parseSpelledNumber, type SpelledNumber } from './number-words.js';
export { type FiguresConfig, figuresStage } from './stage.js';
