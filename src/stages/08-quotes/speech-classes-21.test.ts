/**
 * Classes found in blind19's errors (session acc19-quotes): each test is a news-style
 * passage written for the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { org, person } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';
import { isMannerRun } from './manner-run.js';
import { signAfter, signBefore } from './sign-words.js';

describe('a manner run before the name after a quotation', () => {
  it('reads "an emotional", "a visibly shaken" as manner, not a name or a title', () => {
    expect(isMannerRun(', an emotional ')).toBe(true);
    expect(isMannerRun(', a visibly shaken ')).toBe(true);
    expect(isMannerRun(', a Reuters ')).toBe(false);
    expect(isMannerRun(', ')).toBe(false);
  });

  it('gives the quotation to the person named after it', async () => {
    const q = await runQuotes(
      'Marta Ruiz beat Elena Costa in the final in Seville on Sunday.\n\n"I never thought this day would come," a tearful Ruiz told the crowd.',
      { entities: [person('Marta Ruiz', 'Ruiz'), person('Elena Costa', 'Costa')] },
    );
    expect(q.map((x) => [x.kind, x.speaker, x.cue])).toEqual([['direct', 'Marta Ruiz', 'told']]);
  });
});

describe('a gesture verb before a colon', () => {
  it('gives the quotation to the subject of "smiled:"', async () => {
    const q = await runQuotes(
      'Hannah Berg retired from the national team on Friday. Asked whether she would coach one day, she smiled: "Never say never."',
      { entities: [person('Hannah Berg', 'Berg')] },
    );
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([['Hannah Berg', 'smiled']]);
  });

  it('reports nothing where no quotation follows the colon', async () => {
    const q = await runQuotes(
      'Hannah Berg smiled at the fans: she signed shirts for an hour after the match.',
      { entities: [person('Hannah Berg', 'Berg')] },
    );
    expect(q).toEqual([]);
  });
});

describe('the words of a sign', () => {
  it('knows a sign subject with words before its verb, and a sign after the quotation', () => {
    expect(signBefore('A banner over the gate of the old mill reads ')).toBe(true);
    expect(signBefore('The mayor of the old mill town reads ')).toBe(false);
    expect(signAfter(', read a placard held by a student.')).toBe(true);
    expect(signAfter(', said a spokesman for the council.')).toBe(false);
  });

  it('drops them: "A sign outside … reads ‘…’" and "‘…,’ read a banner …"', async () => {
    const q = await runQuotes(
      "A sign outside the town hall in Leeds reads 'Flood relief desk open.'\n\n'No more cuts,' read a banner carried past the council offices.",
    );
    expect(q).toEqual([]);
  });
});

describe('"reported" with an object', () => {
  it('is no reported speech when a relative clause follows its object', async () => {
    const q = await runQuotes(
      'Harlow Motors reported annual profit that rose 40% to $2 billion, helped by strong sales of its electric vans.',
      { entities: [org('Harlow Motors')] },
    );
    expect(q).toEqual([]);
  });

  it('still reports before "that" after a word of its setting', async () => {
    const q = await runQuotes('The broadcaster reported on Tuesday that the minister had resigned.', {
      entities: [],
    });
    expect(q.map((x) => x.text)).toEqual(['the minister had resigned']);
  });
});

describe('a name after "at" in the appositive', () => {
  it('is the firm the speaker works for, not the speaker', async () => {
    const q = await runQuotes(
      'Some analysts were unconvinced. "The numbers do not add up," Rachel Moore, an analyst at Goldberg, wrote in a note, "and the margins look thin."',
      { entities: [person('Rachel Moore'), person('Goldberg')] },
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['direct', 'Rachel Moore']]);
  });
});

describe('a quotation in a relative clause on the subject', () => {
  it('is the antecedent\'s, and the phrase after ",” said" with a verb is no speaker', async () => {
    const q = await runQuotes(
      'Governor Laura Pike, who had warned on Monday that the river could reach "a record height," said emergency crews were ready.',
      { entities: [person('Laura Pike', 'Pike')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Laura Pike']);
    expect(q[0]!.text).toContain('a record height');
  });
});

describe('a description opening its paragraph', () => {
  it("goes on with the previous paragraph's speaker after a lead-in clause", async () => {
    const q = await runQuotes(
      'Anna Lind said her party would not join any coalition with the nationalists.\n\nAsked when talks might start, the centrist leader said she hoped to begin next week.',
      { entities: [person('Anna Lind', 'Lind')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Anna Lind', 'Anna Lind']);
  });

  it('takes a ranking as one person: "The world number one said …"', async () => {
    const q = await runQuotes(
      '"It feels unreal," Marek Novak said after the final.\n\nThe world number one said the defeat in Madrid had taught him patience.',
      { entities: [person('Marek Novak', 'Novak')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Marek Novak', 'Marek Novak']);
  });

  it('leaves a description anchored to a place as someone new', async () => {
    const q = await runQuotes(
      'Hotel owner Samir Aziz said bookings had doubled.\n\nThe mayor of Aswan said the city hoped to attract more visitors.',
      { entities: [person('Samir Aziz', 'Aziz')] },
    );
    expect(q.map((x) => [x.speaker, x.anonymous ?? false])).toEqual([
      ['Samir Aziz', false],
      ['The mayor of Aswan', true],
    ]);
  });
});

describe('a name opening the sentence after another subject', () => {
  const facts = {
    gender: (kbId: string) => (kbId === 'Q1' || kbId === 'Q2' ? ('male' as const) : null),
    roles: () => [],
  };
  it('is the subject "he" goes on with, not the subject of the sentence before', async () => {
    const q = await runQuotes(
      'Judge Paul Varga read out the verdict. Viktor Hollis, who is in custody, denies the charges.\n\nHe told reporters he would appeal.',
      {
        entities: [
          { ...person('Paul Varga', 'Varga'), kbId: 'Q2' },
          { ...person('Viktor Hollis', 'Hollis'), kbId: 'Q1' },
        ],
      },
      facts,
    );
    expect(q.find((x) => x.text.includes('appeal'))?.speaker).toBe('Viktor Hollis');
  });
});

describe('a possessive pronoun before a proxy', () => {
  const facts = {
    gender: (kbId: string) => (kbId === 'Q1' || kbId === 'Q2' ? ('male' as const) : null),
    roles: () => [],
  };
  it("names the proxies by the person's surname, with the person as affiliation", async () => {
    const q = await runQuotes(
      'Judge Paul Varga read out the verdict. Viktor Hollis, who is in custody, denies the charges.\n\nHis lawyers said they would appeal.',
      {
        entities: [
          { ...person('Paul Varga', 'Varga'), kbId: 'Q2' },
          { ...person('Viktor Hollis', 'Hollis'), kbId: 'Q1' },
        ],
      },
      facts,
    );
    const appeal = q.find((x) => x.text.includes('appeal'));
    expect([appeal?.speaker, appeal?.anonymous, appeal?.affiliation]).toEqual([
      "Hollis's lawyers",
      true,
      'Viktor Hollis',
    ]);
  });
});

describe("the paragraph's speaker of unknown gender", () => {
  const facts = {
    gender: (kbId: string) => (kbId === 'Q3' || kbId === 'Q4' ? ('female' as const) : null),
    roles: () => [],
  };
  it('wins over the subject of a sentence that named a woman before', async () => {
    const q = await runQuotes(
      'Mayor Clara Voss said the statue of Queen Matilda had been damaged in the storm.\n\nCity engineer Robin Ashe told local radio that the square would stay closed for at least a week while inspectors from the regional heritage office checked every wall, arch and roof beam of the old market hall for cracks. "We are not taking any chances," she said.',
      {
        entities: [
          { ...person('Clara Voss', 'Voss'), kbId: 'Q3' },
          { ...person('Queen Matilda'), kbId: 'Q4' },
          person('Robin Ashe', 'Ashe'),
        ],
      },
      facts,
    );
    expect(q.find((x) => x.text.includes('chances'))?.speaker).toBe('Robin Ashe');
  });
});

describe('a delayed lead after a dateline with the agency in brackets', () => {
  it('is the person named next with a title, past a person its own sentence speaks about', async () => {
    const q = await runQuotes(
      'Harbour city chief warns of cuts\n\nPORTSMOUTH (Reuters) - The head of the Portsmouth Harbour Authority said on Monday that the port had been starved of money, deepening a dispute with Mayor Alan Reeve.\n\nAsked about the budget, Chief Executive Dana Hollis said: "We cannot run a port on promises."',
      {
        entities: [
          person('Alan Reeve', 'Reeve'),
          person('Dana Hollis', 'Hollis'),
          org('Portsmouth Harbour Authority'),
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Dana Hollis', 'Dana Hollis']);
  });
});
