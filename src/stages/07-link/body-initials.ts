/**
 * "The Bank of Canada's governor … The BoC cut its rate": copy shortens a body it has named to
 * the initials of its name, whether or not the KB files that short form. Likewise "India won
 * the Champions Trophy … The ICC said": the letters are the initials of the body that runs an
 * event the article names (the KB event's organiser). A short mention left unlinked, written
 * as letters only with two capitals or more, is the one such body whose name's initials it
 * spells — of every word ("BoC") or of the capitalised words only ("BC"). Session acc27-link-b.
 */
import { eventSeriesId } from '../../kb/event-instances.js';
import type { KbEntity } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/**
 * Letters only, three to six, beginning and holding at least two capitals: "BoC", "ICC",
 * "ECB". (Two letters are too often a common abbreviation: "AI" in a story naming Amnesty
 * International.)
 */
const INITIALS = /^(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{2,5}$/;

/** The KB role of an event pointing at the body that runs it. */
const ORGANIZER_ROLE = 'Organizer';

/** Whether `surface` is written as initials at all: the cheap gate before any body is read. */
export function looksLikeInitials(surface: string): boolean {
  return INITIALS.test(surface);
}

/** The initials of a name, of every word and of its capitalised words, upper-cased. */
function initialsOf(name: string): string[] {
  const words = name.split(/[\s-]+/u).filter((w) => /^\p{L}/u.test(w));
  const all = words.map((w) => w[0]!).join('');
  const capitalised = words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!)
    .join('');
  return [all.toUpperCase(), capitalised.toUpperCase()];
}

/**
 * The bodies the article names, directly (`linked`: its linked entities) or as the organiser
 * of an event it names.
 */
export function bodiesNamed(kb: KnowledgeBase, linked: Iterable<KbEntity>): KbEntity[] {
  const bodies = new Map<string, KbEntity>();
  for (const e of linked) {
    if (e.type === 'organization') bodies.set(e.id, e);
    else if (e.type === 'event') {
      // An edition names its organiser through its series ("2025 ICC Champions Trophy").
      const seriesId = eventSeriesId(e);
      const series = seriesId ? kb.get(seriesId) : undefined;
      for (const event of series ? [e, series] : [e]) {
        for (const r of event.roles) {
          if (r.role !== ORGANIZER_ROLE || !r.orgId) continue;
          const body = kb.get(r.orgId);
          if (body?.type === 'organization') bodies.set(body.id, body);
        }
      }
    }
  }
  return [...bodies.values()];
}

/**
 * The one body of `bodies` whose name (or an alias) has `surface`'s letters as its initials;
 * null when none or several have.
 */
export function bodyOfInitials(surface: string, bodies: readonly KbEntity[]): KbEntity | null {
  if (!looksLikeInitials(surface)) return null;
  const letters = surface.toUpperCase();
  let found: KbEntity | null = null;
  for (const body of bodies) {
    const names = [body.name, ...body.names.filter((n) => n.kind === 'alias').map((n) => n.text)];
    if (!names.some((n) => n.includes(' ') && initialsOf(n).includes(letters))) continue;
    if (found && found.id !== body.id) return null;
    found = body;
  }
  return found;
}
