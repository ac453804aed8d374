/**
 * Past eras: which of several people bearing one name the words around it date. A dead
 * predecessor shares a name with a living newsmaker (Ferdinand Marcos and his son, King
 * Abdullah of Saudi Arabia and of Jordan, Charles III of Spain and of the United Kingdom);
 * copy tells them apart by time: "the late dictator Ferdinand Marcos", "the death of King
 * Abdullah, who ruled from 2005 to 2015", "Charles III, the 18th-century king". Read only
 * among namesakes (see pickByContext): a lone candidate is never ruled out by a date.
 */
import type { KbEntity } from '../../kb/model.js';

/** What the sentence says of the mention's time: dead or not, and the years it speaks of. */
export interface EraCue {
  /** "the late …", "the death of …", "…, who died …": the person is dead. */
  readonly dead: boolean;
  /** Years and centuries the sentence names, as spans of years. */
  readonly periods: readonly { readonly from: number; readonly to: number }[];
}

/** How far (characters) the sentence is read on each side of the name. */
const REACH = 100;

/** "the late dictator", "the late": up to three lower-case words between "the late" and the name. */
const LATE_BEFORE = /\bthe late\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
/** "the death of", "the funeral of King": a death named just before the name. */
const DEATH_OF_BEFORE =
  /\b(?:death|funeral|burial|assassination|killing|murder) of\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/** ", who died in exile", " died in 1989": a death said right after the name. */
const DIED_AFTER = /^(?:\s*,)?\s+(?:who\s+|had\s+|, the \p{Ll}+ who\s+)?(?:died|was assassinated)\b/u;
const YEAR = /\b(1[0-9]{3}|20[0-9]{2})\b/g;
const CENTURY = /\b(\d{1,2})(?:st|nd|rd|th)[- ]century\b/g;

/** The sentence's words on each side of `start`–`end` (not past a sentence end). */
function sentenceSides(text: string, start: number, end: number): { left: string; right: string } {
  const before = text.slice(Math.max(0, start - REACH), start);
  const stop = before.search(/[.!?]\s+[^.!?]*$/u);
  const left = stop < 0 ? before : before.slice(stop + 1);
  const after = text.slice(end, end + REACH);
  const cut = after.search(/[.!?](?:\s+\p{Lu}|\s*$)/u);
  return { left, right: cut < 0 ? after : after.slice(0, cut) };
}

/** The era cue of the mention at `start`–`end`, or null when its sentence dates nothing. */
export function eraCue(text: string, start: number, end: number): EraCue | null {
  const { left, right } = sentenceSides(text, start, end);
  const dead = LATE_BEFORE.test(left) || DEATH_OF_BEFORE.test(left) || DIED_AFTER.test(right);
  const periods: { from: number; to: number }[] = [];
  for (const side of [left, right]) {
    for (const m of side.matchAll(YEAR)) periods.push({ from: Number(m[1]), to: Number(m[1]) });
    for (const m of side.matchAll(CENTURY)) {
      const c = Number(m[1]);
      if (c >= 1 && c <= 21) periods.push({ from: (c - 1) * 100, to: c * 100 - 1 });
    }
  }
  return dead || periods.length > 0 ? { dead, periods } : null;
}

/** "(1917-1989)", "(died 2011)", "died in 2025": the life years a KB description gives. */
const LIFE_SPAN = /\((?:c\.\s*)?(\d{3,4})\s*[-–]\s*(\d{3,4})\)/;
const DIED = /\b(?:died|killed|assassinated|executed)\b[^;]*?\b(\d{4})\b/;

/** The person's birth and death years, each null when the KB does not say. */
export function lifeYears(entity: KbEntity): { born: number | null; died: number | null } {
  const description = entity.description ?? '';
  const span = LIFE_SPAN.exec(description);
  const died = span ? Number(span[2]) : DIED.exec(description) ? Number(DIED.exec(description)![1]) : null;
  return { born: entity.born ?? (span ? Number(span[1]) : null), died };
}

/**
 * How well the cue's time fits the person: a person alive is no "late" one (−2), nor is one
 * born after the years named (−2); a death the KB records fits "the late" (+1), and a year
 * within an office the person held and left dates that office (+1). 0: no evidence either way.
 */
export function eraFit(entity: KbEntity, cue: EraCue): number {
  if (entity.type !== 'person') return 0;
  const { born, died } = lifeYears(entity);
  let fit = 0;
  if (cue.dead) fit += died !== null ? 1 : -2;
  for (const p of cue.periods) {
    if (born !== null && p.to < born) {
      fit -= 2;
      continue;
    }
    const inClosedRole = entity.roles.some(
      (r) => r.to !== null && r.to !== undefined && yearOf(r.from) <= p.to && p.from <= yearOf(r.to),
    );
    if (inClosedRole) fit += 1;
  }
  return fit;
}

/** The year of a KB date ("1965-12-30", "2019-07", "2013"); -Infinity when absent. */
function yearOf(date: string | null | undefined): number {
  return date ? Number(date.slice(0, 4)) : Number.NEGATIVE_INFINITY;
}
