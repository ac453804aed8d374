/**
 * A US state written like its namesake city ("New York", "Washington"): the words around say
 * when copy means the state. The KB gives the bare name to the city, which most copy means
 * ("moving to New York", "gridlock in Washington"); a member of a state's delegation ("Lee
 * Zeldin, Republican of New York", "a senator from New York"), the state's primary ("the
 * primary in New York", "New York's primary"), a list of states ("Alaska, Hawaii and
 * Washington hold caucuses") and an address ("White Plains, New York") name the state.
 */
import { usStateAlternation } from './place-things.js';

/** A party or office word and "of"/"from" right before the name: a member of its delegation. */
const DELEGATION_BEFORE =
  /\b(?:Republicans?|Democrats?|Independents?|[Ss]enators?|[Ss]en\.|[Gg]overnors?|[Gg]ov\.|[Cc]ongress(?:wo)?man|[Rr]epresentatives?|[Rr]ep\.|[Ll]awmakers?|[Dd]elegates?|[Dd]elegation)\s+(?:of|from)\s+$/u;

/** An election of the state's right before the name ("the primary in", "caucuses in"). */
const VOTE_BEFORE = /\b(?:primary|primaries|caucus|caucuses)\s+in\s+$/u;

/** The state's vote or institutions right after the name ("New York's primary", "New York delegation"). */
const STATE_THING_AFTER =
  /^(?:['’]s)?\s+(?:(?:Democratic|Republican|presidential)\s+)?(?:primary|primaries|caucus|caucuses|delegation|delegates|legislature|Legislature|State Assembly|state senate|State Senate|attorney general|voters)\b/u;

/** The states not named like a city ("New York and Washington" are two cities as often). */
const STATE_NAMES = usStateAlternation(['New York', 'Washington']);
/** Another state's name and a list's comma or conjunction right before the name ("Hawaii and "). */
const STATE_LISTED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${STATE_NAMES})(?:,| and| or|, and|, or)\\s+$`, 'u');
/** A list's comma or conjunction and another state's name right after it (", Oregon and Alaska"). */
const STATE_LISTED_AFTER = new RegExp(`^(?:,| and| or|, and|, or)\\s+(?:${STATE_NAMES})(?![\\p{L}])`, 'u');

/** What in the words around a city-named state's name (`start`–`end`) makes it the state; null when nothing does. */
export function stateSenseOfCityName(text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - 40), start);
  if (DELEGATION_BEFORE.test(before)) return 'a member of its delegation';
  const after = text.slice(end, end + 40);
  if (VOTE_BEFORE.test(before) || STATE_THING_AFTER.test(after)) return 'its vote';
  if (STATE_LISTED_BEFORE.test(before) || STATE_LISTED_AFTER.test(after)) return 'among other states';
  return null;
}
