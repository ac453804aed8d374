/**
 * Turns what a user types into a safe FTS5 query: words become quoted terms (all
 * must match), "double-quoted phrases" stay phrases, and FTS5 operators or stray
 * punctuation in the input can never make the query invalid.
 */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  for (const match of input.matchAll(pattern)) {
    const raw = match[1] ?? match[2] ?? '';
    const words = raw.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    parts.push(`"${words.join(' ')}"`);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
