/**
 * Full names in a KB description ("Son of Joe Biden", "sister of Kim Jong Un", "wife of
 * Emmanuel Macron") that an article writes whole: the article speaks of the candidate's own
 * circle. The single proper words of a description are read elsewhere (link-support.ts); a
 * full name counts even when its words are short ("Joe") or the candidate's own ("Biden").
 */
import { normalizeName } from '../../kb/names.js';

/** Two to four capitalised words in a row: a person's or a body's full name. */
const FULL_NAME = /\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}/gu;

/**
 * The first full name of `description` that `text` writes whole (bounded by no letter or
 * digit), other than a name of the candidate's own (`own`: the candidate's names normalised,
 * padded with spaces), or null.
 */
export function namedInDescription(description: string | null, text: string, own: string): string | null {
  if (!description) return null;
  for (const [name] of description.matchAll(FULL_NAME)) {
    if (own.includes(` ${normalizeName(name)} `)) continue;
    let at = text.indexOf(name);
    while (at >= 0) {
      const bounded =
        !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + name.length] ?? '');
      if (bounded) return name;
      at = text.indexOf(name, at + 1);
    }
  }
  return null;
}
