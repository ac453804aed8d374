/**
 * A mangled name the tagger missed at a sentence start, with its post in apposition
 * ("Higseth, the US defense secretary, said …").
 */
import { describe, expect, it } from 'vitest';
import { linkLayers, personEntity, wordTokens, writtenAs } from '../../../test/helpers/link-fixtures.js';
import type { Entity, EntityType, Token } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { makeEntity } from '../../kb/model.js';
import { linkDocument } from './link-document.js';

const kb = new MemoryKnowledgeBase([
  makeEntity({ id: 'o:pact', type: 'organization', name: 'Northern Pact', prominence: 4 }),
  personEntity({
    id: 'halvorsen',
    name: 'Ingrid Halvorsen',
    surname: 'Halvorsen',
    country: 'NO',
    prominence: 4,
    roles: [{ role: 'Secretary General', org: 'Northern Pact', orgId: 'o:pact', from: '2024-10-01' }],
  }),
]);

function link(text: string, names: [string, EntityType][]): Entity[] {
  // The tagger missed the first word: the linker finds it among the tokens.
  const tokens: Token[] = wordTokens(text);
  return linkDocument(kb, { text, date: '2025-08-18', ...linkLayers(text, names), tokens });
}

const idOf = (entities: Entity[], text: string, surface: string) =>
  writtenAs(entities, text, surface)?.kbId ?? null;

describe('a missed sentence-initial word with a post in apposition', () => {
  it('links the holder of the post in a near spelling', () => {
    const text = 'Halvorsan, the Northern Pact secretary general, said the allies would meet in March.';
    expect(idOf(link(text, [['Northern Pact', 'organization']]), text, 'Halvorsan')).toBe('p:halvorsen');
  });

  it('links nothing when the words after it name no post the person holds', () => {
    const text = 'Halvorsan, the village baker, said the allies would meet in March.';
    expect(idOf(link(text, []), text, 'Halvorsan')).toBeNull();
  });

  it('links nothing without the apposition, on spelling alone', () => {
    const text = 'Halvorsan bakery closed in March after the Northern Pact summit.';
    expect(idOf(link(text, [['Northern Pact', 'organization']]), text, 'Halvorsan')).toBeNull();
  });
});
