/**
 * Places, facilities and events written as another language or a spinner writes them:
 * "Harkov" (Kharkiv), "Warschau" (Warsaw), "[Zaporozhye] nuclear plant", "the Paris Games",
 * "Munich Safety Discussion board".
 */
import { describe, expect, it } from 'vitest';
import { linkerOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { EventNameMatcher } from './event-names.js';
import { letters, nameSimilarity } from './similarity.js';

describe('transliteration clusters in similarity', () => {
  it('makes an initial "kh" written "h" cheap', () => {
    expect(nameSimilarity('Harkov', 'Kharkiv')).toBeGreaterThanOrEqual(0.9);
    expect(nameSimilarity('Herson', 'Kherson')).toBeGreaterThanOrEqual(0.95);
    // Inside a name "kh" stays two letters.
    expect(nameSimilarity('Mukhammadu', 'Muhammadu')).toBeLessThan(0.92);
    // Any other consonant dropped before h still costs a letter.
    expect(nameSimilarity('Harkov', 'Tharkov')).toBeLessThan(0.9);
  });

  it('reads the German "sch" as "sh"', () => {
    expect(letters('Warschau')).toBe('warshau');
    expect(nameSimilarity('Warschau', 'Warsaw')).toBeGreaterThanOrEqual(0.9);
    expect(letters('Olaf Scholz')).toBe(letters('Olaf Sholz'));
  });
});

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'ev:msc',
    type: 'event',
    name: 'Munich Security Conference',
    prominence: 4,
  }),
  makeEntity({
    id: 'ev:paris-2024',
    type: 'event',
    name: '2024 Summer Olympics',
    names: [{ text: 'Paris Olympics', kind: 'alias' }],
    prominence: 3,
  }),
  makeEntity({
    id: 'pl:zap',
    type: 'location',
    kind: 'city',
    name: 'Zaporizhia',
    names: [
      { text: 'Zaporizhzhia', kind: 'alias' },
      { text: 'Zaporozhye', kind: 'alias' },
    ],
    prominence: 2,
  }),
  makeEntity({
    id: 'pl:znpp',
    type: 'location',
    name: 'Zaporizhzhia Nuclear Power Plant',
    names: [{ text: 'Zaporizhzhia nuclear plant', kind: 'alias' }],
    prominence: 3,
  }),
]);

function found(text: string): [string, string][] {
  return EventNameMatcher.for(kb)
    .find(text)
    .map((m) => [text.slice(m.start, m.end), m.name]);
}

describe('spun event words', () => {
  it('reads "Games" and the spinner\'s "Video games" as the Olympics', () => {
    expect(found('He won gold at the Paris Games on Friday.')).toEqual([['Paris Games', 'Paris Olympics']]);
    expect(found('The opening of the Paris Video games drew crowds.')).toEqual([
      ['Paris Video games', 'Paris Olympics'],
    ]);
  });

  it('reads "Discussion board" as a conference', () => {
    expect(found('At the Munich Safety Discussion board, ministers spoke.')).toEqual([
      ['Munich Safety Discussion board', 'Munich Security Conference'],
    ]);
  });

  it('needs the distinctive word as written', () => {
    expect(found('At the London Games, athletes …')).toEqual([]);
  });
});

const link = linkerOver(kb, '2024-09-05');

describe('a facility after another spelling of its place', () => {
  it('links "[Zaporozhye] nuclear plant" to the plant', () => {
    const text = 'The situation at the Zaporozhye nuclear plant remains precarious.';
    const entities = link(text, [['Zaporozhye', 'location']]);
    expect(entities.map((e) => [e.kbId, text.slice(e.mentions[0]!.start, e.mentions[0]!.end)])).toEqual([
      ['pl:znpp', 'Zaporozhye nuclear plant'],
    ]);
  });

  it('keeps the city before words that name no facility', () => {
    const text = 'Shelling hit Zaporozhye nuclear experts said.';
    const entities = link(text, [['Zaporozhye', 'location']]);
    expect(entities.map((e) => e.kbId)).toEqual(['pl:zap']);
  });
});
