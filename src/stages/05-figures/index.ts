export { type DateOptions, extractDates, parseReference } from './dates.js';
export { extractFigures, type FigureOptions, type FigureRecord } from './figures.js';
export type { Qualifier } from './lexicon.js';
export { parseSpelledNumber, type SpelledNumber } from './number-words.js';
export { type FiguresConfig, figuresStage } from './stage.js';
