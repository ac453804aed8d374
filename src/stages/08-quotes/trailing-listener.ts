/**
 * A trailing "told" names who was told before the sentence ends: "The gang fled on
 * scooters, Paris prosecutor NAME told BFM TV.", "…, the minister told reporters on
 * Monday." The listener is skipped so that what follows it is read as the tail of any
 * trailing attribution (nothing, a time or place, a circumstance).
 */

/** Verbs whose object is who was told. */
const TOLD_LEMMAS: ReadonlySet<string> = new Set(['tell', 'brief']);
/** Words that end a listener: prepositions and times open the tail, "that" a clause. */
const NOT_LISTENER_WORD =
  /^(?:on|in|at|of|for|during|after|before|with|by|from|via|last|this|late|early|that|while|when|as|following|and|but|the|a|an)$/iu;
/** An optional determiner, then one to four words (capitalised names: "BFM TV", "Le Monde"). */
const LISTENER_WORDS =
  /^\s+(?:(?:the|a|an|his|her|their|its)\s+)?((?:[\p{L}\p{N}][\p{L}\p{N}'’.&-]*)(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’.&-]*){0,3})/u;

/**
 * The tail after the cue `lemma` with a listener of "told" taken off its start (the tail
 * itself for other verbs, or when no listener opens it).
 */
export function tailAfterListener(tail: string, lemma: string): string {
  if (!TOLD_LEMMAS.has(lemma)) return tail;
  const m = LISTENER_WORDS.exec(tail);
  if (!m) return tail;
  const words = m[1]!.split(/\s+/u);
  // The listener runs to the first word that opens a tail or a clause.
  let kept = 0;
  while (kept < words.length && !NOT_LISTENER_WORD.test(words[kept]!)) kept++;
  if (kept === 0) return tail;
  const listener = m[0].slice(0, m[0].length - m[1]!.length) + words.slice(0, kept).join(' ');
  return tail.startsWith(listener) ? tail.slice(listener.length) : tail;
}
