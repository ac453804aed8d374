/**
 * Classes found in blind21's errors (session acc21-quotes): each test is a news-style
 * passage written for the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { org, person } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';
import { sourceToComma } from './according-source.js';
import { cuesIn, wordsIn } from './cues.js';
import { nameGivenNext } from './given-name-after.js';
import { kinFullName } from './kin-given-name.js';
import { buildProfile } from './profile.js';

describe('a name inside an appositive on the subject', () => {
  it('gives "she" to the subject, not to the woman she is compared with', async () => {
    const q = await runQuotes(
      'Anna Korver, 61, a protégé of the late Daniel Brandt and an admirer of Margaret Ellison, won the party vote on Sunday. She promised to "clean up the capital" within a year.',
      {
        entities: [
          person('Anna Korver', 'Korver'),
          person('Daniel Brandt', 'Brandt'),
          person('Margaret Ellison', 'Ellison'),
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Anna Korver']);
  });

  it('still gives "she" to that woman when the subject is a man', async () => {
    const q = await runQuotes(
      'Tom Korver, 61, an admirer of Margaret Ellison, won the party vote on Sunday. She said she would "stay on as an adviser".',
      { entities: [person('Tom Korver', 'Korver'), person('Margaret Ellison', 'Ellison')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Margaret Ellison']);
  });
});

describe('a description with a compound nationality the KB confirms', () => {
  const facts = {
    gender: () => 'male' as const,
    roles: (id: string) => (id === 'h' ? ['researcher'] : []),
    profile: () =>
      buildProfile({
        description: 'chemist and Nobel laureate',
        demonyms: ['Irish'],
        roles: [{ role: 'Researcher', org: 'Galway Institute', orgNames: [], ended: true }],
      }),
  };

  it('goes on with the previous paragraph speaker: "the Irish-Canadian scientist"', async () => {
    const q = await runQuotes(
      'Tom Hallett said he was stunned by the news. "I never expected this call," he said.\n\nAsked about his work, the Irish-Canadian scientist said it would change how batteries are made.',
      { entities: [{ name: 'Tom Hallett', type: 'person', kbId: 'h', surfaces: ['Tom Hallett'] }] },
      facts,
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tom Hallett', 'Tom Hallett', 'Tom Hallett']);
  });

  it('leaves a nationality the KB does not give him as written', async () => {
    const q = await runQuotes(
      'Tom Hallett said he was stunned by the news. "I never expected this call," he said.\n\nAsked about his work, the Dutch-Canadian scientist said it would change how batteries are made.',
      { entities: [{ name: 'Tom Hallett', type: 'person', kbId: 'h', surfaces: ['Tom Hallett'] }] },
      facts,
    );
    expect(q[2]?.speaker).toBe('the Dutch-Canadian scientist');
  });
});

describe("a relative's given name after the family's surname", () => {
  it('names the relative in full', () => {
    const t = "Hallett's wife, Clare, told the BBC";
    expect(kinFullName(t, { start: t.indexOf('Clare'), end: t.indexOf('Clare') + 5 })).toBe('Clare Hallett');
    const u = 'The winner, Clare, told the BBC';
    expect(kinFullName(u, { start: u.indexOf('Clare'), end: u.indexOf('Clare') + 5 })).toBeNull();
  });

  it('gives her words and "she" the full name', async () => {
    const q = await runQuotes(
      'Tom Hallett died on Monday. Hallett\'s widow, Clare, told local radio that he had been ill for months. "He never complained," she said.',
      { entities: [person('Tom Hallett', 'Hallett')], mentions: { Clare: 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Clare Hallett', 'Clare Hallett']);
  });
});

describe('an age before a name', () => {
  it('after an inverted "said": "said 24-year-old NAME"', async () => {
    const q = await runQuotes(
      '"We are staying until they listen," said 24-year-old Amina Odhiambo, who had marched from the station.',
      { entities: [person('Amina Odhiambo', 'Odhiambo')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Amina Odhiambo']);
  });

  it('in apposition to an unnamed speaker: "said one organiser, 26-year-old NAME"', async () => {
    const q = await runQuotes(
      '"We asked for a vote, and we got one," said one organiser, 26-year-old Amina Odhiambo.',
      { entities: [person('Amina Odhiambo', 'Odhiambo')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Amina Odhiambo']);
  });
});

describe('"state" after a nationality', () => {
  it('is a noun, no cue: "told Russian state media"', () => {
    const t = 'Ushko told Russian state media the talks';
    expect(cuesIn(wordsIn(t, 0, t.length)).map((c) => c.lemma)).toEqual(['tell']);
    const u = 'officials state that the talks';
    expect(cuesIn(wordsIn(u, 0, u.length)).map((c) => c.lemma)).toEqual(['state']);
  });

  it('leaves the quotation to the one who told the media', async () => {
    const q = await runQuotes(
      'Kremlin aide Pavel Ushko told Russian state media the talks had been "constructive".',
      {
        entities: [person('Pavel Ushko', 'Ushko')],
        mentions: { Russian: 'misc', Kremlin: 'organization' },
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Pavel Ushko']);
  });
});

describe('a title about to be held', () => {
  it('names the person, not the title with the name', async () => {
    const q = await runQuotes(
      'President-elect Daniel Ferro claimed credit, posting: "We have a deal. The workers will be back on Monday."',
      { entities: [person('Daniel Ferro', 'Ferro')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Daniel Ferro']);
  });
});

describe('a participle after a parenthetical frame', () => {
  it('goes on with the frame\'s "he", not the words opening the sentence', async () => {
    const q = await runQuotes(
      'Mayor Tom Hallett asked for help. Any volunteer was welcome to join the search, he said in a radio address, adding that the toll was "expected to rise".',
      { entities: [person('Tom Hallett', 'Hallett')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tom Hallett', 'Tom Hallett']);
  });
});

describe('a body "of" two portfolios after "according to"', () => {
  it('runs over "and" to the comma or the sentence end', () => {
    const t = 'according to the Oregon Department of Forestry and Fire Protection.';
    const start = t.indexOf('Oregon');
    const phrase = {
      start,
      end: start + 'Oregon Department of Forestry'.length,
      kind: 'mention' as const,
      referent: null,
      text: 'Oregon Department of Forestry',
    };
    expect(sourceToComma(t, phrase, t.length).text).toBe('Oregon Department of Forestry and Fire Protection');
  });

  it('keeps two sources apart when the first is no body "of" something', () => {
    const t = 'according to Reuters and Bloomberg.';
    const phrase = { start: 13, end: 20, kind: 'mention' as const, referent: null, text: 'Reuters' };
    expect(sourceToComma(t, phrase, t.length).text).toBe('Reuters');
  });

  it('gives the whole name as the speaker', async () => {
    const q = await runQuotes(
      'The fire had burned 9,000 acres and was 10% contained, according to the Oregon Department of Forestry and Fire Protection.',
      { entities: [org('Oregon Department of Forestry')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Oregon Department of Forestry and Fire Protection']);
  });
});

describe('a cue-less partial quotation in a sentence opened by a pronoun', () => {
  it('is the words of whom the pronoun stands for', async () => {
    const q = await runQuotes(
      'Clare Hallett won the prize on Friday. "I have no words," she said.\n\nLater she dedicated the award to "the nurses of this city" and to her late mother.',
      { entities: [person('Clare Hallett', 'Hallett')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Clare Hallett', 'Clare Hallett']);
  });
});

describe('a second report joined by "and"', () => {
  it('is the second speaker\'s: "China said … and Russia said …"', async () => {
    const q = await runQuotes(
      'Norland said it was sending a team of 40 medics and Vesland said it would fly in 120 rescuers.',
      { entities: [org('Norland'), org('Vesland')] },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['it was sending a team of 40 medics', 'Norland'],
      ['it would fly in 120 rescuers', 'Vesland'],
    ]);
  });
});

describe("a body named after its owner's kind", () => {
  it('is named by its own name: "the city\'s Board of Elections"', async () => {
    const q = await runQuotes(
      "More than a million people voted, according to the city's Board of Elections.",
      { mentions: { 'Board of Elections': 'organization' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Board of Elections']);
  });
});

describe('a participle after a relation in apposition', () => {
  it('is the subject\'s, not the predecessor\'s: "his predecessor, NAME, recalling “…”"', async () => {
    const q = await runQuotes(
      'Daniel Ferro, 58, took office on Monday. He paid tribute to his predecessor, Marc Aubry, recalling "a patient and generous voice" that had guided the city.',
      { entities: [person('Daniel Ferro', 'Ferro'), person('Marc Aubry', 'Aubry')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Daniel Ferro']);
  });
});

describe("a title holding a body's name before a person", () => {
  it('names the person: "the Joint Chiefs of Staff General NAME"', async () => {
    const q = await runQuotes(
      'Bombers struck three sites overnight, Chairman of the Joint Chiefs of Staff General Paul Rendell told a briefing.',
      {
        entities: [person('Paul Rendell', 'Rendell')],
        mentions: { 'Joint Chiefs of Staff': 'organization' },
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Paul Rendell']);
  });
});

describe('speech verbs that are no speech there', () => {
  it('"added" with a plain object reports nothing: "added the fifth late on"', async () => {
    const q = await runQuotes('Amadou Keita scored twice, and Lucas Moreau added the fifth late on.', {
      entities: [person('Amadou Keita', 'Keita'), person('Lucas Moreau', 'Moreau')],
    });
    expect(q).toEqual([]);
  });
});

describe('a name an unnamed speaker gives in the next sentence', () => {
  it('knows the sentence that gives it', () => {
    const t = ', who had served 19 years. He gave his name only as Samir Haddad. The bus left.';
    expect(nameGivenNext(t, 0)?.name).toBe('Samir Haddad');
    expect(nameGivenNext(', who had served 19 years. He gave his reasons.', 0)).toBeNull();
  });

  it('is the speaker', async () => {
    const q = await runQuotes(
      'Buses carrying released prisoners reached the square. "I thought I would never see my mother again," said one man, who had served 12 years. He gave his name only as Samir Haddad.',
    );
    expect(q.map((x) => [x.speaker, x.anonymous])).toEqual([['Samir Haddad', undefined]]);
  });
});

describe('a subject of two names', () => {
  it('is no second report: "Mr. Hale and Mr. Voss said …"', async () => {
    const q = await runQuotes('But Mr. Hale and Mr. Voss said developers had drawn the zones too widely.', {
      entities: [person('Tom Hale', 'Mr. Hale'), person('Karl Voss', 'Mr. Voss')],
    });
    expect(q.map((x) => x.text)).toEqual(['developers had drawn the zones too widely']);
  });
});

describe('a reported statement ending in an abbreviation with inner stops', () => {
  it('keeps the stop that belongs to "p.m." and "U.S." in the content', async () => {
    const q = await runQuotes(
      'Dana Whitfield, a clerk at the county office, said she was told about the cuts at 11 p.m. “Nobody called us first,” she said. The mayor said the grant had come from the U.S.',
      { entities: [person('Dana Whitfield', 'Whitfield')] },
    );
    const texts = q.map((x) => x.text);
    expect(texts).toContain('she was told about the cuts at 11 p.m.');
    expect(texts).toContain('the grant had come from the U.S.');
  });
});
