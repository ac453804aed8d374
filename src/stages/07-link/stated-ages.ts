/**
 * Stated ages against what the KB knows of a person's life: the age copy gives the mention
 * (read in ages-in-copy.ts) against the candidate's birth year (`ageFits`, `ageContradicts`),
 * and where the KB gives no birth year or where the age stands at another copy of the name:
 *
 * - "Ismail Haniyeh, 15, of Amman, won a regional mathematics olympiad": the KB gives no birth
 *   year, but the man held his first office in 2006; a boy of 15 in 2025 was not born then.
 * - "a bakery run by Jens Stoltenberger … Stoltenberger, 56, said": the age stands after the
 *   later surname, not after the near spelling being repaired; it is the same man's age.
 */

import { escapeRegExp } from '../../core/regexp.js';
import type { KbEntity } from '../../kb/model.js';
import { normalizeName } from '../../kb/names.js';
import type { MentionContext } from './context.js';

/** Years of slack between a stated age and the one a birth year gives (copy rounds, the KB errs). */
export const AGE_SLACK = 2;

/** The candidate's age on `date` (from the birth year), or null when either is unknown. */
export function ageOn(candidate: KbEntity, date: string | null): number | null {
  return candidate.born && date ? Number(date.slice(0, 4)) - candidate.born : null;
}

/**
 * True when a person `age` years old on `date` was not yet born when the first office the KB
 * records for `candidate` began (only asked where the KB gives no birth year: the birth year
 * is the better evidence). A child monarch is a born one; nobody holds an office unborn.
 */
export function bornAfterFirstOffice(candidate: KbEntity, age: number, date: string | null): boolean {
  if (!date || candidate.roles.length === 0) return false;
  const born = Number(date.slice(0, 4)) - age;
  let first = Number.POSITIVE_INFINITY;
  for (const role of candidate.roles) {
    const from = role.from ? Number(role.from.slice(0, 4)) : Number.NaN;
    if (from < first) first = from;
  }
  return born > first + AGE_SLACK;
}

/**
 * What every age after `word` begins with: blanks, a comma or an opening bracket, blanks and a
 * figure (read sticky, right after a copy of the word).
 */
const FIGURE_AFTER = /\s*[,(]\s*\d/y;

/**
 * Whether some copy of `word` in `text` stands before a comma or bracket and a figure. Every
 * age `agesAfterWord` reads is such a copy, so where there is none it reads none; most
 * articles have none for most names, and the age pattern, compiled per word and tried at every
 * character of the article, was the stage's dearest single function (speed-link-19).
 */
export function mayStateAgeAfter(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    FIGURE_AFTER.lastIndex = at + word.length;
    if (FIGURE_AFTER.test(text)) return true;
  }
  return false;
}

/** "Stoltenberger, 56, said", "Root (54) said": a surname, then an age in figures. */
export function agesAfterWord(text: string, word: string, given: string | null): number[] {
  const ages: number[] = [];
  if (!mayStateAgeAfter(text, word)) return ages;
  const pattern = new RegExp(
    `(?:(\\p{Lu}[\\p{L}\\p{M}'’-]*)\\s+)?(?<![\\p{L}\\p{M}])${escapeRegExp(word)}\\s*[,(]\\s*(\\d{1,3})\\s*[,;)]`,
    'gu',
  );
  for (const m of text.matchAll(pattern)) {
    // "Paetongtarn Shinavatra, 37," is not the age of "Taksin Shinavatra": kin share a
    // surname, misspelt alike by one writer; the copy under another given name is another person.
    if (given !== null && m[1] !== undefined && normalizeName(m[1]) !== given) continue;
    ages.push(Number(m[2]));
  }
  return ages;
}

/** The ages stated at copies of a mention's last word, read once per mention (`agesAtCopies`). */
export interface CopyAges {
  /** The mention's last word as written ("Stoltenberger"). */
  readonly word: string;
  readonly ages: readonly number[];
}

/** The ages stated at copies of the mention's last word in the article ("… Stoltenberger, 56, said"). */
export function agesAtCopies(text: string, surface: string): CopyAges {
  const words = surface.trim().split(/\s+/);
  const word = words.pop()!;
  const given = words.length > 0 ? normalizeName(words[words.length - 1]!) : null;
  return {
    word,
    ages: word.length < 3 ? [] : agesAfterWord(text, word, given).filter((n) => n >= 1 && n <= 110),
  };
}

/**
 * An age at a copy of the mention's surname that the candidate's birth year rules out ("…
 * Stoltenberger, 56, said" for a man born in 1959, in 2025), as evidence text ("aged 56"), or
 * null. Only when that surname is misspelt (not one the KB gives the candidate): a surname
 * written right is shared by kin ("Her father Taksin Shinawatra" after "Paetongtarn
 * Shinawatra, 37,"), a misspelt one seldom is.
 */
export function ageRuledOut(copies: CopyAges, candidate: KbEntity, date: string | null): string | null {
  const age = ageOn(candidate, date);
  if (copies.ages.length === 0 || age === null) return null;
  const word = normalizeName(copies.word);
  if (candidate.names.some((n) => n.kind === 'surname' && normalizeName(n.text) === word)) return null;
  const off = copies.ages.find((n) => Math.abs(n - age) > AGE_SLACK);
  return off === undefined ? null : `aged ${off}`;
}

/** True when the context gives an age and it is the candidate's (± the birth-year slack). */
export function ageFits(context: MentionContext, candidate: KbEntity, date: string | null): boolean {
  const age = ageOn(candidate, date);
  return age !== null && context.age !== null && Math.abs(context.age - age) <= 1;
}

/**
 * "William Ruto, 23, finished fourth": a stated age the candidate's birth year rules out (or,
 * with no birth year, his first office: see `bornAfterFirstOffice`).
 */
export function ageContradicts(
  context: MentionContext,
  candidate: KbEntity,
  date: string | null,
): string | null {
  const age = ageOn(candidate, date);
  if (age === null) {
    // No birth year: an age that puts the birth after the candidate's first office ("Ismail
    // Haniyeh, 15," of a prime minister of 2006) rules him out as surely.
    if (candidate.roles.length === 0 || context.age === null) return null;
    return bornAfterFirstOffice(candidate, context.age, date) ? `aged ${context.age}` : null;
  }
  if (context.age === null || Math.abs(context.age - age) <= AGE_SLACK) return null;
  return `aged ${context.age}`;
}
