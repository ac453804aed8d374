/**
 * Turns what a user types into a safe FTS5 query: words become quoted terms (all
 * must match), "double-quoted phrases" stay phrases, and FTS5 operators or stray
 * punctuation in the input can never make the query invalid.
 */
import { searchTerms } from '../storage-shared/search-terms.js';

export function toFtsQuery(input: string): string | null {
  const parts = searchTerms(input).map((words) => `"${words.join(' ')}"`);
  return parts.length > 0 ? parts.join(' ') : null;
}
