/**
 * A club called by its bare name where the KB files it under its full one ("Fenerbahçe" for
 * "Fenerbahçe S.K."), and a place's name that a post or a trophy makes a team's ("coach of
 * Portugal", "the title with Milan"): club-cues.ts, bare-club-names.ts, team-senses.ts.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { teamCueAround } from './club-cues.js';

const team = (id: string, name: string, kind: string, country: string, aliases: string[] = []) =>
  makeEntity({
    id,
    type: 'organization',
    name,
    names: aliases.map((text) => ({ text, kind: 'alias' as const })),
    kind,
    country,
    prominence: 2,
  });

const kb = new MemoryKnowledgeBase([
  countryEntity('TR', 'Turkey', 'Turkish'),
  countryEntity('PT', 'Portugal', 'Portuguese'),
  countryEntity('IT', 'Italy', 'Italian'),
  countryEntity('GB', 'United Kingdom', 'British'),
  makeEntity({ id: 'c:milan', type: 'location', name: 'Milan', kind: 'city', country: 'IT', prominence: 3 }),
  team('t:fener', 'Fenerbahçe S.K.', 'sports-club', 'TR'),
  team('t:everton', 'Everton F.C.', 'sports-club', 'GB'),
  team('t:ac-milan', 'AC Milan', 'sports-club', 'IT'),
  team('t:benfica', 'S.L. Benfica', 'sports-club', 'PT', ['Benfica']),
  team('t:portugal', 'Portugal national football team', 'national-team', 'PT'),
]);

const over = (text: string, names: [string, EntityType][], surface: string) =>
  linkedEntityOver(kb, text, names, surface)?.kbId ?? null;

describe('teamCueAround', () => {
  it('reads a post of the team, a trophy won with it, its supporters', () => {
    const cue = (text: string, name: string) => {
      const at = text.indexOf(name);
      return teamCueAround(text, at, at + name.length);
    };
    expect(cue('He was appointed coach of Portugal in May.', 'Portugal')).toBe('a post of the team');
    expect(cue('She won the league title with Milan last year.', 'Milan')).toBe('a trophy won with the team');
    expect(cue('A lifelong Everton supporter, he never misses a game.', 'Everton')).toBe('its supporters');
    expect(cue('His uncle supports Everton.', 'Everton')).toBe('its supporters');
    expect(cue('She moved to Milan with her sister.', 'Milan')).toBeNull();
    expect(cue('He flew to Portugal for a holiday.', 'Portugal')).toBeNull();
  });

  it('reads a competition won with the team, and a match against it (acc23-link-b)', () => {
    const cue = (text: string, name: string) => {
      const at = text.indexOf(name);
      return teamCueAround(text, at, at + name.length);
    };
    expect(cue('He won the Champions League with Milan in 2007.', 'Milan')).toBe(
      'a trophy won with the team',
    );
    expect(cue('Turkey opened the Nations League campaign against Portugal on Friday.', 'Portugal')).toBe(
      'a match against the team',
    );
    expect(cue('Italy drew 1-1 against Portugal in Porto.', 'Portugal')).toBe('a match against the team');
    expect(cue('Ministers backed new sanctions against Portugal.', 'Portugal')).toBeNull();
  });

  it('makes a country the national team in football copy when a match is played against it', () => {
    const text = 'Turkey opened the World Cup qualifiers against Portugal in Istanbul, scoring twice.';
    expect(
      over(
        text,
        [
          ['Turkey', 'location'],
          ['World Cup', 'event'],
          ['Portugal', 'location'],
        ],
        'Portugal',
      ),
    ).toBe('t:portugal');
  });
});

describe('a club called by its bare name', () => {
  it("is the KB club under its full name when a cue speaks of a team, whatever the tagger's type", () => {
    const text = 'Everton beat Fulham 2-0 at Goodison Park, with two goals after the break.';
    expect(
      over(
        text,
        [
          ['Everton', 'person'],
          ['Fulham', 'organization'],
          ['Goodison Park', 'location'],
        ],
        'Everton',
      ),
    ).toBe('t:everton');
    const fan = 'Emre Demir, 33, a Fenerbahçe supporter who drives a ferry, was on the pitch.';
    expect(
      over(
        fan,
        [
          ['Emre Demir', 'person'],
          ['Fenerbahçe', 'organization'],
        ],
        'Fenerbahçe',
      ),
    ).toBe('t:fener');
  });

  it('is the club under an alias the tagger typed a person, when its supporters are named', () => {
    const text = 'Rui Costa Mendes, a baker in Lisbon, supports Benfica.';
    expect(
      over(
        text,
        [
          ['Rui Costa Mendes', 'person'],
          ['Benfica', 'person'],
        ],
        'Benfica',
      ),
    ).toBe('t:benfica');
  });

  it('stays unlinked without a cue, or with a match result outside football copy', () => {
    const plain = 'Everton said on Monday that she would study law in Leeds.';
    expect(over(plain, [['Everton', 'person']], 'Everton')).toBeNull();
    const tennis = 'Everton beat her rival 6-3 in the second set of the tennis final.';
    expect(over(tennis, [['Everton', 'person']], 'Everton')).toBeNull();
  });
});

describe('a place that a post or a trophy makes a team', () => {
  it("is the national team or the city's club, in copy that names another club", () => {
    const coach = 'Luis Ferreira was named coach of Portugal on Friday and will leave Benfica in June.';
    const names: [string, EntityType][] = [
      ['Luis Ferreira', 'person'],
      ['Portugal', 'location'],
      ['Benfica', 'organization'],
    ];
    expect(over(coach, names, 'Portugal')).toBe('t:portugal');
    const title = 'The striker scored 20 goals and won the Serie A title with Milan in May.';
    expect(
      over(
        title,
        [
          ['Serie A', 'organization'],
          ['Milan', 'location'],
        ],
        'Milan',
      ),
    ).toBe('t:ac-milan');
  });

  it('stays the place in copy that names no club and no word of the game', () => {
    const text = 'Ana Lopes was named coach of Portugal on Friday, the sailing federation said.';
    expect(
      over(
        text,
        [
          ['Ana Lopes', 'person'],
          ['Portugal', 'location'],
        ],
        'Portugal',
      ),
    ).toBe('cd:country/pt');
  });
});
