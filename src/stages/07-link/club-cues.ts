/**
 * Words around a name that make it a sports team's, beyond a match result and a player's post
 * after it (place-senses.ts, team-senses.ts): "coach of Brazil", "the title with Liverpool",
 * "a Galatasaray supporter", "supports Zamalek". Copy calls a club by its bare name ("Chelsea",
 * "Galatasaray") where the KB files it under its full one ("Chelsea F.C.", "Galatasaray
 * S.K."); with such a cue the bare name is the club's.
 *
 * Each test reads a few dozen characters around the mention; the KB is read only once a cue holds.
 */
import type { Mention } from '../../core/annotations.js';
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { clubNameForms } from './place-senses.js';

/** A post of a team right before the name: "coach of Brazil", "the manager of England". */
const POST_OF_BEFORE = /\b(?:coach|manager|captain)\s+of\s+$/;

/**
 * A trophy won with the team: "lifted the trophy with Liverpool", "won the title with Chelsea",
 * "won the Premier League with Liverpool" (a competition's name capitalised).
 */
const TROPHY_WITH_BEFORE = /\b(?:title|trophy|[Ll]eague|[Cc]up|treble|double)\s+with\s+$/;

/**
 * A match against the team, a verb or noun of a match before "against" in the same clause:
 * "opened the World Cup against South Africa", "drew 1-1 against Chelsea", "a friendly
 * against Brazil" (session acc23-link-b). Not "sanctions against Russia": no match word.
 */
const MATCH_AGAINST_BEFORE =
  /\b(?:play(?:s|ed|ing)?|open(?:s|ed|ing)?|fac(?:e|es|ed|ing)|dr(?:ew|aw|aws|awn)|los(?:t|es|ing)|w(?:on|in|ins|inning)|scor(?:e|es|ed|ing)|match|game|friendly|fixture|tie|final|opener|qualifier|debut)\b(?:\s+[\p{L}\d'’-]+){0,4}\s+against\s+$/u;

/**
 * A result over the team, before its name: "a 5-1 win over Tottenham", "their victory against
 * Ajax", "a home defeat to Chelsea", "a draw with Brazil" (session acc25-link-b).
 */
const RESULT_OVER_BEFORE =
  /\b(?:win|wins|victory|victories|triumph|defeat|defeats|loss|losses|draw|thrashing|rout)\s+(?:over|against|to|by|with|at)\s+$/;

/**
 * A trophy the team won, after its name: "Liverpool clinched the Premier League title",
 * "Milan lifted the cup", "Benfica retained their crown" (session acc25-link-b).
 */
const TROPHY_WON_AFTER =
  /^\s+(?:clinched|won|lifted|claimed|sealed|retained|secured|wrapped up)\s+(?:the|a|their|its|a record)\s+(?:[\p{Lu}\d][\p{L}\d'’-]*\s+){0,3}(?:title|trophy|crown|championship|league|cup|double|treble)\b/u;

/** Supporting the team, before its name: "supports Zamalek", "a lifelong fan of Everton". */
const SUPPORTS_BEFORE = /\b(?:supports|supported|supporting|fans?\s+of|supporters?\s+of)\s+$/;

/** Its supporters, after its name: "a Galatasaray supporter", "Chelsea fans". */
const SUPPORTERS_AFTER = /^\s+(?:supporters?|fans?|ultras)\b/;

/** What makes the name at `start`–`end` a team's. */
export type TeamCue =
  | 'a post of the team'
  | 'a trophy won with the team'
  | 'a match against the team'
  | 'a result over the team'
  | 'a trophy won by the team'
  | 'its supporters';

/**
 * The cue around the name at `start`–`end` that makes it a team's, or null. A post or a
 * trophy speaks of a team in sports copy only (the caller checks which sport); supporters of
 * a name are a club's in any copy.
 */
export function teamCueAround(text: string, start: number, end: number): TeamCue | null {
  const before = text.slice(Math.max(0, start - 30), start);
  if (POST_OF_BEFORE.test(before)) return 'a post of the team';
  if (TROPHY_WITH_BEFORE.test(before)) return 'a trophy won with the team';
  // The clause before "against" is read only when "against" stands right before the name.
  if (before.endsWith('against ') && MATCH_AGAINST_BEFORE.test(text.slice(Math.max(0, start - 80), start)))
    return 'a match against the team';
  if (SUPPORTS_BEFORE.test(before) || SUPPORTERS_AFTER.test(text.slice(end, end + 14)))
    return 'its supporters';
  if (RESULT_OVER_BEFORE.test(before)) return 'a result over the team';
  // The verbs of a trophy begin with a few letters only: test the character before the regex.
  const next = text.charCodeAt(end + 1);
  if (
    (next === 99 || next === 119 || next === 108 || next === 115 || next === 114) &&
    TROPHY_WON_AFTER.test(text.slice(end, end + 70))
  )
    return 'a trophy won by the team';
  return null;
}

/** Suffixes the KB's club names carry beyond those of a city's club ("Galatasaray S.K."). */
function moreClubForms(name: string): string[] {
  return [`${name} S.K.`, `${name} SK`, `${name} SC`, `${name} A.F.C.`, `${name} AFC`];
}

/**
 * The KB sports club named `surface`, as written or in one of the usual forms of a club's name
 * ("Chelsea" → "Chelsea F.C."), or null; the first form the KB knows decides.
 */
export function clubByBareName(kb: KnowledgeBase, surface: string): KbEntity | null {
  for (const form of [surface, ...clubNameForms(surface), ...moreClubForms(surface)]) {
    const hit = kb.lookup(form).find((h) => isNameOrAlias(h) && h.entity.kind === 'sports-club');
    if (hit) return hit.entity;
  }
  const opening = clubsByOpening.of(kb).get(normalizeName(surface));
  return opening && opening.length === 1 ? opening[0]! : null;
}

/**
 * KB sports clubs by the words their name opens with, one or two words short of the whole
 * ("tottenham" → Tottenham Hotspur, "wolverhampton" → Wolverhampton Wanderers): copy calls a
 * club by its town when the rest is a nickname. Two clubs of one town (Sheffield United and
 * Wednesday) leave the town no club's. Built once per KB (session acc25-link-b).
 */
const clubsByOpening = new PerKnowledgeBase((kb) => {
  const out = new Map<string, KbEntity[]>();
  for (const entity of kb.entities()) {
    if (entity.kind !== 'sports-club') continue;
    const words = normalizeName(entity.name).split(' ');
    for (let n = Math.max(1, words.length - 2); n < words.length; n++) {
      const key = words.slice(0, n).join(' ');
      const list = out.get(key);
      if (!list) out.set(key, [entity]);
      else if (!list.includes(entity)) list.push(entity);
    }
  }
  return out;
});

/** Whether one of the article's organisation mentions names a KB sports club as written ("Real Madrid"). */
export function clubNamedIn(kb: KnowledgeBase, text: string, mentions: readonly Mention[]): boolean {
  return mentions.some(
    (m) =>
      m.type === 'organization' &&
      kb.lookup(text.slice(m.start, m.end)).some((h) => h.entity.kind === 'sports-club'),
  );
}
