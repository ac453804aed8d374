/**
 * Animals named after firms, places and events: "Nvidia, a greyhound trained in County
 * Kerry", "a racehorse called Apple", "the mare Tesla". Copy presents the animal by its kind,
 * right after the name or just before it; the name is the animal's, not the KB body's. (A
 * person candidate is refused by the thing words of the context, descriptor.ts.)
 */
import type { Span } from '../../core/span.js';
import { isAnimalWord } from './descriptor.js';

/**
 * ", a greyhound trained in …", ", the three-year-old filly from …": an apposition whose noun
 * phrase ends (a stop, a comma, a participle, a preposition or a relative) on its last word —
 * "a dog food brand" goes on past "dog", so "dog" is no head there. Group 1 holds the words
 * before the head, group 2 the head; `participles` are the ends a kind's copy adds.
 */
export function appositionNounPattern(participles: readonly string[]): RegExp {
  const followers = 'who which that whose named called from in at of with by for'.split(' ');
  return new RegExp(
    `^\\s*,\\s*(?:[Aa]n?|[Tt]he)\\s+((?:[\\p{L}\\d-]+\\s+){0,3}?)(\\p{Ll}+)(?=\\s*[,.;:!?]|\\s+(?:${[...followers, ...participles].join('|')})\\b)`,
    'u',
  );
}

/** The apposition's head after an animal's name, the participles of breeding and racing among its ends. */
const APPOSITION_NOUN = appositionNounPattern(['trained', 'owned', 'bred', 'ridden', 'raced']);

/** "a racehorse called", "the greyhound named", "the mare": the words just before a name. */
const ANIMAL_BEFORE =
  /(?:^|[^\p{L}])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+)(?:\s+(?:named|called|nicknamed|dubbed))?\s+$/u;

/**
 * The animal word presenting the mention, or null: the noun of an apposition after the name
 * ("Nvidia, a greyhound trained …") or the kind just before it, with or without
 * "named"/"called" ("a racehorse called Apple", "the greyhound Nvidia"). Read only for an
 * exact name of a body, place or event, from the text alone (no mention context is made for
 * it: most bodies and places never need one).
 */
export function animalNamed(text: string, span: Span): string | null {
  const after = APPOSITION_NOUN.exec(text.slice(span.end, span.end + 60))?.[2];
  if (after !== undefined && isAnimalWord(after)) return after;
  // The word before the name (or before "named"/"called") first: the pattern, whose words
  // may stand anywhere in the window, is run only after an animal word.
  const window = text.slice(Math.max(0, span.start - 60), span.start);
  const word = wordBeforeNaming(window);
  if (word === null || !isAnimalWord(word)) return null;
  return ANIMAL_BEFORE.exec(window)?.[1] === word ? word : null;
}

/** The last word of `window`, or the one before a closing "named"/"called" (lower case), or null. */
function wordBeforeNaming(window: string): string | null {
  const words = window.trimEnd().split(/\s+/);
  let word = words[words.length - 1];
  if (word !== undefined && NAMING.has(word)) word = words[words.length - 2];
  return word === undefined || !/^\p{Ll}+$/u.test(word) ? null : word;
}

const NAMING = new Set(['named', 'called', 'nicknamed', 'dubbed']);
