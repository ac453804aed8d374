/**
 * Classes found by the seventh blind set (quotes-blind7): each test is a news-style passage
 * written for the test, one class each, so that a rule change that loses a class fails.
 */
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

describe('a participle whose act includes its object (", accusing X of …", ", promising to …")', () => {
  it('reads ", accusing X of …" after a quotation as speech of the quotation\'s speaker', async () => {
    const q = await runQuotes(
      'The budget vote failed on Wednesday.\n\n"We were never consulted," Mira Holt told reporters, accusing the finance minister of hiding the true cost of the plan.',
      { mentions: { 'Mira Holt': 'person' } },
    );
    const charge = q.find((x) => x.text.startsWith('accusing'));
    expect(charge?.text).toBe('accusing the finance minister of hiding the true cost of the plan');
    expect(charge?.speaker).toBe('Mira Holt');
    expect(charge?.kind).toBe('indirect');
  });

  it('reads ", promising to …" after a clause with no speech verb as speech of its subject', async () => {
    const q = await runQuotes(
      'Tomas Brandt took office as mayor of Ostvik on Monday, promising to reopen the closed ferry line within a year.',
      { mentions: { 'Tomas Brandt': 'person', Ostvik: 'location' } },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['promising to reopen the closed ferry line within a year', 'Tomas Brandt'],
    ]);
  });

  it('leaves "promising" as an adjective and "accusing" without "of" alone', async () => {
    const q = await runQuotes(
      'Tomas Brandt opened the season with a win, promising signs for a young side. Lena Ruiz walked out, accusing looks following her to the door.',
      { mentions: { 'Tomas Brandt': 'person', 'Lena Ruiz': 'person' } },
    );
    expect(q).toEqual([]);
  });
});
