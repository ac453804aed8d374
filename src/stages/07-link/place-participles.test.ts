/**
 * "Leeds-based", "Dorlin-born": a place the tokenizer kept with its participle is linked as
 * the place (place-participles.ts), when the KB knows it as one.
 */
import { describe, expect, it } from 'vitest';
import { linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { withoutPlaceParticiple } from './place-participles.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({ id: 'c:leeds', type: 'location', name: 'Leeds', kind: 'city', country: 'GB', prominence: 2 }),
  makeEntity({ id: 'o:vantor', type: 'organization', name: 'Vantor', kind: 'company', prominence: 3 }),
]);

describe('a place and its participle in one word', () => {
  it('links the place of a "-based" or "-born" adjective', () => {
    for (const type of ['location', 'misc'] as const) {
      const text = 'The Leeds-based insurer cut 300 jobs on Monday.';
      expect(linkedEntityOver(kb, text, [['Leeds-based', type]], 'Leeds')?.kbId).toBe('c:leeds');
    }
    const born = 'The Leeds-born painter opened a show in Madrid.';
    expect(linkedEntityOver(kb, born, [['Leeds-born', 'location']], 'Leeds')?.kbId).toBe('c:leeds');
  });

  it('links the place of a "-area" seat or suburb and of a "-bound" flight', () => {
    const seat = 'The minister held on to her Leeds-area seat by 400 votes.';
    expect(linkedEntityOver(kb, seat, [['Leeds-area', 'misc']], 'Leeds')?.kbId).toBe('c:leeds');
    const flight = 'A Leeds-bound flight was diverted to Manchester after a bird strike.';
    expect(linkedEntityOver(kb, flight, [['Leeds-bound', 'misc']], 'Leeds')?.kbId).toBe('c:leeds');
  });

  it('leaves a name the KB knows as no place, a person-typed word and other participles alone', () => {
    const at = (text: string, word: string) => ({
      start: text.indexOf(word),
      end: text.indexOf(word) + word.length,
    });
    const firm = 'The Vantor-based design studio moved.';
    expect(
      withoutPlaceParticiple(kb, firm, {
        ...at(firm, 'Vantor-based'),
        type: 'location',
        by: 'test',
        confidence: 1,
      }).end,
    ).toBe(firm.indexOf('Vantor-based') + 'Vantor-based'.length);
    const led = 'A Leeds-led consortium won the bid.';
    expect(
      withoutPlaceParticiple(kb, led, {
        ...at(led, 'Leeds-led'),
        type: 'location',
        by: 'test',
        confidence: 1,
      }).end,
    ).toBe(led.indexOf('Leeds-led') + 'Leeds-led'.length);
    const person = 'The Leeds-based insurer cut jobs.';
    expect(
      withoutPlaceParticiple(kb, person, {
        ...at(person, 'Leeds-based'),
        type: 'person',
        by: 'test',
        confidence: 1,
      }).type,
    ).toBe('person');
  });
});
