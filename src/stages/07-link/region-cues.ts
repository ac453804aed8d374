/**
 * Place names the KB gives to one place that the words around them give to another:
 *
 * - "upstate New York", "rural New York": a word for a part of a state before the name of a
 *   city named after its state is the state;
 * - "the Mississippi and Ohio rivers", "the Hudson river": a state's or a city's name before
 *   the word "river" is the river's;
 * - "his grave at Arlington": a town's name after a burial word is its cemetery's, when the
 *   KB holds one named after the town;
 * - "Congo and Rwanda signed a peace deal": the bare "Congo" that the KB files under the
 *   Republic of the Congo is the Democratic Republic when the article names the DRC's
 *   neighbours, cities, provinces, rebels or leaders — and names nothing of Brazzaville's.
 */

/** "upstate New York": a word for a part of a state right before the name. */
const PART_OF_STATE_BEFORE = /(?:^|[^\p{L}])(?:upstate|downstate|rural)\s+$/iu;

/** Whether a word for a part of a state stands right before `start`. */
export function partOfStateBefore(text: string, start: number): boolean {
  return PART_OF_STATE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** The KB names a US state named like its city goes by ("New York State"). */
export function stateNameForms(name: string): string[] {
  return [`${name} State`, `${name} (state)`];
}

/** "the Mississippi and Ohio rivers": "river" or "rivers" after the name, or after a second name joined to it. */
const RIVER_AFTER = /^(?:\s+(?:and|&)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*)?\s+rivers?(?![\p{L}])/u;

/** Whether the word "river" follows the name at `end`, as one name of a list of rivers or alone. */
export function riverAfter(text: string, end: number): boolean {
  return RIVER_AFTER.test(text.slice(end, end + 40));
}

/** The KB names a river named like a place goes by ("Mississippi River"). */
export function riverNameForms(name: string): string[] {
  return [`${name} River`, `River ${name}`];
}

/**
 * "his grave at Arlington", "buried at Arlington": a burial word, then "at" or "in" right
 * before the name (session acc25-link-b).
 */
const BURIAL_BEFORE =
  /(?:^|[^\p{L}])(?:buried|reburied|interred|grave|graves|gravesite|headstone|tomb|laid to rest)\s+(?:at|in)\s+$/u;

/** Whether a burial word and "at"/"in" stand right before `start` (the preposition tested first). */
export function burialBefore(text: string, start: number): boolean {
  const prep = text.slice(Math.max(0, start - 4), start);
  return (
    (prep === ' at ' || prep === ' in ') && BURIAL_BEFORE.test(text.slice(Math.max(0, start - 28), start))
  );
}

/** The KB names a cemetery named after its town goes by ("Arlington National Cemetery"). */
export function cemeteryNameForms(name: string): string[] {
  return [`${name} National Cemetery`, `${name} Cemetery`];
}

/** A short country name two countries share, and what in an article tells the other one. */
interface SharedCountryName {
  /** The shared name as written. */
  readonly name: string;
  /** The KB name of the country meant when `cues` speak of it. */
  readonly other: string;
  readonly cues: RegExp;
  /** Words of the country the KB gives the name to, which keep it. */
  readonly against: RegExp;
}

const SHARED_COUNTRY_NAMES: readonly SharedCountryName[] = [
  {
    name: 'Congo',
    other: 'Democratic Republic of the Congo',
    cues: /\b(?:Kinshasa|Goma|Bukavu|Kivus?|Ituri|Katanga|Lubumbashi|M23|Tshisekedi|Kabila|Rwanda|Rwandan|Kagame)\b/,
    against: /\b(?:Brazzaville|Sassou|Pointe-Noire|Republic of (?:the )?Congo|Congo Republic)\b/,
  },
];

/** The KB name of the other country a shared short name means in this article, else null. */
export function otherCountryOfName(text: string, surface: string): string | null {
  const shared = SHARED_COUNTRY_NAMES.find((s) => s.name === surface);
  if (!shared?.cues.test(text) || shared.against.test(text)) return null;
  return shared.other;
}
