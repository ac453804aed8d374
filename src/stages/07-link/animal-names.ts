/**
 * Animals named after firms, places and events: "Nvidia, a greyhound trained in County
 * Kerry", "a racehorse called Apple", "the mare Tesla". Copy presents the animal by its kind,
 * right after the name or just before it; the name is the animal's, not the KB body's. (A
 * person candidate is refused by the thing words of the context, descriptor.ts.)
 */
import type { MentionContext } from './context.js';
import { isAnimalWord } from './descriptor.js';

/**
 * ", a greyhound trained in …", ", the three-year-old filly from …": an apposition whose noun
 * phrase ends (a stop, a comma, a participle, a preposition or a relative) on its last word —
 * "a dog food brand" goes on past "dog", so "dog" is no head there.
 */
const APPOSITION_NOUN =
  /^\s*,\s*(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}\d-]+\s+){0,3}?(\p{Ll}+)(?=\s*[,.;:!?]|\s+(?:who|which|that|whose|trained|owned|bred|ridden|raced|named|called|from|in|at|of|with|by|for)\b)/u;

/** "a racehorse called", "the greyhound named", "the mare": the words just before a name. */
const ANIMAL_BEFORE =
  /(?:^|[^\p{L}])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+)(?:\s+(?:named|called|nicknamed|dubbed))?\s+$/u;

/**
 * The animal word presenting the mention, or null: the noun of an apposition after the name
 * ("Nvidia, a greyhound trained …") or the kind just before it, with or without
 * "named"/"called" ("a racehorse called Apple", "the greyhound Nvidia"). Read only for an
 * exact name of a body, place or event.
 */
export function animalNamed(context: MentionContext): string | null {
  const { text, span } = context;
  const after = APPOSITION_NOUN.exec(text.slice(span.end, span.end + 60))?.[1];
  if (after !== undefined && isAnimalWord(after)) return after;
  const before = ANIMAL_BEFORE.exec(text.slice(Math.max(0, span.start - 60), span.start))?.[1];
  return before !== undefined && isAnimalWord(before) ? before : null;
}
