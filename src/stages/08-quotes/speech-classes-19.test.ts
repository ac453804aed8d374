/**
 * Classes found in blind17's wrong speakers (session acc17-quotes): each test is a
 * news-style passage written for the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { person } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

describe('an office named by a possessive pronoun', () => {
  it('is the office of the person the pronoun stands for, by full name', async () => {
    const q = await runQuotes(
      'Governor Tom Hadley faced questions over the delays. His office said the permits had been issued on time.',
      { entities: [person('Tom Hadley')] },
    );
    expect(q.map((x) => [x.speaker, x.entityId])).toEqual([["Tom Hadley's office", null]]);
  });

  it('stays as written when the pronoun stands for no one', async () => {
    const q = await runQuotes('His office said the permits had been issued on time.');
    expect(q.map((x) => x.speaker)).toEqual(['His office']);
  });
});

describe("a person's campaign", () => {
  it('is named by the surname: "NAME\'s campaign said"', async () => {
    const q = await runQuotes('Senator Maria Lopez\'s campaign said the ruling was "a gift to voters".', {
      entities: [person('Maria Lopez')],
    });
    expect(q.map((x) => [x.speaker, x.entityId])).toEqual([['Lopez campaign', null]]);
  });

  it('is the campaign for "the campaign of TITLE NAME said"', async () => {
    const q = await runQuotes('The campaign of Governor Ann Cole said the result was "a fair one".', {
      entities: [person('Ann Cole')],
    });
    expect(q.map((x) => x.speaker)).toEqual(['Cole campaign']);
  });

  it('is the campaign of the person "his"/"her" stands for', async () => {
    const q = await runQuotes(
      'Maria Lopez won the primary on Tuesday. Her campaign said it had raised record sums.',
      { entities: [person('Maria Lopez', 'Lopez')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Lopez campaign']);
  });
});

describe('a frame after a quotation', () => {
  it('never attributes it across "while": the clause after has a speaker of its own', async () => {
    const q = await runQuotes(
      'Mayor Tom Briggs told reporters the plan was "a mess", while Governor Ann Cole said it was "a good start".',
      { entities: [person('Tom Briggs'), person('Ann Cole')] },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['the plan was "a mess"', 'Tom Briggs'],
      ['it was "a good start"', 'Ann Cole'],
    ]);
  });
});

describe('a participle with "by" opening the sentence', () => {
  it('names who asked, never who answered: "Asked by reporters …, he smiled: “…”"', async () => {
    const q = await runQuotes(
      'Mayor Tom Briggs said the bridge was "finally done". Asked by reporters whether he would run again, he smiled: "Never say never."',
      { entities: [person('Tom Briggs')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tom Briggs', 'Tom Briggs']);
  });
});

describe('"he"/"she" in a paragraph that opens with a quotation', () => {
  it("goes on with the previous paragraph's unnamed speaker when no one is named since", async () => {
    const q = await runQuotes(
      'Director Tom Briggs praised the crew.\n\nOne rescue worker, speaking afterwards, said the team had been ready for hours.\n\n"Nobody slept that night," he told local radio.',
      { entities: [person('Tom Briggs')] },
    );
    expect(q.map((x) => [x.speaker, x.anonymous])).toEqual([
      ['One rescue worker', true],
      ['One rescue worker', true],
    ]);
  });

  it("passes over a name in the object of the last quotation's speech verb", async () => {
    const q = await runQuotes(
      '"We are grateful," Mayor Tom Briggs told guests, including U.S. Senator Paul Hart. "This was a long road.\n\n"Tonight it ends," he continued.',
      { entities: [person('Tom Briggs'), person('Paul Hart')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tom Briggs', 'Tom Briggs']);
  });
});

describe('a quotation inside a quotation', () => {
  it('is a quote of the person "he" stands for, never the outer speaker', async () => {
    const q = await runQuotes(
      'Prime Minister Tom Briggs met Paul Hart on Monday.\n\n"He told me, \'We will never walk away,\'" Anna Holt said.',
      { entities: [person('Tom Briggs'), person('Paul Hart'), person('Anna Holt')] },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['"He told me, \'We will never walk away,\'"', 'Anna Holt'],
      ["'We will never walk away,'", 'Paul Hart'],
    ]);
  });

  it("is a named person's: \"In the words of NAME, '…'\"", async () => {
    const q = await runQuotes('"In the words of Martin Cole, \'Nothing lasts forever,\'" Anna Holt said.', {
      entities: [person('Martin Cole'), person('Anna Holt')],
    });
    expect(q.map((x) => x.speaker)).toEqual(['Anna Holt', 'Martin Cole']);
  });

  it('has no speaker when an unnamed person said it: "My father kept saying, \'…\'"', async () => {
    const q = await runQuotes('"My father kept saying, \'Stay calm,\'" Anna Holt said.', {
      entities: [person('Anna Holt')],
    });
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['"My father kept saying, \'Stay calm,\'"', 'Anna Holt'],
      ["'Stay calm,'", null],
    ]);
  });

  it('stays in the quotation when its speaker quotes themselves: "I told them, \'…\'"', async () => {
    const q = await runQuotes('"I told them, \'Not today,\'" Anna Holt said.', {
      entities: [person('Anna Holt')],
    });
    expect(q.map((x) => x.speaker)).toEqual(['Anna Holt']);
  });

  it('is no quotation of its own in the attribution between two single-quoted parts', async () => {
    const q = await runQuotes(
      "Tom Briggs spoke first. 'We will respect the count,' Paul Hart said, 'but we will watch it.'",
      { entities: [person('Tom Briggs'), person('Paul Hart')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Paul Hart']);
  });
});

describe('a clergy title as a description', () => {
  it('names the person titled so before: "The archbishop said …"', async () => {
    const q = await runQuotes(
      'Lyon Archbishop Marc Duval blessed the new bells. The archbishop said the church belonged to "all the faithful".',
      { entities: [person('Marc Duval')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Marc Duval']);
  });
});
