/**
 * Classes found in blind22's errors (session acc22-quotes): each test is a news-style
 * passage written for the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { org, person } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';
import { buildProfile } from './profile.js';

describe("a court's ruling closing its sentence", () => {
  it('is reported speech of the court: "…, a federal judge ruled on Monday"', async () => {
    const q = await runQuotes(
      'The retailer illegally overcharged millions of customers, a federal judge ruled on Monday, handing regulators a rare victory.',
    );
    expect(q.map((x) => [x.text, x.kind, x.cue])).toEqual([
      ['The retailer illegally overcharged millions of customers', 'indirect', 'ruled'],
    ]);
  });

  it('is no attribution for "rules" as a noun', async () => {
    const q = await runQuotes(
      'Shops must close on Sundays under the new rules, and the trade body rules out a strike.',
    );
    expect(q).toEqual([]);
  });
});

describe('a quotation opened by a single mark and closed by a double one', () => {
  it('runs from the single mark, not from the paragraph start', async () => {
    const q = await runQuotes(
      'Opposition leader Arjun Mehra said voters had sent a warning. \'The country has spoken clearly: we want change," he told reporters. "The charter has been saved."',
      { entities: [person('Arjun Mehra', 'Mehra')] },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['voters had sent a warning', 'Arjun Mehra'],
      [
        '\'The country has spoken clearly: we want change," he told reporters. "The charter has been saved."',
        'Arjun Mehra',
      ],
    ]);
  });
});

describe('a forum the tagger reads as an event', () => {
  it('speaks as a body: "the Families Forum said in a statement"', async () => {
    const q = await runQuotes('"We are overjoyed," the Miners and Families Forum said in a statement.', {
      entities: [
        { name: 'Miners and Families Forum', type: 'event', surfaces: ['Miners and Families Forum'] },
      ],
    });
    expect(q.map((x) => x.speaker)).toEqual(['Miners and Families Forum']);
  });
});

describe('a person the tagger calls misc, right after a trade word', () => {
  it('speaks: "Her father, the poet NAME, told reporters"', async () => {
    const q = await runQuotes(
      'Park Min-ji won the award on Thursday.\n\nHer father, the poet Park Chul-soo, told reporters that he had heard the news from a neighbour. "I was so surprised," he said.',
      {
        entities: [
          person('Park Min-ji', 'Park'),
          { name: 'Park Chul-soo', type: 'misc', surfaces: ['Park Chul-soo'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Park Chul-soo', 'Park Chul-soo']);
  });
});

describe("a relative's description ending in the other person's name", () => {
  const text =
    'Elena, the Duchess of Arden, said on Friday she had been diagnosed with an illness.\n\nIn a video message, the 41-year-old wife of the heir Prince Edmund said the news had come as "a huge shock".\n\n"The surgery was successful," she said. "However, tests found a tumour.\n\n"I am now in the early stages of treatment."\n\nShe said she and Edmund were doing everything they could. "I am getting stronger every day," she said.';
  const entities = [person('Elena, Duchess of Arden', 'Elena'), person('Prince Edmund', 'Edmund')];

  it('is the relative, who goes on with the previous paragraph speaker', async () => {
    const q = await runQuotes(text, { entities });
    expect(q[1]!.speaker).toBe('Elena, Duchess of Arden');
  });

  it('and "she" after a quotation over two paragraphs goes on with its speaker', async () => {
    const q = await runQuotes(text, { entities });
    expect(q.slice(-2).map((x) => x.speaker)).toEqual(['Elena, Duchess of Arden', 'Elena, Duchess of Arden']);
  });
});

describe('an unnamed speaker who gives a name after a place in apposition', () => {
  it('is named: "one resident of the capital, Mamoudzou, who gave her name as Amina"', async () => {
    const q = await runQuotes(
      "'There is nothing left of my house,' said one resident of the capital, Mamoudzou, who gave her name as Amina.",
      { entities: [{ name: 'Mamoudzou', type: 'location', surfaces: ['Mamoudzou'] }] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Amina']);
  });
});

describe('a prefect before a name', () => {
  it('is a title: "prefect NAME told local radio"', async () => {
    const q = await runQuotes('"It is a disaster," prefect Paul Martin told local radio.', {
      entities: [person('Paul Martin', 'Martin')],
    });
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([['Paul Martin', 'told']]);
  });
});

describe('a participle after a quotation', () => {
  it('never inverts: the phrase after "accusing" is its object', async () => {
    const q = await runQuotes(
      'In his first address, Kim Dae-ho said he was imposing emergency rule to "eradicate hostile forces", accusing the opposition-controlled parliament of paralysing the government.',
      { entities: [person('Kim Dae-ho', 'Kim')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Kim Dae-ho']);
  });

  it('and reports nothing of its own right after a second quotation', async () => {
    const q = await runQuotes(
      'Kim Dae-ho said he was acting to protect the country from "hostile forces" and to "eradicate anti-state elements", accusing the parliament of paralysing the government.',
      { entities: [person('Kim Dae-ho', 'Kim')] },
    );
    expect(q.length).toBeGreaterThan(0);
    expect(q.filter((x) => x.kind !== 'partial' || x.speaker !== 'Kim Dae-ho')).toEqual([]);
  });
});

describe('a second report joined by ", and" and a description', () => {
  it('is the described speaker\'s: "…, and a State Department spokesperson said …"', async () => {
    const q = await runQuotes(
      'The White House said it was relieved, and a State Department spokesperson said Washington had not been notified.',
      { entities: [org('White House'), org('State Department')] },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['it was relieved', 'White House'],
      ['Washington had not been notified', 'a State Department spokesperson'],
    ]);
  });
});

describe('a nationality before a plural of people', () => {
  it('is a group as written: "Syrian rebels … declared"', async () => {
    const q = await runQuotes('Syrian rebels swept into the city and declared it "free of the tyrant".', {
      mentions: { Syrian: 'misc' },
    });
    expect(q.map((x) => [x.speaker, x.anonymous])).toEqual([['Syrian rebels', true]]);
  });
});

describe('a verb after "but" following the sentence\'s last quotation', () => {
  it("shares that quotation's speaker, not a phrase after a preposition", async () => {
    const q = await runQuotes(
      'President Tom Hale called the fall of the government "a fundamental act of justice" for Syrians, but warned it was also a moment of "risk and uncertainty".',
      { entities: [person('Tom Hale', 'Hale')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tom Hale', 'Tom Hale']);
  });
});

describe('how the subject spoke, before a colon', () => {
  it('introduces the quotation: "she was equally cautious: ‘…’"', async () => {
    const q = await runQuotes(
      "Bank President Anna Weber said the decision was backed by most members.\n\nOn the next meeting, she was equally cautious: 'If the data points us there, we will be there.'",
      { entities: [person('Anna Weber', 'Weber')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Anna Weber', 'Anna Weber']);
  });
});

describe("a body's noun after a nationality", () => {
  it('never names a person of that nationality: "the Russian prison service said"', async () => {
    const facts = {
      gender: () => 'male' as const,
      roles: () => [],
      profile: () =>
        buildProfile({
          description: 'opposition politician who died in prison',
          demonyms: ['Russian'],
          roles: [],
        }),
    };
    const q = await runQuotes(
      'Ivan Petrov has died in the Arctic penal colony, the Russian prison service said on Friday.',
      { entities: [{ name: 'Ivan Petrov', type: 'person', kbId: 'p', surfaces: ['Ivan Petrov'] }] },
      facts,
    );
    expect(q.map((x) => x.speaker)).toEqual(['the Russian prison service']);
  });
});

describe('a rebuttal named in the next sentence', () => {
  it('names the speaker of a quotation with no cue', async () => {
    const q = await runQuotes(
      'Hale said Moscow was to blame.\n\n"Such statements are absolutely unacceptable." The rebuttal came from Kremlin spokesman Dmitry Peskov.',
      { entities: [person('Tom Hale', 'Hale'), person('Dmitry Peskov', 'Peskov')] },
    );
    expect(q.at(-1)!.speaker).toBe('Dmitry Peskov');
  });
});

describe('a participle after a described speaker and a quotation', () => {
  it('goes on with the description, which stops before "said"', async () => {
    const q = await runQuotes(
      'Nvidia struck a conciliatory tone. "It is an excellent advance," a spokesperson for the company said in a statement, adding that inference still required "significant numbers of chips".',
      { entities: [org('Nvidia')] },
    );
    expect(q.map((x) => x.speaker)).toEqual([
      'a spokesperson for the company',
      'a spokesperson for the company',
    ]);
  });
});

describe('a speech verb after a modal in a reported clause', () => {
  it('is no frame: "said the cabinet would continue “…”" is the outer speaker\'s', async () => {
    const q = await runQuotes(
      'Government spokesman Ali Karimi said the cabinet would continue "without the slightest interruption".',
      { entities: [person('Ali Karimi', 'Karimi')] },
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['partial', 'Ali Karimi']]);
  });
});
