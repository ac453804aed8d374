/**
 * Places that stand for football teams in sports copy: "Spain beat England 2-1", "England
 * manager", "the Barcelona winger", "Liverpool and Portugal forward Diogo Jota". A country's
 * name there is its national team, a city's its club — but only in an article about football
 * (a word of the game, its competitions or its positions) and about no other sport, since
 * "Canada beat Sweden 3-2" may be ice hockey and "England captain" a cricketer.
 *
 * Each test reads a few characters around the mention; the article is read only once one of
 * them holds.
 */
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { teamCueAround } from './club-cues.js';
import { clubNameForms, inMatchResult } from './place-senses.js';

/**
 * A player's position or the manager's post right after the name, or after a second team's
 * name joined to it ("Liverpool and Portugal forward"): the name is a team's. So is the
 * name in the possessive before a post, a coach's or its star ("Brazil's head coach",
 * "Barcelona's star"; acc24-link-b) — a coach and a star only after a possessive, since "a
 * Barcelona coach" may carry tourists and "a Paris star" act; a head coach either way
 * ("England head coach Thomas Tuchel"). A captain either way too ("the Tottenham captain";
 * acc25-link-b): in football copy only, as every post here.
 */
const TEAM_POST_AFTER =
  /^(?:(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)?\s+(winger|striker|forward|midfielder|defender|goalkeeper|keeper|full-back|centre-back|center-back|playmaker|manager|head coach|captain)|['’]s\s+(?:new\s+|former\s+|teenage\s+|young\s+)?(winger|striker|forward|midfielder|defender|goalkeeper|keeper|playmaker|manager|head coach|coach|captain|star))(?![\p{L}-])/u;

/** Words of football: the game, its competitions and governing bodies, its positions and feats. */
const FOOTBALL =
  /\b(?:football|soccer|FIFA|UEFA|World Cup|Euro 20\d\d|European Championship|Nations League|Copa Am[eé]rica|Africa Cup of Nations|Gold Cup|Asian Cup|Premier League|La Liga|Serie A|Bundesliga|Ligue 1|Champions League|Europa League|Football Association|goals?|striker|midfielder|goalkeeper|winger|defender|penalt(?:y|ies)|hat-trick|Ballon d'Or)\b/;

/** Words of other team sports, and of women's teams: the men's football team is then not meant. */
const OTHER_SPORT =
  /\b(?:rugby|cricket|wickets?|innings|hockey|NHL|basketball|NBA|handball|volleyball|water polo|netball|baseball|softball|lacrosse|futsal|beach soccer|Davis Cup|Billie Jean King Cup|Six Nations|women's|Lionesses)\b/i;

/** Whether the article names another team sport or women's teams (see {@link OTHER_SPORT}). */
export function otherSportArticle(text: string): boolean {
  return OTHER_SPORT.test(text);
}

/** Whether the article is about football and about no other team sport. */
export function footballArticle(text: string): boolean {
  return FOOTBALL.test(text) && !OTHER_SPORT.test(text);
}

/** The post right after the name at `end`, with the offset where its words end, else null. */
function postMatchAfter(text: string, end: number): { post: string; postEnd: number } | null {
  const m = TEAM_POST_AFTER.exec(text.slice(end, end + 60));
  return m ? { post: (m[1] ?? m[2])!, postEnd: end + m[0].length } : null;
}

/** "England manager", "Barcelona winger": the post named right after the name, else null. */
export function teamPostAfter(text: string, end: number): string | null {
  return postMatchAfter(text, end)?.post ?? null;
}

/** The capitalised words right after a post: the name of whoever holds it ("forward Diogo Jota"). */
const HOLDER_AFTER_POST = /^\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,2})/u;

/**
 * "Liverpool forward Diogo Jota": a post that other sports share ("forward", "manager") is a
 * football one when the KB knows its holder, named right after it (from `postEnd`), as a
 * footballer.
 */
function footballerHolds(kb: KnowledgeBase, text: string, postEnd: number): boolean {
  const holder = HOLDER_AFTER_POST.exec(text.slice(postEnd, postEnd + 60));
  return (
    holder !== null &&
    kb
      .lookup(holder[1]!)
      .some(
        (h) =>
          h.entity.type === 'person' &&
          /\b(?:football|footballer|soccer)\b/i.test(h.entity.description ?? ''),
      )
  );
}

/** The names a country's national football team goes by in the KB. */
export function nationalTeamForms(name: string): string[] {
  return [`${name} national football team`, `${name} national soccer team`];
}

/**
 * The KB team a place's name stands for at `start`–`end` in football copy, with the cue that
 * says so — a country's national team, a city's club under one of the usual forms of a club's
 * name — or null. `clubInArticle` says whether the article names a KB club elsewhere: copy
 * that does ("will leave Real Madrid") is sports copy for the cues of club-cues.ts even
 * without a word of the game.
 */
export function footballTeamAt(
  kb: KnowledgeBase,
  text: string,
  start: number,
  end: number,
  place: KbEntity,
  clubInArticle: () => boolean = () => false,
): { entity: KbEntity; cue: string } | null {
  const after = postMatchAfter(text, end);
  const result = after === null && inMatchResult(text, start, end);
  // "coach of Brazil", "the title with Liverpool" (club-cues.ts): in copy that names a club too.
  const around = after === null && !result ? teamCueAround(text, start, end) : null;
  const cue = after ? `before "${after.post}"` : result ? 'a match result' : around;
  if (!cue) return null;
  // A post after the name counts in copy that names a club as a cue around it does ("become
  // Brazil's head coach … at Real Madrid").
  const football =
    footballArticle(text) ||
    (after !== null && !OTHER_SPORT.test(text) && footballerHolds(kb, text, after.postEnd)) ||
    ((around !== null || after !== null) && !OTHER_SPORT.test(text) && clubInArticle());
  if (!football) return null;
  const surface = text.slice(start, end);
  const forms =
    place.kind === 'country' || place.kind === 'region'
      ? [...nationalTeamForms(surface), ...nationalTeamForms(place.name)]
      : clubNameForms(surface);
  for (const form of forms) {
    const hit = kb
      .lookup(form)
      .find(
        (h) => isNameOrAlias(h) && (h.entity.kind === 'national-team' || h.entity.kind === 'sports-club'),
      );
    if (hit) return { entity: hit.entity, cue };
  }
  return null;
}

/** Words of motor racing's top series: an article with them speaks of its teams. */
const FORMULA_ONE = /\b(?:Formula One|Formula 1|F1|Grand Prix)\b/;

/** The names the KB gives a carmaker's Formula One team ("Ferrari F1 team", "Mercedes F1"). */
function racingTeamForms(name: string): string[] {
  return [`${name} F1 team`, `${name} F1`, `Scuderia ${name}`, `${name} Racing`];
}

/** A KB description of a driver or team chief of Formula One ("British Formula One driver"). */
const FORMULA_ONE_PERSON = /\bFormula One\b/;

/**
 * Whether one of `people` (the surfaces of the article's person mentions) is written as the
 * full name of a KB person of Formula One: copy about a driver's seat ("joined the Italian
 * team from Mercedes") need not say "Formula One". A full name only: a surname alone
 * ("Hamilton") has bearers outside the sport.
 */
export function namesRacingPerson(kb: KnowledgeBase, people: Iterable<string>): boolean {
  for (const surface of people) {
    if (!surface.includes(' ')) continue;
    const hit = kb
      .lookup(surface)
      .some(
        (h) =>
          isNameOrAlias(h) &&
          h.entity.type === 'person' &&
          FORMULA_ONE_PERSON.test(h.entity.description ?? ''),
      );
    if (hit) return true;
  }
  return false;
}

/**
 * "Hamilton bade farewell to Mercedes before his move to Ferrari": in Formula One copy (its
 * words, else a full name of one of its drivers or team chiefs: `racingPersonNamed`) a
 * carmaker's name is its racing team's, when the KB has the team under one of the usual
 * forms of a team's name; else null.
 */
export function racingTeamAt(
  kb: KnowledgeBase,
  text: string,
  surface: string,
  racingPersonNamed: () => boolean = () => false,
): KbEntity | null {
  if (!FORMULA_ONE.test(text) && !racingPersonNamed()) return null;
  for (const form of racingTeamForms(surface)) {
    const hit = kb.lookup(form).find((h) => isNameOrAlias(h) && h.entity.kind === 'sports-club');
    if (hit) return hit.entity;
  }
  return null;
}
