/**
 * Classes found in blind23's errors (session acc23-quotes): each test is a news-style
 * passage written for the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { org, person } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

describe('a time or place set before "NAME said … that"', () => {
  it('is no content: the that-clause is', async () => {
    const q = await runQuotes(
      'At 11:45 p.m., Mayor Ilse Brandt said in a second televised address that the curfew had been lifted.',
      { entities: [person('Ilse Brandt', 'Brandt')] },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([['the curfew had been lifted', 'Ilse Brandt']]);
  });

  it('while a clause before ", NAME said" stays its content', async () => {
    const q = await runQuotes('The curfew had been lifted, Mayor Ilse Brandt said on Sunday.', {
      entities: [person('Ilse Brandt', 'Brandt')],
    });
    expect(q.map((x) => [x.text, x.speaker])).toEqual([['The curfew had been lifted', 'Ilse Brandt']]);
  });
});

describe('a weak cue after "and" in a sentence opened by a name', () => {
  it('shares the opening subject, not the words before "and"', async () => {
    const q = await runQuotes(
      "Marta Lind was sworn in as Norway's prime minister on Monday and called on voters to stay calm.",
      { entities: [person('Marta Lind', 'Lind')] },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([['called on voters to stay calm', 'Marta Lind']]);
  });
});

describe('the name a private speaker gave', () => {
  it('is theirs as written, never the famous namesake of the article', async () => {
    const q = await runQuotes(
      'In Aleppo, residents poured into the streets. One man, who gave his name only as Omar, said he had not seen his son since 2015. "Maybe today we will find him," he said.',
      { entities: [person('Omar Haddad', 'Omar')] },
    );
    expect(q.map((x) => [x.speaker, x.entityId])).toEqual([
      ['Omar', null],
      ['Omar', null],
    ]);
  });
});

describe('a speaker after a quotation who "asked not to be named"', () => {
  it('is the description before that clause, not the speaker before the quotation', async () => {
    const q = await runQuotes(
      'The army said in a statement that aid was welcome.\n\n"We have no cranes," a firefighter in Tabriz, who asked not to be named for fear of reprisals, told Reuters by phone.',
      { entities: [org('Reuters')] },
    );
    expect(q.map((x) => [x.speaker, x.anonymous ?? false])).toEqual([
      ['The army', false],
      ['a firefighter in Tabriz', true],
    ]);
  });
});
