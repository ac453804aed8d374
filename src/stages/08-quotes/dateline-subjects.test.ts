/**
 * A wire dateline ("BERLIN (Reuters) - ") opening a paragraph is no word of its first
 * sentence: the name after it is still the sentence's subject, whom a later "his" stands for
 * (session 24, lead: "President X met envoy Y in Berlin on Sunday, his office said" went to the
 * envoy's office once a dateline stood before the president). A dateline ending in a colon, as
 * Gulf and South Asian papers write it ("CAIRO: "), is one too, and no part of what is reported.
 * Written for the test.
 */
import { describe, expect, it } from 'vitest';
import { person } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

const people = [person('Viktor Marsh', 'Marsh'), person('Tomas Brandt', 'Brandt')];
const report = 'President Viktor Marsh met special envoy Tomas Brandt in Oslo on Sunday, his office said.';

describe('the subject after a wire dateline', () => {
  it('is whom "his office" stands for, as without the dateline', async () => {
    for (const lead of ['', 'OSLO (Reuters) - ', 'OSLO, Nov 22 (Reuters) – ', 'OSLO/KYIV — ', 'OSLO: ']) {
      const q = await runQuotes(`Talks resume\n\n${lead}${report}`, { entities: people });
      expect(q.map((x) => x.speaker)).toEqual(["Viktor Marsh's office"]);
    }
  });
});

describe('a dateline ending in a colon', () => {
  it('is no part of the reported content', async () => {
    const q = await runQuotes(
      'Talks stall\n\nCAIRO: Negotiations on the second phase stalled on Monday, two officials said.',
    );
    expect(q.map((x) => x.text)).toEqual(['Negotiations on the second phase stalled on Monday']);
  });

  it('needs a place alone before the colon', async () => {
    const q = await runQuotes(
      'Deal reached\n\nEU, UK strike deal: the trade ministers said talks went well.',
    );
    expect(q.map((x) => x.text)).toEqual(['talks went well']);
  });
});
