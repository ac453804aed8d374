/**
 * Company names written as separate words: "Deep Seek" for DeepSeek, "Black Rock" for
 * BlackRock, "Space X" for SpaceX. Scraped and machine-translated copies split a one-word
 * brand at its inner capital. The join is accepted only when it is, case-folded, exactly a
 * name or alias of one organisation of the KB — never by likeness: two ordinary words
 * joined ("Sun Day", "Red Bull"…) must not reach a company by a fuzzy match.
 */
import type { KbEntity } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** Two or three words, each capitalised (a lone capital letter counts: "Space X"). */
const SPLIT_NAME = /^\p{Lu}[\p{L}\p{N}]*(?: \p{Lu}[\p{L}\p{N}]*){1,2}$/u;

/**
 * The organisation whose exact name (or alias) is `surface` with its spaces taken out, or
 * null: when the surface is no split name, when the surface as written names something of
 * the KB itself, or when the join names no organisation or several.
 */
export function joinedOrganisation(kb: KnowledgeBase, surface: string): KbEntity | null {
  if (!SPLIT_NAME.test(surface)) return null;
  // "Black Rock" as written may be a place of the KB: the name as written comes first.
  if (kb.lookup(surface).length > 0) return null;
  const joined = surface.replace(/ /g, '');
  let found: KbEntity | null = null;
  for (const h of kb.lookup(joined)) {
    if (h.kind !== 'name' && h.kind !== 'alias') continue;
    // The lookup may fold more than case (accents, punctuation): the join must be the name
    // case-folded, letter for letter.
    if (h.text.toLowerCase() !== joined.toLowerCase()) continue;
    // Any other kind of entity under that name makes the join ambiguous.
    if (h.entity.type !== 'organization') return null;
    if (found && found !== h.entity) return null;
    found = h.entity;
  }
  return found;
}
