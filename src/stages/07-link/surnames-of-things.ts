/**
 * A famous surname alone that is not the famous person: the word is written as an acronym
 * ("FICO said it would launch a new credit score", not Robert Fico), or it begins the name of
 * a body or place of the article the KB does not know ("Vance Air Force Base … Vance trains
 * 300 pilots a year", not JD Vance). Both are read only for a surname alone linked on
 * prominence or the article's support, never against a role cue next to the word.
 */
import type { EntityType, Mention } from '../../core/annotations.js';
import type { NameHit } from '../../ports/knowledge-base.js';

/**
 * True when `word` (at `start` in `text`) is written in capitals as an acronym is — two to five
 * letters, every letter upper case — in a sentence that is not itself set in capitals (a
 * headline or a dateline writes every name so). A longer word in capitals is a name shouted
 * ("every word from LAGARDE"), not letters standing for words.
 */
export function writtenAsAcronym(word: string, text: string, start: number): boolean {
  if (word.length < 2 || word.length > 5 || word !== word.toUpperCase() || !/\p{Lu}\p{Lu}/u.test(word))
    return false;
  const around = text.slice(Math.max(0, start - 60), start + word.length + 60);
  return /\p{Ll}{3}/u.test(around);
}

/**
 * The name (and type) of a body or place the article gave before `before` (a mention typed as
 * an organisation or a place, of two words or more) that begins with `word` and that the KB does not know
 * whole, or null: "Vance Air Force Base … Vance". A body the KB knows under a surname ("Trump
 * Organization") is often the person's own; one it does not know is named after somebody, who
 * is then not what the word alone says. A body named after the word ("… with Trump, on a route
 * dubbed the Trump Route") speaks of the person first.
 */
export function unknownBodyBegunBy(
  word: string,
  before: number,
  mentions: readonly Mention[],
  text: string,
  kb: { lookup(name: string): readonly NameHit[] },
): { surface: string; type: EntityType } | null {
  const prefix = `${word} `;
  for (const m of mentions) {
    // (Bodies and places only: the tagger types many a person's name `misc`, "Lin Mei-ling".)
    if ((m.type !== 'organization' && m.type !== 'location') || m.end > before) continue;
    const surface = text.slice(m.start, m.end);
    if (!surface.startsWith(prefix)) continue;
    if (kb.lookup(surface).length === 0) return { surface, type: m.type };
  }
  return null;
}
