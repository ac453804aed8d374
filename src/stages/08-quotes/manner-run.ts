/**
 * `,” an emotional Norris said`, `,” a smiling Trump told reporters`: an indefinite article
 * and a word or two of manner before a person's name describe how that person spoke; the
 * name is still the subject of the cue. Only lower-case words stand in the run, so an
 * organisation or title ("a Reuters reporter", "a White House official") never passes as
 * manner in front of a name.
 */

/** "an emotional", "a visibly shaken", "a clearly frustrated": the article and up to three words. */
const MANNER_RUN = /^[\s,;:—–-]*an?\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}$/u;

/** Is `between` (the text from the quotation's end to a person's name) a manner run? */
export function isMannerRun(between: string): boolean {
  return MANNER_RUN.test(between);
}
