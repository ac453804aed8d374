/**
 * "Frankfurt-based", "Iowa-born", "Ottawa-area": the tokenizer keeps a name and its participle as one word
 * (as CoNLL does), and the tagger types the word a place or leaves it untyped. The place is named all the same:
 * the mention is the place's name alone when the KB knows it as a place. (The sound-alike
 * pass still never repairs such an adjective: "Washington-based" is no mangled name.)
 */
import type { Mention } from '../../core/annotations.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/**
 * Words that make an adjective of a place: where a body sits or a person was born, the area
 * a seat or a suburb lies in ("an Ottawa-area seat"), where a flight is going ("a
 * Moscow-bound flight").
 */
const PLACE_PARTICIPLE = /-(?:based|born|headquartered|registered|area|bound)$/;

/** The place mention inside "Frankfurt-based", or the mention as it was. */
export function withoutPlaceParticiple(kb: KnowledgeBase, text: string, m: Mention): Mention {
  if (m.type !== 'location' && m.type !== 'misc') return m;
  const participle = PLACE_PARTICIPLE.exec(text.slice(m.start, m.end));
  if (!participle) return m;
  const place: Mention = { ...m, end: m.end - participle[0].length, type: 'location' };
  const known = kb
    .lookup(text.slice(place.start, place.end))
    .some((h) => h.entity.type === 'location' && isNameOrAlias(h));
  return known ? place : m;
}
