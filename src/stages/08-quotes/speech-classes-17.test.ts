/**
 * Classes found in blind15's misses and wrong speakers (session 12): each test is a
 * news-style passage written for the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

describe('later quoted fragments of one reported clause', () => {
  const entities = [{ name: 'Marta Lindqvist', type: 'person' as const, surfaces: ['Marta Lindqvist'] }];

  it('join the first fragment\'s partial quote: "… “reckless” and would cause “lasting harm”"', async () => {
    const q = await runQuotes(
      'Finance Minister Marta Lindqvist said the tariffs were "reckless" and would cause "lasting harm" to exporters.',
      { entities },
    );
    expect(q.map((x) => [x.text, x.kind, x.speaker])).toEqual([
      [
        'the tariffs were "reckless" and would cause "lasting harm" to exporters',
        'partial',
        'Marta Lindqvist',
      ],
    ]);
  });

  it('run on through a second verb of the same subject and a pair of fragments', async () => {
    const q = await runQuotes(
      'Marta Lindqvist described the leak as "serious" and said it was the work of someone "careless" and "badly trained".',
      { entities },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      [
        'the leak as "serious" and said it was the work of someone "careless" and "badly trained"',
        'Marta Lindqvist',
      ],
    ]);
  });

  it('stop at a new subject: "and the union called it “fair”"', async () => {
    const q = await runQuotes(
      'Marta Lindqvist said the offer was "generous" and the union called it "a fair start".',
      { entities },
    );
    expect(q.map((x) => x.text)).not.toContain(
      'the offer was "generous" and the union called it "a fair start"',
    );
  });

  it('leave out a title after "and": "and praised the film “Cold Harbour”"', async () => {
    const q = await runQuotes(
      'Marta Lindqvist said the budget was "tight" and praised the documentary "Cold Harbour" at the festival.',
      { entities },
    );
    expect(q.map((x) => x.text)).toEqual(['the budget was "tight"']);
  });
});

describe('a trailing "told" with its listener', () => {
  const entities = [{ name: 'Odile Ferrand', type: 'person' as const, surfaces: ['Odile Ferrand'] }];

  it('attributes the sentence before it: "…, Lyon prosecutor NAME told France Info."', async () => {
    const q = await runQuotes(
      'The suspects cut through a side fence and escaped in a rented van, Lyon prosecutor Odile Ferrand told France Info.',
      { entities },
    );
    expect(q.map((x) => [x.text, x.speaker, x.cue])).toEqual([
      ['The suspects cut through a side fence and escaped in a rented van', 'Odile Ferrand', 'told'],
    ]);
  });

  it('takes a time after the listener: "…, NAME told reporters on Monday."', async () => {
    const q = await runQuotes('The depot will reopen next week, Odile Ferrand told reporters on Monday.', {
      entities,
    });
    expect(q.map((x) => x.text)).toEqual(['The depot will reopen next week']);
  });

  it('leaves a clause after the listener to the content: "…, NAME told reporters the van was stolen."', async () => {
    const q = await runQuotes(
      'After the hearing, Odile Ferrand told reporters the van had been stolen in Grenoble.',
      { entities },
    );
    expect(q.map((x) => x.text)).toEqual(['the van had been stolen in Grenoble']);
  });
});

describe('a lower-case role noun after a place, before a name', () => {
  const entities = [{ name: 'Odile Ferrand', type: 'person' as const, surfaces: ['Odile Ferrand'] }];

  it('is a title the description answers: "Lyon prosecutor NAME … the prosecutor said"', async () => {
    const q = await runQuotes(
      'Lyon prosecutor Odile Ferrand said the suspects had fled in a rented van.\n\nDetectives found the van near the border. "We will find them," the prosecutor said.',
      { entities },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Odile Ferrand', 'Odile Ferrand']);
  });
});

describe('a name after an organisation noun in an appositive', () => {
  it('names the organisation, not the speaker: "NAME, the founder of the Geneva auction house Aurel Montres, said"', async () => {
    const q = await runQuotes(
      'Bastien Lemaire, the founder of the Geneva auction house Aurel Montres, said the stolen pieces could not be resold.',
      {
        entities: [
          { name: 'Bastien Lemaire', type: 'person', surfaces: ['Bastien Lemaire'] },
          // The tagger may call a firm's name a person's.
          { name: 'Aurel Montres', type: 'person', surfaces: ['Aurel Montres'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Bastien Lemaire']);
  });
});

describe('", saying" with a clause whose verb is in the past', () => {
  const entities = [{ name: 'Ruth Okoro', type: 'person' as const, surfaces: ['Ruth Okoro'] }];

  it('is speech of the subject: "NAME congratulated the crew, saying the launch moved …"', async () => {
    const q = await runQuotes(
      'Space agency chief Ruth Okoro congratulated the crew, saying the launch moved the programme closer to a crewed flight.',
      { entities },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['saying the launch moved the programme closer to a crewed flight', 'Ruth Okoro'],
    ]);
  });

  it('is not read through a relative clause: "saying the one risk she personally feared …"', async () => {
    const q = await runQuotes(
      'Ruth Okoro thanked the engineers, saying the one risk she personally feared most of all remained a late fuel leak.',
      { entities },
    );
    expect(q).toEqual([]);
  });
});

describe('a denial of an act', () => {
  it('is reported speech, the verb included: "denied any role in …", "has denied interfering"', async () => {
    const q = await runQuotes(
      'Valdoria denied any role in the sabotage of the pipeline. Its neighbour has denied interfering in the vote.',
      { mentions: { Valdoria: 'location' } },
    );
    expect(q.map((x) => x.text)).toEqual([
      'denied any role in the sabotage of the pipeline',
      'denied interfering in the vote',
    ]);
  });

  it('is not a plain object or a clause joined after a comma', async () => {
    const q = await runQuotes(
      'The mayor denied the charges. The ministry denied any involvement, and its spokesman said the claims were false.',
    );
    expect(q.map((x) => x.text)).not.toContain('denied the charges');
    expect(q.map((x) => x.text)).not.toContain(
      'denied any involvement, and its spokesman said the claims were false',
    );
  });
});

describe('an acronym in brackets after the speaker', () => {
  it('is part of the name: "The Regional Water Authority (RWA) said …"', async () => {
    const q = await runQuotes(
      'The Regional Water Authority (RWA) said the reservoirs were at their lowest level.',
      {
        entities: [
          { name: 'Regional Water Authority', type: 'organization', surfaces: ['Regional Water Authority'] },
        ],
      },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['the reservoirs were at their lowest level', 'Regional Water Authority'],
    ]);
  });
});

describe('"he" after a paragraph whose speaker was described', () => {
  it("passes over a saint's name in a place and continues the previous speaker", async () => {
    const q = await runQuotes(
      'Bishop Tomas Albero was elected on Thursday.\n\nCrowds filled the square.\n\nBells rang across the city.\n\n"Peace be with you," the bishop said from the balcony of St. Mark\'s Basilica.\n\nHe later said the church must "welcome everyone".',
      {
        entities: [
          { name: 'Tomas Albero', type: 'person', surfaces: ['Tomas Albero'] },
          { name: 'St. Mark', type: 'person', surfaces: ['St. Mark'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tomas Albero', 'Tomas Albero']);
  });
});

describe('a player described by draw or standing as the subject of reported speech', () => {
  const entities = [{ name: 'Lena Brandt', type: 'person' as const, surfaces: ['Lena Brandt'] }];

  it('"The top seed said …" is found, its speaker the description as written', async () => {
    const q = await runQuotes(
      'Lena Brandt reached the final in Stuttgart on Saturday.\n\nThe top seed said she had changed her serve after the defeat in Madrid.',
      { entities },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['she had changed her serve after the defeat in Madrid', 'The top seed'],
    ]);
  });

  it('"the runner-up said …" is reported speech too', async () => {
    const q = await runQuotes(
      'Lena Brandt won the title in Stuttgart.\n\nThe runner-up said the wind had made serving hard.',
      { entities },
    );
    expect(q.map((x) => x.text)).toEqual(['the wind had made serving hard']);
  });
});
