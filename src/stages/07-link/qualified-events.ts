/**
 * Events the KB names with a qualifier in parentheses because their bare name is shared:
 * "US Open (tennis)" and "U.S. Open (golf)". Copy names them bare ("won the US Open"), and
 * the article says which: the qualifier's word in its text ("the tennis tournament") or in
 * the KB description of someone or something it names ("Jannik Sinner, Italian tennis
 * player"). A bare name links to the one event whose qualifier the article so speaks of,
 * and stays unlinked when none or several fit.
 *
 * The index (bare name → qualified events) is built once per knowledge base.
 */
import type { KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** A name and its qualifier: "US Open (tennis)" → "US Open", "tennis". */
const QUALIFIED = /^(.+?)\s*\(([^)]+)\)$/;

interface QualifiedEvent {
  readonly entity: KbEntity;
  /** The qualifier, normalised ("tennis"). */
  readonly qualifier: string;
}

const byBareName = new PerKnowledgeBase((kb) => {
  const index = new Map<string, QualifiedEvent[]>();
  for (const entity of kb.entities()) {
    if (entity.type !== 'event') continue;
    const parts = QUALIFIED.exec(entity.name);
    if (!parts) continue;
    const bare = normalizeName(parts[1]!);
    const list = index.get(bare) ?? [];
    list.push({ entity, qualifier: normalizeName(parts[2]!) });
    index.set(bare, list);
  }
  return index;
});

/** Whether `surface` is the bare name of some qualified event of the KB (one Map access). */
export function mayBeQualifiedEvent(kb: KnowledgeBase, surface: string): boolean {
  return byBareName.of(kb).has(normalizeName(surface));
}

/**
 * The one event named `surface` bare whose qualifier the article speaks of (`speaksOf`, given
 * a normalised word), or null.
 */
export function qualifiedEvent(
  kb: KnowledgeBase,
  surface: string,
  speaksOf: (qualifier: string) => boolean,
): QualifiedEvent | null {
  const events = byBareName.of(kb).get(normalizeName(surface));
  if (!events) return null;
  const fits = events.filter((e) => speaksOf(e.qualifier));
  return fits.length === 1 ? fits[0]! : null;
}
