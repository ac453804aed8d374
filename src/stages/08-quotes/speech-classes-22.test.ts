/**
 * Classes found in blind20's errors (session acc20-quotes): each test is a news-style
 * passage written for the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { org, person, place } from '../../../test/helpers/quote-entities.js';
import { runQuotes } from '../../../test/helpers/run-quotes.js';
import { namesSpeechOnly } from './named-speech.js';
import { isPlaceQualifier } from './place-appositive.js';
import { contentWords } from './resolve-description-words.js';
import { isPluralDescription, nameWithheldAfter } from './unnamed-description.js';

describe('a sentence opened by the same pronoun', () => {
  it('keeps "he" with the earlier "he", not the man he addressed', async () => {
    const q = await runQuotes(
      '"Tonight the city chose hope," Daniel Ferro told supporters in Lyon.\n\nHe turned to Prime Minister Marc Aubry directly. "Listen to us, Prime Minister, before it is too late," he said.',
      { entities: [person('Daniel Ferro', 'Ferro'), person('Marc Aubry', 'Aubry')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Daniel Ferro', 'Daniel Ferro']);
  });

  it('still reads the object when no pronoun opens its sentence', async () => {
    const q = await runQuotes(
      '"Tonight the city chose hope," Daniel Ferro told supporters in Lyon.\n\nThe crowd then cheered Marc Aubry. "We will work together," he said.',
      { entities: [person('Daniel Ferro', 'Ferro'), person('Marc Aubry', 'Aubry')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Daniel Ferro', 'Marc Aubry']);
  });
});

describe('a name inside a relative clause on the subject', () => {
  it('gives "he" to the subject, not to the name in its clause', async () => {
    const q = await runQuotes(
      'Team manager Paul Hendry, who became the first coach since Arthur Lyle to win back-to-back League Titles, praised his squad. "We never stopped believing," he said.',
      {
        entities: [person('Paul Hendry', 'Hendry'), person('Arthur Lyle', 'Lyle')],
        mentions: { 'League Titles': 'person' },
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Paul Hendry']);
  });
});

describe('a speaker who withholds their name', () => {
  it('knows the clauses that withhold a name', () => {
    const t = 'said the founder of a fund, who asked not to be named because';
    expect(nameWithheldAfter(t, t.indexOf(','))).toBe(true);
    const u = 'said the minister, speaking on condition of anonymity.';
    expect(nameWithheldAfter(u, u.indexOf(','))).toBe(true);
    const v = 'said the minister, who asked for calm.';
    expect(nameWithheldAfter(v, v.indexOf(','))).toBe(false);
  });

  it('leaves the description unnamed, not the named founder it would fit', async () => {
    const q = await runQuotes(
      'Victor Hale, the founder of Larkspur Capital, sold his stake on Monday.\n\n"The sell-off is overdone," said the founder of a London hedge fund, who asked not to be named.',
      { entities: [person('Victor Hale', 'Hale'), org('Larkspur Capital')] },
    );
    expect(q.map((x) => [x.speaker, x.anonymous])).toEqual([['the founder of a London hedge fund', true]]);
  });
});

describe('a plural description', () => {
  it('knows a plural head after "the"', () => {
    expect(isPluralDescription('the people familiar with the matter')).toBe(true);
    expect(isPluralDescription('the officials')).toBe(true);
    expect(isPluralDescription('the chief executive')).toBe(false);
  });

  it('keeps "according to the people familiar …" a group, not the person named', async () => {
    const q = await runQuotes(
      'Chief Executive Tom Rendell has been forced out, two people familiar with the matter said.\n\nAccording to the people familiar with the matter, Rendell was given the choice of retiring or being removed.',
      { entities: [person('Tom Rendell', 'Rendell')] },
    );
    expect(q.map((x) => x.speaker)).toEqual([
      'two people familiar with the matter',
      'the people familiar with the matter',
    ]);
  });
});

describe('a place in apposition after an organisation', () => {
  it('knows a place right after a capitalised name and its comma', () => {
    const text = 'Ruiz, a professor at the University of Texas, Austin, said';
    const at = text.indexOf('Austin');
    const index = {
      referents: [],
      occurrences: [],
      places: [{ start: at, end: at + 6, referent: null as never }],
    };
    expect(isPlaceQualifier(text, at, at + 6, index)).toBe(true);
    expect(isPlaceQualifier(text, at, at + 5, index)).toBe(false);
  });

  it('reads the speaker before the appositive that the place completes', async () => {
    const q = await runQuotes(
      'Ana Ruiz won the prize on Tuesday.\n\nRuiz, a Mexican-born professor at the University of Texas, Austin, said the result was "a surprise to all of us."',
      {
        entities: [person('Ana Ruiz', 'Ruiz'), org('University of Texas'), place('Austin')],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Ana Ruiz']);
  });
});

describe('the first name an unnamed speaker gave, after the cue', () => {
  it('names the speaker by the name given, even one the tagger read as a place', async () => {
    const q = await runQuotes(
      '"The shelves were empty by noon," said a baker in the old town who gave only his first name, Karim.',
      { entities: [place('Karim')] },
    );
    expect(q.map((x) => [x.speaker, x.entityId])).toEqual([['Karim', null]]);
  });
});

describe('a speech verb as a noun before a plural title that speaks', () => {
  it('reads "protest leaders said" as the leaders speaking', async () => {
    const q = await runQuotes(
      'Student protest leaders said they wanted a caretaker government within a week.',
    );
    expect(q.map((x) => [x.speaker, x.cue])).toEqual([['Student protest leaders', 'said']]);
  });
});

describe('the office of a title-holder', () => {
  it('gives the words to the office, as written, not to the prime minister', async () => {
    const q = await runQuotes(
      "Prime Minister Elsa Varga spoke to the Austrian chancellor on Monday. The two leaders agreed to meet soon, the prime minister's office said.",
      { entities: [person('Elsa Varga', 'Varga')] },
    );
    expect(q.map((x) => [x.speaker, x.entityId])).toEqual([["the prime minister's office", null]]);
  });
});

describe('an affiliation written as an institution’s kind', () => {
  it('names the agency a spokesperson speaks for', async () => {
    const q = await runQuotes(
      'The national weather service MeteoLux said it had issued an orange alert on Monday. A spokesperson for the agency said more rain would fall overnight.',
      { entities: [org('MeteoLux')] },
    );
    expect(q.map((x) => [x.speaker, x.affiliation ?? null])).toEqual([
      ['MeteoLux', null],
      ['A spokesperson for the agency', 'MeteoLux'],
    ]);
  });
});

describe('a company whose name says its kind', () => {
  it('gives "the airline" to the airline, not to the plane-maker the headline names', async () => {
    const q = await runQuotes(
      'Regulators ground Airvane jets\n\nRegulators grounded 40 Airvane A9 jets on Friday after an engine cover came off a Nordic Airlines flight over Bergen.\n\nNo passengers were hurt, the airline said.',
      { entities: [org('Airvane'), org('Nordic Airlines')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Nordic Airlines']);
  });
});

describe('a company the tagger missed in the sentence', () => {
  const text =
    "Volterra SpA boss quits\n\nTURIN, Dec 2 - Volterra Chief Executive Marco Rossi resigned on Sunday, the world's fifth-largest carmaker said.";

  it('names the company the article tagged elsewhere, written again in the sentence', async () => {
    // The tagger found the company in the headline only ("Volterra SpA").
    const q = await runQuotes(text, {
      entities: [person('Marco Rossi', 'Rossi'), { ...org('Volterra'), surfaces: ['Volterra SpA'] }],
    });
    expect(q.map((x) => x.speaker)).toEqual(['Volterra']);
  });

  it('keeps the description when no company of that name was tagged', async () => {
    const q = await runQuotes(text, { entities: [person('Marco Rossi', 'Rossi')] });
    expect(q.map((x) => x.speaker)).toEqual(["the world's fifth-largest carmaker"]);
  });
});

describe('a place’s office holder', () => {
  it('is not the holder of the same role for another place', async () => {
    const q = await runQuotes(
      'Chile\'s delegate Marta Soto rejected the text. "It is far too little," she told the plenary.\n\nPeru\'s delegate called the figure "a disgrace."',
      { entities: [person('Marta Soto', 'Soto')], mentions: { Chile: 'location', Peru: 'location' } },
    );
    expect(q.map((x) => [x.speaker, x.entityId])).toEqual([
      ['Marta Soto', 'E1'],
      ["Peru's delegate", null],
    ]);
  });
});

describe('"top" before a role', () => {
  it('is no word a title or a KB role has to answer', () => {
    expect(contentWords("Ukraine's top commander")).toEqual(['ukraine', 'commander']);
  });
});

describe('a governing body', () => {
  it('is the association named last before it', async () => {
    const q = await runQuotes(
      'Coach Tom Vance resigned on Tuesday.\n\nRugby Federation chief executive Ann Lyle said Vance had "changed the team."\n\nThe governing body said an interim coach would be named next week.',
      {
        entities: [person('Tom Vance', 'Vance'), person('Ann Lyle', 'Lyle'), org('Rugby Federation')],
      },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Ann Lyle', 'Rugby Federation']);
  });
});

describe('a partial quotation with no cue, after another paragraph’s speaker', () => {
  it('is the words of the name that opens its sentence', async () => {
    const q = await runQuotes(
      '"She never gave up," committee chair Lars Berg told reporters.\n\nOkafor, who spent the year in exile, dedicated the award "to every reporter still in prison."',
      { entities: [person('Lars Berg', 'Berg'), person('Grace Okafor', 'Okafor')] },
    );
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([
      ['direct', 'Lars Berg'],
      ['partial', 'Grace Okafor'],
    ]);
  });

  it('is an organisation’s when one opens the sentence', async () => {
    const q = await runQuotes(
      '"This is outrageous," Senator Ray Hill said.\n\nThe Farmers Union welcomed the ruling as "a victory for common sense."',
      { entities: [person('Ray Hill', 'Hill'), org('Farmers Union')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Ray Hill', 'Farmers Union']);
  });
});

describe('"state media said"', () => {
  it('reads "state" as a noun and the media as the speaker', async () => {
    const q = await runQuotes('Syrian state media said the convoy had reached Aleppo on Sunday.', {
      mentions: { Syrian: 'misc', Aleppo: 'location' },
    });
    expect(q.map((x) => [x.speaker, x.cue, x.text])).toEqual([
      ['Syrian state media', 'said', 'the convoy had reached Aleppo on Sunday'],
    ]);
  });

  it('still reads "state" as a verb before its object', async () => {
    const q = await runQuotes('The ministers state that the convoy had reached Aleppo.');
    expect(q.map((x) => x.cue)).toEqual(['state']);
  });
});

describe('a piece of speech named, none reported', () => {
  it('knows an object that only names speech', () => {
    const t = 'repeated a line the president has often used';
    expect(namesSpeechOnly(t, { start: 9, end: t.length })).toBe(true);
    const u = 'repeated a claim that the rebels started the war';
    expect(namesSpeechOnly(u, { start: 9, end: u.length })).toBe(false);
  });

  it('reports nothing for "repeated a line X has used"', async () => {
    const q = await runQuotes(
      'The chancellor also repeated a line his rival has often used. "We will not raise taxes," Lena Moritz said.',
      { entities: [person('Lena Moritz', 'Moritz')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Lena Moritz']);
  });
});

describe('a source after "according to"', () => {
  it('runs over the capitalised words the tagger left out, to the comma', async () => {
    const q = await runQuotes(
      'According to Harbor Analytics Group, the strike cost the shipyard about $2 billion.',
      { mentions: { 'Harbor Analytics': 'organization' } },
    );
    expect(q.map((x) => [x.speaker, x.text])).toEqual([
      ['Harbor Analytics Group', 'the strike cost the shipyard about $2 billion'],
    ]);
  });

  it('leaves a day after the source out of its name', async () => {
    const q = await runQuotes('According to Harbor Analytics on Monday, the strike cost about $2 billion.', {
      mentions: { 'Harbor Analytics': 'organization' },
    });
    expect(q.map((x) => x.speaker)).toEqual(['Harbor Analytics']);
  });
});

describe('a speech noun as the subject of the content', () => {
  it('is content, not a piece of speech named', () => {
    const t = 'said the claims should be treated with caution';
    expect(namesSpeechOnly(t, { start: 5, end: t.length })).toBe(false);
    const u = 'said the argument had not been good for both sides';
    expect(namesSpeechOnly(u, { start: 5, end: u.length })).toBe(false);
  });
});

describe('a given name the tagger left out, right after a quotation', () => {
  it('joins the name that follows the closing comma', async () => {
    const q = await runQuotes(
      '"The water rose in minutes," Anjali Devi Rao, a teacher from Patna, told reporters.',
      { entities: [person('Devi Rao', 'Rao')] },
    );
    expect(q.map((x) => x.speaker)).toEqual(['Anjali Devi Rao']);
  });

  it('leaves a title before the name out', async () => {
    const q = await runQuotes('"The water rose in minutes," Minister Devi Rao told reporters.', {
      entities: [person('Devi Rao', 'Rao')],
    });
    expect(q.map((x) => x.speaker)).toEqual(['Devi Rao']);
  });
});

describe('an accusation before a quoting participle', () => {
  it('is speech of its own beside the participle’s quotation', async () => {
    const q = await runQuotes(
      'Mark Duval lost his seat. He later accused the Greens of blocking the inquiry, calling it "a cover-up."',
      { entities: [person('Mark Duval', 'Duval')], mentions: { Greens: 'organization' } },
    );
    expect(q.map((x) => [x.kind, x.cue, x.speaker])).toEqual([
      ['indirect', 'accused', 'Mark Duval'],
      ['partial', 'calling', 'Mark Duval'],
    ]);
  });
});
