/**
 * "X, who turned seventeen the day before": a relative clause that only states an age presents
 * nobody when the age is the candidate's own (KB birth year against the article date), in words
 * or in figures — as the age in figures after a comma ("Donald Trump, 78,") already does. An age
 * the candidate cannot have still keeps the famous bearer out.
 */
import { describe, expect, it } from 'vitest';
import { linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { turnedAge } from './ages-in-copy.js';

const kb = new MemoryKnowledgeBase([
  personEntity({
    id: 'arrieta',
    name: 'Nicolás Arrieta',
    surname: 'Arrieta',
    country: 'ES',
    prominence: 3,
    born: 2006,
    description: 'Spanish footballer; winger for Real Sociedad and the Spain national team',
  }),
]);

const link = linkerOver(kb, '2024-06-30');

function kbIdOf(text: string, surface: string, date?: string): string | null | undefined {
  return writtenAs(link(text, [[surface, 'person']], date), text, surface)?.kbId;
}

describe('an age stated by a relative clause', () => {
  it('reads the age in words or figures', () => {
    const at = (t: string) => turnedAge(t, t.indexOf(','));
    expect(at('Ana Ruiz, who turned seventeen the day before, scored.')).toBe(17);
    expect(at('Ana Ruiz, who turns forty-two on Friday, resigned.')).toBe(42);
    expect(at('Ana Ruiz, who has just turned 30, won.')).toBe(30);
    expect(at('Ana Ruiz, who turned the match around, won.')).toBeNull();
    expect(at('Ana Ruiz, who scored twice, won.')).toBeNull();
  });

  it("links the player when the clause gives the player's own age", () => {
    const words =
      'Nicolas Arieta, who turned eighteen the day before, scored twice as Spain beat Croatia in the Euro final.';
    expect(kbIdOf(words, 'Nicolas Arieta')).toBe('p:arrieta');
    const figures =
      'Nicolas Arieta, who turned 18 the day before, scored twice as Spain beat Croatia in the Euro final.';
    expect(kbIdOf(figures, 'Nicolas Arieta')).toBe('p:arrieta');
  });

  it('keeps the player out when the clause gives another age', () => {
    const forty =
      'Nicolas Arieta, who turned forty the day before, scored twice as his pub side won the village cup final.';
    expect(kbIdOf(forty, 'Nicolas Arieta')).toBeNull();
    const sixty = 'Nicolas Arieta, who turned sixty-one in May, scored twice in the veterans league final.';
    expect(kbIdOf(sixty, 'Nicolas Arieta')).toBeNull();
  });
});

// A winger the KB files with a club post ("player"), so the title in the sentence is a cue.
const clubKb = new MemoryKnowledgeBase([
  personEntity({
    id: 'arrieta',
    name: 'Nicolás Arrieta',
    surname: 'Arrieta',
    country: 'ES',
    prominence: 3,
    born: 2006,
    roles: [{ role: 'Player', org: 'Real Sociedad', from: '2023-04' }],
  }),
]);

const linkClub = linkerOver(clubKb, '2024-07-14');

function clubIdOf(text: string, surface: string): string | null | undefined {
  return writtenAs(linkClub(text, [[surface, 'person']]), text, surface)?.kbId;
}

describe('an age in words before the name', () => {
  it("links the player when a word age before the name is the player's own", () => {
    const text =
      'Spain beat Croatia 2-1 in the final of the Euro in Berlin. Seventeen-year-old Nicolas Arieta was named young player of the tournament.';
    expect(clubIdOf(text, 'Nicolas Arieta')).toBe('p:arrieta');
  });

  it('keeps the player out when the word age before the name is another', () => {
    const text =
      'The pub side won the village cup in Berlin. Fifty-one-year-old Nicolas Arieta was named player of the tournament.';
    expect(clubIdOf(text, 'Nicolas Arieta')).toBeNull();
  });
});
