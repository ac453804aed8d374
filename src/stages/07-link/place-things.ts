/**
 * Cheap string tests on the words right around a place name that say it is not the famous
 * place: a US state after it ("Lebanon, Pennsylvania", "Rome, Georgia": a namesake town), or a
 * common noun fused with it into a thing ("Brussels sprouts", "chicken Kiev", "Panama hat").
 */

/**
 * The fifty US states. Many towns there bear the names of capitals and countries ("Mexico,
 * Missouri", "Peru, Indiana"); the KB holds only some states, and one of them ("Georgia") as a
 * country, so copy's "<town>, <state>" is read from this list.
 */
export const US_STATES: ReadonlySet<string> = new Set(
  `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|
  Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|
  Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|
  New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
  South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|
  Wisconsin|Wyoming`
    .split('|')
    .map((s) => s.trim()),
);

/**
 * Common nouns that, right after a place name, make the two words one thing named after the
 * place, not the place ("Brussels sprouts", "Stockholm syndrome", "Dubai chocolate",
 * "Panama hat", "Moscow mule"). Only heads that are never the place's own institutions
 * ("Brussels talks", "Dubai airport" stay the places).
 */
const THING_AFTER =
  /^\s+(?:sprouts?|syndrome|chocolate|hats?|mules?|slings?|beans?|nuts?|artichokes?|duck|envelopes?|cigars?|lace|terriers?|mustard|mix|belly|cake|buns?|sausages?|cabbage|lettuce|cocktails?|parrots?|lil(?:y|ies))\b/u;

/** Dish words before a place name that make it the dish's name ("chicken Kiev", "steak Diane"). */
const THING_BEFORE = /\b(?:chicken|beef|veal|pork|steak|salad|sauce)\s+$/u;

/**
 * A name given to something: "a mare named Kharkiv", "a tanker called Moscow", "a parrot
 * nicknamed Lisbon" — a horse, ship or pet, or a namesake town, not the famous place.
 */
const NAMED_BEFORE =
  /\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}(?:named|called|nicknamed|dubbed|christened)\s+$/u;
/** "… named Israel's defence minister": a possessive after the name makes it the place's. */
const POSSESSIVE_AFTER = /^['’]s\b/u;

/**
 * A place name counted like a thing: "a Manhattan and a Singapore sling", "a genuine Panama
 * for $180" — an indefinite article, at most one adjective of goods, and the name ending its
 * noun phrase. (Places take "a" only with a political adjective, "a united Ireland", which is
 * not one of these; "a Moscow court" continues the phrase and stays the place.)
 */
const COUNTED_BEFORE =
  /(?:^|[^\p{L}])(?:a|an|another|one|two|three)\s+(?:(?:genuine|classic|real|authentic|perfect|dry|sweet|vintage|cheap|fake|proper|good|fine|straw|chilled|stiff)\s+)?$/iu;
// (Not a comma before a capitalised word: "a Buffalo, New York town hall" is an address.)
const COUNTED_END = /^(?:\s*(?:,(?!\s*\p{Lu})|[.;:!?)]|$)|\s+(?:and|or|for|with|at|from|on|in)\b)/u;

/**
 * The thing word fused with the place name at `start`–`end`, or null. Lower-case words only:
 * "Brussels Sprouts Festival" or "Panama Hat Company" are names of their own, left to the KB.
 */
export function thingNamedAfterPlace(text: string, start: number, end: number): string | null {
  const after = THING_AFTER.exec(text.slice(end, end + 16));
  if (after) return after[0].trim();
  const before = THING_BEFORE.exec(text.slice(Math.max(0, start - 10), start));
  if (before) return before[0].trim();
  const named = NAMED_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (named && !POSSESSIVE_AFTER.test(text.slice(end, end + 3))) return 'named';
  const counted = COUNTED_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  return counted && COUNTED_END.test(text.slice(end, end + 12)) ? counted[0].trim() : null;
}

/** "Mexico, Missouri, and Texas": the state word starts a list, not an address. */
const LIST_AFTER = /^\s*(?:,\s*|and\s+|or\s+)\p{Lu}/u;

/** Whether the region name after a place starts a list ("Mexico, Texas and Arizona"). */
export function regionStartsList(after: string): boolean {
  return LIST_AFTER.test(after);
}

/** The nations of the United Kingdom by their adjectives, which the KB holds as regions only. */
const UK_NATIONS: Readonly<Record<string, string>> = {
  Scottish: 'Scotland',
  Welsh: 'Wales',
  English: 'England',
};

const NATION_APPOSITION =
  /^,\s+(?:a|the)\s+(?:[\p{Ll}-]+\s+)?(\p{Lu}[\p{L}-]+)\s+(?:city|metropolis|town|village|port|capital|municipality)\b/u;

/**
 * "Perth, the Scottish city on the Tay": the region an apposition's adjective names, as a
 * match whose group 1 is the region's name (the UK nations put as their names; other
 * adjectives as written, for the KB's demonyms), or null.
 */
export function nationOfApposition(after: string): RegExpExecArray | null {
  const m = NATION_APPOSITION.exec(after);
  if (!m) return null;
  const nation = UK_NATIONS[m[1]!];
  if (nation) m[1] = nation;
  return m;
}

/** "The Damascus volunteer fire department in Maryland": lower-case words, then a state. */
const STATE_AFTER_ATTRIBUTIVE = /^(?:\s+\p{Ll}[\p{L}-]*){1,4}\s+in\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)/u;

/**
 * A place name used before a noun that a US state then locates ("the Damascus fire
 * department in Maryland"): a namesake town there. Washington and New York are cities as
 * well ("the Kyiv embassy in Washington"), so they do not count.
 */
export function stateOfAttributive(after: string): RegExpExecArray | null {
  const m = STATE_AFTER_ATTRIBUTIVE.exec(after);
  return m && US_STATES.has(m[1]!) && m[1] !== 'Washington' && m[1] !== 'New York' ? m : null;
}
