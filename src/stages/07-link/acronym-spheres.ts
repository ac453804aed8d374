/**
 * An acronym is short for many bodies: "ECB" is the European Central Bank in a rates story
 * and the England and Wales Cricket Board in a cricket one; "IMF" is a fund or a film's spy
 * agency. When the words around an acronym speak only of sport or screen fiction and the
 * KB body's description says nothing of either, the acronym is some other body's.
 */

/** Words of sport and screen fiction that public finance, law and diplomacy do not use. */
const SPORT_OR_FICTION =
  /\b(?:cricket|cricketers?|wickets?|innings|bowlers?|batsman|batsmen|batters?|captains?|captaincy|squad|footballers?|striker|midfielder|goalkeeper|tournament|movie|movies|films?|sequel|franchise|box office|actors?|actress|hollywood|screenplay|episode)\b/u;

/**
 * The sport or fiction word of `around` (normalised cue text) when the body, by its
 * description, has nothing to do with it; else null.
 */
export function acronymOfOtherSphere(around: string, description: string | null): string | null {
  const word = SPORT_OR_FICTION.exec(around)?.[0];
  if (!word) return null;
  return description && SPORT_OR_FICTION.test(description.toLowerCase()) ? null : word;
}
