import { describe, expect, it } from 'vitest';
import type { Entity, Mention } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { describeRepairs } from './describe.js';
import { EventNameMatcher } from './event-names.js';
import { linkDocument } from './link-document.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'cd:event/msc',
    type: 'event',
    name: 'Munich Security Conference',
    names: [{ text: 'MSC', kind: 'short' }],
    prominence: 4,
  }),
  makeEntity({ id: 'cd:event/g7', type: 'event', name: 'G7 summit', prominence: 4 }),
  makeEntity({ id: 'cd:org/wef', type: 'organization', name: 'World Economic Forum', prominence: 4 }),
  makeEntity({ id: 'cd:event/obscure', type: 'event', name: 'Tromso Security Conference', prominence: 1 }),
  makeEntity({
    id: 'geonames:munich',
    type: 'location',
    name: 'Munich',
    kind: 'city',
    prominence: 4,
  }),
]);

function found(text: string): [string, string, string[]][] {
  return EventNameMatcher.for(kb)
    .find(text)
    .map((m) => [text.slice(m.start, m.end), m.name, m.swapped.map(([w, c]) => `${w}>${c}`)]);
}

describe('EventNameMatcher', () => {
  it('finds event and forum names with generic words swapped for synonyms', () => {
    expect(
      found('At the Munich Safety Convention and the World Economic Discussion board, the G7 Top loomed.'),
    ).toEqual([
      [
        'Munich Safety Convention',
        'Munich Security Conference',
        ['Safety>Security', 'Convention>Conference'],
      ],
      ['World Economic Discussion board', 'World Economic Forum', ['Discussion board>Forum']],
      ['G7 Top', 'G7 summit', ['Top>summit']],
    ]);
  });

  it('finds names as written too, and nothing in lower-case prose or without a distinctive word', () => {
    expect(found('The Munich Security Conference opened.')).toEqual([
      ['Munich Security Conference', 'Munich Security Conference', []],
    ]);
    expect(found('Shipowners said the Munich safety convention for tankers was costly.')).toEqual([]);
    expect(found('The Global Financial Discussion board met.')).toEqual([]);
  });

  it('does not spin-repair into an obscure event', () => {
    expect(found('The Tromso Safety Convention met.')).toEqual([]);
  });
});

describe('event names in linking', () => {
  function link(text: string, mentions: [string, Mention['type']][]): Entity[] {
    const ms: Mention[] = mentions.map(([surface, type]) => {
      const at = text.indexOf(surface);
      return { start: at, end: at + surface.length, type, by: 'test', confidence: 1 };
    });
    return linkDocument(kb, {
      text,
      sentences: [{ start: 0, end: text.length }],
      mentions: ms,
      date: '2025-02-14',
    });
  }

  it('repairs a spun event name over the pieces the tagger found, with the swapped words as evidence', () => {
    const text = 'Ministers gathered for the Munich Safety Convention on Friday.';
    const entities = link(text, [
      ['Munich', 'location'],
      ['Safety Convention', 'organization'],
    ]);
    expect(entities).toHaveLength(1);
    const msc = entities[0]!;
    expect(msc).toMatchObject({ name: 'Munich Security Conference', kbId: 'cd:event/msc', type: 'event' });
    expect(msc.mentions).toEqual([{ start: 27, end: 51, repaired: true }]);
    expect(msc.evidence[0]).toMatchObject({ kind: 'word-substitution' });
    expect(describeRepairs(msc, text)[0]).toBe(
      'Munich Safety Convention → Munich Security Conference (swapped words: Safety for Security, Convention for Conference)',
    );
  });

  it('leaves an unrelated safety convention and the city alone', () => {
    const text = 'In Munich, the new safety convention for tankers took effect.';
    const entities = link(text, [['Munich', 'location']]);
    expect(entities.map((e) => [e.name, e.kbId])).toEqual([['Munich', 'geonames:munich']]);
  });
});
