/**
 * An alias the KB gives bodies of several countries ("Freedom Party": the Dutch Party for
 * Freedom and the Freedom Party of Austria) names the one the article's people or country
 * choose, else none.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver, personEntity } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const party = (id: string, name: string, country: string) =>
  makeEntity({
    id,
    type: 'organization',
    name,
    kind: 'party',
    country,
    prominence: 3,
    names: [{ text: 'Liberty League', kind: 'alias' }],
  });

const kb = new MemoryKnowledgeBase([
  countryEntity('NL', 'Netherlands', 'Dutch'),
  countryEntity('AT', 'Austria', 'Austrian'),
  party('o:nl-liberty', 'League for Liberty', 'NL'),
  party('o:at-liberty', 'Liberty League of Austria', 'AT'),
  personEntity({
    id: 'jan',
    name: 'Jan Verbeek',
    surname: 'Verbeek',
    country: 'NL',
    prominence: 3,
    roles: [{ role: 'Party Leader', org: 'League for Liberty', orgId: 'o:nl-liberty', from: '2010' }],
  }),
]);

const over = (text: string, names: [string, EntityType][]) =>
  linkedEntityOver(kb, text, names, 'Liberty League')?.kbId ?? null;

describe('an alias bodies of several countries share', () => {
  it("is the body of the article's person", () => {
    const text = 'Jan Verbeek said his Liberty League would leave the coalition.';
    expect(
      over(text, [
        ['Jan Verbeek', 'person'],
        ['Liberty League', 'organization'],
      ]),
    ).toBe('o:nl-liberty');
  });

  it("is the body of the article's country", () => {
    const text = 'In Austria, the Liberty League topped the polls in Carinthia and Styria.';
    expect(
      over(text, [
        ['Austria', 'location'],
        ['Liberty League', 'organization'],
      ]),
    ).toBe('o:at-liberty');
  });

  it('is none when the article tells neither', () => {
    const text = 'The Liberty League held its congress on Saturday.';
    expect(over(text, [['Liberty League', 'organization']])).toBeNull();
  });
});
