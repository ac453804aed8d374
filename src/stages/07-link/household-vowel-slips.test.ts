/**
 * A short surname alone one vowel off a household name's ("Tramp" for Trump), used as a
 * person's name, in news of public life that supports the person: the household name. Spelling
 * and fame alone never repair so short a word; an age, a trade, a work of fiction, history, a
 * rival bearer or a common noun keep it unlinked.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, kbIdAt, linkerOver, personEntity } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { oneVowelApart, usedAsName } from './household-vowel-slips.js';

const president = personEntity({
  id: 'brusk',
  name: 'Konrad Brusk',
  surname: 'Brusk',
  country: 'US',
  prominence: 5,
  born: 1951,
  roles: [{ role: 'President', org: 'US', from: '2025-01-20' }],
});

const kb = new MemoryKnowledgeBase([countryEntity('US', 'United States', 'American'), president]);
const link = linkerOver(kb, '2025-06-12', { tokens: true });

describe('oneVowelApart', () => {
  it('holds for one vowel written for another, nothing else', () => {
    expect(oneVowelApart('brask', 'brusk')).toBe(true);
    expect(oneVowelApart('brusk', 'brusk')).toBe(false);
    expect(oneVowelApart('brisk', 'brask')).toBe(true);
    expect(oneVowelApart('drusk', 'brusk')).toBe(false);
    expect(oneVowelApart('braska', 'brusk')).toBe(false);
    expect(oneVowelApart('brask', 'bresk'.replace('e', 'o'))).toBe(true);
    expect(oneVowelApart('braks', 'brusk')).toBe(false);
  });
});

describe('usedAsName', () => {
  const at = (text: string, word: string) => {
    const start = text.indexOf(word);
    return usedAsName(text, start, start + word.length, 0);
  };
  it('takes the subject of a verb or a possessive at the start of a sentence', () => {
    expect(at('Brask said on Friday the talks would go on.', 'Brask')).toBe(true);
    expect(at('Brask and Ortega met in Geneva.', 'Brask')).toBe(true);
    expect(at("Brask's envoy landed in Doha.", 'Brask')).toBe(true);
    expect(at('Brask pardoned the banker.', 'Brask')).toBe(true);
  });
  it('takes a proper noun inside the sentence', () => {
    expect(at('The premier thanked Brask for the loan.', 'Brask')).toBe(true);
    expect(at('She argued with Brask and the vice president.', 'Brask')).toBe(true);
  });
  it('refuses a common noun, a place, a creation and a longer name', () => {
    expect(at('Brask steamers once carried the grain.', 'Brask')).toBe(false);
    expect(at('The Brask docked at noon.', 'Brask')).toBe(false);
    expect(at('The ferry stopped in Brask overnight.', 'Brask')).toBe(false);
    expect(at("Chaplin's Brask returns to cinemas.", 'Brask')).toBe(false);
    expect(at('Shares of Brask Shipping fell.', 'Brask')).toBe(false);
  });
});

describe('a household name one vowel off, alone', () => {
  it('links the subject of a sentence the tagger missed, with the article naming his country', () => {
    const text =
      'Brask met the Gulf rulers in Doha on Tuesday, a week after the United States lifted sanctions on the region.';
    const entities = link(text, [['United States', 'location']]);
    expect(kbIdAt(entities, text, 'Brask')).toBe('p:brusk');
    const person = entities.find((e) => e.kbId === 'p:brusk');
    expect(person?.evidence.map((e) => e.kind)).toEqual(['spelling', 'co-mention']);
  });

  it('links a tagged mention inside the sentence, whatever type the tagger gave it', () => {
    const text =
      'The Danish premier left the talks after a row over tariffs with Brask. The United States denied any rift.';
    for (const type of ['person', 'location'] as const) {
      const entities = link(text, [
        ['Brask', type],
        ['United States', 'location'],
      ]);
      expect(kbIdAt(entities, text, 'Brask')).toBe('p:brusk');
    }
  });

  it('needs the article to speak of the person: fame and spelling alone do not do', () => {
    const text = 'Brask met the Gulf rulers in Doha on Tuesday to discuss tariffs and sanctions.';
    expect(kbIdAt(link(text, [['Brask', 'person']]), text, 'Brask')).toBeFalsy();
  });

  it('keeps a private person of that name: an age, a trade', () => {
    const text =
      'Brask, 58, who grows soybeans near Ames, said the tariffs of the United States had cut his sales by half.';
    expect(kbIdAt(link(text, [['Brask', 'person']]), text, 'Brask')).toBeFalsy();
  });

  it('keeps a character of fiction', () => {
    const text =
      'In the satirical film Capitol Nights, the blustering tycoon Brask slaps tariffs on everything the United States imports.';
    expect(kbIdAt(link(text, [['Brask', 'person']]), text, 'Brask')).toBeFalsy();
  });

  it('keeps a namesake of history: a year long before the person came of age', () => {
    const text =
      'In 1921 Brask led the dockers of the United States into a strike over wages and the government.';
    expect(kbIdAt(link(text, [['Brask', 'person']]), text, 'Brask')).toBeFalsy();
  });

  it('keeps a common noun at the start of a sentence', () => {
    const text = 'Brask steamers carried most of the trade of the United States before the war.';
    expect(kbIdAt(link(text, []), text, 'Brask')).toBeFalsy();
  });

  it('takes nobody when another well-known surname is as near', () => {
    const rival = personEntity({
      id: 'brask',
      name: 'Lena Brask',
      surname: 'Brask',
      country: 'DK',
      prominence: 3,
    });
    const withRival = linkerOver(
      new MemoryKnowledgeBase([countryEntity('US', 'United States', 'American'), president, rival]),
      '2025-06-12',
      { tokens: true },
    );
    const text = 'Brisk met the Gulf rulers in Doha, a week after the United States lifted sanctions.';
    expect(kbIdAt(withRival(text, [['United States', 'location']]), text, 'Brisk')).toBeFalsy();
  });
});
