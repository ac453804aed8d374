/**
 * Classes found in blind22's errors (session acc22-quotes): each test is a news-style
 * passage written for the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { org, person } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

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
