/**
 * A surname alone, mangled, with no title next to it: after its organisation's possessive
 * ("Alliance's Ruttel" style: "NATO's Rute"), or after a full form, in a slot where a name
 * stands ("Callas also warned", which the tagger may miss).
 */
import { describe, expect, it } from 'vitest';
import {
  linkerOver,
  linkLayers,
  personEntity,
  wordTokens,
  writtenAs,
} from '../../../test/helpers/link-fixtures.js';
import type { Entity, Token } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { linkDocument } from './link-document.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({ id: 'o:pact', type: 'organization', name: 'Northern Pact', prominence: 4 }),
  makeEntity({ id: 'o:bank', type: 'organization', name: 'Central Bank of Nordland', prominence: 3 }),
  personEntity({
    id: 'halvorsen',
    name: 'Ingrid Halvorsen',
    surname: 'Halvorsen',
    country: 'NO',
    prominence: 4,
    roles: [{ role: 'Secretary General', org: 'Northern Pact', orgId: 'o:pact', from: '2024-10-01' }],
  }),
  // A former holder: the possessive speaks of the one in office on the article's date.
  personEntity({
    id: 'halvorson',
    name: 'Per Halvorson',
    surname: 'Halvorson',
    country: 'NO',
    prominence: 3,
    roles: [
      {
        role: 'Secretary General',
        org: 'Northern Pact',
        orgId: 'o:pact',
        from: '2014-10-01',
        to: '2024-10-01',
      },
    ],
  }),
  personEntity({
    id: 'lindqvist',
    name: 'Maja Lindqvist',
    surname: 'Lindqvist',
    country: 'SE',
    prominence: 4,
    roles: [{ role: 'High Representative', org: 'Northern Pact', orgId: 'o:pact', from: '2024-12-01' }],
  }),
]);

const link = linkerOver(kb, '2025-08-18');

const idOf = (entities: Entity[], text: string, surface: string) =>
  writtenAs(entities, text, surface)?.kbId ?? null;

describe("an organisation's possessive before a mangled surname", () => {
  it('links the holder of a role in that organisation on the date', () => {
    const text = "Ministers met in Oslo. The Northern Pact's Halvorsan also attended.";
    const entities = link(text, [
      ['Oslo', 'location'],
      ['Northern Pact', 'organization'],
      ['Halvorsan', 'person'],
    ]);
    expect(idOf(entities, text, 'Halvorsan')).toBe('p:halvorsen');
  });

  it('reads the organisation after a sentence stop, not with the word before it', () => {
    const text = "Ministers met in Oslo. Northern Pact's Halvorsan also attended.";
    const entities = link(text, [
      ['Oslo', 'location'],
      ['Northern Pact', 'organization'],
      ['Halvorsan', 'person'],
    ]);
    expect(idOf(entities, text, 'Halvorsan')).toBe('p:halvorsen');
  });

  it('takes nobody whose role is in another body', () => {
    const text = "The Central Bank of Nordland's Halvorsan spoke on rates.";
    const entities = link(text, [
      ['Central Bank of Nordland', 'organization'],
      ['Halvorsan', 'person'],
    ]);
    expect(idOf(entities, text, 'Halvorsan')).toBeNull();
  });

  it('takes nobody without the possessive', () => {
    const text = 'The Northern Pact met. Halvorsan also attended.';
    const entities = link(text, [
      ['Northern Pact', 'organization'],
      ['Halvorsan', 'person'],
    ]);
    expect(idOf(entities, text, 'Halvorsan')).toBeNull();
  });
});

describe('a missed surname in a name slot', () => {
  it('joins the full form when an adverb stands before the verb', () => {
    const text =
      "The Northern Pact's foreign-policy chief, Maja Lindkvist, backed Kyiv. Lindkvist also warned of sabotage.";
    // The tagger missed the second "Lindkvist": the linker finds it among the tokens.
    const tokens: Token[] = wordTokens(text);
    const layers = linkLayers(text, [
      ['Northern Pact', 'organization'],
      ['Maja Lindkvist', 'person'],
    ]);
    const entities = linkDocument(kb, { text, date: '2025-08-18', ...layers, tokens });
    const person = entities.find((e) => e.kbId === 'p:lindqvist');
    expect(person?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Maja Lindkvist', 'Lindkvist']);
  });
});
