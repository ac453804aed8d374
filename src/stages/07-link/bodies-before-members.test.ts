/**
 * A body's code-like short name the tagger missed before a noun for its people: "two CBP
 * agents", "M23 rebels". Linked to the one KB organisation that has the word as written.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkLayers, wordTokens } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { memberNounAfter } from './bodies-before-members.js';
import { linkDocument } from './link-document.js';

const body = (id: string, name: string, short: string) =>
  makeEntity({
    id,
    type: 'organization',
    name,
    kind: 'agency',
    country: 'US',
    prominence: 3,
    description: 'federal law-enforcement agency',
    names: [{ text: short, kind: 'short' }],
  });

const kb = new MemoryKnowledgeBase([
  body('cd:org/cbp', 'US Customs and Border Protection', 'CBP'),
  body('cd:org/abc-1', 'Agency for Border Control', 'ABC'),
  body('cd:org/abc-2', 'Australian Broadcasting Corporation', 'ABC'),
]);

function linkedOver(text: string, word: string): string | null | undefined {
  const at = text.indexOf(word);
  const entities = linkDocument(kb, {
    text,
    date: '2025-06-01',
    tokens: wordTokens(text),
    ...linkLayers(text, []),
  });
  return entities.find((e) => e.mentions.some((m) => m.start === at && m.end === at + word.length))?.kbId;
}

describe('memberNounAfter', () => {
  it('reads a noun for a body’s people after a word of capitals', () => {
    const text = 'Two CBP agents and an FBI spokeswoman spoke.';
    expect(memberNounAfter(text, 'CBP', text.indexOf(' agents'))).toBe('agents');
    expect(memberNounAfter(text, 'FBI', text.indexOf(' spokeswoman'))).toBe('spokeswoman');
  });

  it('reads nothing after an ordinary word or before another noun', () => {
    const text = 'Border agents met CBP lawyers.';
    expect(memberNounAfter(text, 'Border', text.indexOf(' agents'))).toBeNull();
    expect(memberNounAfter(text, 'CBP', text.indexOf(' lawyers'))).toBeNull();
  });
});

describe('code-like body names before their people', () => {
  it('links the one organisation the KB gives the word to', () => {
    expect(linkedOver('Near the border, CBP agents detained a farmer on Tuesday.', 'CBP')).toBe('cd:org/cbp');
  });

  it('leaves a word two organisations share, and one with no noun for people after it', () => {
    expect(linkedOver('Two ABC officials visited the ranch on Tuesday.', 'ABC')).toBeUndefined();
    expect(linkedOver('Near the border, CBP lawyers filed a report on Tuesday.', 'CBP')).toBeUndefined();
  });
});

describe('a body’s own adjective and a long acronym (session acc22-link-b)', () => {
  const armed = makeEntity({
    id: 'cd:org/kandari',
    type: 'organization',
    name: 'Kandaris',
    kind: 'armed-group',
    prominence: 4,
    description: 'armed movement in the northern highlands',
    names: [{ text: 'Kandari', kind: 'alias' }],
  });
  const agency = makeEntity({
    id: 'cd:org/unhrwa',
    type: 'organization',
    name: 'UNHRWA',
    kind: 'un-body',
    prominence: 4,
    description: 'UN relief agency',
  });
  const minor = makeEntity({
    id: 'cd:org/abcd',
    type: 'organization',
    name: 'ABCD',
    kind: 'ngo',
    prominence: 1,
    description: 'a small charity',
  });
  const kb2 = new MemoryKnowledgeBase([armed, agency, minor]);
  const linkedIn = (text: string, word: string) => {
    const at = text.indexOf(word);
    return linkDocument(kb2, {
      text,
      date: '2025-06-01',
      tokens: wordTokens(text),
      ...linkLayers(text, []),
    }).find((e) => e.mentions.some((m) => m.start === at && m.end === at + word.length))?.kbId;
  };

  it('links the body’s adjective before its arms or fighters', () => {
    expect(memberNounAfter('Kandari drones hit a depot.', 'Kandari', 7)).toBe('drones');
    expect(linkedIn('Kandari drones struck a fuel depot near the coast on Sunday.', 'Kandari')).toBe(
      'cd:org/kandari',
    );
  });

  it('links an acronym of four capitals a known body has, wherever it stands', () => {
    expect(linkedIn('Lawmakers voted to bar UNHRWA from working in the port.', 'UNHRWA')).toBe(
      'cd:org/unhrwa',
    );
  });

  it('leaves the adjective before other nouns and the acronym of a body of little note', () => {
    expect(linkedIn('Kandari weavers sold rugs at the fair on Sunday.', 'Kandari')).toBeUndefined();
    expect(linkedIn('Volunteers said ABCD would open a shelter in the port.', 'ABCD')).toBeUndefined();
  });
});

describe("a party's adjective before its rule or its people (acc23-link-b)", () => {
  const party = (id: string, name: string, country: string) =>
    makeEntity({ id, type: 'organization', name, kind: 'party', country, prominence: 3 });
  const parties = new MemoryKnowledgeBase([
    countryEntity('CA', 'Canada', 'Canadian'),
    countryEntity('AU', 'Australia', 'Australian'),
    party('p:ca-liberal', 'Liberal Party of Canada', 'CA'),
    party('p:au-liberal', 'Liberal Party of Australia', 'AU'),
  ]);
  const linkedIn = (text: string, names: [string, 'location' | 'person'][], word: string) => {
    const at = text.lastIndexOf(word);
    return linkDocument(parties, {
      text,
      date: '2025-06-01',
      tokens: wordTokens(text),
      ...linkLayers(text, names),
    }).find((e) => e.mentions.some((m) => m.start === at && m.end === at + word.length))?.kbId;
  };

  it("is the party of the article's country", () => {
    const text = 'Voters in Canada ended nine years of Liberal rule on Monday.';
    expect(linkedIn(text, [['Canada', 'location']], 'Liberal')).toBe('p:ca-liberal');
    const au = 'In Australia, Liberal lawmakers backed the farm bill.';
    expect(linkedIn(au, [['Australia', 'location']], 'Liberal')).toBe('p:au-liberal');
  });

  it('is nothing before another noun or without a country', () => {
    const park = 'Students in Canada flocked to Liberal arts colleges this year.';
    expect(linkedIn(park, [['Canada', 'location']], 'Liberal') ?? null).toBeNull();
    const bare = 'Critics said Liberal rule had failed the regions.';
    expect(linkedIn(bare, [], 'Liberal') ?? null).toBeNull();
  });
});
