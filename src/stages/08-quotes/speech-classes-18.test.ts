/**
 * Classes found in blind16's wrong speakers (session 13): each test is a news-style
 * passage written for the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../../../test/helpers/run-quotes.js';
import { buildProfile } from './profile.js';

const person = (name: string) => ({ name, type: 'person' as const, surfaces: [name] });

describe('the subject of a quotation frame', () => {
  it('runs past a relative clause opened by "whose", names and commas included', async () => {
    const q = await runQuotes(
      'Marta Berg, whose Green party won five seats, including her own in Lund, told cheering supporters that the result was "the first step of something big."',
      { entities: [person('Marta Berg')], mentions: { Lund: 'location' } },
    );
    expect(q.map((x) => [x.text, x.speaker, x.cue])).toEqual([
      ['the result was "the first step of something big."', 'Marta Berg', 'told'],
    ]);
  });

  it('is never the medium named in an opening phrase: "In a post on Bluesky, NAME …, calling …"', async () => {
    const q = await runQuotes(
      'In a post on Bluesky, Mayor Lena Holt praised the volunteers, calling the cleanup "a proud day for Leeds".',
      { entities: [person('Lena Holt')], mentions: { Bluesky: 'organization', Leeds: 'location' } },
    );
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([['Lena Holt', 'calling']]);
  });

  it('is never a place after a preposition: "had come to Brussels thinking …"', async () => {
    const q = await runQuotes(
      'Lena Holt told reporters she had come to Brussels thinking the talks were "a waste of time" but left hopeful.',
      { entities: [person('Lena Holt')], mentions: { Brussels: 'location' } },
    );
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([['Lena Holt', 'told']]);
  });

  it('keeps a title that holds a preposition: "Secretary of State NAME said …"', async () => {
    const q = await runQuotes(
      'Deputy Secretary of State Ana Ruiz said Madrid had "serious doubts about the count."',
      { mentions: { 'Ana Ruiz': 'person', Madrid: 'location' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Ana Ruiz']);
  });

  it('is the outer speaker when a capital stands for its government: "told a forum that Ottawa hoped “…”"', async () => {
    const q = await runQuotes(
      'Deputy minister Lena Holt told a forum that Ottawa hoped "any disputes will be settled in court."',
      { entities: [person('Lena Holt')], mentions: { Ottawa: 'location' } },
    );
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([['Lena Holt', 'told']]);
  });

  it('is the sentence\'s subject for a second verb: "NAME visited … and said …"', async () => {
    const q = await runQuotes(
      'In a late address, Kim visited the opposition-held district of the capital and said he was acting to "restore order."',
      { entities: [person('Kim')] },
    );
    expect(q.map((x) => [x.text, x.speaker, x.cue])).toEqual([
      ['he was acting to "restore order."', 'Kim', 'said'],
    ]);
  });

  it('is the subject of an earlier speech verb: "NAME accused the opposition of … and said …"', async () => {
    const q = await runQuotes(
      'In a late address, Kim accused the opposition-controlled parliament of wrecking the budget and said he was acting to "restore order."',
      { entities: [person('Kim')] },
    );
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([['Kim', 'accused']]);
  });

  it('stands after "About an hour later," and before "… and declared:"', async () => {
    const q = await runQuotes(
      'About an hour later, Chief Inspector Maria Dossa walked onto the steps of the town hall and declared: "The siege is over!"',
      { entities: [person('Maria Dossa')] },
    );
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([['Maria Dossa', 'declared']]);
  });

  it('stands after a reporter\'s question: "Asked by reporters whether …, she …, saying …"', async () => {
    const q = await runQuotes(
      'Mayor Lena Holt faced growing criticism. Asked by reporters whether she would resign, she did not answer directly, saying only that "we are focused on the recovery".',
      { entities: [person('Lena Holt')] },
    );
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([['Lena Holt', 'saying']]);
  });
});

describe('"he" after an unnamed source', () => {
  it("goes on with the paragraph's unnamed speaker, not a man named in an earlier paragraph", async () => {
    const q = await runQuotes(
      'General Oleg Marchuk said the front was stable.\n\nA senior border official, speaking on condition of anonymity, said the raid was meant to draw troops away. "The aim is to make them react," he said.',
      { entities: [person('Oleg Marchuk')] },
    );
    expect(q.map((x) => [x.speaker, x.anonymous ?? false])).toEqual([
      ['Oleg Marchuk', false],
      ['A senior border official', true],
      ['A senior border official', true],
    ]);
  });

  it('goes to a man named since the unnamed source spoke', async () => {
    const q = await runQuotes(
      'A senior border official said the raid was meant to draw troops away. General Oleg Marchuk disagreed. "The aim is to make them react," he said.',
      { entities: [person('Oleg Marchuk')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['A senior border official', 'Oleg Marchuk']);
  });
});

describe('a message noun is no cue', () => {
  it('"said in a research note that …": the speaker is before "said"', async () => {
    const q = await runQuotes(
      'Strategists at Brennmark said in a research note that the bank had delivered "a dovish hold".',
      { mentions: { Brennmark: 'organization' } },
    );
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([['Strategists at Brennmark', 'said']]);
  });
});

describe('the organisation an unnamed source speaks for', () => {
  it('is a name after "at" that the tagger took for a place the KB does not know', async () => {
    const q = await runQuotes(
      'Analysts at Harwood Partners said in a note that the recall could take months.',
      {
        mentions: { 'Harwood Partners': 'location' },
      },
    );
    expect(q.map((x) => [x.speaker, x.anonymous, x.affiliation])).toEqual([
      ['Analysts at Harwood Partners', true, 'Harwood Partners'],
    ]);
  });

  it('is not a place the KB knows: "Engineers at Toulouse"', async () => {
    const q = await runQuotes('Engineers at Toulouse said the test had gone well.', {
      entities: [{ name: 'Toulouse', type: 'location', kbId: 'geo:toulouse', surfaces: ['Toulouse'] }],
    });
    expect(q.map((x) => [x.speaker, x.affiliation])).toEqual([['Engineers at Toulouse', undefined]]);
  });

  it('is the owner named before the head: "Ghana\'s representative called …"', async () => {
    const q = await runQuotes('Ghana\'s representative called the text "a betrayal of the poorest".', {
      mentions: { Ghana: 'location' },
    });
    expect(q.map((x) => [x.speaker, x.anonymous, x.affiliation])).toEqual([
      ["Ghana's representative", true, 'Ghana'],
    ]);
  });
});

describe('"the ministry" after a country\'s ministry spoke', () => {
  it('goes on with that ministry, named as before', async () => {
    const q = await runQuotes(
      'Chile\'s defence ministry said in a statement that the drills had been "limited and defensive". "No civilian areas were affected," the ministry said.',
      { mentions: { Chile: 'location' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(["Chile's defence ministry", "Chile's defence ministry"]);
  });

  it('stays as written when the body that spoke was of another kind', async () => {
    const q = await runQuotes(
      'Chile\'s weather agency said the storm had been "exceptional". "Crews are on their way," the ministry said.',
      { mentions: { Chile: 'location' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(["Chile's weather agency", 'the ministry']);
  });
});

describe('a quotation that ends its sentence, then "he wrote …, later describing it as “…”"', () => {
  it("is framed by the verb after it; the participle's quotation is the same writer's", async () => {
    const q = await runQuotes(
      'Mayor Lena Holt, who takes office in May, was first to react. "We have a deal. The strike is over. Thank you!" she wrote on her Facebook page, later describing it as a "historic agreement".',
      { entities: [person('Lena Holt')] },
    );
    expect(q[0]).toMatchObject({
      text: '"We have a deal. The strike is over. Thank you!"',
      speaker: 'Lena Holt',
      cue: 'wrote',
    });
    expect(q.map((x) => x.speaker)).toEqual(['Lena Holt', 'Lena Holt']);
  });
});

describe('a royal title of one gender', () => {
  it('never names a person of the other: "The king …" after "King Harald, Queen Sonja"', async () => {
    const norway = { org: 'Norway', orgNames: ['Norwegian'], ended: false };
    const profiles = {
      k: buildProfile({
        description: 'King of Norway',
        demonyms: ['Norwegian'],
        roles: [{ role: 'Monarch', ...norway }],
      }),
      q: buildProfile({
        description: 'Queen consort of Norway',
        demonyms: ['Norwegian'],
        roles: [{ role: 'Queen Consort', ...norway }],
      }),
      p: buildProfile({
        description: 'Prime Minister of Norway',
        demonyms: ['Norwegian'],
        roles: [{ role: 'Prime Minister', ...norway }],
      }),
    };
    const facts = {
      gender: (id: string) => (id === 'k' ? ('male' as const) : ('female' as const)),
      roles: (id: string) =>
        ({ k: ['monarch'], q: ['queen', 'consort'], p: ['prime', 'minister'] })[id] ?? [],
      profile: (id: string) => profiles[id as keyof typeof profiles],
    };
    const q = await runQuotes(
      'BERGEN, Norway, May 4 — Protesters in one of the towns worst hit by the landslides booed King Harald, Queen Sonja and Prime Minister Erna Lund on Saturday during a visit to the area.\n\nThe king stayed to speak with residents despite the hostility, and later said that the anger was understandable. "We have to listen to these people," he said in a video message.',
      {
        entities: [
          { name: 'Harald V', type: 'person', kbId: 'k', surfaces: ['Harald'] },
          { name: 'Queen Sonja', type: 'person', kbId: 'q', surfaces: ['Queen Sonja'] },
          { name: 'Erna Lund', type: 'person', kbId: 'p', surfaces: ['Erna Lund'] },
        ],
      },
      facts,
    );
    expect(q.map((x) => x.speaker)).toEqual(['Harald V', 'Harald V']);
  });
});

describe("words named as a speech verb's object", () => {
  it('are not reported: "shouted insults at the mayor"', async () => {
    const q = await runQuotes(
      'Angry residents threw mud and shouted insults at Mayor Lena Holt during her visit.',
      {
        entities: [person('Lena Holt')],
      },
    );
    expect(q).toEqual([]);
  });
});

describe('an earlier speech verb before "and called it “…”"', () => {
  it('frames the quotation with both clauses: "NAME said … and called the result “…”"', async () => {
    const q = await runQuotes(
      'Spokesman Ivo Marsh said the city had nothing to do with the delay and called the ruling "a matter of deep regret."',
      { entities: [person('Ivo Marsh')] },
    );
    expect(q.map((x) => [x.text, x.speaker, x.cue])).toEqual([
      [
        'the city had nothing to do with the delay and called the ruling "a matter of deep regret."',
        'Ivo Marsh',
        'said',
      ],
    ]);
  });
});

describe('a time clause opening the sentence', () => {
  it('is skipped to the subject of "… and said:"', async () => {
    const q = await runQuotes(
      'As the dinner ended, the visiting president turned to Lena Holt and said in French: "Next year in Lyon."',
      { entities: [person('Lena Holt')] },
    );
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([['the visiting president', 'said']]);
  });
});

describe('"with NAME calling it “…”"', () => {
  it("makes the name the participle's subject", async () => {
    const q = await runQuotes(
      'The two cities signed a twinning pact on Tuesday, with Mayor Lena Holt calling it "a bridge between our peoples."',
      { entities: [person('Lena Holt')] },
    );
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([['Lena Holt', 'calling']]);
  });
});
