/**
 * "New North Atlantic Alliance chief Mark Rutte told reporters …": the adjective that opens a
 * sentence is capitalised, so the tagger takes it into the body's name that follows. A body
 * mention that starts its sentence with such a word ("New", "Former", "Outgoing") is read
 * without it when the rest — two words or more, so that "New Labour" stays whole — is a KB
 * name; the whole name is tried first (the New Democratic Party keeps its "New").
 */

/** Adjectives that open news sentences before a title and its body. */
const OPENING_ADJECTIVE = /^(?:New|Former|Outgoing|Incoming|Interim|Acting|Embattled)\s+(?=\S+\s+\S)/u;

/** Text before a mention that puts it at the start of a sentence: nothing, or a stop and spaces. */
const SENTENCE_START = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u;

/** `surface` (a mention at `start` of `text`) without its sentence-opening adjective, or null. */
export function withoutOpeningAdjective(text: string, start: number, surface: string): string | null {
  const m = OPENING_ADJECTIVE.exec(surface);
  if (!m || !SENTENCE_START.test(text.slice(Math.max(0, start - 4), start))) return null;
  return surface.slice(m[0].length);
}
