import { describe, expect, it } from 'vitest';
import { countryEntity, linkerOver, writtenAs } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { cricketArticle } from './cricket-teams.js';

const team = (id: string, name: string, country: string) =>
  makeEntity({ id, type: 'organization', name, kind: 'national-team', country, prominence: 2 });

const kb = new MemoryKnowledgeBase([
  countryEntity('NZ', 'New Zealand', 'New Zealander'),
  countryEntity('LK', 'Sri Lanka', 'Sri Lankan'),
  team('t:nz', 'New Zealand national cricket team', 'NZ'),
  team('t:lk', 'Sri Lanka national cricket team', 'LK'),
]);

const link = linkerOver(kb, '2025-03-01');

function linked(text: string, surface: string): string | null {
  const entities = link(text, [
    ['New Zealand', 'location'],
    ['Sri Lanka', 'location'],
  ]);
  return writtenAs(entities, text, surface)?.kbId ?? null;
}

describe('cricketArticle', () => {
  it('reads words of cricket, and no other team sport', () => {
    expect(cricketArticle('They took four wickets before lunch.')).toBe(true);
    expect(cricketArticle('The T20 series resumes with a rugby double-header.')).toBe(false);
    expect(cricketArticle('The ICC issued an arrest warrant.')).toBe(false);
  });
});

describe('a country as a side in cricket copy', () => {
  it('is its national team when it wins, loses, or is the opponent', () => {
    const text = 'New Zealand beat Sri Lanka by seven wickets in the second ODI in Napier.';
    expect(linked(text, 'New Zealand')).toBe('t:nz');
    expect(linked(text, 'Sri Lanka')).toBe('t:lk');
  });

  it('stays the country outside a match, or outside cricket copy', () => {
    const tour = 'Sri Lanka will host New Zealand for two Test matches, cricket officials said.';
    expect(linked(tour, 'Sri Lanka')).toBe('cd:country/lk');
    const trade = 'New Zealand beat Sri Lanka to the contract for dairy exports.';
    expect(linked(trade, 'New Zealand')).toBe('cd:country/nz');
  });
});
