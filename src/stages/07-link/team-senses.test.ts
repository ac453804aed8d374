/**
 * In football copy a country's name stands for its national team and a city's for its club:
 * in a match result, before a player's position or the manager's post. Elsewhere, and in
 * copy about another sport, the names stay the places.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, linkLayers, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { linkDocument } from './link-document.js';
import { footballArticle, teamPostAfter } from './team-senses.js';

const team = (id: string, name: string, kind: string, country: string) =>
  makeEntity({ id, type: 'organization', name, kind, country, prominence: 2 });

const kb = new MemoryKnowledgeBase([
  countryEntity('IT', 'Italy', 'Italian'),
  countryEntity('NL', 'Netherlands', 'Dutch'),
  countryEntity('PT', 'Portugal', 'Portuguese'),
  makeEntity({ id: 'c:milan', type: 'location', name: 'Milan', kind: 'city', country: 'IT', prominence: 3 }),
  team('t:italy', 'Italy national football team', 'national-team', 'IT'),
  team('t:netherlands', 'Netherlands national football team', 'national-team', 'NL'),
  team('t:portugal', 'Portugal national football team', 'national-team', 'PT'),
  team('t:ac-milan', 'AC Milan', 'sports-club', 'IT'),
  makeEntity({
    id: 'p:rui',
    type: 'person',
    name: 'Rui Tavares Pinto',
    country: 'PT',
    description: 'Portuguese footballer for AC Milan',
    prominence: 1,
  }),
]);

const link = linkerOver(kb, '2025-06-01');

function linkedId(text: string, surface: string, names: readonly (readonly [string, EntityType])[]) {
  const entities = link(text, names);
  return writtenAs(entities, text, surface)?.kbId ?? null;
}

describe('footballArticle and teamPostAfter', () => {
  it('read football words, and no other sport', () => {
    expect(footballArticle('He scored two goals in the Nations League.')).toBe(true);
    expect(footballArticle('He scored two goals in the hockey final.')).toBe(false);
    expect(footballArticle('The talks resumed in Geneva.')).toBe(false);
  });
  it('read a post right after the name, or after a second team joined to it', () => {
    const text = 'Milan and Portugal forward Rui Tavares Pinto';
    expect(teamPostAfter(text, 'Milan'.length)).toBe('forward');
    expect(teamPostAfter('Milan police said', 5)).toBeNull();
  });
});

describe('a place that stands for a football team', () => {
  const places = [
    ['Italy', 'location'],
    ['Netherlands', 'location'],
  ] as const;
  it('is the national team in a football match result', () => {
    const text = 'Italy beat the Netherlands 3-1 in the Nations League semi-final in Turin.';
    expect(linkedId(text, 'Italy', places)).toBe('t:italy');
    expect(linkedId(text, 'Netherlands', places)).toBe('t:netherlands');
  });
  it("is the national team before the manager's post in football copy", () => {
    const text = 'The federation named a former Ajax coach as Netherlands manager after the World Cup.';
    expect(linkedId(text, 'Netherlands', [['Netherlands', 'location']])).toBe('t:netherlands');
  });
  it("is the club and the national team before a footballer's position", () => {
    const text = 'Milan and Portugal forward Rui Tavares Pinto was injured in training on Monday.';
    const names = [
      ['Milan', 'location'],
      ['Portugal', 'location'],
      ['Rui Tavares Pinto', 'person'],
    ] as const;
    expect(linkedId(text, 'Milan', names)).toBe('t:ac-milan');
    expect(linkedId(text, 'Portugal', names)).toBe('t:portugal');
  });
  it('is the national team and the club in the possessive before a coach or a star (acc24-link-b)', () => {
    const coach =
      'Rui Tavares Pinto agreed to become Portugal’s head coach once the season ends at AC Milan.';
    const names = [
      ['Rui Tavares Pinto', 'person'],
      ['Portugal', 'location'],
      ['AC Milan', 'organization'],
    ] as const;
    expect(linkedId(coach, 'Portugal', names)).toBe('t:portugal');
    const star = 'A schoolboy goalkeeper in Leeds shares his first name with Milan’s star, his father said.';
    expect(linkedId(star, 'Milan', [['Milan', 'location']])).toBe('t:ac-milan');
  });
  it('is the national team before "head coach" in football copy', () => {
    const text = 'Netherlands head coach Joop Verhagen named two new strikers for the World Cup qualifiers.';
    const names = [
      ['Netherlands', 'location'],
      ['Joop Verhagen', 'person'],
    ] as const;
    expect(linkedId(text, 'Netherlands', names)).toBe('t:netherlands');
  });
  it('stays the place in the possessive before a coach or a star outside football', () => {
    const tour = 'Portugal’s coach operators said bookings rose by a third this summer.';
    expect(linkedId(tour, 'Portugal', [['Portugal', 'location']])).toBe('cd:country/pt');
    const show = 'Milan’s star designers showed their spring collections on Sunday.';
    expect(linkedId(show, 'Milan', [['Milan', 'location']])).toBe('c:milan');
  });
  it('stays the country in another sport, and outside sport', () => {
    const hockey = 'Italy beat the Netherlands 3-1 in the ice hockey world championship.';
    expect(linkedId(hockey, 'Italy', places)).toBe('cd:country/it');
    const talks = 'Italy and the Netherlands signed a grain deal, the ministers said.';
    expect(linkedId(talks, 'Italy', places)).toBe('cd:country/it');
    const shop = 'A Milan manager at a fashion house said sales rose.';
    expect(linkedId(shop, 'Milan', [['Milan', 'location']])).toBe('c:milan');
  });
});

describe('a carmaker in Formula One copy', () => {
  const f1 = new MemoryKnowledgeBase([
    makeEntity({
      id: 'o:lancia',
      type: 'organization',
      name: 'Lancia S.p.A.',
      names: [{ text: 'Lancia', kind: 'alias' }],
      kind: 'company',
      country: 'IT',
      prominence: 2,
    }),
    makeEntity({
      id: 't:lancia-f1',
      type: 'organization',
      name: 'Scuderia Lancia',
      names: [{ text: 'Lancia F1 team', kind: 'alias' }],
      kind: 'sports-club',
      country: 'IT',
      prominence: 2,
    }),
    makeEntity({
      id: 'p:driver',
      type: 'person',
      name: 'Marco Vellani',
      country: 'IT',
      description: 'Italian Formula One driver',
      prominence: 2,
    }),
    makeEntity({
      id: 'p:engineer',
      type: 'person',
      name: 'Paola Vellani',
      country: 'IT',
      description: 'Italian automotive engineer',
      prominence: 1,
    }),
  ]);
  const linkedIn = (text: string, people: readonly string[] = []) =>
    linkDocument(f1, {
      text,
      date: '2025-06-01',
      ...linkLayers(text, [['Lancia', 'organization'], ...people.map((p) => [p, 'person'] as const)]),
    }).find((x) => x.mentions.some((m) => text.slice(m.start, m.end) === 'Lancia'))?.kbId ?? null;
  it('is its racing team', () => {
    expect(linkedIn('The driver will leave Lancia after the Monaco Grand Prix, his manager said.')).toBe(
      't:lancia-f1',
    );
  });
  it('is the carmaker elsewhere', () => {
    expect(linkedIn('Lancia will build a new electric hatchback in its Turin plant.')).toBe('o:lancia');
  });
  it('is its racing team beside a Formula One driver named in full, without a word of the sport', () => {
    const text = 'Marco Vellani took third place in Suzuka, a year after he left Lancia for a rival team.';
    expect(linkedIn(text, ['Marco Vellani'])).toBe('t:lancia-f1');
  });
  it('is the carmaker beside a person of another trade', () => {
    const text = 'Paola Vellani spent a decade designing gearboxes at Lancia before she retired.';
    expect(linkedIn(text, ['Paola Vellani'])).toBe('o:lancia');
  });
});
