/**
 * Names the tagger cut at a word it does not take for part of a name: a lower-case particle
 * of a foreign place name ("[Dar] es [Salaam]", "[Trinidad] and [Tobago]"), a possessive
 * ("[St Peter]'s [Basilica]") or the number of an event's edition ("[COP] 29"). The pieces become one mention when the whole, as written, is
 * a KB name (a name or alias, of anything but a person); else they stay as tagged. The KB is
 * asked only where a particle joins two mentions or a number follows one, which is rare.
 */
import type { EntityType, Mention } from '../../core/annotations.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** A particle of place names between two mentions ("es", "el", "de", "and"): one space each side. */
const PARTICLE_GAP =
  /^ (?:es|el|al|ul|de|da|do|dos|das|du|di|del|della|la|le|les|y|e|and|upon|sur|en|am|an|im|bin|ibn) $/;

/** A possessive between two mentions ("[St Peter]'s [Basilica]"): the tagger stops at the "'s". */
const POSSESSIVE_GAP = /^['’]s $/;

/** A number of one to three digits right after a mention, then no more of a number ("COP 29"). */
const NUMBER_AFTER = /^ \d{1,3}(?![\d.,]?\d)/;

/** The type of the KB's non-person entity named exactly `surface`, or null. */
function knownType(kb: KnowledgeBase, surface: string): EntityType | null {
  const hit = kb.lookup(surface).find((h) => h.entity.type !== 'person' && isNameOrAlias(h));
  return hit ? hit.entity.type : null;
}

/** The mentions with the pieces of a KB name cut at a particle or before a number made one. */
export function withParticleJoins(kb: KnowledgeBase, text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    const gap = next ? text.slice(m.end, next.start) : '';
    if (next && (PARTICLE_GAP.test(gap) || POSSESSIVE_GAP.test(gap))) {
      const type = knownType(kb, text.slice(m.start, next.end));
      if (type) {
        out.push({ ...m, end: next.end, type });
        i++;
        continue;
      }
    }
    const number = NUMBER_AFTER.exec(text.slice(m.end, m.end + 6));
    const end = number ? m.end + number[0].length : -1;
    if (number && (!next || next.start >= end)) {
      const type = knownType(kb, text.slice(m.start, end));
      if (type) {
        out.push({ ...m, end, type });
        continue;
      }
    }
    out.push(m);
  }
  return out;
}
