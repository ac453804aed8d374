/**
 * Attributions as spinners and machine translation reword them (session 21, lead): the
 * scraped copy says "mentioned" for "said", "instructed reporters" for "told reporters" and
 * "In accordance with" for "According to". Each passage is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { org, person } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';
import { buildProfile } from './profile.js';

const pairs = (q: Awaited<ReturnType<typeof runQuotes>>) => q.map((x) => [x.text, x.speaker]);

describe('"mentioned" for "said"', () => {
  it('reports a clause, with or without "that"', async () => {
    const q = await runQuotes(
      'Mayor Ana Lopes mentioned the state of emergency would stay in place until Friday. Lopes mentioned that schools would reopen on Monday.',
      { entities: [person('Ana Lopes', 'Lopes')] },
    );
    expect(pairs(q)).toEqual([
      ['the state of emergency would stay in place until Friday', 'Ana Lopes'],
      ['schools would reopen on Monday', 'Ana Lopes'],
    ]);
  });

  it('reports nothing when what was mentioned is a thing', async () => {
    const q = await runQuotes('Mayor Ana Lopes mentioned the flood barrier twice in her speech on Tuesday.', {
      entities: [person('Ana Lopes', 'Lopes')],
    });
    expect(q).toEqual([]);
  });
});

describe('"instructed" for "told"', () => {
  it('reports the that-clause after the listener', async () => {
    const q = await runQuotes(
      'The mayor, Ana Lopes, instructed reporters that the water had risen by two metres in a single evening.',
      { entities: [person('Ana Lopes', 'Lopes')] },
    );
    expect(pairs(q)).toEqual([['the water had risen by two metres in a single evening', 'Ana Lopes']]);
  });

  it('reports no order: "instructed staff to leave" is an instruction, not words reported', async () => {
    const q = await runQuotes('The mayor, Ana Lopes, instructed staff to leave the town hall by noon.', {
      entities: [person('Ana Lopes', 'Lopes')],
    });
    expect(q).toEqual([]);
  });
});

describe('"In accordance with" and "In line with" for "According to"', () => {
  it('attribute a sentence they open to the source before the comma', async () => {
    const q = await runQuotes(
      'In accordance with the Interior Ministry, more than 200 people have been evacuated from the coastal villages. In line with local media, the storm killed at least 12 people.',
      { entities: [org('Interior Ministry')] },
    );
    expect(pairs(q)).toEqual([
      ['more than 200 people have been evacuated from the coastal villages', 'Interior Ministry'],
      ['the storm killed at least 12 people', 'local media'],
    ]);
  });

  it('attribute nothing inside a sentence, nor before a thing a source owns', async () => {
    const q = await runQuotes(
      "Troops withdrew in accordance with the ceasefire agreed by the Interior Ministry. In line with forecasts, inflation eased to 3% in October. In line with the ministry's guidance, schools will close for two weeks.",
      { entities: [org('Interior Ministry')] },
    );
    expect(q).toEqual([]);
  });
});

describe('"In keeping with" for "According to" (session 23)', () => {
  it('attributes a sentence it opens to the source before the comma', async () => {
    const q = await runQuotes(
      'In keeping with the fire service, three homes were destroyed in the blaze. In keeping with tradition, the parade will start at the harbour.',
      { entities: [org('fire service')] },
    );
    expect(pairs(q)).toEqual([['three homes were destroyed in the blaze', 'fire service']]);
  });
});

describe('"…, in accordance with X." for "…, according to X." (session 23)', () => {
  it('attributes the sentence to a named person or body that ends it', async () => {
    const q = await runQuotes(
      'Inflation in the bloc eased to 2.1% in October, in accordance with Eurostat. The strike will last three days, in keeping with union leader Ana Lopes.',
      { entities: [org('Eurostat'), person('Ana Lopes', 'Lopes')] },
    );
    expect(pairs(q)).toEqual([
      ['Inflation in the bloc eased to 2.1% in October', 'Eurostat'],
      ['The strike will last three days', 'Ana Lopes'],
    ]);
  });

  it('attributes nothing to a law, a custom, a body with more after it, or "in line with"', async () => {
    const q = await runQuotes(
      'The troops withdrew, in accordance with the Geneva Conventions. The vote was held, in accordance with the law. Rates rose by a quarter point, in line with Eurostat. The office closed, in keeping with Eurostat guidance on holidays.',
      { entities: [org('Eurostat')] },
    );
    expect(q).toEqual([]);
  });
});

describe('"the corporate" for "the company" (session 23)', () => {
  it('is the company that speaks', async () => {
    const q = await runQuotes(
      'Harbor Freight Lines cut 300 jobs on Monday. Revenue fell 12% in the third quarter, the corporate said. The corporate world said little.',
      { entities: [org('Harbor Freight Lines')] },
    );
    expect(pairs(q)).toEqual([['Revenue fell 12% in the third quarter', 'Harbor Freight Lines']]);
  });
});

describe('"workplace" for "office" (session 23)', () => {
  it('is the office that speaks, named as the office', async () => {
    const q = await runQuotes(
      "Prime Minister Ana Lopes's workplace mentioned the talks would resume on Monday. Lopes's workplace said the date was fixed.",
      { entities: [person('Ana Lopes', 'Lopes')] },
    );
    expect(pairs(q)).toEqual([
      ['the talks would resume on Monday', "Ana Lopes's office"],
      // As "Lopes's office said" is named (the office as written).
      ['the date was fixed', "Lopes's office"],
    ]);
  });
});

describe('"referred to as" for "called" (session 22)', () => {
  it('frames a partial quotation after its object', async () => {
    const q = await runQuotes(
      'Mayor Ana Lopes, who opened the harbour festival on Monday, referred to as the new ferry line “a lifeline” for the islands.',
      { entities: [person('Ana Lopes', 'Lopes')] },
    );
    expect(pairs(q)).toEqual([['the new ferry line “a lifeline” for the islands', 'Ana Lopes']]);
  });

  it('is a name after an auxiliary: "what is referred to as"', async () => {
    const q = await runQuotes(
      'Mayor Ana Lopes opened the harbour festival on Monday. The ferry runs along what is referred to as “the lifeline” of the islands.',
      { entities: [person('Ana Lopes', 'Lopes')] },
    );
    expect(q).toEqual([]);
  });
});

describe('a spinner\'s "pinnacle" for "top" in a description', () => {
  // Session 24 (lead): "In keeping with the pinnacle diplomat, …" after "Overseas Minister
  // Sergey Lavrov" stayed an unnamed source.
  it('is read as "top": "the pinnacle diplomat" is the foreign minister', async () => {
    const facts = {
      gender: () => 'male' as const,
      roles: () => ['minister', 'foreign', 'affairs'],
      profile: () =>
        buildProfile({
          description: 'Foreign Minister of Norland',
          demonyms: ['Norlandic'],
          roles: [{ role: 'Minister of Foreign Affairs', org: 'Norland', orgNames: [], ended: false }],
        }),
    };
    const q = await runQuotes(
      'Norlandic Overseas Minister Ivan Berg said the sanctions were wrong.\n\nIn keeping with the pinnacle diplomat, any seizure would be theft.',
      { entities: [{ name: 'Ivan Berg', type: 'person', kbId: 'p', surfaces: ['Ivan Berg'] }] },
      facts,
    );
    expect(q.map((x) => x.speaker)).toEqual(['Ivan Berg', 'Ivan Berg']);
  });
});

describe('translated Spanish "affirmed" and "indicated" (session 24, lead)', () => {
  it('report as "said", the inverted "affirmed the president" included', async () => {
    const q = await runQuotes(
      'President Ana Lopes spoke on Monday.\n\n"We do not accept interventionism," affirmed the president during her morning conference.\n\nLopes indicated that her government maintains a "good communication" with Washington.',
      { entities: [person('Ana Lopes', 'Lopes')] },
    );
    expect(q.map((x) => [x.cue, x.speaker])).toEqual([
      ['affirmed', 'Ana Lopes'],
      ['indicated', 'Ana Lopes'],
    ]);
  });

  it('take no plain object as speech', async () => {
    const q = await runQuotes('The court affirmed the ruling on Monday. A sign indicated the exit.');
    expect(q).toEqual([]);
  });
});
