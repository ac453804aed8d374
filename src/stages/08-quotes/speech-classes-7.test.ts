/**
 * Classes found by the seventh blind set (quotes-blind7): each test is a news-style passage
 * written for the test, one class each, so that a rule change that loses a class fails.
 */
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

describe('a participle whose act includes its object (", accusing X of …", ", promising to …")', () => {
  it('reads ", accusing X of …" after a quotation as speech of the quotation\'s speaker', async () => {
    const q = await runQuotes(
      'The budget vote failed on Wednesday.\n\n"We were never consulted," Mira Holt told reporters, accusing the finance minister of hiding the true cost of the plan.',
      { mentions: { 'Mira Holt': 'person' } },
    );
    const charge = q.find((x) => x.text.startsWith('accusing'));
    expect(charge?.text).toBe('accusing the finance minister of hiding the true cost of the plan');
    expect(charge?.speaker).toBe('Mira Holt');
    expect(charge?.kind).toBe('indirect');
  });

  it('reads ", promising to …" after a clause with no speech verb as speech of its subject', async () => {
    const q = await runQuotes(
      'Tomas Brandt took office as mayor of Ostvik on Monday, promising to reopen the closed ferry line within a year.',
      { mentions: { 'Tomas Brandt': 'person', Ostvik: 'location' } },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['promising to reopen the closed ferry line within a year', 'Tomas Brandt'],
    ]);
  });

  it('reads ", and accused X of …" after a partial quotation as a second act of the speaker', async () => {
    const q = await runQuotes(
      'The talks ended without a deal on Friday.\n\nThe farm minister, Jonas Petrauskas, said his country would "never" accept cuts that would "empty our harbours", and accused the commission of ignoring small fishing towns.',
      { mentions: { 'Jonas Petrauskas': 'person' } },
    );
    const charge = q.find((x) => x.text.startsWith('accused'));
    expect(charge?.text).toBe('accused the commission of ignoring small fishing towns');
    expect(charge?.speaker).toBe('Jonas Petrauskas');
  });

  it('leaves "promising" as an adjective and "accusing" without "of" alone', async () => {
    const q = await runQuotes(
      'Tomas Brandt opened the season with a win, promising signs for a young side. Lena Ruiz walked out, accusing looks following her to the door.',
      { mentions: { 'Tomas Brandt': 'person', 'Lena Ruiz': 'person' } },
    );
    expect(q).toEqual([]);
  });
});

describe("a participle that is the sentence's only act of speech", () => {
  it('starts the content at the participle: "voted against it, arguing that …"', async () => {
    const q = await runQuotes(
      'Ruth Okafor, a Green councillor, voted against the new parking fees, arguing that they would drive shoppers out of the town centre.',
      { mentions: { 'Ruth Okafor': 'person' } },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['arguing that they would drive shoppers out of the town centre', 'Ruth Okafor'],
    ]);
  });

  it('keeps the participle out of an addition to a speech verb: "said …, adding that …"', async () => {
    const q = await runQuotes(
      'Ruth Okafor said the fees were unfair, adding that shops had already lost trade.',
      { mentions: { 'Ruth Okafor': 'person' } },
    );
    expect(q.map((x) => x.text)).toEqual(['the fees were unfair', 'shops had already lost trade']);
  });
});

describe('a warning with its preposition ("warned of …", "warned against …")', () => {
  it('keeps the verb and preposition in the content, and reads "against"', async () => {
    const q = await runQuotes(
      'The central bank held rates on Thursday.\n\nGovernor Ilse Marten warned against expecting a quick return to cheap credit.\n\nAnalysts warned of a long slowdown in building.',
      { mentions: { 'Ilse Marten': 'person' } },
    );
    expect(pairs(q)).toEqual([
      ['warned against expecting a quick return to cheap credit', 'Ilse Marten'],
      ['warned of a long slowdown in building', 'Analysts'],
    ]);
  });
});

function pairs(q: readonly { text: string; speaker: string | null }[]): [string, string | null][] {
  return q.map((x) => [x.text, x.speaker]);
}

describe('an appositive with a reduced relative clause of speech (", a plan economists warned would …")', () => {
  it("reads the appositive and its clause as the group's speech, apart from the main clause", async () => {
    const q = await runQuotes(
      'The city will pay for the tram line with a new tax on parking spaces, a levy shop owners warned would empty the high street.\n\nMayor Lena Vogt said the line would open in 2028, a date engineers have said could slip by a year.',
      { mentions: { 'Lena Vogt': 'person' } },
    );
    expect(pairs(q)).toEqual([
      ['a levy shop owners warned would empty the high street', 'shop owners'],
      ['the line would open in 2028', 'Lena Vogt'],
      ['a date engineers have said could slip by a year', 'engineers'],
    ]);
  });

  it('leaves an appositive whose relative subject is no group of speakers alone', async () => {
    const q = await runQuotes('The council approved the budget, a plan the clerk rooms said would pass.', {});
    expect(q).toEqual([]);
  });
});

describe('an age or a nationality that opens a paragraph points back to the person named before', () => {
  it('gives "the 58-year-old" to the person named two paragraphs up, past a paragraph with no name', async () => {
    const q = await runQuotes(
      'Marta Lindqvist was sworn in as Sweden\'s prime minister on Monday.\n\nThe centre-right leader won a narrow vote in parliament after weeks of talks.\n\n"We have a great deal of work ahead," the 58-year-old told lawmakers.',
      { mentions: { 'Marta Lindqvist': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Marta Lindqvist']);
  });

  it('gives "the Dutchman said" opening a paragraph to the speaker of the paragraph before', async () => {
    const q = await runQuotes(
      '"The race was hard from the first mile," said marathon winner Daan Visser.\n\n"The last mile was painful," the Dutchman said.',
      { mentions: { 'Daan Visser': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Daan Visser', 'Daan Visser']);
  });

  it('keeps a bare role that opens a paragraph as written', async () => {
    const q = await runQuotes(
      '"The bread was superb," said Ana Ribeiro.\n\nThe head judge said the crust had been "a little too dark".',
      { mentions: { 'Ana Ribeiro': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Ana Ribeiro', 'The head judge']);
  });
});

describe('a partitive subject ("Two of the nine board members") opening a sentence', () => {
  it('gives the whole phrase as the speaker of a participle, not the count', async () => {
    const q = await runQuotes(
      'Three of the seven council members voted against the budget, arguing that it cut too deeply into school funding.',
      {},
    );
    expect(pairs(q)).toEqual([
      ['arguing that it cut too deeply into school funding', 'Three of the seven council members'],
    ]);
  });
});

describe('a plea ("appealed to residents not to …")', () => {
  it('reads the plea with its verb, apart from a following "and said …" of the same subject', async () => {
    const q = await runQuotes(
      "The river kept rising overnight.\n\nThe town's mayor, Greta Olsen, appealed to drivers not to enter flooded roads and said the bridge would stay shut until Friday.",
      { mentions: { 'Greta Olsen': 'person' } },
    );
    expect(pairs(q)).toEqual([
      ['appealed to drivers not to enter flooded roads', 'Greta Olsen'],
      ['the bridge would stay shut until Friday', 'Greta Olsen'],
    ]);
  });

  it('leaves a court appeal alone', async () => {
    const q = await runQuotes('Greta Olsen appealed to the supreme court on Monday.', {
      mentions: { 'Greta Olsen': 'person' },
    });
    expect(q).toEqual([]);
  });
});
