/**
 * A lone surname written without the Arabic article its full form carries ("Omar al-Nada …
 * Nada's foreign minister", KB "Omar al-Nadaa") follows that full form, as it would with the
 * article — also when the tagger typed the lone word as a body (which needs a closer match):
 * it is not left to a sound-alike of another person whose title the sentence happens to use.
 */
import { describe, expect, it } from 'vitest';
import { countryEntity, linkLayers, personEntity } from '../../../test/helpers/link-fixtures.js';
import type { Entity } from '../../core/annotations.js';
import { MemoryKnowledgeBase } from '../../kb/memory.js';
import { linkDocument } from './link-document.js';

const kb = new MemoryKnowledgeBase([
  countryEntity('KR', 'Karistan', 'Karistani'),
  countryEntity('VL', 'Valmora', 'Valmoran'),
  personEntity({
    id: 'qadiri',
    name: 'Omar al-Nadaa',
    surname: 'al-Nadaa',
    country: 'KR',
    prominence: 4,
    roles: [{ role: 'President', org: 'KR', from: '2025-01-29' }],
  }),
  personEntity({
    id: 'kadir',
    name: "Levan Na'ad",
    surname: "Na'ad",
    country: 'VL',
    prominence: 3,
    roles: [{ role: 'Minister of Foreign Affairs', org: 'VL', from: '2024-11-05' }],
  }),
]);

function linkedAt(text: string, names: string[], surface: string, from: number): string | null {
  const entities: Entity[] = linkDocument(kb, {
    text,
    date: '2025-01-30',
    ...linkLayers(
      text,
      names.map((n, k) => [n, k === 0 ? 'person' : 'organization'] as const),
    ),
  });
  const at = text.indexOf(surface, from);
  return entities.find((e) => e.mentions.some((m) => m.start === at))?.kbId ?? null;
}

describe('a lone surname without the Arabic article of its full form', () => {
  it("follows the article's full form with the article, though typed as a body", () => {
    const text =
      "Omar al-Nada was named Karistan's president on Wednesday. Nada's foreign minister is touring the region.";
    expect(linkedAt(text, ['Omar al-Nada', 'Nada'], 'Nada', 20)).toBe('p:qadiri');
  });
});
