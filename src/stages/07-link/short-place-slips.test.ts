/**
 * A short place name (under five letters) one letter slip off a capital of note, after a
 * preposition of place, is that capital (session acc22-link-b; `capitalSlipped` in
 * link-sound-alikes.ts): "a hospital in Kyvi" is Kyiv's.
 */
import { describe, expect, it } from 'vitest';
import { kbIdAt, linkerOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const place = (id: string, name: string, kind: string, prominence: number) =>
  makeEntity({ id, type: 'location', name, kind, country: 'XX', prominence });

const kb = new MemoryKnowledgeBase([
  place('c:riga', 'Riga', 'capital', 4),
  place('c:tula', 'Tula', 'capital', 4),
  place('c:tala', 'Tala', 'city', 1),
  place('c:bern', 'Bern', 'capital', 3),
]);
const link = linkerOver(kb, '2025-06-01');

describe('a short place name slipped', () => {
  it('is the capital of note one slip off, after a preposition of place', () => {
    const text = 'A drone struck a depot in Rgia overnight, officials said.';
    expect(kbIdAt(link(text, [['Rgia', 'location']]), text, 'Rgia')).toBe('c:riga');
  });

  it('is nothing without the preposition, with a rival one slip off, or for a lesser place', () => {
    const bare = 'Rgia officials denied the report on Monday.';
    expect(kbIdAt(link(bare, [['Rgia', 'location']]), bare, 'Rgia')).toBeNull();
    const rival = 'A drone struck a depot in Tila overnight, officials said.';
    expect(kbIdAt(link(rival, [['Tila', 'location']]), rival, 'Tila')).toBeNull();
    const lesser = 'A drone struck a depot in Bren overnight, officials said.';
    expect(kbIdAt(link(lesser, [['Bren', 'location']]), lesser, 'Bren')).toBeNull();
  });
});
