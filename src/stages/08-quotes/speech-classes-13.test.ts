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

describe("a body's name the tagger typed as misc", () => {
  it('reads a misc name ending in "Union" as the organisation that speaks', async () => {
    const q = await runQuotes(
      "A dockworkers' group, the Mombasa Port Workers' Union, said the strike would continue until the back pay was settled.",
      {
        entities: [
          { name: "Mombasa Port Workers' Union", type: 'misc', surfaces: ["Mombasa Port Workers' Union"] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(["Mombasa Port Workers' Union"]);
  });

  it('keeps a misc name without such a head word out of the speakers', async () => {
    const q = await runQuotes(
      'The Harvest Moon Festival drew 40,000 visitors, and its organisers said the event would return next year.',
      { entities: [{ name: 'Harvest Moon Festival', type: 'misc', surfaces: ['Harvest Moon Festival'] }] },
    );
    expect(q.map((x) => x.speaker)).not.toContain('Harvest Moon Festival');
  });
});

describe('letters after a full name the tagger kept in the mention', () => {
  it('drops "KC" after a barrister\'s name', async () => {
    const q = await runQuotes(
      'For the defence, Miriam Adeyemi KC said her client had repaid every pound he took.',
      { entities: [{ name: 'Miriam Adeyemi KC', type: 'person', surfaces: ['Miriam Adeyemi KC'] }] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Miriam Adeyemi']);
  });
});

describe("a body's name the tagger split at its joining word", () => {
  it('joins "… Commission" and the organisation after "on" into one speaker', async () => {
    const q = await runQuotes(
      'The Uganda Electoral Commission on Voter Registration said 1.2 million new voters had enrolled since March.',
      {
        entities: [
          {
            name: 'Uganda Electoral Commission',
            type: 'organization',
            surfaces: ['Uganda Electoral Commission'],
          },
          { name: 'Voter Registration', type: 'organization', surfaces: ['Voter Registration'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Uganda Electoral Commission on Voter Registration']);
  });
});

describe('a trade word, a name and the body after "of" tagged as one organisation', () => {
  const SENTENCE =
    'Seismologist Ingrid Halvorsen of the University of Bergen said the slope had moved 40 centimetres overnight.';
  it('names the person, not the whole span', async () => {
    const q = await runQuotes(SENTENCE, {
      entities: [
        {
          name: 'Seismologist Ingrid Halvorsen of the University of Bergen',
          type: 'organization',
          surfaces: ['Seismologist Ingrid Halvorsen of the University of Bergen'],
        },
      ],
    });
    expect(q.map((x) => x.speaker)).toEqual(['Ingrid Halvorsen']);
  });

  it('keeps a body whose name has "of" in it and no trade word before', async () => {
    const q = await runQuotes('The Royal Bank of Canada said its profit rose 8 per cent.', {
      entities: [{ name: 'Royal Bank of Canada', type: 'organization', surfaces: ['Royal Bank of Canada'] }],
    });
    expect(q.map((x) => x.speaker)).toEqual(['Royal Bank of Canada']);
  });
});
