/**
 * A body's name the KB knows with its country's possessive in front ("Kenya's High Court"):
 * the country keeps a mention of its own inside the body's (possessor-places.ts).
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, kbIdAt, linkerOver } from '../../../test/helpers/link-fixtures.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('KE', 'Kenya', 'Kenyan'),
  makeEntity({
    id: 'o:ke-high-court',
    type: 'organization',
    name: 'High Court of Kenya',
    names: [{ text: "Kenya's High Court", kind: 'alias' }],
    kind: 'court',
    country: 'KE',
    prominence: 2,
  }),
  makeEntity({
    id: 'e:kenya-cup',
    type: 'event',
    name: "Kenya's Cup",
    kind: 'sports-event',
    prominence: 1,
  }),
  makeEntity({
    id: 'p:ruto',
    type: 'person',
    name: 'William Ruto',
    names: [{ text: 'Ruto', kind: 'surname' }],
    kind: 'politician',
    country: 'KE',
    prominence: 4,
  }),
]);

const link = linkerOver(kb, '2025-03-01');

describe("a country's possessive opening a body's name", () => {
  const text = "Kenya's High Court suspended the police deployment on Friday, lawyers said.";

  it('is the country, beside the body it opens', () => {
    const entities = link(text, [["Kenya's High Court", 'organization']]);
    expect(kbIdAt(entities, text, 'Kenya')).toBe('cd:country/ke');
    expect(kbIdAt(entities, text, "Kenya's High Court")).toBe('o:ke-high-court');
  });

  it('is nothing when the possessor is no place of the KB', () => {
    const copy = "Ruto's Cabinet Office denied the report on Friday, officials said.";
    const entities = link(copy, [["Ruto's Cabinet Office", 'organization']]);
    expect(kbIdAt(entities, copy, 'Ruto')).toBeUndefined();
  });

  it("is nothing inside an event's name the tagger typed otherwise", () => {
    const copy = "The Swiss crew won Kenya's Cup regatta off Mombasa on Saturday.";
    const entities = link(copy, [["Kenya's Cup", 'misc']]);
    expect(kbIdAt(entities, copy, 'Kenya')).toBeUndefined();
  });
});
