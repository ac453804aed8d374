/**
 * A word alone in quotes ("''Live''", "“Hardball”") is a show's or a book's title, not the
 * mangled surname of a KB person whose title words stand near it.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver, personEntity } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { standsAloneInQuotes } from './quoted-titles.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('US', 'United States', 'American'),
  countryEntity('FR', 'France', 'French'),
  personEntity({
    id: 'levy',
    name: 'Bernard Lévy',
    surname: 'Lévy',
    country: 'FR',
    prominence: 2,
    roles: [{ role: 'Commentator', org: 'FR', from: '1990' }],
  }),
]);

describe('a word alone in quotes', () => {
  it('is read between doubled, straight and curly quotes', () => {
    const at = (text: string, word: string) =>
      standsAloneInQuotes(text, text.indexOf(word), text.indexOf(word) + word.length);
    expect(at("whose ''Live'' program", 'Live')).toBe(true);
    expect(at('the “Hardball” host', 'Hardball')).toBe(true);
    expect(at('"Live from the capital," he said', 'Live')).toBe(false);
  });

  it('is no commentator’s sound-alike surname', () => {
    const text =
      "The anchor will compete with a rival whose ''Live'' program lost its French commentator last month.";
    const names: [string, EntityType][] = [['Live', 'person']];
    expect(linkedEntityOver(kb, text, names, 'Live', '2016-05-18')?.kbId ?? null).toBeNull();
  });

  it('leaves the sound-alike surname out of quotes', () => {
    const text =
      'The anchor will compete with a rival, and Live, the French commentator, said so last month.';
    const names: [string, EntityType][] = [['Live', 'person']];
    expect(linkedEntityOver(kb, text, names, 'Live', '2016-05-18')?.kbId).toBe('p:levy');
  });
});
