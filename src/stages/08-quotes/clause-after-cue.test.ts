/**
 * Verbs that also take a plain object ("stated", "admitted", "announced") report a clause
 * only: a subject pronoun after them opens one whatever the tense of its verb (session 23,
 * lead: "The Spaniard … stated he took full accountability" was missed, as no auxiliary
 * followed). Each passage is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { person } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

const pairs = (q: Awaited<ReturnType<typeof runQuotes>>) => q.map((x) => [x.text, x.speaker]);

describe('a subject pronoun after a verb that also takes an object', () => {
  it('opens the reported clause', async () => {
    const q = await runQuotes(
      'Coach Ana Lopes stated she took full responsibility for the defeat. Lopes admitted they lacked energy in the second half.',
      { entities: [person('Ana Lopes', 'Lopes')] },
    );
    expect(pairs(q)).toEqual([
      ['she took full responsibility for the defeat', 'Ana Lopes'],
      ['they lacked energy in the second half', 'Ana Lopes'],
    ]);
  });

  it('leaves an object pronoun or a thing alone', async () => {
    const q = await runQuotes(
      'Coach Ana Lopes denied it after the match. Lopes announced them as the new captains. Lopes stated her case to the board.',
      { entities: [person('Ana Lopes', 'Lopes')] },
    );
    expect(q).toEqual([]);
  });
});
