/**
 * Classes found by the fourth blind set (quotes-blind4): each test is a news-style
 * passage written for the test, one class each, so that a rule change that loses a class
 * fails.
 */
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

const pairs = (qs: { text: string; speaker: string | null }[]) => qs.map((q) => [q.text, q.speaker]);

describe('a quotation continued after an attribution sentence', () => {
  it('joins “…,” said NAME. “…” into one quote of that speaker', async () => {
    const q = await runQuotes(
      'Dock workers walked out at dawn.\n\n"We gave them three months," said Ilse Brandt, a crane operator. "They gave us nothing."',
      { mentions: { 'Ilse Brandt': 'person' } },
    );
    expect(pairs(q)).toEqual([
      [
        '"We gave them three months," said Ilse Brandt, a crane operator. "They gave us nothing."',
        'Ilse Brandt',
      ],
    ]);
  });

  it('keeps a pronoun after the joined quote on the named speaker', async () => {
    const q = await runQuotes(
      '"Sales are down," said Folasade Ojo, who runs a fabric stall. "Nobody is buying."\n\nShe said she had cut her prices twice since June.',
      { mentions: { 'Folasade Ojo': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Folasade Ojo', 'Folasade Ojo']);
  });

  it('does not join when the second quotation has its own attribution', async () => {
    const q = await runQuotes(
      '"The port is full," said Ilse Brandt. "We cannot take more ships," Karl Weiss said.',
      { mentions: { 'Ilse Brandt': 'person', 'Karl Weiss': 'person' } },
    );
    expect(pairs(q)).toEqual([
      ['"The port is full,"', 'Ilse Brandt'],
      ['"We cannot take more ships,"', 'Karl Weiss'],
    ]);
  });

  it('does not join a quotation that stops on a full stop', async () => {
    const q = await runQuotes('"The port is full." Ilse Brandt said so twice. "We cannot take more ships."', {
      mentions: { 'Ilse Brandt': 'person' },
    });
    expect(q.length).toBe(2);
  });
});

describe('speech acts with an infinitive keep their verb', () => {
  it('reports "vowed to …" and "urged X to …" with the verb', async () => {
    const q = await runQuotes(
      'Mayor Dario Vukic vowed to reopen the bridge by spring.\n\nThe fire chief urged residents to leave before dark.',
      { mentions: { 'Dario Vukic': 'person' } },
    );
    expect(pairs(q)).toEqual([
      ['vowed to reopen the bridge by spring', 'Dario Vukic'],
      ['urged residents to leave before dark', 'The fire chief'],
    ]);
  });
});

describe('appositive names are not trailing attributions', () => {
  it('does not read "The mayor of X, NAME, announced …" as content "The mayor of X"', async () => {
    const q = await runQuotes(
      'The mayor of Zadar, Ivo Peric, announced on Monday a ban on cars in the old town after dark.',
      { mentions: { 'Ivo Peric': 'person', Zadar: 'location' } },
    );
    expect(q.some((x) => x.text.startsWith('The mayor of'))).toBe(false);
  });
});
