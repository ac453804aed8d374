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

/**
 * "his brother John", "Prevost's younger sister, Maria,": a kin noun (after a possessive)
 * right before a one-word name, which is a given name there.
 */
const KIN_LEAD =
  /(?:\b(?:his|her|their|my|our)|\p{Lu}[\p{L}\p{M}'’-]+['’]s)\s+(?:(?:eldest|elder|oldest|older|youngest|younger|late)\s+)?(?:wife|husband|widow|widower|son|daughter|mother|father|sister|brother|cousin|uncle|aunt|nephew|niece),?\s+$/u;

/**
 * Is the one-word person mention at `span`, linked to `linkedName`, a given name after a kin
 * noun that the link read as the surname of a famous namesake ("his brother John" linked to
 * Elton John)? A given name that is the linked person's own first name ("Biden's son
 * Hunter") is not.
 */
export function kinGivenNameMislinked(
  text: string,
  span: { start: number; end: number },
  linkedName: string,
): boolean {
  const word = text.slice(span.start, span.end).trim();
  if (!/^\p{Lu}[\p{L}\p{M}-]+$/u.test(word)) return false;
  const parts = linkedName.trim().split(/\s+/u);
  // Cheap tests first: a two-word name or more, ending in the mention's word.
  if (parts.length < 2 || parts[parts.length - 1] !== word || parts[0] === word) return false;
  return KIN_LEAD.test(text.slice(Math.max(0, span.start - 40), span.start));
}
