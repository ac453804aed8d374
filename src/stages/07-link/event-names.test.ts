import { describe, expect, it } from 'vitest';
import type { Entity, Mention } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { describeRepairs } from './describe.js';
import {
  datedNameOverPieces,
  EVENT_WORD_SYNONYMS,
  EventNameMatcher,
  withoutEventQuickTests,
} from './event-names.js';
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
    id: 'cd:event/2027-fr-presidential',
    type: 'event',
    name: '2027 French presidential election',
    names: [{ text: '2027 France presidential election', kind: 'alias' }],
    kind: 'election',
    country: 'FR',
    prominence: 3,
  }),
  makeEntity({
    id: 'cd:country/fr',
    type: 'location',
    name: 'France',
    kind: 'country',
    country: 'FR',
    prominence: 4,
  }),
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

describe('the quick test before each event-name expression', () => {
  const names = [
    'Munich Security Conference',
    'World Economic Forum',
    'World Health Assembly',
    'Bank Holiday Festival',
    'Office Christmas Party',
    'National Health Conference',
    'Ütopia Security Forum',
    'Straße Arts Festival',
  ];
  const big = new MemoryKnowledgeBase(
    names.map((name, i) => makeEntity({ id: `ev:${i}`, type: 'event', name, prominence: 4 })),
  );

  /** Each name as written, its words swapped for each synonym, under several spacings and cases. */
  function texts(): string[] {
    const out: string[] = [];
    for (const name of names) {
      const words = name.split(' ');
      const forms = [words];
      for (let i = 0; i < words.length; i++) {
        for (const s of EVENT_WORD_SYNONYMS[words[i]!.toLowerCase()] ?? []) {
          const cap = s[0]!.toUpperCase() + s.slice(1);
          forms.push([...words.slice(0, i), cap, ...words.slice(i + 1)]);
          forms.push([...words.slice(0, i), s, ...words.slice(i + 1)]);
        }
      }
      for (const f of forms) {
        for (const gap of [' ', '  ', '\u00a0', '\n', '', '-', ' \u2003']) {
          out.push(`The ${f.join(gap)} opened.`);
          out.push(
            `${f.map((w) => w.toUpperCase()).join(gap)} and ${f.map((w) => w.toLowerCase()).join(gap)}`,
          );
          out.push(`${f.slice(0, 2).join(gap)}s ${f.join(gap)}`);
        }
      }
    }
    return out;
  }

  it('leaves every match the expressions find', () => {
    const matcher = EventNameMatcher.for(big);
    const all = texts();
    expect(all.length).toBeGreaterThan(1000);
    const show = (t: string) =>
      matcher.find(t).map((m) => `${m.start}-${m.end} ${m.name} ${m.swapped.join('/')}`);
    const fast = all.map(show);
    const slow = withoutEventQuickTests(() => all.map(show));
    expect(fast).toEqual(slow);
    expect(fast.filter((f) => f.length > 0).length).toBeGreaterThan(300);
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

  it('takes a dated event named exactly over the country the tagger found inside it', () => {
    const text = 'Pollsters say the 2027 France presidential election will be close.';
    const entities = link(text, [['France', 'location']]);
    expect(entities.map((e) => [text.slice(e.mentions[0]!.start, e.mentions[0]!.end), e.kbId])).toEqual([
      ['2027 France presidential election', 'cd:event/2027-fr-presidential'],
    ]);
  });

  it('leaves a dated name to the tagger when one of its mentions runs past the name', () => {
    const text = 'Observers of the 2027 France presidential election Commission Electorale met.';
    const match = EventNameMatcher.for(kb).find(text)[0]!;
    const start = text.indexOf('election');
    const across = { start, end: text.indexOf(' met') };
    const inside = { start: text.indexOf('France'), end: text.indexOf('France') + 6 };
    expect(datedNameOverPieces(match, text, [inside])).toBe(true);
    expect(datedNameOverPieces(match, text, [inside, across])).toBe(false);
    expect(datedNameOverPieces(match, text, [{ start: match.start, end: match.end }])).toBe(false);
  });

  it('leaves an unrelated safety convention and the city alone', () => {
    const text = 'In Munich, the new safety convention for tankers took effect.';
    const entities = link(text, [['Munich', 'location']]);
    expect(entities.map((e) => [e.name, e.kbId])).toEqual([['Munich', 'geonames:munich']]);
  });
});
