/**
 * Events the tagger types as places because copy writes them where a venue stands, after
 * "at" (session acc27-link-b):
 *
 * - "won best in breed at Crufts": a name the KB gives to one event only, no place or body,
 *   is that event — a show or festival is attended "at" its name;
 * - "the film premiered at Cannes": a town's name after a film's premiere or screening is the
 *   film festival named after the town ("Cannes Film Festival"), when the KB has exactly one.
 */
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/** "at " right before the name. */
const AT_BEFORE = /(?:^|[^\p{L}])at\s$/u;

/** A film's showing before "at": "premiered at", "was screened at", "the premiere at". */
const FILM_SHOWING_BEFORE =
  /\b(?:premiered|premieres|premiere|screened|screening|screenings|debuted|debut|shown|showed|competition|in contention)\s+at\s$/iu;

/** How a film festival is named after its town, as the KB files them. */
const FESTIVAL_NAMES = ['Film Festival', 'International Film Festival'] as const;

/** Whether "at " stands right before `start`: the gate before any other reading. */
export function atBefore(text: string, start: number): boolean {
  return AT_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}

/**
 * The film festival of the town `surface` when the words before `start` speak of a film shown
 * there ("premiered at Cannes"); null otherwise, or when the KB has no or several festivals
 * of that name.
 */
export function filmFestivalAt(
  kb: KnowledgeBase,
  text: string,
  start: number,
  surface: string,
): KbEntity | null {
  if (!FILM_SHOWING_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return null;
  const festivals = new Set<KbEntity>();
  for (const tail of FESTIVAL_NAMES)
    for (const h of kb.lookup(`${surface} ${tail}`))
      if (h.entity.type === 'event' && isNameOrAlias(h) && h.entity.kind === 'festival')
        festivals.add(h.entity);
  return festivals.size === 1 ? [...festivals][0]! : null;
}

/**
 * The one KB event named `surface` (name or alias) when nothing else of the KB bears the
 * name ("at Crufts"); null otherwise.
 */
export function onlyEventNamed(kb: KnowledgeBase, surface: string): KbEntity | null {
  let event: KbEntity | null = null;
  for (const h of kb.lookup(surface)) {
    if (h.entity.type !== 'event') return null;
    if (!isNameOrAlias(h)) continue;
    if (event && event !== h.entity) return null;
    event = h.entity;
  }
  return event;
}
