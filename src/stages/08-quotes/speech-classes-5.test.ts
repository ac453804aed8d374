/**
 * Classes found by the fifth blind set (quotes-blind5): each test is a news-style passage
 * written for the test, one class each, so that a rule change that loses a class fails.
 */
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

describe('a definite description that re-describes the person of the paragraph', () => {
  it('gives "the Dutchman said" to the person who spoke before in the paragraph', async () => {
    const q = await runQuotes(
      'Feyenoord won the cup on Sunday.\n\nPieter Janssen said the win had not sunk in. "We played for the city," the Dutchman said.',
      { mentions: { 'Pieter Janssen': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Pieter Janssen', 'Pieter Janssen']);
  });

  it('gives "the Porto striker said" to the last person named in the paragraph', async () => {
    const q = await runQuotes(
      'Benfica lost the derby on Saturday.\n\nTomas Varga scored twice in the second half. "This is what I dreamed of," the Porto striker said.',
      { mentions: { 'Tomas Varga': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tomas Varga']);
  });

  it('keeps a description that opens a paragraph as written', async () => {
    const q = await runQuotes(
      '"It is a fine loaf," said Ana Ribeiro.\n\nThe head judge said the crust had "a depth you rarely find."',
      { mentions: { 'Ana Ribeiro': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Ana Ribeiro', 'The head judge']);
  });

  it('keeps a company description ("the phone maker") off the person', async () => {
    const q = await runQuotes(
      'Lena Vogt fined Brightcall on Monday. "We will appeal," the phone maker said.',
      { mentions: { 'Lena Vogt': 'person', Brightcall: 'organization' } },
    );
    expect(q.map((x) => x.speaker)).not.toContain('Lena Vogt');
  });
});

describe('an appositive clause between the subject and the cue', () => {
  it('keeps the subject, not a name inside "in his first season after succeeding X"', async () => {
    const q = await runQuotes(
      'Tomas Varga, in his first season after succeeding Karl Brenner, said the title was "a gift from the fans".',
      { mentions: { 'Tomas Varga': 'person', 'Karl Brenner': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tomas Varga']);
  });
});

describe("the reporter's words around a partial quotation", () => {
  it('lets "he said" after a partial quotation go to a person named before it', async () => {
    const q = await runQuotes(
      'Rescuers reached Owen Pritchard, who had been driving home when the river rose "in a matter of seconds", he said.',
      { mentions: { 'Owen Pritchard': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Owen Pritchard']);
  });

  it('still keeps a name inside the quotation marks from being the antecedent', async () => {
    const q = await runQuotes(
      'The mayor called the plan "a gift to Harold Finch", the council said. "It will not pass," he said.',
      { mentions: { 'Harold Finch': 'person', council: 'organization' } },
    );
    expect(q.map((x) => x.speaker)).not.toContain('Harold Finch');
  });
});

describe('"it" naming a country in its own paragraph', () => {
  it('prefers the country named in the paragraph over an organisation in the one before', async () => {
    const q = await runQuotes(
      'Ministers met at the headquarters of Interpol in Lyon, where Interpol said "the rules stay".\n\nPortugal won a clause that it says gives it more time.',
      { mentions: { Interpol: 'organization', Portugal: 'location', Lyon: 'location' } },
    );
    const last = q[q.length - 1];
    expect(last?.speaker).toBe('Portugal');
  });
});

describe('a description named before in the article, not after', () => {
  it('keeps "the court said" off a court the article names only later', async () => {
    const q = await runQuotes(
      'A Dutch appeals court on Tuesday overturned the ruling.\n\nThe firm had no fixed target, the court said.\n\nThe campaigners said they would take the case to the Supreme Court of Appeal.',
      { mentions: { 'Supreme Court of Appeal': 'organization' } },
    );
    expect(q[0]?.speaker).toBe('the court');
  });
});

describe('an uncued quotation after a sentence about one person', () => {
  it('gives the quotation to the subject of the sentence before it', async () => {
    const q = await runQuotes(
      'The school may close in June.\n\nMaren Holt, whose two sons attend the school, started the petition. "This is a village school. Everyone knows everyone."',
      { mentions: { 'Maren Holt': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Maren Holt']);
  });

  it('leaves it unattributed when that sentence names two people', async () => {
    const q = await runQuotes(
      'The school may close in June.\n\nMaren Holt met Jonas Berg at the gates. "This is a village school. Everyone knows everyone."',
      { mentions: { 'Maren Holt': 'person', 'Jonas Berg': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual([null]);
  });
});

describe('a compound surname repeating a full name', () => {
  it('joins "Vega Pederson" to "Jessica Vega Pederson"', async () => {
    const q = await runQuotes(
      'County chair Lucia Mendez Olsen opened two cooling centres on Friday. "Check on your neighbours today," Mendez Olsen said.',
      {
        entities: [
          { name: 'Lucia Mendez Olsen', type: 'person', surfaces: ['Lucia Mendez Olsen'] },
          { name: 'Mendez Olsen', type: 'person', surfaces: ['Mendez Olsen'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Lucia Mendez Olsen']);
  });
});

describe('a reported clause after a participle cue', () => {
  it('does not take "that doctors" after "pointing out" as the speaker', async () => {
    const q = await runQuotes(
      'Health Secretary Anne Porter said the strike was "unnecessary and unreasonable", pointing out that doctors had received a pay rise this year.',
      { mentions: { 'Anne Porter': 'person' } },
    );
    expect(q[0]?.speaker).toBe('Anne Porter');
  });
});
