/**
 * Classes found in blind14's misses and wrong speakers (session 11): each test is a
 * news-style passage written for the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

describe('a number after "said about"', () => {
  it('opens the content: "said about 4,000 homes had lost power"', async () => {
    const q = await runQuotes('The utility said about 4,000 homes in the valley had lost power overnight.');
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['about 4,000 homes in the valley had lost power overnight', 'The utility'],
    ]);
  });

  it('opens the content with a count word: "said around a dozen staff had left"', async () => {
    const q = await runQuotes('The hospital said around a dozen nurses had resigned since March.');
    expect(q.map((x) => x.text)).toEqual(['around a dozen nurses had resigned since March']);
  });

  it('is still no content when a topic follows: "said about the plan"', async () => {
    const q = await runQuotes('The mayor said about the plan only that the council would vote on it.');
    expect(q.map((x) => x.text)).not.toContain('about the plan only that the council would vote on it');
  });
});

describe('"reported" closing a sentence after its content', () => {
  it('attributes the content before it: "…, the broadcaster reported."', async () => {
    const q = await runQuotes('Turnout fell below half in the northern districts, the broadcaster reported.');
    expect(q.map((x) => [x.text, x.speaker, x.cue])).toEqual([
      ['Turnout fell below half in the northern districts', 'the broadcaster', 'reported'],
    ]);
  });

  it('still needs a clause after it inside a sentence: "reported a fire"', async () => {
    const q = await runQuotes('The night guard reported a fire at the depot shortly after midnight.');
    expect(q).toEqual([]);
  });
});

describe('a clause said before a participle that introduces a quotation', () => {
  const entities = [{ name: 'Lena Sorel', type: 'person' as const, surfaces: ['Lena Sorel'] }];

  it('is speech of its own: "said …, calling the delay “unacceptable.”"', async () => {
    const q = await runQuotes(
      'Mayor Lena Sorel said she had asked the contractor for a new timetable, calling the delay "unacceptable."',
      { entities },
    );
    expect(q.map((x) => [x.text, x.kind, x.speaker])).toEqual([
      ['she had asked the contractor for a new timetable', 'indirect', 'Lena Sorel'],
      ['the delay "unacceptable."', 'partial', 'Lena Sorel'],
    ]);
  });

  it('is speech of its own before ", adding: “…”"', async () => {
    const q = await runQuotes(
      'Lena Sorel said she was surprised by the result, adding: "We never expected to win the district."',
      { entities },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['she was surprised by the result', 'Lena Sorel'],
      ['"We never expected to win the district."', 'Lena Sorel'],
    ]);
  });

  it('is not read after an act rather than a saying: "announced …, saying …"', async () => {
    const q = await runQuotes(
      'Lena Sorel announced she would stand down, saying it was "time for someone new."',
      { entities },
    );
    expect(q.map((x) => x.text)).not.toContain('she would stand down');
  });
});

describe('an organisation mention that ends in a title and a name', () => {
  it('is the person, without the body and the title', async () => {
    const q = await runQuotes(
      'Northern Rail Safety Board Administrator Ingrid Vasquez said inspectors would examine every bridge on the line.',
      {
        entities: [
          {
            name: 'Northern Rail Safety Board Administrator Ingrid Vasquez',
            type: 'organization',
            surfaces: ['Northern Rail Safety Board Administrator Ingrid Vasquez'],
          },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Ingrid Vasquez']);
  });

  it('stays an organisation when no name follows the title word', async () => {
    const q = await runQuotes(
      'The Federation of Retired Teachers Association said pensions had fallen behind prices for a decade.',
      {
        entities: [
          {
            name: 'Federation of Retired Teachers Association',
            type: 'organization',
            surfaces: ['Federation of Retired Teachers Association'],
          },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Federation of Retired Teachers Association']);
  });
});

describe('a contrasted clause with a speaker of its own', () => {
  const entities = [
    { name: 'Anton Reyes', type: 'person' as const, surfaces: ['Anton Reyes', 'Reyes'] },
    { name: 'Clara Voss', type: 'person' as const, surfaces: ['Clara Voss'] },
  ];

  it('ends the first content: "Reyes said …, but the firm\'s engineer, NAME, told reporters …"', async () => {
    const q = await runQuotes(
      "Reyes said no cause had been ruled out, but the operator's chief engineer, Clara Voss, told reporters there was no sign of sabotage.",
      { entities },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['no cause had been ruled out', 'Anton Reyes'],
      ['there was no sign of sabotage', 'Clara Voss'],
    ]);
  });

  it('ends a partial quotation: "“…,” though the commander, General NAME, said …"', async () => {
    const q = await runQuotes(
      'Reyes said the strike had "crippled the depot," though the commander of the northern front, General Clara Voss, said it was too early to judge the damage.',
      { entities },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['the strike had "crippled the depot,"', 'Anton Reyes'],
      ['it was too early to judge the damage', 'Clara Voss'],
    ]);
  });

  it('is no new speaker after a clause of the first content: "…, but prices rose, and analysts said …"', async () => {
    const q = await runQuotes(
      'Reyes said exports were strong, but prices rose again in March, and analysts said rates would climb.',
      { entities },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Anton Reyes']);
  });
});

describe('names inside what is said of the subject before its verb', () => {
  it('a relative clause with an appositive name in it: "NAME, who … his wife, NAME2, …, said"', async () => {
    const q = await runQuotes(
      'Tomas Lindgren, who was booed and had a cup thrown at his daughter, Elsa, during the final round, said the title meant more than any other.',
      {
        entities: [
          { name: 'Tomas Lindgren', type: 'person', surfaces: ['Tomas Lindgren'] },
          { name: 'Elsa', type: 'person', surfaces: ['Elsa'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Tomas Lindgren']);
  });

  it('a name after a preposition in an appositive: "NAME, a fierce critic of NAME2, called it …"', async () => {
    const q = await runQuotes(
      'Canada\'s Mara Quist, a fierce critic of Delacroix, called the ruling "a bad day for the sport."',
      {
        entities: [
          { name: 'Mara Quist', type: 'person', surfaces: ['Mara Quist'] },
          { name: 'Delacroix', type: 'person', surfaces: ['Delacroix'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Mara Quist']);
  });

  it('still names the speaker in apposition to a description: "The coach, NAME, said"', async () => {
    const q = await runQuotes('The club\'s new coach, Mara Quist, said the squad was "hungry for more."', {
      entities: [{ name: 'Mara Quist', type: 'person', surfaces: ['Mara Quist'] }],
    });
    expect(q.map((x) => x.speaker)).toEqual(['Mara Quist']);
  });
});

describe('"the agency" or "the union" after a public body named just before', () => {
  it('is the body named in the sentence before, in its paragraph', async () => {
    const q = await runQuotes(
      'The Maritime Safety Administration had cleared the ferry to sail on Friday. In a statement, the agency said it would review the inspection records.',
      {
        entities: [
          {
            name: 'Maritime Safety Administration',
            type: 'organization',
            surfaces: ['Maritime Safety Administration'],
          },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Maritime Safety Administration']);
  });

  it('is the workers\' association named earlier in its sentence: "…, the union said"', async () => {
    const q = await runQuotes(
      'About 70% of members of the National Association of Dock Workers voted to accept the offer, the union said.',
      {
        entities: [
          {
            name: 'National Association of Dock Workers',
            type: 'organization',
            surfaces: ['National Association of Dock Workers'],
          },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['National Association of Dock Workers']);
  });
});

describe('the wire agency of a dateline', () => {
  it('is no antecedent of "it": "CITY/CITY (Reuters) - X … what it said were …"', async () => {
    const q = await runQuotes(
      'VALLETTA/ROME (Reuters) - Malta seized a tanker on what it said were "clear breaches" of the fishing ban on Tuesday.',
      {
        entities: [
          { name: 'Reuters', type: 'organization', surfaces: ['Reuters'] },
          { name: 'Malta', type: 'location', surfaces: ['Malta'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).not.toContain('Reuters');
  });
});
