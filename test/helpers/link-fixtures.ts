/**
 * Hand-placed layers and KB fixtures for link-stage unit tests: the mentions a test names
 * and plain sentence boundaries, so a test states exactly what the linker is given.
 */
import type { EntityType, Mention, Sentence } from '../../src/core/annotations.js';
import { type KbEntity, makeEntity } from '../../src/kb/model.js';

/**
 * Each mention on the first occurrence of its surface that no earlier mention covers;
 * sentences end at a stop (or `!`/`?`, a closing quote kept) followed by a space.
 */
export function linkLayers(
  text: string,
  names: readonly (readonly [string, EntityType])[],
): { mentions: Mention[]; sentences: Sentence[] } {
  const mentions: Mention[] = [];
  for (const [surface, type] of names) {
    let at = text.indexOf(surface);
    while (at >= 0 && mentions.some((m) => m.start < at + surface.length && at < m.end))
      at = text.indexOf(surface, at + 1);
    if (at < 0) throw new Error(`${surface} not in text`);
    mentions.push({ start: at, end: at + surface.length, type, by: 'test', confidence: 1 });
  }
  mentions.sort((a, b) => a.start - b.start);
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]"? /g)) {
    sentences.push({ start, end: m.index + m[0].length - 1 });
    start = m.index + m[0].length;
  }
  sentences.push({ start, end: text.length });
  return { mentions, sentences };
}

/** A country entity as the shipped KB builds it: code, name and one demonym. */
export function countryEntity(code: string, name: string, demonym: string): KbEntity {
  return makeEntity({
    id: `cd:country/${code.toLowerCase()}`,
    type: 'location',
    name,
    country: code,
    kind: 'country',
    names: [{ text: demonym, kind: 'demonym' }],
    prominence: 4,
  });
}
