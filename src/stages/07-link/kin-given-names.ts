/**
 * A relative named by the given name alone after the person the sentence presents: "Ethan
 * Mbappé, the younger brother of Kylian", "Brooklyn Beckham, son of David". The family name
 * is the presented person's, so the given name with it is the full name to look up; the
 * caller links the word only when that full name is a KB person's exact name.
 */

/**
 * A full name, a comma and a relation ending in "of" just before the word: the name captured
 * ("Ethan Mbappé, the younger brother of ", "Brooklyn Beckham, son of ").
 */
const PRESENTED_KIN_OF =
  /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+),\s+(?:(?:the|a|an)\s+)?(?:(?:younger|older|elder|eldest|youngest|twin|late|half)[\s-]+)?(?:brother|sister|son|daughter|father|mother|husband|wife|cousin|nephew|niece|uncle|aunt|grandson|granddaughter|grandfather|grandmother)\s+of\s+$/u;

/**
 * The full name of a one-word given name at `start` that a kinship apposition gives the
 * presented person's family name ("Kylian" → "Kylian Mbappé"), or null.
 */
export function kinFullName(text: string, start: number, word: string): string | null {
  // (A cheap look first: most words stand after no "of".)
  if (text.slice(Math.max(0, start - 4), start) !== ' of ') return null;
  const presented = PRESENTED_KIN_OF.exec(text.slice(Math.max(0, start - 100), start))?.[1];
  if (!presented) return null;
  const family = presented.slice(presented.lastIndexOf(' ') + 1);
  return family === word ? null : `${word} ${family}`;
}
