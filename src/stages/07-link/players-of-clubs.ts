/**
 * A player and his club run into one mention: "Rodri of Manchester City won the Ballon d'Or".
 * The tagger takes the whole for an organisation; the words before "of" are a KB person's
 * exact name and the words after it a KB sports club's, so the mention is split into the
 * person and the club, each linked as any such name is. A whole name the KB knows ("Bank of
 * England") is never split, nor a club or person the KB does not know.
 */
import type { Mention } from '../../core/annotations.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** "Name of Club": the words before " of " and after it. */
const PERSON_OF_BODY = /^(.+?) of (\p{Lu}.+)$/u;

function namesKind(
  kb: KnowledgeBase,
  name: string,
  test: (e: { type: string; kind: string | null }) => boolean,
) {
  return kb.lookup(name).some((h) => isNameOrAlias(h) && test(h.entity));
}

/** The organisation mentions that run a KB person and his KB club together split in two; the others as they are. */
export function withPlayersOfClubs(kb: KnowledgeBase, text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const parts = m.type === 'organization' ? PERSON_OF_BODY.exec(text.slice(m.start, m.end)) : null;
    const [, person, club] = parts ?? [];
    if (
      !person ||
      !club ||
      kb.lookup(text.slice(m.start, m.end)).length > 0 ||
      !namesKind(kb, person, (e) => e.type === 'person') ||
      !namesKind(kb, club, (e) => e.kind === 'sports-club')
    ) {
      out.push(m);
      continue;
    }
    out.push({ ...m, end: m.start + person.length, type: 'person' }, { ...m, start: m.end - club.length });
  }
  return out;
}
