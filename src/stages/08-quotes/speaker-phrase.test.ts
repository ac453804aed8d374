/**
 * What may stand between a quotation and the name after it for the name to attribute it
 * (speaker-phrase.ts, `isTitleRun`): titles and occupation words, never a clause.
 */
import { describe, expect, it } from 'vitest';
import { person } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';
import { isTitleRun } from './speaker-phrase.js';

describe('a run of title words before a name', () => {
  it('takes titles, demonyms and up to two modifiers of an occupation noun', () => {
    for (const run of [
      ', US Defense Secretary ',
      ', chief executive ',
      ', boat owner ',
      ', Crew-9 commander ',
    ])
      expect(isTitleRun(run), run).toBe(true);
  });

  it('is no title once a word opens a clause: ", adding that US Defense Secretary"', () => {
    for (const run of [
      ', adding that US Defense Secretary ',
      ', noting that Foreign Minister ',
      ' while Governor ',
    ])
      expect(isTitleRun(run), run).toBe(false);
  });
});

describe('a titled name in a participle clause after a partial quotation', () => {
  it('is the object of the clause, not the speaker of the quotation', async () => {
    const q = await runQuotes(
      'Fleet commander Ada Moreno said on Tuesday that the navy would patrol the strait "for as long as it takes", adding that Harbour Minister Tomas Vale had assured her of funding.',
      { entities: [person('Ada Moreno', 'Moreno'), person('Tomas Vale', 'Vale')] },
    );
    expect(q.map((x) => [x.kind, x.cue, x.speaker])).toEqual([['partial', 'said', 'Ada Moreno']]);
  });
});
