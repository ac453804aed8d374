/**
 * Places written exactly that the words around them make something else: a namesake town in a
 * US state ("Lebanon, Pennsylvania"), a town an apposition places elsewhere ("a small city in
 * north Florida"), a thing named after the place ("Brussels sprouts", "chicken Kiev").
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { placeAsKindOfThing, thingCalledByName, thingNamedAfterPlace } from './place-things.js';

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
  countryEntity('NO', 'Norway', 'Norwegian'),
  countryEntity('UA', 'Ukraine', 'Ukrainian'),
  makeEntity({
    id: 'pl:devon',
    type: 'location',
    name: 'Devon',
    kind: 'region',
    country: 'GB',
    prominence: 3,
  }),
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

const link = linkerOver(kb, '2026-03-02');

const kbIdOf = (text: string, surface: string) =>
  writtenAs(link(text, [[surface, 'location']]), text, surface)?.kbId;

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
    expect(kbIdOf('Storms hit Chile, Texas, Utah or Arizona this week.', 'Chile')).toBe('cd:country/cl');
  });
  it('refuses the country when the sentence goes on with a name after the address', () => {
    expect(
      kbIdOf('In Chile, Wisconsin, Mark Olsen, a retired teacher, won a council seat.', 'Chile'),
    ).toBeNull();
    expect(kbIdOf('Farmers in Chile, Wisconsin, and Vienna, Ohio, lost their crops.', 'Chile')).toBeNull();
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
  it('reads "rose" after a place as the verb before a figure or a word of change', () => {
    const risen = 'Hotel bookings in Oslo rose 18 percent, and in Bergen rose sharply.';
    expect(thingNamedAfterPlace(risen, risen.indexOf('Oslo'), risen.indexOf('Oslo') + 4)).toBeNull();
    expect(thingNamedAfterPlace(risen, risen.indexOf('Bergen'), risen.indexOf('Bergen') + 6)).toBeNull();
    const flower = 'She grew a Bergen rose in her garden.';
    expect(thingNamedAfterPlace(flower, flower.indexOf('Bergen'), flower.indexOf('Bergen') + 6)).toBe('rose');
  });
  it('refuses the capital in "Oslo syndrome" but links Oslo itself', () => {
    expect(kbIdOf('Psychologists described a kind of Oslo syndrome among the hostages.', 'Oslo')).toBeNull();
    expect(kbIdOf('Negotiators met in Oslo on Tuesday.', 'Oslo')).toBe('pl:oslo');
  });
});

describe('a place name given to a thing or an animal', () => {
  it('refuses the place for a breed or kind named after it', () => {
    expect(kbIdOf('The keepers hand-reared a Lisbon parrot that now greets visitors.', 'Lisbon')).toBeNull();
    expect(kbIdOf('Her Tbilisi roses won first prize at the county show.', 'Tbilisi')).toBeNull();
  });
  it('refuses the place for a horse, a boat or a dog named after it', () => {
    expect(kbIdOf('A gelding named Vienna led from the start at Ascot.', 'Vienna')).toBeNull();
    expect(kbIdOf("The skipper's yacht, a sloop called Oslo, lost its mast.", 'Oslo')).toBeNull();
    const t = 'The trawler christened Lisbon sank off Cornwall.';
    expect(thingCalledByName(t, t.indexOf('Lisbon'), t.indexOf('Lisbon') + 6)).toBe('trawler');
  });
  it('keeps a place a city noun or an adverb introduces', () => {
    expect(kbIdOf('Troops shelled a city called Tbilisi on the old maps, the report said.', 'Tbilisi')).toBe(
      'pl:tbilisi',
    );
    const t = 'the capital, now called Oslo, was rebuilt';
    expect(thingCalledByName(t, t.indexOf('Oslo'), t.indexOf('Oslo') + 4)).toBeNull();
  });
  it('refuses a place after the indefinite article that ends its noun phrase', () => {
    expect(kbIdOf('He ordered a Vienna, two beers and a plate of chips.', 'Vienna')).toBeNull();
    expect(kbIdOf('The shop sells a handwoven Lisbon for forty euros.', 'Lisbon')).toBeNull();
  });
  it('keeps a state described by its politics, a place used before a noun, or a clause after it', () => {
    expect(kbIdOf('Leaders pledged to build a free Ukraine after the war.', 'Ukraine')).toBe('cd:country/ua');
    expect(kbIdOf('Ministers backed a stronger Norway in the alliance.', 'Norway')).toBe('cd:country/no');
    expect(kbIdOf('Delegates agreed on a Vienna declaration on Friday.', 'Vienna')).toBe('pl:vienna');
    const t = 'a Ukraine that can defend itself';
    expect(placeAsKindOfThing(t, 2, 9)).toBeNull();
    const address = 'she spoke at a Vienna, Virginia town hall';
    expect(placeAsKindOfThing(address, 14, 20)).toBeNull();
    expect(kbIdOf('Mr Vance, a Lisbon cattle breeder, spoke first.', 'Lisbon')).toBe('pl:lisbon');
  });
  it("reads no article in a name's last letter after an apostrophe (acc23-link-b)", () => {
    const t = "Drones hit depots near Ma'a and Vienna, officials said.";
    expect(placeAsKindOfThing(t, t.indexOf('Vienna'), t.indexOf('Vienna') + 6)).toBeNull();
  });
});

describe('a foreign place named as a town next to a US town', () => {
  it('refuses a country called a town in an apposition', () => {
    expect(
      kbIdOf(
        'Voters in Chile, Wisconsin, rejected the levy; Norway, a town to the south, passed it.',
        'Norway',
      ),
    ).toBeNull();
  });
  it('refuses a region used for a local road in an article set in a US town', () => {
    const text = 'Crews in Vienna, Virginia, will repave Main Street, then move on to the Devon road.';
    const devon = link(text, [
      ['Vienna', 'location'],
      ['Devon', 'location'],
    ]).find((e) => e.mentions.some((m) => text.slice(m.start, m.end) === 'Devon'));
    expect(devon?.kbId ?? null).toBeNull();
  });
  it('keeps the region for a road to it in an article set elsewhere', () => {
    expect(kbIdOf('Landslides closed the Devon road for a week, police in Exeter said.', 'Devon')).toBe(
      'pl:devon',
    );
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
