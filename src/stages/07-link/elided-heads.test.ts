/**
 * A body's or event's name short of its first word, that word named elsewhere in the
 * article: "the Peace Prize" beside the Nobel committee (elided-heads.ts).
 */
import { describe, expect, it } from 'vitest';
import { linkedEntityOver } from '../../../test/helpers/link-fixtures.js';
import type { EntityType } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'e:msc',
    type: 'event',
    name: 'Munich Security Conference',
    kind: 'conference',
    country: 'DE',
    prominence: 4,
  }),
  makeEntity({
    id: 'o:msc',
    type: 'organization',
    name: 'Munich Security Conference',
    kind: 'foundation',
    country: 'DE',
    prominence: 4,
  }),
  makeEntity({
    id: 'e:wwdc',
    type: 'event',
    name: 'Apple Worldwide Developers Conference',
    names: [{ text: 'WWDC', kind: 'short' }],
    kind: 'conference',
    country: 'US',
    prominence: 1,
  }),
  makeEntity({
    id: 'o:nobel',
    type: 'organization',
    name: 'Norwegian Nobel Committee',
    kind: 'foundation',
    country: 'NO',
    prominence: 3,
  }),
  makeEntity({
    id: 'e:peace',
    type: 'event',
    name: 'Nobel Peace Prize',
    kind: 'ceremony',
    country: 'NO',
    prominence: 2,
  }),
  makeEntity({
    id: 'o:un',
    type: 'organization',
    name: 'United Nations',
    names: [{ text: 'UN', kind: 'short' }],
    kind: 'intergovernmental',
    prominence: 5,
  }),
  makeEntity({
    id: 'o:unsc',
    type: 'organization',
    name: 'United Nations Security Council',
    names: [{ text: 'UN Security Council', kind: 'alias' }],
    kind: 'un-body',
    prominence: 4,
  }),
  makeEntity({
    id: 'o:ausc',
    type: 'organization',
    name: 'African Security Council',
    kind: 'intergovernmental',
    prominence: 2,
  }),
]);

function linked(text: string, names: [string, EntityType][], surface: string): string | null {
  return linkedEntityOver(kb, text, names, surface)?.kbId ?? null;
}

describe('a name short of its first word', () => {
  it('is the KB name when the article names that word elsewhere', () => {
    const text = 'The Norwegian Nobel Committee gave the Peace Prize to a group of Sudanese medics.';
    const names: [string, EntityType][] = [
      ['Norwegian Nobel Committee', 'organization'],
      ['Peace Prize', 'misc'],
    ];
    expect(linked(text, names, 'Peace Prize')).toBe('e:peace');
  });

  it('is nothing when the article does not name it', () => {
    const text = 'The town council gave its Peace Prize to a retired teacher.';
    expect(linked(text, [['Peace Prize', 'misc']], 'Peace Prize')).toBeNull();
  });

  it('is nothing when two names fit', () => {
    // "UN" and "African" both named: the Security Council of either.
    const text = 'UN envoys and African ministers met before the Security Council vote.';
    const names: [string, EntityType][] = [
      ['UN', 'organization'],
      ['African', 'misc'],
      ['Security Council', 'organization'],
    ];
    expect(linked(text, names, 'Security Council')).toBeNull();
  });
});

describe("a meeting's name without its middle word", () => {
  it("is the meeting of the mention's type when its head is written in lower case", () => {
    const text = 'Ministers met on the margins of the Munich conference on Saturday.';
    expect(linked(text, [['Munich conference', 'event']], 'Munich conference')).toBe('e:msc');
  });

  it('is nothing written as a name of its own', () => {
    const text = 'Ministers met on the margins of the Munich Conference on Saturday.';
    expect(linked(text, [['Munich Conference', 'event']], 'Munich Conference')).toBeNull();
  });
});

describe("an event's short name typed as a body", () => {
  it('is the event right before a word for an event', () => {
    const text = 'Apple showed its new glasses at the WWDC conference in Cupertino.';
    expect(linked(text, [['WWDC', 'organization']], 'WWDC')).toBe('e:wwdc');
  });

  it('is nothing elsewhere', () => {
    const text = 'WWDC tickets sold out within minutes.';
    expect(linked(text, [['WWDC', 'organization']], 'WWDC')).toBeNull();
  });
});
