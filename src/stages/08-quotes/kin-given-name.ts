/**
 * `Thompson's wife, Paulette, told NBC News …`: a given name alone, in apposition to a
 * relative of a person named by surname, is that relative's name in full ("Paulette
 * Thompson") — the surname the story gave the family, which the reporter does not repeat.
 */

/** "Thompson's wife, " / "Brian Thompson's eldest son, ": the possessor's last name and the kin word. */
const KIN_BEFORE =
  /(\p{Lu}[\p{L}\p{M}'’-]+)['’]s\s+(?:(?:eldest|elder|youngest|younger|late)\s+)?(?:wife|husband|widow|widower|son|daughter|mother|father|sister|brother),\s+$/u;

/**
 * The full name of a one-word person mention at `span` in apposition to a kin noun
 * ("Thompson's wife, Paulette, …"), or null when the mention is not one.
 */
export function kinFullName(text: string, span: { start: number; end: number }): string | null {
  const given = text.slice(span.start, span.end).trim();
  if (!/^\p{Lu}[\p{L}\p{M}-]+$/u.test(given) || text.charCodeAt(span.end) !== 44) return null;
  const m = KIN_BEFORE.exec(text.slice(Math.max(0, span.start - 60), span.start));
  return m && m[1] !== given ? `${given} ${m[1]}` : null;
}
