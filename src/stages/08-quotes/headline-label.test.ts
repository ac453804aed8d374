/**
 * A headline opening with a speaker's name and a colon gives that speaker the quoted words
 * after it, however short (session 24, lead: `Arteta: Arsenal "still hungry" after …` lost its
 * quotation as a scare quote). Written for the test.
 */
import { describe, expect, it } from 'vitest';
import { org, person } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

const body = '\n\nThe Rovers manager Ivan Dolan said after the game that his side were tired.';
const entities = [person('Ivan Dolan', 'Dolan'), org('Rovers'), org('Harbour Authority')];
const pairs = (q: Awaited<ReturnType<typeof runQuotes>>) => q.map((x) => [x.text, x.kind, x.speaker]);

describe("a headline's speaker label", () => {
  it('gives the speaker a short quotation later in the headline', async () => {
    const q = await runQuotes(`Dolan: Rovers "still hungry" after derby win${body}`, { entities });
    expect(pairs(q)[0]).toEqual(['Rovers "still hungry" after derby win', 'partial', 'Ivan Dolan']);
  });

  it('reads the name after its titles', async () => {
    const q = await runQuotes(`Rovers Manager Dolan: players "still hungry" after derby win${body}`, {
      entities,
    });
    expect(pairs(q)[0]).toEqual(['players "still hungry" after derby win', 'partial', 'Ivan Dolan']);
  });

  it('gives a body the quotation when the label names one', async () => {
    const q = await runQuotes(`Harbour Authority: new berths "on track" for spring${body}`, { entities });
    expect(pairs(q)[0]).toEqual(['new berths "on track" for spring', 'partial', 'Harbour Authority']);
  });

  it('leaves a label that names nobody, and a label outside the headline', async () => {
    const poll = await runQuotes(`Poll: voters "still hungry" for change${body}`, { entities });
    expect(poll.map((x) => x.speaker)).toEqual(['Ivan Dolan']);
    const inBody = await runQuotes(`Derby day${body}\n\nDolan: Rovers "still hungry" for more.`, {
      entities,
    });
    expect(inBody.map((x) => x.text)).toEqual(['his side were tired']);
  });
});
