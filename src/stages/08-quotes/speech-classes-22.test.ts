/**
 * Classes found in blind20's errors (session acc20-quotes): each test is a news-style
 * passage written for the test, one class each.
 */
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../../../test/helpers/run-quotes.js';
import { isPlaceQualifier } from './place-appositive.js';
import { isPluralDescription, nameWithheldAfter } from './unnamed-description.js';

const person = (name: string, ...surfaces: string[]) => ({
  name,
  type: 'person' as const,
  surfaces: [name, ...surfaces],
});
const org = (name: string, ...surfaces: string[]) => ({
  name,
  type: 'organization' as const,
  surfaces: [name, ...surfaces],
});
const place = (name: string, ...surfaces: string[]) => ({
  name,
  type: 'location' as const,
  surfaces: [name, ...surfaces],
});

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
