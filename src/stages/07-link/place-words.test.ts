/**
 * "Reading between the lines, …": a town's name that is an English gerund, opening the
 * sentence before its object or preposition, is the verb, not the town.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { wordNotPlace } from './place-words.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('GB', 'United Kingdom', 'British'),
  makeEntity({
    id: 'c:reading',
    type: 'location',
    name: 'Reading',
    kind: 'city',
    country: 'GB',
    description: 'city in United Kingdom',
    prominence: 2,
  }),
]);

function linkedId(text: string) {
  return linkedEntityOver(kb, text, [['Reading', 'location']], 'Reading', '2016-07-07')?.kbId ?? null;
}

describe('a gerund opening the sentence', () => {
  it('is read before its object or preposition only', () => {
    const at = (text: string) => wordNotPlace(text, text.indexOf('Reading'), text.indexOf('Reading') + 7);
    expect(at('Reading between the lines, it is a warning.')).toBe('a verb opening the sentence');
    expect(at("He paused. ''Reading from a script is hard,'' he said.")).toBe('a verb opening the sentence');
    expect(at('Reading beat Derby on Saturday.')).toBeNull();
    expect(at('The club moved to Reading from London.')).toBeNull();
  });

  it('is not the town', () => {
    expect(linkedId('Reading between the lines, the agency seems worried about a breach.')).toBeNull();
    expect(linkedId('Reading from a prepared text, the candidate mispronounced the name twice.')).toBeNull();
  });

  it('leaves the town its name elsewhere', () => {
    expect(linkedId('The company moved its offices from London to Reading in 1998.')).toBe('c:reading');
  });
});
