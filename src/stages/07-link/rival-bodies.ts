/**
 * "The Federal Book Bank raised its forecast, President Joachim Nagel said": a spun name that
 * matches one country's body word for word ("Federal Reserve Bank", the Fed), in an article
 * that names the sitting head or officer of another country's body of the same kind (the
 * Bundesbank's president), is that other body's name translated, not the match.
 */
import type { Mention } from '../../core/annotations.js';
import { type KbEntity, type KbRole, roleActiveOn } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** Whether `role` is held on `date`; without a date, whether it is held still. */
function heldOn(role: KbRole, date: string | null): boolean {
  return date === null ? role.to === null : roleActiveOn(role, date);
}

/**
 * The other body of `body`'s kind and another country whose officer the article names
 * exactly (a person mention that is a KB person's name), as "Bundesbank (Joachim Nagel)";
 * else null.
 */
export function rivalBodyNamed(
  kb: KnowledgeBase,
  text: string,
  mentions: readonly Mention[],
  body: KbEntity,
  date: string | null,
): string | null {
  if (body.type !== 'organization' || body.kind === null || body.country === null) return null;
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    for (const hit of kb.lookup(text.slice(m.start, m.end).replace(/['’]s$/u, ''))) {
      if (hit.entity.type !== 'person' || hit.kind !== 'name') continue;
      for (const role of hit.entity.roles) {
        if (role.orgId === body.id || role.org === body.name || !heldOn(role, date)) continue;
        const org = kb
          .lookup(role.org)
          .find((h) => h.entity.type === 'organization' && h.kind === 'name')?.entity;
        if (org && org.kind === body.kind && org.country !== null && org.country !== body.country)
          return `${org.name} (${hit.entity.name})`;
      }
    }
  }
  return null;
}
