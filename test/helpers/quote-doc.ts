/**
 * Builds a document for quotes-stage tests: paragraphs, sentences and tokens from the
 * text by the segment stage (blank-line paragraphs, as cleanup gives them for plain
 * text), and mentions from an explicit
 * list (every occurrence of each surface form gets the given type), plus optional
 * entities — so that tests state exactly which names upstream stages would have found.
 */
import type { Entity, EntityType, Mention } from '../../src/core/annotations.js';
import type { NewsDoc } from '../../src/core/doc.js';
import { blankLineParagraphs, segment } from '../../src/stages/04-segment/index.js';
import { makeDoc } from './make-doc.js';

export interface QuoteDocOptions {
  /** Surface form → type; every occurrence in the text becomes a mention. */
  readonly mentions?: Readonly<Record<string, EntityType>>;
  /** Entities, by canonical name, with the surface forms that mention them. */
  readonly entities?: readonly {
    name: string;
    type: EntityType;
    kbId?: string;
    surfaces: readonly string[];
  }[];
}

function occurrences(text: string, surface: string): number[] {
  const out: number[] = [];
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'gu',
  );
  for (const m of text.matchAll(re)) out.push(m.index);
  return out;
}

export function makeQuoteDoc(text: string, options: QuoteDocOptions = {}): NewsDoc {
  const paragraphs = blankLineParagraphs(text);
  const { sentences, tokens } = segment(text, paragraphs);
  const mentions: Mention[] = [];
  const taken: { start: number; end: number }[] = [];
  const add = (surface: string, type: EntityType) => {
    for (const start of occurrences(text, surface)) {
      const end = start + surface.length;
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      taken.push({ start, end });
      mentions.push({ start, end, type, by: 'test', confidence: 1 });
    }
  };
  // Longer surfaces first, so "Anna Berg" wins over "Berg" inside it.
  const all: [string, EntityType][] = Object.entries(options.mentions ?? {});
  for (const e of options.entities ?? []) for (const s of e.surfaces) all.push([s, e.type]);
  all.sort((a, b) => b[0].length - a[0].length);
  for (const [surface, type] of all) add(surface, type);
  mentions.sort((a, b) => a.start - b.start);
  const entities: Entity[] | undefined = options.entities?.map((e, i) => ({
    id: `E${i + 1}`,
    type: e.type,
    name: e.name,
    kbId: e.kbId ?? null,
    by: 'test',
    confidence: 1,
    evidence: [],
    mentions: mentions
      .filter((m) => e.surfaces.includes(text.slice(m.start, m.end)))
      .map((m) => ({ start: m.start, end: m.end, repaired: text.slice(m.start, m.end) !== e.name })),
  }));
  return makeDoc(text, {
    layers: { paragraphs, sentences, tokens, mentions, ...(entities ? { entities } : {}) },
  });
}
