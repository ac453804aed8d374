import { describe, expect, it } from 'vitest';
import { linkerOver } from '../../../test/helpers/link-fixtures.js';
import type { Entity } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { findDescriptions } from './descriptions.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({
    id: 'cd:person/jonas-gahr-store',
    type: 'person',
    name: 'Jonas Gahr Støre',
    names: [{ text: 'Støre', kind: 'surname' }],
    country: 'NO',
    prominence: 4,
  }),
]);

const link = linkerOver(kb, '2025-10-21');

function descriptionsOf(entity: Entity | undefined, text: string): string[] {
  return (entity?.mentions ?? []).filter((m) => m.description).map((m) => text.slice(m.start, m.end));
}

describe('findDescriptions', () => {
  it('finds "the ROLE of ORG" and "ORG\'s ROLE", with one key for one role at one organisation', () => {
    const text =
      "The founder of Wind Shift Capital spoke. Nordhavn Foods' chief executive left. Its CEO at Nordhavn Foods stayed. The head of state waved.";
    const found = findDescriptions(text);
    expect(found.map((d) => [text.slice(d.start, d.end), d.key])).toEqual([
      ['The founder of Wind Shift Capital', 'founder|wind shift capital'],
      ["Nordhavn Foods' chief executive", 'chief executive|nordhavn foods'],
      ['Its CEO at Nordhavn Foods', 'chief executive|nordhavn foods'],
    ]);
  });
});

describe('descriptions joined to people', () => {
  it('joins a delayed-identification lede to the person named next, and the surname with them', () => {
    const text =
      'OSLO, Oct 21 (Reuters) - The founder of Wind Shift Capital said on Tuesday the fund would double its wind holdings. "This is the decisive window," Ingrid Solheim told reporters. Solheim set up the firm in 2016.';
    const entities = link(text, [
      ['OSLO', 'location'],
      ['Reuters', 'organization'],
      ['Wind Shift Capital', 'organization'],
      ['Ingrid Solheim', 'person'],
      ['Solheim', 'person'],
    ]);
    const solheim = entities.find((e) => e.name === 'Ingrid Solheim');
    expect(solheim?.kbId).toBeNull();
    expect(solheim?.mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      'The founder of Wind Shift Capital',
      'Ingrid Solheim',
      'Solheim',
    ]);
    expect(descriptionsOf(solheim, text)).toEqual(['The founder of Wind Shift Capital']);
    expect(solheim?.evidence[0]).toMatchObject({
      kind: 'document-consistency',
      detail: 'The founder of Wind Shift Capital → Ingrid Solheim (described, then named)',
    });
    // The organisation stays an entity of its own.
    expect(entities.find((e) => e.name === 'Wind Shift Capital')?.mentions).toHaveLength(1);
  });

  it('joins appositions on either side, and the same description repeated later', () => {
    const text =
      'Elena Petrova, the founder of Wind Shift Capital, spoke first. Later the founder of Wind Shift Capital said more. The chief executive of Nordhavn Foods, Jon Berg, disagreed.';
    const entities = link(text, [
      ['Elena Petrova', 'person'],
      ['Wind Shift Capital', 'organization'],
      ['Wind Shift Capital', 'organization'],
      ['Nordhavn Foods', 'organization'],
      ['Jon Berg', 'person'],
    ]);
    expect(
      descriptionsOf(
        entities.find((e) => e.name === 'Elena Petrova'),
        text,
      ),
    ).toEqual(['the founder of Wind Shift Capital', 'the founder of Wind Shift Capital']);
    expect(
      descriptionsOf(
        entities.find((e) => e.name === 'Jon Berg'),
        text,
      ),
    ).toEqual(['The chief executive of Nordhavn Foods']);
  });

  it('does not join a lede to somebody introduced with a description of their own', () => {
    const text =
      'The founder of Wind Shift Capital said on Tuesday the fund would grow. Analyst Jon Berg doubted it. Jon Berg, an analyst at Nordea, said so twice.';
    const entities = link(text, [
      ['Wind Shift Capital', 'organization'],
      ['Jon Berg', 'person'],
      ['Jon Berg', 'person'],
    ]);
    expect(entities.flatMap((e) => descriptionsOf(e, text))).toEqual([]);
  });

  it('does not join a lede to a known figure, nor a description in mid-sentence', () => {
    const lede = link('The founder of Wind Shift Capital met officials. Jonas Gahr Støre praised the plan.', [
      ['Wind Shift Capital', 'organization'],
      ['Jonas Gahr Støre', 'person'],
    ]);
    expect(lede.flatMap((e) => e.mentions).some((m) => m.description)).toBe(false);
    const middle = link(
      'Officials met the founder of Wind Shift Capital on Monday. Ingrid Solheim spoke later.',
      [
        ['Wind Shift Capital', 'organization'],
        ['Ingrid Solheim', 'person'],
      ],
    );
    expect(middle.flatMap((e) => e.mentions).some((m) => m.description)).toBe(false);
  });
});
