/**
 * Classes found in blind23's errors (session acc23-quotes): each test is a news-style
 * passage written for the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { org, person } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';
import { buildProfile } from './profile.js';

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

describe('a described speaker whose role an appositive gave, "X, Y\'s former coach,"', () => {
  it('is the role holder, not a person of the nationality the description names', async () => {
    const facts = {
      gender: (id: string) => (id === 'federer' ? ('male' as const) : ('female' as const)),
      roles: () => [],
      profile: (id: string) =>
        buildProfile({
          description: id === 'federer' ? 'Swiss tennis player' : '',
          demonyms: id === 'federer' ? ['Swiss'] : [],
          roles: [],
        }),
    };
    const q = await runQuotes(
      'The 19-year-old from Nantes, who is trained by Carla Menotti, Roger Federer\'s former coach, won in straight sets.\n\nMenotti said she had known for years that her player was special. "She is a unique talent," the Swiss coach said.',
      {
        entities: [
          { name: 'Carla Menotti', type: 'person', kbId: 'menotti', surfaces: ['Carla Menotti', 'Menotti'] },
          { name: 'Roger Federer', type: 'person', kbId: 'federer', surfaces: ['Roger Federer'] },
        ],
      },
      facts,
    );
    expect(q.map((x) => x.speaker)).toEqual(['Carla Menotti', 'Carla Menotti']);
  });
});

describe('a name with its own appositive after the content, "…, NAME, the police chief, told"', () => {
  const entities = [person('Karl Huber', 'Huber')];
  it('speaks the reported clause before it', async () => {
    const q = await runQuotes(
      'The suspect had planned to attack the arena, Karl Huber, director general for public security, told a news conference.',
      { entities },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['The suspect had planned to attack the arena', 'Karl Huber'],
    ]);
  });

  it('and the partial quotation in it, past a place phrase', async () => {
    const q = await runQuotes(
      'The suspect had planned to kill "as many people as possible" outside the arena, Karl Huber, the police chief, told a news conference.',
      { entities },
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['partial', 'Karl Huber']]);
  });

  it('while "The mayor of Split, NAME, announced" keeps the name the subject', async () => {
    const q = await runQuotes('The mayor of Split, Tomo Radic, said the bridge would reopen.', {
      entities: [person('Tomo Radic', 'Radic')],
    });
    expect(q.map((x) => [x.text, x.speaker])).toEqual([['the bridge would reopen', 'Tomo Radic']]);
  });
});

describe('"NAME\'s team said"', () => {
  it('is the team, as an office is, not the person', async () => {
    const q = await runQuotes(
      'Organisers disqualified the Swedish entrant, Nils Berg, on Saturday.\n\nBerg\'s team said in a statement that the decision was "unfair."',
      { entities: [person('Nils Berg', 'Berg')] },
    );
    expect(q.map((x) => [x.speaker, x.entityId])).toEqual([["Berg's team", null]]);
  });
});

describe('"The head of the works added" after a named speaker', () => {
  it('goes on with the speaker of the sentence before, not a person named later', async () => {
    const q = await runQuotes(
      'Philippe Marchal, the engineer who led the rebuilding, said the project had been "a race against time." The head of the works added that some 900 craftsmen had worked on the site.\n\n"I cried," said Claire Dupuis, 58, who watched from the square.',
      { entities: [person('Philippe Marchal', 'Marchal'), person('Claire Dupuis', 'Dupuis')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Philippe Marchal', 'Philippe Marchal', 'Claire Dupuis']);
  });
});
