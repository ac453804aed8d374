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
  team('t:brackley', 'Brackley Wanderers', 'sports-club', 'GB'),
  team('t:castleford-rovers', 'Castleford Rovers', 'sports-club', 'GB'),
  team('t:castleford-athletic', 'Castleford Athletic', 'sports-club', 'GB'),
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

describe('results, trophies and posts of a team (acc25-link-b)', () => {
  const cue = (text: string, name: string) => {
    const at = text.indexOf(name);
    return teamCueAround(text, at, at + name.length);
  };

  it('reads a result over the team before its name, a trophy it won after it', () => {
    expect(cue('The champions sealed a 3-1 win over Brackley on Saturday.', 'Brackley')).toBe(
      'a result over the team',
    );
    expect(cue('It was their first home defeat to Everton in a decade.', 'Everton')).toBe(
      'a result over the team',
    );
    expect(cue('Milan clinched the Serie A title with two games to spare.', 'Milan')).toBe(
      'a trophy won by the team',
    );
    expect(cue('Milan lifted the cup in front of 70,000 fans.', 'Milan')).toBe('a trophy won by the team');
    expect(cue('Milan won the bid to host the design fair.', 'Milan')).toBeNull();
  });

  it("makes a city the club in football copy when it clinched a league's title", () => {
    const text = 'Milan clinched the Serie A title with a 2-0 win, their first in four years.';
    expect(
      over(
        text,
        [
          ['Milan', 'location'],
          ['Serie A', 'organization'],
        ],
        'Milan',
      ),
    ).toBe('t:ac-milan');
  });

  it('is the one club whose name the bare name opens, after a result over it', () => {
    const text = 'Everton sealed a 3-1 win over Brackley, with two goals after the break.';
    expect(
      over(
        text,
        [
          ['Everton', 'organization'],
          ['Brackley', 'organization'],
        ],
        'Brackley',
      ),
    ).toBe('t:brackley');
  });

  it('is no club when two clubs open with the bare name', () => {
    const text = 'Everton sealed a 3-1 win over Castleford, with two goals after the break.';
    expect(
      over(
        text,
        [
          ['Everton', 'organization'],
          ['Castleford', 'organization'],
        ],
        'Castleford',
      ),
    ).toBeNull();
  });

  it('is the club before "captain" in football copy, not elsewhere', () => {
    const football = 'The 17-year-old midfielder grew up in the same town as the Brackley captain.';
    expect(over(football, [['Brackley', 'organization']], 'Brackley')).toBe('t:brackley');
    const sailing = 'The sailor grew up in the same town as the Brackley captain.';
    expect(over(sailing, [['Brackley', 'organization']], 'Brackley')).toBeNull();
  });
});
