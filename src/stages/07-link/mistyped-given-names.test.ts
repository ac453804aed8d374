/**
 * A given name misspelled into a place's name and cut off its surname ("[Georgia] [Meloni]"):
 * one person mention when the next word is a KB person's surname and the word before it that
 * person's given name nearly letter for letter.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkLayers, personEntity } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { withMistypedGivenNames } from './mistyped-given-names.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('GE', 'Georgia', 'Georgian'),
  countryEntity('JO', 'Jordan', 'Jordanian'),
  personEntity({
    id: 'verani',
    name: 'Giorgia Verani',
    surname: 'Verani',
    country: 'IT',
    prominence: 4,
    description: 'Prime Minister of Italy',
  }),
]);

function spans(text: string, names: [string, 'person' | 'location' | 'misc' | 'organization'][]): string[] {
  const { mentions } = linkLayers(text, names);
  return withMistypedGivenNames(kb, text, mentions).map((m) => `${m.type}:${text.slice(m.start, m.end)}`);
}

describe('a given name typed as a place before its surname', () => {
  it('joins the surname into one person mention', () => {
    const text = 'Host Georgia Verani welcomed the leaders to Rome.';
    expect(
      spans(text, [
        ['Georgia', 'location'],
        ['Verani', 'misc'],
      ]),
    ).toEqual(['person:Georgia Verani']);
  });

  it('leaves a place before another word, or before a surname of nobody of that given name', () => {
    const text = 'Talks in Georgia Tuesday and in Jordan Verani said nothing of.';
    expect(
      spans(text, [
        ['Georgia', 'location'],
        ['Tuesday', 'misc'],
        ['Jordan', 'location'],
        ['Verani', 'person'],
      ]),
    ).toEqual(['location:Georgia', 'misc:Tuesday', 'location:Jordan', 'person:Verani']);
  });
});
