/**
 * A short surname alone with one vowel written for another: "Tramp" for Trump, as Russian
 * copy writes the English u it hears as a ("Трамп"), "Bidan", "Mosk". A surname of four to
 * six letters is too many other people's to repair on spelling (`nearMissSurname` takes
 * seven letters, six on a faint slip); this reads it only as a household name's
 * (prominence 5) and only where the word is used as a person's name. The linker adds the
 * evidence of the article (link-one-word.ts `householdVowelSlip`).
 */

import type { KbEntity } from '../../kb/model.js';
import { surnameOf } from '../../kb/names.js';
import { PerKnowledgeBase } from '../../kb/per-kb.js';
import type { KnowledgeBase } from '../../ports/knowledge-base.js';
import { letters } from './similarity.js';

/** The prominence of the people a short surname alone may be a vowel slip of: household names. */
export const HOUSEHOLD_PROMINENCE = 5;

/** The letters of the short surnames read here (shorter ones are other words; longer ones the near miss's). */
const FEWEST_LETTERS = 4;
const MOST_LETTERS = 6;

const VOWEL = /[aeiouy]/;

/** `l` with each vowel written as one mark: two surnames a vowel apart share it. */
function vowelKey(l: string): string {
  return l.replace(/[aeiouy]/g, '*');
}

/** True when `a` and `b` (letters) differ in one place only, a vowel for another vowel ("tramp", "trump"). */
export function oneVowelApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  return at >= 0 && VOWEL.test(a[at]!) && VOWEL.test(b[at]!);
}

/** The short surnames of household names, by vowel key. Built once per knowledge base. */
export class HouseholdSurnames {
  private readonly byKey = new Map<string, { entity: KbEntity; surname: string }[]>();

  private constructor(kb: KnowledgeBase) {
    for (const entity of kb.entities()) {
      if (entity.type !== 'person' || entity.prominence < HOUSEHOLD_PROMINENCE) continue;
      const surname = surnameOf(entity.name);
      if (!surname) continue;
      const l = letters(surname);
      if (l.length < FEWEST_LETTERS || l.length > MOST_LETTERS) continue;
      const key = vowelKey(l);
      const list = this.byKey.get(key) ?? [];
      list.push({ entity, surname });
      this.byKey.set(key, list);
    }
  }

  /**
   * The one household name whose surname `word` spells one vowel off, or null (none, or
   * several: "Mosk" would be as near Musk as a Mask).
   */
  bearer(word: string): { entity: KbEntity; surname: string } | null {
    const l = letters(word);
    if (l.length < FEWEST_LETTERS || l.length > MOST_LETTERS) return null;
    const near = (this.byKey.get(vowelKey(l)) ?? []).filter((b) => oneVowelApart(l, letters(b.surname)));
    return near.length === 1 ? near[0]! : null;
  }

  private static readonly shared = new PerKnowledgeBase((kb) => new HouseholdSurnames(kb));

  /** The surnames of `kb` (pass the shared KB, not a per-document wrapper), built on first use. */
  static for(kb: KnowledgeBase): HouseholdSurnames {
    return HouseholdSurnames.shared.of(kb);
  }
}

/**
 * Words before a noun that make the word after them a common noun ("a tramp", "the old tramp")
 * or somebody's creation ("Chaplin's Tramp").
 */
const DETERMINER_BEFORE =
  /(?:(?:^|\s)(?:a|an|the|this|that|these|those|his|her|its|our|their|my|your|every|each|some|any|no|one|old|young)|\p{L}['’]s)\s+$/iu;

/**
 * What follows a name at the start of a sentence when it is its subject: a possessive, a verb
 * of saying or of a deed ("Tramp said", "Tramp met", "Tramp pardoned"), or "and" with another
 * name ("Tramp and Xi met"). A common noun starting a sentence has its determiner or a
 * noun after it ("Tramp steamers carried …").
 */
const SUBJECT_AFTER =
  /^(?:['’]s\s|\s+(?:and|or)\s+\p{Lu}|\s+(?:(?:also|later|then|again|briefly)\s+)?(?:said|says|told|tells|met|meets|left|spoke|wrote|took|gave|sent|made|held|signed|urged|vowed|[a-z]{3,}ed)\b)/u;

/** A preposition of place before: the word may be a town's ("in Tramp"). */
const PLACE_WORD_BEFORE = /(?:^|\s)(?:in|at|near|outside|across)\s+$/iu;

/** A capitalised word right after: the word is part of a longer name ("Tramp Shipping Lines"). */
const NAME_WORD_AFTER = /^\s+\p{Lu}/u;

/**
 * True when the capitalised word at `start`…`end` of `text` is used as a person's name: the
 * subject of a verb or a possessive at the start of its sentence (`sentenceStart`), or a
 * proper noun inside the sentence — not after a determiner ("a Tramp"), not before another
 * capitalised word.
 */
export function usedAsName(text: string, start: number, end: number, sentenceStart: number): boolean {
  const after = text.slice(end, end + 32);
  const before = text.slice(sentenceStart, start);
  if (/^[\s"“‘'(]*$/u.test(before)) return SUBJECT_AFTER.test(after);
  return !DETERMINER_BEFORE.test(before) && !PLACE_WORD_BEFORE.test(before) && !NAME_WORD_AFTER.test(after);
}
