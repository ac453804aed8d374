/**
 * Classes found in blind27's errors (session acc27-quotes): each test is a news-style
 * passage written for the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { org, person } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';
import type { PersonFacts } from './gender.js';

describe('a title about to be held, "President-elect NAME"', () => {
  it("leaves the name the subject of the sentence's participle of speech", async () => {
    const q = await runQuotes(
      'Storms cut power to the coast on Monday.\n\nPresident-elect Mark Dalton blamed the governor for the outages in a late-night post, writing that the state had "ignored every warning."',
      { entities: [person('Mark Dalton', 'Dalton')] },
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['partial', 'Mark Dalton']]);
  });
});

describe('a name inside the participle phrase that opens the sentence, "Addressing NAME, he said"', () => {
  it('is not the pronoun that follows the phrase', async () => {
    const facts: PersonFacts = {
      gender: (id) => (id === 'dalton' ? 'male' : null),
      roles: () => [],
    };
    const q = await runQuotes(
      'Omar Haddad won the mayoral race on Tuesday. "Tonight this city chose change," Haddad told supporters.\n\nAddressing President Mark Dalton directly, he said: "I have one request: keep the buses running."',
      {
        entities: [
          { name: 'Omar Haddad', type: 'person', kbId: 'haddad', surfaces: ['Omar Haddad', 'Haddad'] },
          { name: 'Mark Dalton', type: 'person', kbId: 'dalton', surfaces: ['Mark Dalton'] },
        ],
      },
      facts,
    );
    expect(q.at(-1)!.speaker).toBe('Omar Haddad');
  });
});

describe('the name an unnamed speaker gave', () => {
  it('may be a surname: "said a relative of one passenger, who gave his surname as NAME"', async () => {
    const q = await runQuotes(
      'Families waited at the ferry terminal into the night.\n\n"We were told the boat would dock at noon," said a relative of one passenger, who gave his surname as Moreno.',
    );
    expect(q[0]).toMatchObject({ speaker: 'Moreno' });
  });

  it('is the speaker after a quotation too: "!” a nurse who gave her name as NAME told Reuters"', async () => {
    const q = await runQuotes(
      'The river broke its banks before dawn.\n\n"The water came so fast!" a 30-year-old nurse who gave her name as Lucia told Reuters near the bridge.',
    );
    expect(q[0]).toMatchObject({ speaker: 'Lucia' });
  });
});

describe('a message\'s words introduced by "The message read,"', () => {
  it('have no speaker, not the agency that reported the message', async () => {
    const q = await runQuotes(
      'A climber had texted his sister from the ridge before the storm, the Alpine Daily reported. The message read, "The rope is gone."',
    );
    expect(q.find((x) => x.text.includes('rope'))!.speaker).toBeNull();
  });
});

describe('a quotation attributed by the next sentence, "The words came late on Tuesday from NAME"', () => {
  it('is said by that name, with a time phrase between "came" and "from"', async () => {
    const q = await runQuotes(
      'Army chief Karl Brenner appealed for calm. The army would guard the capital overnight, he said.\n\n"We will rebuild this city, and we will do it honestly." The words came late on Tuesday from Anna Holt, the former judge many protesters want as interim leader.',
      { entities: [person('Karl Brenner', 'Brenner'), person('Anna Holt', 'Holt')] },
    );
    expect(q.find((x) => x.text.includes('rebuild'))!.speaker).toBe('Anna Holt');
  });
});

describe('a passive participle\'s agent in apposition, "NAME, flanked by NAME at the White House, said"', () => {
  it('is not the speaker; the subject before it is', async () => {
    const q = await runQuotes(
      'A deal was reached overnight.\n\nPresident Mark Dalton, flanked by Vice President Ana Ruiz at the White House, said the deal would "end the strike for good."',
      { entities: [person('Mark Dalton', 'Dalton'), person('Ana Ruiz', 'Ruiz'), org('White House')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Mark Dalton']);
    const accompanied = await runQuotes(
      'Mayor Tom Reilly, accompanied by Deputy Mayor Ana Ruiz, said the budget would "protect every library."',
      { entities: [person('Tom Reilly', 'Reilly'), person('Ana Ruiz', 'Ruiz')] },
    );
    expect(accompanied.map((x) => x.speaker)).toEqual(['Tom Reilly']);
  });
});

describe('a passive characterisation whose agent follows the quotation, "was described as “…” by NAME"', () => {
  it("is the agent's partial quotation", async () => {
    const q = await runQuotes(
      'Floods swept the valley overnight.\n\nIn the town of Ried, the damage was described as "catastrophic" by regional minister Paul Egger.',
      { entities: [person('Paul Egger', 'Egger')] },
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['partial', 'Paul Egger']]);
    expect(q[0]!.text).toContain('catastrophic');
  });
});

describe('"the group" opening the sentence after one an organisation opens', () => {
  it('is that organisation: "Hezbollah confirmed … The group said …"', async () => {
    const q = await runQuotes(
      'The army said it was ready for any response. The Northern Front confirmed the death of its commander hours later. The group said in a statement that he had "fallen as a hero."',
      { entities: [org('Northern Front')] },
    );
    expect(q.at(-1)!.speaker).toBe('Northern Front');
  });
});

describe('a refusal to speak after a quotation, "X declined to comment."', () => {
  it('frames nothing: the partial keeps the speaker of its own sentence', async () => {
    const q = await runQuotes(
      'The Northern Front said in a statement that it blamed the ministry "for every death" and that the ministry would face "a just reckoning." The ministry declined to comment.',
      { entities: [org('Northern Front')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Northern Front', 'Northern Front']);
  });
});

describe('a time phrase alone after a retort verb, "X hit back within the hour."', () => {
  it('is no reported speech', async () => {
    const q = await runQuotes(
      'The minister hit back within the hour. "This is a smear," she told reporters.',
    );
    expect(q.map((x) => x.kind)).toEqual(['direct']);
  });
});

describe('"told" after a subject in apposition, "The survivor, NAME, told BROADCASTER from his bed that …"', () => {
  it('is never an inverted frame: the subject speaks, the listener does not', async () => {
    const q = await runQuotes(
      'The sole survivor, Dutch national Pieter Vos, told broadcaster Radio Noord from his hospital bed that the bus seemed to swerve before the bridge.',
      { entities: [person('Pieter Vos', 'Vos'), org('Radio Noord')] },
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['indirect', 'Pieter Vos']]);
    expect(q[0]!.text).toContain('the bus seemed to swerve');
  });
});

describe('a relative clause "who had privately told the president that …" beside a quotation', () => {
  it("reports the named person's words", async () => {
    const q = await runQuotes(
      'Former Speaker Ana Ruiz, who had privately told the governor that the polls showed he could not win, praised him as "a servant of the state."',
      { entities: [person('Ana Ruiz', 'Ruiz')] },
    );
    expect(q.find((x) => x.kind === 'indirect')).toMatchObject({ speaker: 'Ana Ruiz' });
    expect(q.find((x) => x.kind === 'indirect')!.text).toContain('the polls showed he could not win');
  });
});
