/**
 * A sentence that reports two people (session 22, lead): the first speaker's "that"-clause
 * after a listener and a phrase of place and time, then ", as" and a second speaker with
 * content of their own. Each passage is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { person } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

const pairs = (q: Awaited<ReturnType<typeof runQuotes>>) => q.map((x) => [x.text, x.speaker]);
const people = { entities: [person('Ana Lopes', 'Lopes'), person('Karl Brandt', 'Brandt')] };

describe('"informed" and "assured" with a listener, a place and a time before "that"', () => {
  it('report the clause after "that"', async () => {
    const q = await runQuotes(
      'Mayor Ana Lopes informed delegates at the regional summit in Porto on Saturday that the harbour would reopen in May. Lopes assured residents of the old town that no homes would be demolished.',
      people,
    );
    expect(pairs(q)).toEqual([
      ['the harbour would reopen in May', 'Ana Lopes'],
      ['no homes would be demolished', 'Ana Lopes'],
    ]);
  });

  it('report nothing when a verb comes before the "that"', async () => {
    const q = await runQuotes(
      'Mayor Ana Lopes informed the council she was leaving the party so that the coalition could survive.',
      people,
    );
    expect(q).toEqual([]);
  });
});

describe('", as" before a second speaker', () => {
  it('opens a report of its own when its verb has content', async () => {
    const q = await runQuotes(
      'Mayor Ana Lopes told reporters on Monday that the budget was a fair plan, as finance chief Karl Brandt said the deficit would shrink next year.',
      people,
    );
    expect(pairs(q)).toEqual([
      ['the budget was a fair plan', 'Ana Lopes'],
      ['the deficit would shrink next year', 'Karl Brandt'],
    ]);
  });

  it('leaves a partial quotation with the first speaker', async () => {
    const q = await runQuotes(
      'Mayor Ana Lopes told reporters on Monday that the budget was “a fair plan”, as finance chief Karl Brandt warned that the deficit would grow.',
      people,
    );
    expect(pairs(q)).toEqual([
      ['the budget was “a fair plan”', 'Ana Lopes'],
      ['the deficit would grow', 'Karl Brandt'],
    ]);
  });

  it('gives a cause, not a second report, before a verb that is no speech verb proper', async () => {
    const q = await runQuotes(
      'The peso fell 3% on Monday, as investors worried that the coalition would pass the reforms alone, analysts said.',
      people,
    );
    expect(pairs(q)).toEqual([
      [
        'The peso fell 3% on Monday, as investors worried that the coalition would pass the reforms alone',
        'analysts',
      ],
    ]);
  });

  it('still attributes the quotation when the verb has no content: "as Brandt said on Monday."', async () => {
    const q = await runQuotes('The budget is “a fair plan”, as Karl Brandt said on Monday.', people);
    expect(pairs(q)).toEqual([['The budget is “a fair plan”', 'Karl Brandt']]);
  });
});
