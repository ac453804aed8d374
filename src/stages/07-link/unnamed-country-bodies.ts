/**
 * "The Interior Ministry said 107 people had been detained" in a story set in Georgia, "the
 * National Election Commission said" in one set in South Korea: a generic body name that a
 * word swap matches to a body of a country the article never names ("Interior Ministry" ~
 * the US Interior Department, "national = federal" ~ the US Federal Election Commission) is
 * the body of the country the story is about, not that one. Copy that means another
 * country's body names that country as the story's own: a story that names one other
 * country at least twice, and more often than the body's, is set there ("The U.S. State
 * Department said…" and "Washington" once in a story from Seoul do not make its election
 * commission American).
 *
 * Read only for a spun match (rare): one lookup per place or demonym mention.
 */
import type { Mention } from '../../core/annotations.js';
import type { KnowledgeBase, NameHit } from '../../ports/knowledge-base.js';

/**
 * Kinds of bodies every country has one of under a generic name (an interior ministry, an
 * election commission, a parliament, a supreme court); a landmark ("White House"), a bank or
 * a foundation named by a swap is one of a kind.
 */
const GENERIC_KINDS: ReadonlySet<string> = new Set(['ministry', 'agency', 'legislature', 'court']);

/** Whether `kind` is one of the generic kinds every country has a body of ({@link GENERIC_KINDS}). */
export function isGenericBodyKind(kind: string | null): boolean {
  return GENERIC_KINDS.has(kind ?? '');
}

/** How often a country must be named for the story to be set there. */
const HOME_MENTIONS = 2;

/**
 * How many place and demonym mentions name each country (ISO code): a country's own name or
 * demonym, or a town of it ("PARIS (Reuters) -" sets a story in France as surely as
 * "France" does). A town name several countries share counts for its most prominent one.
 */
function countriesNamed(kb: KnowledgeBase, text: string, mentions: readonly Mention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== 'location' && m.type !== 'misc') continue;
    const hits = kb.lookup(text.slice(m.start, m.end).replace(/['’]s$/, ''));
    const code = countryOfPlace(hits) ?? (m.type === 'location' ? countryOfTown(hits) : null);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

/** The country a name names itself (no surname reading), or null. */
export function countryOfPlace(hits: readonly NameHit[]): string | null {
  return hits.find((h) => h.entity.kind === 'country' && h.kind !== 'surname')?.entity.country ?? null;
}

/** The country of the most prominent place of that name (no surname or person reading). */
export function countryOfTown(hits: readonly NameHit[]): string | null {
  let best: NameHit | null = null;
  for (const h of hits) {
    if (h.entity.type !== 'location' || h.kind === 'surname') continue;
    if (best === null || h.entity.prominence > best.entity.prominence) best = h;
  }
  return best?.entity.country ?? null;
}

/**
 * Whether a body of `body.country` of a generic kind, matched by a word swap, belongs to a
 * country the article names less often than another it names at least twice (see the module
 * comment).
 */
export function bodyOfUnnamedCountry(
  kb: KnowledgeBase,
  text: string,
  mentions: readonly Mention[],
  body: { readonly country: string | null; readonly kind: string | null },
): boolean {
  if (body.country === null || !GENERIC_KINDS.has(body.kind ?? '')) return false;
  const counts = countriesNamed(kb, text, mentions);
  const own = counts.get(body.country) ?? 0;
  for (const n of counts.values()) if (n >= HOME_MENTIONS && n > own) return true;
  return false;
}
