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
