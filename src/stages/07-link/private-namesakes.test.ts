/**
 * Private people who bear a famous name, exactly or nearly: copy that says so ("no relation
 * to …"), a caption's age, a plural of kin or trade, people introduced as "named …", a town
 * address, a relative of a private person; a name inside a longer name or an animal's; a
 * demonym that only says where somebody is from; a country named like a US state among US
 * places.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, personEntity, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('NG', 'Nigeria', 'Nigerian'),
  countryEntity('GE', 'Georgia', 'Georgian'),
  countryEntity('CL', 'Chile', 'Chilean'),
  makeEntity({ id: 'pl:state-ga', type: 'location', name: 'State of Georgia', country: 'US', prominence: 3 }),
  makeEntity({ id: 'pl:atlanta', type: 'location', name: 'Atlanta', country: 'US', prominence: 3 }),
  makeEntity({ id: 'pl:tbilisi', type: 'location', name: 'Tbilisi', country: 'GE', prominence: 3 }),
  makeEntity({
    id: 'org:apc',
    type: 'organization',
    name: 'All Progressives Congress',
    country: 'NG',
    prominence: 3,
  }),
  personEntity({
    id: 'tinubu',
    name: 'Bola Tinubu',
    surname: 'Tinubu',
    country: 'NG',
    prominence: 4,
    born: 1952,
    description: 'President of Nigeria since 2023',
    roles: [{ role: 'President', org: 'NG', orgId: 'cd:country/ng', from: '2023-05-29' }],
  }),
  personEntity({
    id: 'shettima',
    name: 'Kashim Shettima',
    surname: 'Shettima',
    country: 'NG',
    prominence: 3,
    born: 1966,
    description: 'Vice President of Nigeria since 2023',
    roles: [{ role: 'Vice President', org: 'NG', orgId: 'cd:country/ng', from: '2023-05-29' }],
  }),
]);

const link = linkerOver(kb, '2026-05-10');

const kbIdOf = (text: string, names: [string, EntityType][], surface: string) =>
  writtenAs(link(text, names), text, surface)?.kbId;

describe('an exact famous name borne by a private person', () => {
  it('is not linked when copy says the person is no relation or a namesake', () => {
    const text =
      'Two cousins in Ibadan named Bola Tinubu and Kashim Shettima - no relation to the politicians - sell phones.';
    const names: [string, EntityType][] = [
      ['Bola Tinubu', 'person'],
      ['Kashim Shettima', 'person'],
    ];
    expect(kbIdOf(text, names, 'Bola Tinubu')).toBeNull();
    expect(kbIdOf(text, names, 'Kashim Shettima')).toBeNull();
    const shares = 'Bola Tinubu, who shares a name with Nigeria’s president, drives a bus in Kano.';
    expect(kbIdOf(shares, [['Bola Tinubu', 'person']], 'Bola Tinubu')).toBeNull();
  });

  it('still links the famous bearer the namesake words point to', () => {
    const text = 'The Kano driver is no relation of President Bola Tinubu, who spoke in Abuja.';
    expect(kbIdOf(text, [['Bola Tinubu', 'person']], 'Bola Tinubu')).toBe('p:tinubu');
  });

  it('reads the age a caption gives after the place in the picture', () => {
    const text = 'Bola Tinubu (left), a 10-year-old from Kaduna, holds the spelling-bee trophy.';
    expect(kbIdOf(text, [['Bola Tinubu', 'person']], 'Bola Tinubu')).toBeNull();
    const real = 'Bola Tinubu (left) greets Kashim Shettima at the airport in Abuja.';
    expect(kbIdOf(real, [['Bola Tinubu', 'person']], 'Bola Tinubu')).toBe('p:tinubu');
  });

  it('is not linked when a plural of kin presents the pair, but is under a public plural', () => {
    const text = 'Two Nigerian brothers, Bola Tinubu and Musa Bello, who run a bakery in Jos, won the prize.';
    expect(kbIdOf(text, [['Bola Tinubu', 'person']], 'Bola Tinubu')).toBeNull();
    const leaders = 'Nigerian leaders Bola Tinubu and Kashim Shettima met governors in Abuja.';
    expect(kbIdOf(leaders, [['Bola Tinubu', 'person']], 'Bola Tinubu')).toBe('p:tinubu');
  });

  it('is not linked when people introduced as "named" bear the names', () => {
    const text = 'Twins in Enugu named Kashim Shettima and Bola Tinubu started school on Monday.';
    expect(kbIdOf(text, [['Bola Tinubu', 'person']], 'Bola Tinubu')).toBeNull();
  });
});

describe('a near spelling borne by a private person', () => {
  it('is not repaired for a person given a town and its region', () => {
    const text =
      'President Bola Tinubu spoke in Abuja. Separately, Bola Tinubo of Ikorodu, Lagos, won the yam contest.';
    expect(kbIdOf(text, [['Bola Tinubo', 'person']], 'Bola Tinubo')).toBeNull();
  });

  it('is not repaired for the aide of a private person the sentence presents', () => {
    const text = 'The Nigerian village chief Musa Bello, 71, and his deputy Kashim Shetima opened a clinic.';
    expect(kbIdOf(text, [['Kashim Shetima', 'person']], 'Kashim Shetima')).toBeNull();
  });

  it('is not repaired for a cricketer presented by a trade in a pair', () => {
    const text = 'Nigeria women’s team manager Bola Tinubo and bowler Kashim Shetima led the squad.';
    const names: [string, EntityType][] = [
      ['Bola Tinubo', 'person'],
      ['Kashim Shetima', 'person'],
    ];
    expect(kbIdOf(text, names, 'Kashim Shetima')).toBeNull();
  });
});

describe('a demonym as support', () => {
  it('does not count a demonym that only says where somebody is from', () => {
    // Only "Nigerian" ties the article to Nigeria, and it speaks of family life: no repair.
    const text = 'The Nigerian Kashim Shetima finished his first book this spring with his family.';
    expect(kbIdOf(text, [['Kashim Shetima', 'person']], 'Kashim Shetima')).toBeNull();
  });

  it('counts a demonym with a figure or body of the country the article names', () => {
    const text =
      'The All Progressives Congress met on Monday. The Nigerian Kashim Shetima finished his first book with his family.';
    const names: [string, EntityType][] = [
      ['All Progressives Congress', 'organization'],
      ['Kashim Shetima', 'person'],
    ];
    expect(kbIdOf(text, names, 'Kashim Shetima')).toBe('p:shettima');
  });
});

describe('a place name that is part of something else', () => {
  it('refuses a country name the tagger split from the person name after it', () => {
    const text = 'Chile Okafor, a 40-year-old welder in Aba, restored a lorry for the hospital.';
    const names: [string, EntityType][] = [
      ['Chile', 'location'],
      ['Okafor', 'person'],
    ];
    expect(kbIdOf(text, names, 'Chile')).toBeNull();
    // Both words typed places by the tagger: the second a KB person's surname.
    const both = 'Chile Tinubu, a 40-year-old welder in Aba, restored a lorry.';
    const bothNames: [string, EntityType][] = [
      ['Chile', 'location'],
      ['Tinubu', 'location'],
    ];
    expect(kbIdOf(both, bothNames, 'Chile')).toBeNull();
    const country = 'Chile said on Monday that copper exports rose.';
    expect(kbIdOf(country, [['Chile', 'location']], 'Chile')).toBe('cd:country/cl');
    // After a preposition the name is the place's: "the envoy for Chile Musa Okafor".
    const envoy = 'The envoy for Chile Musa Okafor met ministers in Abuja.';
    const envoyNames: [string, EntityType][] = [
      ['Chile', 'location'],
      ['Musa Okafor', 'person'],
    ];
    expect(kbIdOf(envoy, envoyNames, 'Chile')).toBe('cd:country/cl');
  });

  it('refuses a surname that names an animal', () => {
    const text = 'Tinubu beetles were found in the forest reserve, rangers said.';
    expect(kbIdOf(text, [['Tinubu', 'person']], 'Tinubu')).toBeNull();
  });

  it('takes a country named like a US state for the state among US places', () => {
    const text = 'Georgia voters queued for hours, and Atlanta turnout set a record.';
    const names: [string, EntityType][] = [
      ['Georgia', 'location'],
      ['Atlanta', 'location'],
    ];
    expect(kbIdOf(text, names, 'Georgia')).toBe('pl:state-ga');
    const country = 'Georgia held elections on Saturday, and Tbilisi saw protests.';
    expect(
      kbIdOf(
        country,
        [
          ['Georgia', 'location'],
          ['Tbilisi', 'location'],
        ],
        'Georgia',
      ),
    ).toBe('cd:country/ge');
  });
});

describe('a trade in a relative clause', () => {
  it('presents a private person even past the first seven words', () => {
    const shop =
      'Kashim Shettima, who has run a small fish and chip shop in Lagos since 1999, says the price of oil doubled.';
    expect(kbIdOf(shop, [['Kashim Shettima', 'person']], 'Kashim Shettima')).toBeNull();
    const bazaar = 'Bola Tinubu, who sells rugs at a bazaar in Kano, said trade was slow.';
    expect(kbIdOf(bazaar, [['Bola Tinubu', 'person']], 'Bola Tinubu')).toBeNull();
  });

  it('leaves a public figure who runs a public body alone', () => {
    const text = 'Kashim Shettima, who has run the economic council since 2023, said the plan would hold.';
    expect(kbIdOf(text, [['Kashim Shettima', 'person']], 'Kashim Shettima')).toBe('p:shettima');
  });
});
