/**
 * "[[Romania]'s Constitutional Court]", "[[Kenya]'s High Court]": a body's name the KB knows
 * with its country's possessive in front ("Romania's Constitutional Court" is an alias), so
 * the tagger's or the compound pass's one mention covers both. The text names the country
 * too: the place before the possessive gets a mention of its own inside the body's, as a
 * summit keeps its organisation's (summits.ts). The body's mention is kept whole. Not in an
 * event's name the tagger typed otherwise ("the America's Cup", named after a yacht).
 */
import type { Mention } from '../../core/annotations.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** "Romania's Constitutional Court": one to three capitalised words, a possessive, a capitalised word. */
const POSSESSOR_FIRST = /^(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2})['’]s \p{Lu}/u;

/**
 * A location mention over the possessor at the start of each mention (not a person's or an
 * event's) that opens with a KB country's or region's name in the possessive, where no
 * mention stands already; empty when there is none (most documents: one `includes` per mention).
 */
export function possessorPlacesInside(
  kb: KnowledgeBase,
  text: string,
  mentions: readonly Mention[],
): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.type === 'person' || m.type === 'event') continue;
    const surface = text.slice(m.start, m.end);
    if (!surface.includes('s ')) continue;
    const possessor = POSSESSOR_FIRST.exec(surface)?.[1];
    if (!possessor) continue;
    const end = m.start + possessor.length;
    if (mentions.some((x) => x.start === m.start && x.end === end)) continue;
    const place = kb.lookup(possessor).some(
      (h) =>
        h.entity.type === 'location' &&
        (h.entity.kind === 'country' || h.entity.kind === 'region') &&
        // "the UK's Supreme Court": a country's short form too, never a demonym.
        (isNameOrAlias(h) || h.kind === 'short'),
    );
    // "the America's Cup" tagged as a thing: an event named after a yacht, not the country's.
    if (place && !namesEvent(kb, surface)) out.push({ ...m, end, type: 'location' });
  }
  return out;
}

/** Whether `surface` is a KB event's name or alias. */
function namesEvent(kb: KnowledgeBase, surface: string): boolean {
  return kb.lookup(surface).some((h) => h.entity.type === 'event' && isNameOrAlias(h));
}
