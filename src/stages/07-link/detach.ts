/**
 * Strings kept in caches that outlive a document must not keep the document alive: V8 cuts
 * a long slice (`text.slice(a, b)`, 13 characters or more) as a view into the whole text,
 * so a cached surface would hold its article in memory for as long as the cache holds it.
 */

/** `s` as a string of its own (a copy for a view into a longer string; short strings already are). */
export function detach(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
