/**
 * Classes found by the eighth blind set's errors after session 5 (fix-q8): each test is a
 * news-style passage written for the test, one class each, so that a rule change that
 * loses a class fails.
 */
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

describe('a dateline in capitals is no speaker', () => {
  it('skips "CITY (Agency) - " and "CITY, Feb 15 (Agency) -" before the subject', async () => {
    const passages = [
      'OSLO (Reuters) - Norwegian Prime Minister Ingrid Halvorsen on Monday urged her neighbours to share the cost of the new pipeline, saying the country could not carry "the whole burden alone".',
      'OSLO, Feb 15 (Reuters) - Ingrid Halvorsen said the talks would resume in March.',
      "OSLO — Norway's prime minister said the talks would resume in March.",
    ];
    const speakers = [];
    for (const p of passages)
      for (const x of await runQuotes(p, { mentions: { 'Ingrid Halvorsen': 'person' } }))
        speakers.push(x.speaker);
    expect(speakers).toEqual(['Ingrid Halvorsen', 'Ingrid Halvorsen', "Norway's prime minister"]);
  });

  it('reads no speech in "declared the outbreak an emergency" once the dateline is gone', async () => {
    const q = await runQuotes(
      'GENEVA (AFP) - The health agency on Tuesday declared the cholera outbreak in the region a national emergency, its highest level of alert.\n\nThe agency declared the outbreak was spreading faster than expected.\n\nThe election board on Friday declared Okonkwo the winner with 52% of the vote.',
    );
    expect(q.map((x) => x.text)).toEqual([
      'the outbreak was spreading faster than expected',
      'Okonkwo the winner with 52% of the vote',
    ]);
  });
});

describe('a business title is no part of the speaker', () => {
  it('drops "Chief Financial Officer", "Chief Operating Officer" from a speaker named in the text only', async () => {
    const q = await runQuotes(
      'The retailer posted record sales for the year. It also announced a buyback, which Chief Financial Officer Marta Lindqvist said was meant to reward "long-term holders."\n\nChief Operating Officer Daniel Okafor said the new warehouses would open in June.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Marta Lindqvist', 'Daniel Okafor']);
  });

  it('keeps a name that a finance word opens ("Financial Conduct Authority")', async () => {
    const q = await runQuotes('The Financial Conduct Authority said the fine would be paid by June.');
    expect(q.map((x) => x.speaker)).toEqual(['The Financial Conduct Authority']);
  });
});

describe('a title that ends in a name names that person', () => {
  it('gives the person named after the title words, not an unnamed source', async () => {
    const q = await runQuotes(
      'The Prime Minister Anna Kovac visited the shipyard on Monday.\n\nThe Secretary of State Cardinal Tomas Varga, in comments to reporters on the margin of a meeting, denied that there are talks about a new envoy.',
      { mentions: { 'Anna Kovac': 'person', 'Cardinal Tomas Varga': 'person' } },
    );
    expect(q.map((x) => [x.speaker, x.anonymous ?? false])).toEqual([['Tomas Varga', false]]);
  });

  it('keeps "the spokesman for NAME" an unnamed source', async () => {
    const q = await runQuotes('The spokesman for Ilona Kertesz said she would not attend the summit.', {
      mentions: { 'Ilona Kertesz': 'person' },
    });
    expect(q.map((x) => [x.speaker, x.anonymous ?? false])).toEqual([
      ['The spokesman for Ilona Kertesz', true],
    ]);
  });
});

describe('clause debris is no speaker', () => {
  it('reads no speech verb in "would continue to work" after "adding that"', async () => {
    const q = await runQuotes(
      '"We hope the talks will end the strike," the labour minister said, adding that negotiators would continue to work "until both sides sign the deal."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['the labour minister', 'the labour minister']);
  });
});

describe('a noun and the clause that answers it are no speaker', () => {
  it('keeps the accuser for "…,” a charge the party rejected', async () => {
    const q = await runQuotes(
      'Petra Novak accused the mayor of "wasting public money on vanity projects," a charge the city council rejected.',
      { mentions: { 'Petra Novak': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Petra Novak']);
  });
});
