/**
 * The tagger's last word of a longer name ("Atlantic" of "The Atlantic", "Columbia" of
 * "District of Columbia") is the longer name the KB knows; an ocean's name in a US address is
 * a town.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkedEntityOver, linkerOver } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { nameCompletedBefore } from './names-before.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('US', 'United States', 'American'),
  makeEntity({
    id: 'c:dc',
    type: 'location',
    name: 'Washington, D.C.',
    names: [{ text: 'District of Columbia', kind: 'alias' }],
    kind: 'capital',
    country: 'US',
    prominence: 5,
  }),
  makeEntity({
    id: 'c:columbia-mo',
    type: 'location',
    name: 'Columbia',
    kind: 'city',
    country: 'US',
    description: 'city in Missouri, United States',
    prominence: 1,
  }),
  makeEntity({
    id: 'p:atlantic',
    type: 'location',
    name: 'Atlantic Ocean',
    names: [{ text: 'Atlantic', kind: 'alias' }],
    kind: 'sea',
    prominence: 4,
  }),
  makeEntity({
    id: 'o:atlantic',
    type: 'organization',
    name: 'The Atlantic',
    kind: 'magazine',
    country: 'US',
    prominence: 3,
  }),
  makeEntity({ id: 'r:ia', type: 'location', name: 'Iowa', kind: 'region', country: 'US', prominence: 3 }),
]);

const link = linkerOver(kb, '2016-06-01');

function linkedId(text: string, surface: string, names: readonly (readonly [string, EntityType])[]) {
  return linkedEntityOver(kb, text, names, surface, '2016-06-01')?.kbId ?? null;
}

/** The KB id of the entity with a mention over `surface`, widened or not. */
function linkedIdOver(text: string, surface: string, names: readonly (readonly [string, EntityType])[]) {
  const at = text.indexOf(surface);
  const entities = link(text, names);
  return entities.find((e) => e.mentions.some((m) => m.start <= at && at < m.end))?.kbId ?? null;
}

describe('the words before a name that complete a longer one', () => {
  it('are a title’s "The" inside a sentence', () => {
    const mag = 'As The Atlantic noted';
    expect(nameCompletedBefore(kb, mag, mag.indexOf('Atlantic'), 'Atlantic')?.entity.id).toBe('o:atlantic');
    const start = 'The Atlantic was calm';
    expect(nameCompletedBefore(kb, start, 4, 'Atlantic')).toBeNull();
  });

  it('are a sentence’s opening "The" before a verb of publishing (acc24-link-b)', () => {
    const first = 'The Atlantic published the leaked memo on Monday.';
    expect(nameCompletedBefore(kb, first, 4, 'Atlantic')?.entity.id).toBe('o:atlantic');
    const later = 'Officials were furious. The Atlantic has reported on the talks since May.';
    const at = later.indexOf('Atlantic');
    expect(nameCompletedBefore(kb, later, at, 'Atlantic')?.entity.id).toBe('o:atlantic');
    const storms = 'Officials were worried. The Atlantic warmed faster than forecast this summer.';
    expect(nameCompletedBefore(kb, storms, storms.indexOf('Atlantic'), 'Atlantic')).toBeNull();
  });
});

describe('a place name the tagger cut from a longer name', () => {
  it('is the District of Columbia, not Columbia, Missouri (the KB knows the longer name)', () => {
    const text = 'The last contest is the District of Columbia primary next Tuesday.';
    expect(linkedIdOver(text, 'Columbia', [['Columbia', 'location']])).toBe('c:dc');
  });

  it('is the magazine after a title’s "The", not the ocean', () => {
    const text = 'As The Atlantic noted last month, trust in government is falling around the world.';
    expect(linkedId(text, 'Atlantic', [['Atlantic', 'location']])).toBe('o:atlantic');
    const magazine = linkedEntityOver(kb, text, [['Atlantic', 'location']], 'Atlantic', '2016-06-01');
    expect(magazine?.mentions.map((m) => m.repaired)).toEqual([false]);
  });

  it('is the magazine opening a sentence before "published", not the ocean', () => {
    const text = 'The Atlantic published the leaked memo in full on Monday.';
    expect(linkedId(text, 'Atlantic', [['Atlantic', 'location']])).toBe('o:atlantic');
  });

  it('is the ocean across the Atlantic', () => {
    const text = 'Such attacks may happen to others, on the other side of the Atlantic.';
    expect(linkedId(text, 'Atlantic', [['Atlantic', 'location']])).toBe('p:atlantic');
  });
});

describe('an ocean’s name in a US address', () => {
  it('is a town of that state, not the ocean: "Atlantic, Iowa"', () => {
    const text = 'The volunteer died in a car crash in Atlantic, Iowa, in January.';
    const names: [string, EntityType][] = [
      ['Atlantic', 'location'],
      ['Iowa', 'location'],
    ];
    expect(linkedId(text, 'Atlantic', names)).toBeNull();
  });
});
