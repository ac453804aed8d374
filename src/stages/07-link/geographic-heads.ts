/**
 * "on the edge of the Amazon": a word the KB knows as a company, refused as one because the
 * text speaks of a place, names the KB place that is that word and a geographic head — the
 * Amazon rainforest. Copy drops the head ("the Amazon", "the Sahara", "the Mekong") when the
 * place is the word's best-known sense; the KB files such places under the full name so
 * that the word alone stays the company's.
 */
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** Heads a geographic name drops, most often meant first. */
const GEOGRAPHIC_HEADS = [
  'rainforest',
  'river',
  'basin',
  'desert',
  'delta',
  'mountains',
  'sea',
  'lake',
] as const;

/**
 * The one KB place named `word` and a geographic head ("Amazon" → "Amazon rainforest"), the
 * first head that names one; null if none, or a head that names two.
 */
export function placeWithoutHead(kb: KnowledgeBase, word: string): KbEntity | null {
  for (const head of GEOGRAPHIC_HEADS) {
    const places = new Set(
      kb
        .lookup(`${word} ${head}`)
        .filter((h) => isNameOrAlias(h) && h.entity.type === 'location')
        .map((h) => h.entity),
    );
    if (places.size > 1) return null;
    if (places.size === 1) return [...places][0]!;
  }
  return null;
}
