/**
 * Classes found by the eighth blind set's errors in session 6 (acc9-quotes): each test is
 * a news-style passage written for the test, one class each, so that a rule change that
 * loses a class fails.
 */
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../../../test/helpers/run-quotes.js';

describe('a platform is where words were posted, not who posted them', () => {
  it('gives a description after "in a statement posted on Telegram" to the group, not the platform', async () => {
    const q = await runQuotes(
      'The Northern Brigade denied that its units had shelled the market.\n\nIn a statement posted on Telegram, the armed group accused the army of using schools as bases.',
      {
        entities: [
          {
            name: 'Northern Brigade',
            type: 'organization',
            kbId: 'kb:brigade',
            surfaces: ['Northern Brigade'],
          },
          { name: 'Telegram', type: 'organization', kbId: 'kb:telegram', surfaces: ['Telegram'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).not.toContain('Telegram');
  });

  it('does not read "it" after "wrote on Truth Social" as the platform', async () => {
    const q = await runQuotes(
      'The Harbour Authority said the port would reopen on Monday.\n\nThe senator called the deal a disgrace in a post on Truth Social. It said inspections would take a week.',
      {
        entities: [
          {
            name: 'Harbour Authority',
            type: 'organization',
            kbId: 'kb:harbour',
            surfaces: ['Harbour Authority'],
          },
          { name: 'Truth Social', type: 'organization', kbId: 'kb:truth', surfaces: ['Truth Social'] },
        ],
      },
    );
    expect(q.map((x) => x.speaker)).not.toContain('Truth Social');
    expect(q.find((x) => x.text.startsWith('inspections'))?.speaker).toBe('Harbour Authority');
  });

  it('keeps a platform that speaks as a company ("Telegram said")', async () => {
    const q = await runQuotes('Telegram said it had removed the channels within hours.', {
      entities: [{ name: 'Telegram', type: 'organization', kbId: 'kb:telegram', surfaces: ['Telegram'] }],
    });
    expect(q.map((x) => x.speaker)).toEqual(['Telegram']);
  });
});

describe('"on X." ends the attribution sentence', () => {
  it('joins the quotation continued after "…,” NAME wrote on X. “…”" into one quote', async () => {
    const text =
      'Airline chief executive Marta Olsen apologised on Friday. "This was not a cyberattack," Olsen wrote on X. "Passengers will be rebooked free of charge."';
    const q = await runQuotes(text, { mentions: { 'Marta Olsen': 'person', Olsen: 'person' } });
    expect(q).toHaveLength(1);
    expect(q[0]!.text).toContain('Passengers will be rebooked');
    expect(q[0]!.speaker).toBe('Marta Olsen');
  });

  it('reads "on X. Surname" tagged as one name as the platform, then the surname', async () => {
    const text =
      'Finance Minister Pavel Hruby praised the vote on X. Hruby wrote that the result showed voters wanted "a steady hand."';
    const q = await runQuotes(text, {
      entities: [
        { name: 'Pavel Hruby', type: 'person', kbId: 'kb:hruby', surfaces: ['Pavel Hruby'] },
        { name: 'X. Hruby', type: 'organization', surfaces: ['X. Hruby'] },
      ],
    });
    expect(q.map((x) => [x.speaker, x.entityId])).toEqual([['Pavel Hruby', 'E1']]);
  });
});

describe('an office speaks for itself', () => {
  it('names "NAME\'s office" as the speaker, without the title before the name', async () => {
    const q = await runQuotes(
      "Prime Minister Lena Vidal's office said in a statement that talks with the unions would resume on Monday.",
      { entities: [{ name: 'Lena Vidal', type: 'person', kbId: 'kb:vidal', surfaces: ['Lena Vidal'] }] },
    );
    expect(q.map((x) => [x.speaker, x.entityId])).toEqual([["Lena Vidal's office", null]]);
  });

  it('continues the office with "it" in the same paragraph', async () => {
    const q = await runQuotes(
      "The union leader Ivo Brandt rejected the offer on Sunday.\n\nVidal's office said several points remained open. It said a reply would come after the weekend.",
      {
        mentions: { 'Ivo Brandt': 'person', Vidal: 'person' },
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(["Vidal's office", "Vidal's office"]);
  });

  it('keeps the person for "NAME\'s spokesman" (the spokesman speaks for the person)', async () => {
    const q = await runQuotes("Lena Vidal's spokesman said the prime minister would attend the summit.", {
      mentions: { 'Lena Vidal': 'person' },
    });
    expect(q.map((x) => x.speaker)).not.toContain("Lena Vidal's office");
  });
});

describe('requests and participles of speech', () => {
  it('reads "asked the residents to …" and "called on both sides to …" as requests', async () => {
    const q = await runQuotes(
      'The mayor of the port city, Ana Ribeiro, asked residents to boil tap water, since two pumping stations had failed.\n\nUN envoy Tomas Lind called on both sides to respect the truce.',
      { mentions: { 'Ana Ribeiro': 'person', 'Tomas Lind': 'person' } },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['asked residents to boil tap water, since two pumping stations had failed', 'Ana Ribeiro'],
      ['called on both sides to respect the truce', 'Tomas Lind'],
    ]);
  });

  it('keeps "asked not to be named", "asked to leave" and "asked whether" out', async () => {
    const q = await runQuotes(
      'A trader, who asked not to be named, watched the screens. The minister asked to leave early. Reporters asked whether the plan would survive.',
    );
    expect(q).toEqual([]);
  });

  it('reads ", telling LISTENER (that) CLAUSE" and ", saying he …" as speech of the subject', async () => {
    const q = await runQuotes(
      'Governor Ruth Amadi conceded the race on Thursday, telling supporters in Enugu that she would work with the winner.\n\nPresident Daniel Obi met the unions on Thursday.\n\nOn Friday he struck a softer tone, telling the country he would meet the protesters.\n\nThe defence chief Omar Said resigned, saying he took full responsibility for the failure.',
      { mentions: { 'Ruth Amadi': 'person', 'Daniel Obi': 'person', 'Omar Said': 'person' } },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['she would work with the winner', 'Ruth Amadi'],
      ['he would meet the protesters', 'Daniel Obi'],
      ['saying he took full responsibility for the failure', 'Omar Said'],
    ]);
  });

  it('reads "the governing body said" as an organisation speaking', async () => {
    const q = await runQuotes('The governing body said it would name a new coach by March.');
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['it would name a new coach by March', 'The governing body'],
    ]);
  });
});

describe("a place's office holder and the president-elect", () => {
  const facts = {
    gender: () => null,
    roles: (id: string) =>
      id === 'kb:sato'
        ? ['prime', 'minister', 'jp', 'japan']
        : id === 'kb:mora'
          ? ['president', 'cl', 'chile']
          : id === 'kb:ito'
            ? ['former', 'prime', 'minister', 'jp', 'japan']
            : [],
  };

  it('gives "Japan\'s prime minister" to the prime minister the article names later', async () => {
    const q = await runQuotes(
      "TOKYO — The two countries have agreed to lift the export curbs, Japan's prime minister announced on Monday.\n\nPrime Minister Kenji Sato told reporters the curbs would end in May. Former prime minister Aiko Ito welcomed the deal.",
      {
        mentions: { Japan: 'location' },
        entities: [
          { name: 'Kenji Sato', type: 'person', kbId: 'kb:sato', surfaces: ['Kenji Sato'] },
          { name: 'Aiko Ito', type: 'person', kbId: 'kb:ito', surfaces: ['Aiko Ito'] },
        ],
      },
      facts,
    );
    expect(q.map((x) => x.speaker)).toEqual(['Kenji Sato', 'Kenji Sato']);
  });

  it('keeps "Ghana\'s cocoa regulator" (an organisation\'s noun) as written', async () => {
    const q = await runQuotes(
      "Ghana's cocoa regulator warned on Wednesday that the harvest could fall short.\n\nKofi Boateng, head of Ghana's cocoa regulator, said the virus had spread.",
      { mentions: { Ghana: 'location', 'Kofi Boateng': 'person' } },
    );
    expect(q[0]!.speaker).toBe("Ghana's cocoa regulator");
  });

  it('gives "the president-elect" to the person named before who holds the office', async () => {
    const q = await runQuotes(
      'In Santiago, Diego Mora mocked the plan in a post. "This plan is dead on arrival," the president-elect wrote.',
      { entities: [{ name: 'Diego Mora', type: 'person', kbId: 'kb:mora', surfaces: ['Diego Mora'] }] },
      facts,
    );
    expect(q.map((x) => x.speaker)).toEqual(['Diego Mora']);
  });
});

describe('a title keeps the comma inside its marks', () => {
  it('drops “Title,” with no attribution after it, and keeps “Absolutely,” she said', async () => {
    const q = await runQuotes(
      'Ana Pereira arrived late. "Absolutely," she said when asked if she would return.\n\nVENICE — "Northern Lights," Ana Pereira\'s slow drama about a fishing village, won the Golden Lion on Saturday.\n\nMarco Bellini, who won best actor for "The Quiet Harbour," thanked the jury.',
      { mentions: { 'Ana Pereira': 'person', 'Marco Bellini': 'person' } },
    );
    expect(q.map((x) => [x.text, x.speaker])).toEqual([['"Absolutely,"', 'Ana Pereira']]);
  });
});

describe('a question-and-answer interview', () => {
  it('gives each "A:" answer to the person the introduction names', async () => {
    const q = await runQuotes(
      'The Nordic Science Council gave the prize to the chemist Ingrid Dahl and the engineer Paul Moss.\n\nIn an interview at her laboratory in Bergen, Dahl, 52, spoke about the call.\n\nQ: Where were you when you heard?\n\nA: "I was in the car with my son, and it felt unreal."\n\nQ: Will machines replace chemists?\n\nA: "No. They give us more time to think."',
      { mentions: { 'Ingrid Dahl': 'person', Dahl: 'person', 'Paul Moss': 'person' } },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Ingrid Dahl', 'Ingrid Dahl']);
  });
});
