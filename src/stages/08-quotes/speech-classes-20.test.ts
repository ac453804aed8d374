/**
 * Classes found in blind18's errors (session acc18-quotes): each test is a news-style
 * passage written for the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { org, person } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';
import { kinshipGender, pronounVotes } from './gender.js';
import { maskInitialismDots } from './speaker-before-cue.js';

/** The KB knows Tom Hale (kbId Q1) as a man, and no one else's gender. */
const TOM_HALE_MALE = {
  gender: (kbId: string) => (kbId === 'Q1' ? ('male' as const) : null),
  roles: () => [],
};
const tomHale = { ...person('Tom Hale', 'Hale'), kbId: 'Q1' };

describe('an initialism inside the speaker phrase', () => {
  it('keeps its length and masks only the dots of capitals', () => {
    const s = 'a spokesperson for the U.S. Forest Service, Mr. Hale';
    expect(maskInitialismDots(s)).toBe('a spokesperson for the U\u2024S\u2024 Forest Service, Mr. Hale');
    expect(maskInitialismDots(s).length).toBe(s.length);
  });

  it('ends no clause: "A spokesperson for the U.N. agency said …"', async () => {
    const q = await runQuotes('A spokesperson for the U.N. agency said the camps had run out of tents.');
    expect(q.map((x) => [x.text, x.anonymous])).toEqual([['the camps had run out of tents', true]]);
  });

  it('gives the organisation named after it as the affiliation', async () => {
    const q = await runQuotes(
      'An official at the U.S. Federal Aviation Administration said the runway would reopen on Friday.',
      { entities: [org('Federal Aviation Administration')] },
    );
    expect(q.map((x) => x.text)).toEqual(['the runway would reopen on Friday']);
    expect(q[0]!.affiliation).toMatch(/Federal Aviation Administration$/u);
  });

  it('leaves "Secretary-General" a title before the name the spokesperson speaks for', async () => {
    const q = await runQuotes(
      'A spokesperson for U.N. Secretary-General Lena Okafor said she was "deeply alarmed" by the shelling.',
      { entities: [person('Lena Okafor')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Lena Okafor']);
  });
});

describe('a second complement of the cue', () => {
  it('runs the partial quote on over "and that … “…”"', async () => {
    const q = await runQuotes(
      'Tom Briggs said the talks had "hit a wall" and that his union kept "every option" open.',
      { entities: [person('Tom Briggs')] },
    );
    expect(q.map((x) => x.text)).toEqual([
      'the talks had "hit a wall" and that his union kept "every option" open',
    ]);
  });

  it('runs it on over "— or that … “…”"', async () => {
    const q = await runQuotes(
      'Paul Hart said the figures showed the council was "broke" — or that it was "hiding the truth".',
      { entities: [person('Paul Hart')] },
    );
    expect(q.map((x) => x.text)).toEqual([
      'the figures showed the council was "broke" — or that it was "hiding the truth"',
    ]);
  });
});

describe('a clause before ", alleging “…”"', () => {
  it('is speech of its own beside the quotation', async () => {
    const q = await runQuotes(
      'Maria Lopez said she would appeal the verdict, alleging "a shameful abuse of power" by the court.',
      { entities: [person('Maria Lopez')] },
    );
    expect(q.map((x) => [x.text, x.speaker])).toContainEqual(['she would appeal the verdict', 'Maria Lopez']);
  });
});

describe("a speech verb's bare form before a person's title", () => {
  it('is a noun: "Student protest leader NAME told …"', async () => {
    const q = await runQuotes(
      'Student protest leader Maria Lopez told reporters that the sit-in would go on.',
      {
        entities: [person('Maria Lopez')],
      },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([['the sit-in would go on', 'Maria Lopez']]);
  });

  it('opens no speech in "a centrist state senator, was elected …"', async () => {
    const q = await runQuotes(
      'Ana Ruiz, a 41-year-old centrist state senator, was elected governor on Sunday, defeating two rivals.',
      { entities: [person('Ana Ruiz')] },
    );
    expect(q).toEqual([]);
  });

  it('leaves "say" a verb before a title in a headline: "Police say gunman …"', async () => {
    const q = await runQuotes('Police say gunman acted alone in mall attack');
    expect(q.map((x) => x.text)).toEqual(['gunman acted alone in mall attack']);
  });
});

describe('a relative clause in the subject', () => {
  it('after an appositive is about the appositive: the name before speaks', async () => {
    const q = await runQuotes(
      'Kenji Sato, leader of the Farmers Party, which doubled its seats to 12, said his party would back "sensible" bills.',
      { entities: [person('Kenji Sato'), org('Farmers Party')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Kenji Sato']);
  });

  it('runs to the cue after a name with a lower-case title: "Green leader NAME, who …, said"', async () => {
    const q = await runQuotes(
      'Green leader Anna Holt, who becomes Deputy Mayor, or second in command, said the two parties would work "as partners".',
      { entities: [person('Anna Holt')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Anna Holt']);
  });

  it('includes a participle clause: "NAME, speaking at his office in Leeds, England, promised …"', async () => {
    const q = await runQuotes(
      'Tom Briggs, speaking earlier at his campaign office in Leeds, England, promised he would "fix the roads."',
      { entities: [person('Tom Briggs')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tom Briggs']);
  });
});

describe('"the letter said"', () => {
  it('is the speaker who wrote it just before', async () => {
    const q = await runQuotes(
      'In a letter to staff, Paul Hart wrote that it had been a privilege to lead the firm. "I am leaving with a full heart," the letter said.',
      { entities: [person('Paul Hart')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Paul Hart', 'Paul Hart']);
  });
});

describe('an occupation as the title before a name', () => {
  it('heads the speaker after a quotation: "“…,” astronaut NAME radioed"', async () => {
    const q = await runQuotes('"Smooth landing," astronaut Lena Okafor radioed after touchdown.', {
      entities: [person('Lena Okafor')],
    });
    expect(q.map((x) => x.speaker)).toEqual(['Lena Okafor']);
  });
});

describe("a person's gender", () => {
  it('follows a kinship noun written as a title', () => {
    expect(kinshipGender("Hart's sister ")).toBe('female');
    expect(kinshipGender('her husband ')).toBe('male');
    expect(kinshipGender('the lawyer ')).toBeNull();
  });

  it('takes no votes from the pronouns inside a quotation', () => {
    const text = 'said her brother was calm. "He told me he was fine," she said.';
    expect(pronounVotes(text, 0, text.length)).toEqual({ male: 0, female: 2 });
  });

  it('lets the inner words of "“He told me, ‘…’,” she said" go to the brother', async () => {
    const q = await runQuotes(
      'A court jailed Tom Hale for ten years. Hale\'s sister Samira Hale said her brother was calm. "He told me, \'I will not bow to them,\'" she said. "He is not afraid."',
      { entities: [tomHale, person('Samira Hale')] },
      TOM_HALE_MALE,
    );
    expect(q.map((x) => [x.text.slice(0, 12), x.speaker])).toEqual([
      ['her brother ', 'Samira Hale'],
      ['"He told me,', 'Samira Hale'],
      ["'I will not ", 'Tom Hale'],
    ]);
  });
});

describe('a quotation inside a quotation after "As NAME once said"', () => {
  it("is the named person's", async () => {
    const q = await runQuotes(
      '"As Rosa Diaz once said, \'Hope is a discipline,\'" Paul Hart told the crowd.',
      {
        entities: [person('Rosa Diaz'), person('Paul Hart')],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Paul Hart', 'Rosa Diaz']);
  });
});

describe("a headline's title with no article", () => {
  it('names the person the article gives that title: "…, Lyon prosecutor says"', async () => {
    const q = await runQuotes(
      'Museum loot worth 50 million euros, Lyon prosecutor says\n\nThe stolen jewels are worth 50 million euros, Lyon prosecutor Anne Morel said on Tuesday.',
      { entities: [person('Anne Morel')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Anne Morel', 'Anne Morel']);
  });
});

describe('"he"/"she" in a paragraph that opens with a quotation', () => {
  it("goes on with the previous paragraph's speaker of unknown gender", async () => {
    const q = await runQuotes(
      'Parliament chose Tom Hale as president.\n\n"We will stay every night," said Giorgi Ruiz, a developer.\n\n"They underestimate us," he said.',
      { entities: [tomHale, person('Giorgi Ruiz')] },
      TOM_HALE_MALE,
    );
    expect(q.map((x) => x.speaker)).toEqual(['Giorgi Ruiz', 'Giorgi Ruiz']);
  });

  it('not when a person who could be meant is named since', async () => {
    const q = await runQuotes(
      'Parliament chose Giorgi Ruiz as speaker.\n\n"We will stay every night," said Giorgi Ruiz. Tom Hale watched from the gallery.\n\n"They underestimate us," he said.',
      { entities: [tomHale, person('Giorgi Ruiz')] },
      TOM_HALE_MALE,
    );
    expect(q.map((x) => x.speaker)).toEqual(['Giorgi Ruiz', 'Tom Hale']);
  });
});

describe('an alias in the appositive after a name', () => {
  it('is the same person: the name before it speaks', async () => {
    const q = await runQuotes(
      '"This win belongs to the whole city," Omar Haddad, the militia commander better known as Abu Yusuf, told a crowd.',
      { entities: [person('Omar Haddad'), person('Abu Yusuf')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Omar Haddad']);
  });
});
