/**
 * Classes found in blind25's errors (session acc25-quotes): each test is a news-style
 * passage written for the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { org, person, place } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';
import type { PersonFacts } from './gender.js';
import { roleWordsAround } from './referent-role-words.js';

const COUNTRIES: Readonly<Record<string, string>> = { Chile: 'Chilean', Peru: 'Peruvian' };
const countryFacts: PersonFacts = {
  gender: () => null,
  roles: () => [],
  demonym: (c) => COUNTRIES[c] ?? null,
};

describe('a past role in apposition after a current title, "Prime Minister NAME, a former judge,"', () => {
  it('leaves "the prime minister" that person', async () => {
    const q = await runQuotes(
      'Prime Minister Tomas Varga, a former judge with no party card, called the vote "a mistake."\n\nJustice Minister Maria Lind said the coalition was finished.\n\nThe cabinet stays on until the election. "We will carry on," the prime minister said.',
      { entities: [person('Tomas Varga', 'Varga'), person('Maria Lind', 'Lind')] },
    );
    expect(q.at(-1)!.speaker).toBe('Tomas Varga');
  });

  it('keeps "former" for a person with no current title', () => {
    const text = 'Anna Holt, a former judge, said';
    expect(roleWordsAround(text, { start: 0, end: 9 })).toContain('former');
    const titled = 'Prime Minister Tomas Varga, a former judge, said';
    expect(roleWordsAround(titled, { start: 15, end: 26 })).not.toContain('former');
  });
});

describe('"Its spokesman said" after an organisation', () => {
  it('is an unnamed source speaking for that organisation', async () => {
    const q = await runQuotes(
      'The Farmers Alliance, which had called the deal unfair, boycotted the signing. Its spokesman said the group would appeal to the courts.',
      { entities: [org('Farmers Alliance')] },
    );
    expect(q.at(-1)).toMatchObject({ anonymous: true, affiliation: 'Farmers Alliance' });
  });
});

describe('"the country\'s" / "the county\'s" body', () => {
  it('is the body of the country named in its paragraph, by its demonym', async () => {
    const q = await runQuotes(
      "Chile's interior minister flew to the north on Sunday. The country's health ministry said at least 12 people had died.",
      { entities: [place('Chile')] },
      countryFacts,
    );
    expect(q.at(-1)!.speaker).toBe('Chilean health ministry');
  });

  it('is the country the article names most before it when its paragraph names none', async () => {
    const q = await runQuotes(
      "Chile's top court annulled the count on Friday.\n\nChile's president called for calm after reports that Peru had funded the campaign.\n\nThe interior minister said the vote would be rerun. The country's electoral service said it would publish a new calendar.",
      { entities: [place('Chile'), place('Peru')] },
      countryFacts,
    );
    expect(q.at(-1)!.speaker).toBe('Chilean electoral service');
  });

  it("is a county's body named by the county, even one the tagger took for an organisation", async () => {
    const q = await runQuotes(
      "Marion County reported 14 deaths, according to the county's emergency services.",
      { entities: [org('Marion County')] },
    );
    expect(q[0]!.speaker).toBe('Marion County emergency services');
  });
});

describe('an age before a name that opens the reported clause', () => {
  it('is read past: "At the shelter, 71-year-old NAME said …"', async () => {
    const q = await runQuotes(
      'At a shelter in Valencia, 71-year-old Pilar Moreno said she had lost everything in the flood.',
      { entities: [person('Pilar Moreno')] },
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['indirect', 'Pilar Moreno']]);
  });
});

describe('a quoted alias in apposition before the cue, NAME, known as “ALIAS,” said', () => {
  it('reports the speech of NAME', async () => {
    const q = await runQuotes(
      'Cartel boss Ramon Ortiz, known as "El Gallo," said in a video posted online that his men would not disarm.',
      { entities: [person('Ramon Ortiz', 'Ortiz')] },
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['indirect', 'Ramon Ortiz']]);
  });
});

describe('a cue-less partial quotation whose sentence opens with a title and a name', () => {
  it('is the name\'s after a fronted phrase and an occupation: "After the show, pop star NAME …"', async () => {
    const q = await runQuotes(
      'After the concert, pop star Lena Brandt endorsed the mayor online, calling him "a decent man."',
      { entities: [person('Lena Brandt')] },
    );
    expect(q[0]!.speaker).toBe('Lena Brandt');
  });

  it('is the person, not the company in the title: "Company founder NAME thanked …"', async () => {
    const q = await runQuotes('Orbitek founder Jana Kovac thanked the engineers for "a flawless landing."', {
      entities: [org('Orbitek'), person('Jana Kovac')],
    });
    expect(q[0]!.speaker).toBe('Jana Kovac');
  });
});

describe('a double opener closed by a single mark before the attribution', () => {
  it('ends the quotation there, and the name after it speaks', async () => {
    const q = await runQuotes(
      'Families gathered outside the court. "We will keep coming back until we get justice,\' said Ruth Adeyemi, whose son died in the fire.',
      { entities: [person('Ruth Adeyemi')] },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['"We will keep coming back until we get justice,\'', 'Ruth Adeyemi'],
    ]);
  });
});

describe('the subject of an object relative before the cue', () => {
  it('speaks: "joining X\'s war … in an escalation that Caracas warned would bring “…”"', async () => {
    const q = await runQuotes(
      'The navy struck two ports overnight, joining Colombia\'s war against the Bolivarian republic in a major escalation that Caracas warned would bring "grave consequences."',
      { entities: [place('Caracas'), place('Colombia')] },
    );
    expect(q[0]!.speaker).toBe('Caracas');
  });
});

describe('a name in apposition to a body\'s description, "the country\'s largest union, NAME, said"', () => {
  it('is the body, though the tagger missed the name', async () => {
    const q = await runQuotes(
      "Sweden's largest union federation, Unionen, had said on Monday that its members would strike.",
    );
    expect(q[0]!.speaker).toBe('Unionen');
  });
});

describe('"it" and "they" after a body or an unnamed group spoke in the paragraph', () => {
  it('"it" is the body, over a place named in its words', async () => {
    const q = await runQuotes(
      'The Drought Review Panel of the regional food agency said on Friday that famine had struck the camp.\n\nThe panel said conditions were similar in Kassala but data was lacking. "This is a man-made disaster," it said.',
      { entities: [org('Drought Review Panel'), place('Kassala')] },
    );
    expect(q.at(-1)!.speaker).toBe('Drought Review Panel');
  });

  it('"they" is the unnamed group, over a place', async () => {
    const q = await runQuotes(
      'Lowell County was the worst hit. Officials said dozens of people were missing, though they cautioned that many were simply out of reach.',
      { entities: [org('Lowell County')] },
    );
    expect(q.at(-1)).toMatchObject({ speaker: 'Officials', anonymous: true });
  });
});

describe('words an unnamed crowd said, quoted inside a quotation', () => {
  it('"Many people told me, ‘…’" has no speaker', async () => {
    const q = await runQuotes(
      '"It was hard," Osaka said. "Many people told me, \'Naomi, your time is over.\' I did not listen."',
      { entities: [person('Naomi Osaka', 'Osaka')] },
    );
    expect(q.find((x) => x.text.startsWith("'Naomi"))?.speaker).toBeNull();
  });

  it('"They just keep saying, ‘…’" has no speaker', async () => {
    const q = await runQuotes(
      'Travellers waited for hours. "Nobody tells us anything," said Omar Haddad. "They just keep saying, \'The computers are down.\'"',
      { entities: [person('Omar Haddad')] },
    );
    expect(q.find((x) => x.text.startsWith("'The computers"))?.speaker).toBeNull();
  });
});

describe('a quotation that a post carried, “…,” read one widely shared post', () => {
  it('has no speaker, though a person is named next', async () => {
    const q = await runQuotes(
      'Protesters rejected the offer. "Resign now," read one widely shared post. Amina Yusuf, an organiser, said the marches would go on.',
      { entities: [person('Amina Yusuf')] },
    );
    expect(q[0]!.speaker).toBeNull();
  });
});

describe('"and said" after a quotation, with a place between', () => {
  it("shares the earlier quotation's speaker", async () => {
    const q = await runQuotes(
      'Prime Minister Luka Beridze accused Brussels of trying to "bully" Armenia and said his cabinet would never let the country become "a battlefield."',
      { entities: [person('Luka Beridze', 'Beridze'), place('Armenia'), place('Brussels')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Luka Beridze', 'Luka Beridze']);
  });
});

describe('a contrasted clause after a partial quotation closed by ,”', () => {
  it('is speech of its own speaker: called it “…,” but the ministry said …', async () => {
    const q = await runQuotes(
      'President Ana Ruiz called the arrest "a victory for the rule of law," but the Foreign Ministry said Madrid had not been told in advance.',
      { entities: [person('Ana Ruiz', 'Ruiz'), org('Foreign Ministry')] },
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([
      ['partial', 'Ana Ruiz'],
      ['indirect', 'Foreign Ministry'],
    ]);
  });
});

describe('an initialism in a description, "the U.S. president"', () => {
  it('is one word the KB roles answer, so the country tells two presidents apart', async () => {
    const facts: PersonFacts = {
      gender: () => null,
      roles: (id) => (id === 'us' ? ['president', 'us'] : ['president', 'br']),
    };
    const q = await runQuotes(
      'A meeting between Mark Dalton and Rui Costa ended early, with the U.S. president accusing his guest of "playing games with the economy."',
      {
        entities: [
          { name: 'Mark Dalton', type: 'person', kbId: 'us', surfaces: ['Mark Dalton'] },
          { name: 'Rui Costa', type: 'person', kbId: 'br', surfaces: ['Rui Costa'] },
        ],
      },
      facts,
    );
    expect(q[0]!.speaker).toBe('Mark Dalton');
  });
});

describe("a participle after a quotation whose double closer was lost before ,'", () => {
  it("is the frame subject's, not the listener's", async () => {
    const q = await runQuotes(
      'Rosa Klein said the bank was in no hurry. "We will not move too fast,\' she told reporters, adding that wages would be watched closely.',
      { entities: [person('Rosa Klein', 'Klein')] },
    );
    expect(q.at(-1)).toMatchObject({ kind: 'indirect', speaker: 'Rosa Klein' });
  });
});

describe('", demanding that …" after a quotation', () => {
  it("is reported speech of the frame's speaker", async () => {
    const q = await runQuotes(
      '"The voters have spoken," union leader Hugo Brandt told supporters in Lyon, demanding that the president appoint a new government.',
      { entities: [person('Hugo Brandt', 'Brandt')] },
    );
    expect(q.at(-1)).toMatchObject({ kind: 'indirect', speaker: 'Hugo Brandt' });
    expect(q.at(-1)!.text).toContain('the president appoint a new government');
  });
});

describe('a said-clause before ", who she described as “…”"', () => {
  it('is speech of its own beside the partial quotation', async () => {
    const q = await runQuotes(
      'Lina Park won the vote on Friday. She said she had called her mother, who she described as "overjoyed."',
      { entities: [person('Lina Park', 'Park')] },
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([
      ['indirect', 'Lina Park'],
      ['partial', 'Lina Park'],
    ]);
    expect(q[0]!.text).toContain('she had called her mother');
  });
});

describe('unnamed sources the phrase readers cut short', () => {
  it('"according to a source close to her" is the source', async () => {
    const q = await runQuotes(
      'The former leader flew to Dubai on Monday, according to a source close to her.',
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['indirect', 'a source close to her']]);
  });

  it('"Student leaders who led the protests said" is the group', async () => {
    const q = await runQuotes(
      'Student leaders who led the protests said they wanted a judge to head the government.',
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['indirect', 'Student leaders']]);
  });
});
