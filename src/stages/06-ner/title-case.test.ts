/**
 * The title-case test on headlines (US web and Chicago style) and on sentences of
 * ordinary case that are full of names, with the shipped case-ratio table.
 */
import { describe, expect, it } from 'vitest';
import { loadCasingEvidence } from './gazetteer-source.js';
import { simpleTokenize } from './simple-tokenizer.js';
import { caseRatiosFromTsv, isCommonWord, isTitleCased } from './title-case.js';

const { ratios } = loadCasingEvidence();

/** Whether the first sentence of `line` is found title-cased. */
const titled = (line: string) => isTitleCased(simpleTokenize(line), 0, ratios);

describe('isTitleCased', () => {
  it.each([
    "Germany's Merz Vows To Maintain Ukraine Support As Winter Looms",
    "Germany's Merz Vows to Maintain Ukraine Support as Winter Looms",
    'Mark Rutte Met Olaf Scholz',
    'Dutch Farmers Block Roads Over Nitrogen Rules',
    'Rain-Soaked Voters Head To Polls In Slovakia',
  ])('finds a headline in title case: %s', (line) => {
    expect(titled(line)).toBe(true);
  });

  it.each([
    'NATO Secretary-General Mark Rutte met German Chancellor Olaf Scholz in Berlin.',
    'Olaf Scholz and Emmanuel Macron.',
    'Ursula von der Leyen and Roberta Metsola of the European Parliament.',
    'BERLIN (Copydesk Wire) - Chancellor Friedrich Merz said on Tuesday that aid would continue.',
    'MERZ VOWS TO MAINTAIN UKRAINE SUPPORT',
    'Hertha Berlin 2 Union Berlin 1',
    '-- Berlin Newsroom Desk +49 30 2888 5000',
    'Jason Gillespie, Stuart Law, Glenn McGrath, Ricky Ponting',
  ])('leaves a line of ordinary case, caps, a table or a sign-off alone: %s', (line) => {
    expect(titled(line)).toBe(false);
  });
});

describe('isCommonWord', () => {
  const table = caseRatiosFromTsv('# word cap lower\nsupport\t1\t762\nbank\t81\t118\nrain\t0\t40\n');

  it('reads minor words and words running text writes lower-case as common', () => {
    expect(isCommonWord(table, 'to')).toBe(true);
    expect(isCommonWord(table, 'support')).toBe(true);
    expect(isCommonWord(table, 'bank')).toBe(false);
    expect(isCommonWord(table, 'bank', 0.5)).toBe(true);
  });

  it('judges an unlisted hyphenated word by its first part, and unknown words as names', () => {
    expect(isCommonWord(table, 'rain-soaked')).toBe(true);
    expect(isCommonWord(table, 'bosnia-herzegovina')).toBe(false);
    expect(isCommonWord(table, 'merz')).toBe(false);
  });
});
