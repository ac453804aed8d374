/**
 * Classes found when the retrained tagger (session 8) changed its mentions: a speaker the
 * tagger types wrongly must still be found. Each test is a news-style passage written for
 * the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

describe("a person's full name the tagger typed as misc", () => {
  it('joins a later lone surname to the misc full name it begins', async () => {
    const q = await runQuotes(
      '"The river rose faster than anyone expected," said Tran Van-long, a ferry operator in Can Tho.\n\nTran said his boats had carried 300 families to higher ground since Monday.',
      {
        entities: [
          { name: 'Tran Van-long', type: 'misc', surfaces: ['Tran Van-long'] },
          { name: 'Tran', type: 'person', surfaces: ['Tran'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tran Van-long', 'Tran Van-long']);
  });

  it('keeps a misc name that no lone person repeats out of the speakers', async () => {
    const q = await runQuotes(
      'The Golden Lotus festival drew record crowds. Nguyen said the ticket office had sold out by noon.',
      {
        entities: [
          { name: 'Golden Lotus', type: 'misc', surfaces: ['Golden Lotus'] },
          { name: 'Nguyen', type: 'person', surfaces: ['Nguyen'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Nguyen']);
  });
});
