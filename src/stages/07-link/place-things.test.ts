/**
 * Places written exactly that the words around them make something else: a namesake town in a
 * US state ("Lebanon, Pennsylvania"), a town an apposition places elsewhere ("a small city in
 * north Florida"), a thing named after the place ("Brussels sprouts", "chicken Kiev").
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkLayers } from '../../../test/helpers/link-fixtures.js';
import type { Entity, EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { linkDocument } from './link-document.js';
import { thingNamedAfterPlace } from './place-things.js';

const city = (id: string, name: string, country: string, kind: 'capital' | 'city') =>
  makeEntity({
    id,
    type: 'location',
    name,
    kind,
    country,
    prominence: 4,
    description: `${kind} of ${country}`,
  });

const kb = new MemoryKnowledgeBase([
  countryEntity('CL', 'Chile', 'Chilean'),
  countryEntity('GE', 'Georgia', 'Georgian'),
  countryEntity('US', 'United States', 'American'),
  makeEntity({
    id: 'pl:scotland',
    type: 'location',
    name: 'Scotland',
    kind: 'region',
    country: 'GB',
    prominence: 4,
  }),
  city('pl:vienna', 'Vienna', 'AT', 'capital'),
  city('pl:tbilisi', 'Tbilisi', 'GE', 'capital'),
  city('pl:oslo', 'Oslo', 'NO', 'capital'),
  city('pl:lisbon', 'Lisbon', 'PT', 'capital'),
  city('pl:toledo', 'Toledo', 'ES', 'city'),
]);

function link(text: string, names: [string, EntityType][]): Entity[] {
  return linkDocument(kb, { text, date: '2026-03-02', ...linkLayers(text, names) });
}

const kbIdOf = (text: string, surface: string) =>
  link(text, [[surface, 'location']]).find((e) =>
    e.mentions.some((m) => text.slice(m.start, m.end) === surface),
  )?.kbId;

describe('a town named like a country or capital, in a US state', () => {
  it('refuses the country for "Chile, Wisconsin"', () => {
    expect(
      kbIdOf('Volunteers in Chile, Wisconsin cleared fallen trees after the storm.', 'Chile'),
    ).toBeNull();
  });
  it('refuses the capital for "Vienna, Virginia" and for a state also named as a country', () => {
    expect(kbIdOf('Traffic in Vienna, Virginia, was snarled for hours.', 'Vienna')).toBeNull();
    expect(kbIdOf('Police in Tbilisi, Georgia, detained protesters.', 'Tbilisi')).toBe('pl:tbilisi');
  });
  it('keeps the country when the state starts a list', () => {
    expect(kbIdOf('Storms hit Chile, Texas and Arizona this week.', 'Chile')).toBe('cd:country/cl');
  });
  it('refuses a capital an apposition places in a US state', () => {
    expect(kbIdOf('Lisbon, a small town in eastern Ohio, reopened its library.', 'Lisbon')).toBeNull();
  });
});

describe('a town another nation or a state locates', () => {
  it('refuses a city an apposition calls Scottish, or Chilean for a Spanish city', () => {
    expect(kbIdOf('Toledo, the Scottish town on the Clyde, opened a new ferry pier.', 'Toledo')).toBeNull();
    expect(kbIdOf('Toledo, the Chilean port, shipped copper.', 'Toledo')).toBeNull();
    expect(kbIdOf('Toledo, the Spanish city, drew record tourists.', 'Toledo')).toBe('pl:toledo');
  });
  it('refuses a place name before a noun that a US state locates, not Washington', () => {
    expect(kbIdOf('The Lisbon volunteer fire company in Ohio rescued a family.', 'Lisbon')).toBeNull();
    expect(kbIdOf('The Lisbon embassy staff in Washington held a reception.', 'Lisbon')).toBe('pl:lisbon');
  });
});

describe('a thing named after a place', () => {
  it('finds the fused common noun on either side', () => {
    const t = 'Diners ordered chicken Kiev and Brussels sprouts.';
    expect(thingNamedAfterPlace(t, t.indexOf('Kiev'), t.indexOf('Kiev') + 4)).toBe('chicken');
    expect(thingNamedAfterPlace(t, t.indexOf('Brussels'), t.indexOf('Brussels') + 8)).toBe('sprouts');
    expect(thingNamedAfterPlace('Talks in Oslo resumed.', 9, 13)).toBeNull();
  });
  it('refuses the capital in "Oslo syndrome" but links Oslo itself', () => {
    expect(kbIdOf('Psychologists described a kind of Oslo syndrome among the hostages.', 'Oslo')).toBeNull();
    expect(kbIdOf('Negotiators met in Oslo on Tuesday.', 'Oslo')).toBe('pl:oslo');
  });
});

describe('a place name counted or given like a thing', () => {
  it('refuses a name counted with "a" that ends its noun phrase ("a Lisbon and a …")', () => {
    expect(kbIdOf('The bar mixes a Lisbon and a negroni for the early crowd.', 'Lisbon')).toBeNull();
    expect(kbIdOf('The stall sells a genuine Toledo for $90, its owner says.', 'Toledo')).toBeNull();
    // An address or a longer noun phrase keeps the place.
    expect(kbIdOf('He spoke at a Vienna, Austria conference on Monday.', 'Vienna')).toBe('pl:vienna');
    expect(kbIdOf('He was sentenced by a Lisbon court on Monday.', 'Lisbon')).toBe('pl:lisbon');
  });
  it('refuses a name given to a horse, ship or pet, not a name somebody was given', () => {
    expect(kbIdOf('A gelding named Tbilisi won the second race at Ascot.', 'Tbilisi')).toBeNull();
    expect(kbIdOf('The ferry called Oslo ran aground in the fog.', 'Oslo')).toBeNull();
    expect(kbIdOf("He was named Chile's envoy to the talks.", 'Chile')).toBe('cd:country/cl');
  });
  it('refuses a country an apposition calls a town', () => {
    expect(kbIdOf('Chile, the next town over, voted for the plan.', 'Chile')).toBeNull();
  });
});
