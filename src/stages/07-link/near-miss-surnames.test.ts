import { describe, expect, it } from 'vitest';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { NearMissSurnames } from './near-miss-surnames.js';
import { letterSlips, letters } from './similarity.js';

const person = (id: string, name: string, prominence: number) =>
  makeEntity({ id, type: 'person', name, prominence });

const kb = new MemoryKnowledgeBase([
  person('p:ramaphosa', 'Cyril Ramaphosa', 5),
  person('p:albanese', 'Anthony Albanese', 4),
  // Less well known: no near miss of her surname is taken.
  person('p:okonjo', 'Ngozi Okonjo-Iweala', 3),
]);

const surnames = NearMissSurnames.for(kb);

describe('NearMissSurnames', () => {
  it('lets through a word one slip off the surname of a best-known person', () => {
    // A letter for another, one out, one in, two neighbours swapped.
    for (const word of ['Ramaphosi', 'Ramphosa', 'Ramaphossa', 'Rmaaphosa', 'Albanesi', 'Albnaese'])
      expect(surnames.mayBeOneSlipOff(letters(word))).toBe(true);
  });

  it('rules out words more slips off, and the surnames of lesser-known people', () => {
    for (const word of ['Ramaposi', 'Ramapohsa', 'Alabnezi', 'Thompson', 'Okonjoiweala'])
      expect(surnames.mayBeOneSlipOff(letters(word))).toBe(false);
  });

  it('never rules out a word within one slip (checked against the distance itself)', () => {
    const target = letters('Ramaphosa');
    const words = [
      'Ramaphosa',
      'Ramaphoza',
      'Amaphosa',
      'Rramaphosa',
      'Armaphosa',
      'Ramaphsoa',
      'Ramaphosaa',
    ];
    for (const l of words.map(letters)) {
      expect(letterSlips(l, target, 1)).toBeLessThanOrEqual(1);
      expect(surnames.mayBeOneSlipOff(l)).toBe(true);
    }
  });
});
