/**
 * Classes found in blind26's errors (session acc26-quotes): each test is a news-style
 * passage written for the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { org, person, place } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

describe("a headline's quoted words lifted from a quotation below", () => {
  it("are said by that quotation's speaker: \"'Like a war zone': floods …\"", async () => {
    const q = await runQuotes(
      '\'Like a war zone\': floods wreck river towns\n\nFloodwater swept through three towns on Monday.\n\n"It looks like a war zone out there," Mayor Tom Reilly told reporters.',
      { entities: [person('Tom Reilly', 'Reilly')] },
    );
    expect(q[0]).toMatchObject({ text: "'Like a war zone'", speaker: 'Tom Reilly' });
    // (Words no quotation below holds stay unsaid.)
    const unsaid = await runQuotes(
      '\'Games for all\' come to a close\n\nThe games ended on Sunday. "We will miss this crowd," Mayor Tom Reilly said.',
      { entities: [person('Tom Reilly', 'Reilly')] },
    );
    expect(unsaid.find((x) => x.text.includes('Games for all'))?.speaker ?? null).toBeNull();
  });

  it("replace an unnamed title's speaker: \"Airline chief admits 'our failure'\"", async () => {
    const q = await runQuotes(
      'Airline chief admits \'our failure\' after delays\n\nThe chief executive of Nordair, Erik Lund, spoke to staff on Tuesday. "We start by admitting our failure," Lund said.',
      { entities: [person('Erik Lund', 'Lund'), org('Nordair')] },
    );
    expect(q[0]!.speaker).toBe('Erik Lund');
  });
});

describe('a quotation inside a quotation said by a nameless person or group', () => {
  it('has no speaker: "a driver came over and said, ‘…’"', async () => {
    const q = await runQuotes(
      '“We waited in the cold for six hours,” said Jana Kos, 40, who was travelling to Brno. “Then a driver came over and said, ‘Walk to the next village.’”',
      { entities: [person('Jana Kos', 'Kos')] },
    );
    expect(q.find((x) => x.text.startsWith('‘Walk'))).toMatchObject({ speaker: null });
  });

  it('has no speaker: "The guards told us, ‘…’"', async () => {
    const q = await runQuotes(
      '“My brother is still in there,” said Tomas Ruiz, 52. “The guards told us, ‘wait for the cranes.’ But the cranes never came.”',
      { entities: [person('Tomas Ruiz', 'Ruiz')] },
    );
    expect(q.find((x) => x.text.startsWith('‘wait'))).toMatchObject({ speaker: null });
  });
});

describe('a participle giving where the words were said, then "that"', () => {
  it('is speech: ", saying in a radio address that …"', async () => {
    const q = await runQuotes(
      'Governor Ana Ruiz made a rare appeal for outside help, saying in a radio address that any volunteer was welcome to come.',
      { entities: [person('Ana Ruiz', 'Ruiz')] },
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['indirect', 'Ana Ruiz']]);
    expect(q[0]!.text).toContain('any volunteer was welcome');
  });

  it('is speech after a listener in apposition: ", telling supporters at Lincoln Hall, her old school, that …"', async () => {
    const q = await runQuotes(
      'Senator Ana Ruiz conceded the race to Paul Brandt on Wednesday, telling supporters at Lincoln Hall, her old school, that she had called the senator-elect to congratulate him.',
      { entities: [person('Ana Ruiz', 'Ruiz'), person('Paul Brandt', 'Brandt')] },
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['indirect', 'Ana Ruiz']]);
    expect(q[0]!.text.startsWith('she had called')).toBe(true);
  });
});

describe('a contrasted clause after a participle that quoted', () => {
  it('is the other speaker\'s: "…, saying the tie was “unbreakable”, while the palace said …"', async () => {
    const q = await runQuotes(
      'Foreign Minister Paul Brandt congratulated the winner, saying the partnership was "unbreakable", while the Royal Palace said the vote had been fair.',
      { entities: [person('Paul Brandt', 'Brandt'), org('Royal Palace')] },
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([
      ['partial', 'Paul Brandt'],
      ['indirect', 'Royal Palace'],
    ]);
  });
});

describe('a dateline of two places joined by a slash', () => {
  it('is no speaker: "LIMA/QUITO, May 7 – Peru launched …, saying …"', async () => {
    const q = await runQuotes(
      'LIMA/QUITO, May 7 – Peru launched raids on five border camps on Wednesday, saying it was targeting "criminal networks" that had attacked its troops.',
      { entities: [place('Peru')] },
    );
    expect(q[0]!.speaker).toBe('Peru');
  });
});

describe('a relative clause whose verb a speaker vouches for, after "what" or a noun', () => {
  it('is the named body\'s: "in what the FBI said was …"', async () => {
    const q = await runQuotes(
      'The senator was wounded at a rally in what the FBI said was an attempted assassination, before guards led him away.',
      { entities: [org('FBI')] },
    );
    expect(q.map((x) => [x.kind, x.text, x.speaker])).toEqual([
      ['indirect', 'what the FBI said was an attempted assassination', 'FBI'],
    ]);
  });

  it('is the sentence\'s subject for "it": "X struck Y … in an operation it said was …"', async () => {
    const q = await runQuotes(
      'Chile struck Peru with drones early on Friday in an operation it said was aimed at ending the smuggling.',
      { entities: [place('Chile'), place('Peru')] },
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['indirect', 'Chile']]);
    // (A hedged forecast, "an operation it said could last days", is not read: blind20.)
    const hedged = await runQuotes(
      'Chile struck Peru with drones early on Friday in an operation it said could last days.',
      { entities: [place('Chile'), place('Peru')] },
    );
    expect(hedged).toEqual([]);
    // (Past a dateline of two places: the clause's subject, not the dateline's city.)
    const dated = await runQuotes(
      'LIMA/QUITO (Reuters) - Peru launched raids on what it said were smuggling camps in Ecuador.',
      { entities: [place('Peru'), place('Ecuador')], mentions: { LIMA: 'location', QUITO: 'location' } },
    );
    expect(dated.map((x) => [x.kind, x.speaker])).toEqual([['indirect', 'Peru']]);
  });

  it('has no speaker for a nameless group: "a deal many recipients said fell far short"', async () => {
    const q = await runQuotes(
      'Donors agreed a $30 billion fund on Sunday, a deal many recipients said fell far short.',
    );
    expect(q.map((x) => [x.kind, x.text, x.speaker])).toEqual([
      ['indirect', 'many recipients said fell far short', null],
    ]);
    // (A main clause's "said" before a clause is read as before: "Later it said officials …".)
    const main = await runQuotes('The embassy closed on Monday. Later it said officials had left the city.', {
      entities: [org('embassy')],
    });
    expect(main.every((x) => x.text.includes('officials had left'))).toBe(true);
  });
});

describe('a second verb after "and" whose subject opens a sentence the splitter missed', () => {
  it('is that subject\'s: "… after 9 p.m. About an hour later, NAME stepped out and declared: …"', async () => {
    const q = await runQuotes(
      'Bells rang across the square shortly after 9 p.m. About an hour later, Cardinal Pietro Sala stepped onto the balcony and declared: "We have a pope!"',
      { entities: [person('Pietro Sala', 'Sala')] },
    );
    expect(q[0]!.speaker).toBe('Pietro Sala');
  });
});

describe('a subject after an opening clause, then a past tense and its object, then "and" and a cue', () => {
  it('is that subject: "As agents surrounded him, the senator raised his fist and shouted: …"', async () => {
    const q = await runQuotes(
      'Senator Tom Reilly was hit in the arm at a rally on Saturday.\n\nAs agents surrounded him, Reilly raised his fist to the crowd and shouted: "We are fine!"',
      { entities: [person('Tom Reilly', 'Reilly')] },
    );
    expect(q[0]!.speaker).toBe('Tom Reilly');
  });

  it('goes past "appeared to": "… raised his fist and appeared to shout: …"', async () => {
    const q = await runQuotes(
      'Senator Tom Reilly was hit in the arm at a rally on Saturday.\n\nAs guards rushed in, the senator raised his fist to the crowd and appeared to shout: "Keep going!"',
      { entities: [person('Tom Reilly', 'Reilly')] },
    );
    expect(q[0]!.speaker).toBe('Tom Reilly');
    // ("Moments later" opens the sentence before its subject, as "Hours later" does.)
    const later = await runQuotes(
      'Senator Tom Reilly was hit in the arm at a rally on Saturday. Moments later Reilly stood up, raised his fist and appeared to shout: "Keep going!"',
      { entities: [person('Tom Reilly', 'Reilly')] },
    );
    expect(later[0]!.speaker).toBe('Tom Reilly');
  });

  it('is a description before a participle: "The electoral commission rejected the claims, saying …"', async () => {
    const q = await runQuotes(
      'The electoral commission rejected the claims on Monday, saying the vote had been free and fair.',
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['indirect', 'The electoral commission']]);
  });
});

describe('a quotation resumed after its attribution, ending in a quotation it quotes', () => {
  it('is one quote with the part before it', async () => {
    const q = await runQuotes(
      '“We sat on the train for six hours,” said Jana Kos, 40, who was travelling to Brno. “Then a guard came with a torch and said, ‘Everyone out.’”',
      { entities: [person('Jana Kos', 'Kos')] },
    );
    const outer = q.filter((x) => x.speaker === 'Jana Kos');
    expect(outer).toHaveLength(1);
    expect(outer[0]!.text).toContain('Then a guard came');
  });
});

describe('"what it said was …" when "it" is the sentence\'s subject', () => {
  it('reports the subject\'s claim about what it did: "Spain secured what it said was an exemption"', async () => {
    const q = await runQuotes(
      'NATO leaders agreed a new target on Wednesday, though Norway secured what it said was an exemption.',
      { entities: [place('Norway')] },
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['indirect', 'Norway']]);
    expect(q[0]!.text).toContain('Norway secured what it said was an exemption');
  });
});

describe('a given name after a kin noun, linked to a famous namesake by surname', () => {
  it('is the relative named as written: "his brother John told …"', async () => {
    const q = await runQuotes(
      'In Ohio, where the new archbishop grew up, his brother John told a local radio station that the family was "overjoyed".',
      { entities: [{ name: 'Elton John', type: 'person', kbId: 'Q2808', surfaces: ['John'] }] },
    );
    expect(q[0]!.speaker).toBe('John');
  });
});

describe('a saint in the name of a place', () => {
  it('is no antecedent: "St. Peter\'s Square" gives "he" no Peter', async () => {
    const q = await runQuotes(
      "Pope Leo waved to the crowd on Sunday.\n\nIn St. Peter's Square, Marta Ricci, a 31-year-old pilgrim, wiped away tears. “Early on he said, ‘Be not afraid,’ and I never forgot it,” Ricci said.",
      {
        entities: [person('Pope Leo', 'Leo'), person('Marta Ricci', 'Ricci')],
        mentions: { Peter: 'person' },
      },
    );
    expect(q.find((x) => x.text.startsWith('‘Be'))!.speaker).toBe('Pope Leo');
  });
});

describe('subjects of reported speech that were read short', () => {
  it('is a person after an opening setting with an abbreviation: "At a gas station in St. Petersburg, retiree NAME, 71, said …"', async () => {
    const q = await runQuotes(
      'At a gas station in St. Petersburg, retiree Linda Cole, 71, said she had decided to leave.',
      { entities: [person('Linda Cole', 'Cole')] },
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['indirect', 'Linda Cole']]);
  });

  it('is a capitalised indefinite description with a relative clause: "A woman who fled … said …"', async () => {
    const q = await runQuotes(
      'A woman who fled to the camp from a village west of the city said her family had been eating leaves for a week.',
    );
    expect(q.map((x) => [x.kind, x.speaker, x.anonymous])).toEqual([['indirect', 'A woman', true]]);
  });

  it('is a quantified group before a list of members, with no name: "Several governments, including …, said …"', async () => {
    const q = await runQuotes(
      'Several South American governments, including Chile, Peru and Ecuador, said they would not recognise the result.',
      { entities: [place('Chile'), place('Peru'), place('Ecuador')] },
    );
    expect(q.map((x) => [x.kind, x.anonymous])).toEqual([['indirect', true]]);
  });
});

describe('a relative clause with an auxiliary before "said"', () => {
  it('is speech with the relative word in it: "which he has said were caused by …"', async () => {
    const q = await runQuotes(
      'The agency appealed against the ruling on the two positive tests, which he has said were caused by a contaminated cream.',
    );
    expect(q.map((x) => [x.kind, x.text])).toEqual([
      ['indirect', 'which he has said were caused by a contaminated cream'],
    ]);
  });
});
