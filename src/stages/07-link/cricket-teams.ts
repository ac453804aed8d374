/**
 * Countries that stand for their cricket teams in cricket copy: "India won the T20 World Cup
 * final against South Africa", "Australia beat England by six wickets". As with football
 * (team-senses.ts), a country's name is its national team's only where the words right around
 * it make it a side in a match — the subject of a verb of winning or losing, or the name after
 * "against", "beat" or "versus" — and only in an article about cricket and not about football,
 * rugby or hockey, nor about women's teams (another team of the KB, or none).
 */
import type { KbEntity } from '../../kb/model.js';
import { isNameOrAlias } from '../../kb/model.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';

/**
 * Words of cricket: the game, its formats and competitions. Not "ICC" (also the International
 * Criminal Court), "century" or "innings" (other copy and baseball have them).
 */
const CRICKET =
  /\b(?:cricket|cricketers?|T20|Twenty20|ODI|one-day international|Test match|Test series|wickets|Ashes|IPL|Champions Trophy)\b/;

/** Words of other team sports, and of women's teams: the men's cricket team is then not meant. */
const OTHER_SPORT =
  /\b(?:football|soccer|FIFA|UEFA|rugby|hockey|basketball|handball|volleyball|netball|baseball|goals?|penalt(?:y|ies)|women's|Women's)\b/;

/** A verb of a match's result right after a side's name ("India won", "Australia beat"). */
const RESULT_VERB_AFTER =
  /^\s+(?:won|win|wins|beat|beats|defeated|lost|lose|loses|drew|thrashed|edged|routed|crushed|clinched|retained|lifted|reached|chased|bowled|batted|were bowled)\b/;

/** A word that makes the name after it the other side ("against South Africa", "beat England"). */
const OPPONENT_BEFORE = /\b(?:against|versus|vs\.?|beat|defeated|thrashed|edged|routed|crushed)\s+$/;

/** Whether the article is about cricket and no other team sport. */
export function cricketArticle(text: string): boolean {
  return CRICKET.test(text) && !OTHER_SPORT.test(text);
}

/** Whether the words right around the name at `start`–`end` make it a side in a match. */
function asSide(text: string, start: number, end: number): boolean {
  return (
    RESULT_VERB_AFTER.test(text.slice(end, end + 24)) ||
    OPPONENT_BEFORE.test(text.slice(Math.max(0, start - 16), start))
  );
}

/**
 * The KB's national cricket team a country's name at `start`–`end` stands for, or null: in
 * cricket copy, as a side in a match, when the KB has the team under "<country> national
 * cricket team".
 */
export function cricketTeamAt(
  kb: KnowledgeBase,
  text: string,
  start: number,
  end: number,
  place: KbEntity,
): KbEntity | null {
  if (place.kind !== 'country' || !asSide(text, start, end) || !cricketArticle(text)) return null;
  for (const name of [text.slice(start, end), place.name]) {
    const hit = kb
      .lookup(`${name} national cricket team`)
      .find((h) => isNameOrAlias(h) && h.entity.kind === 'national-team');
    if (hit) return hit.entity;
  }
  return null;
}
