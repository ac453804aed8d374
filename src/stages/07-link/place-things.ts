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
  /^\s+(?:sprouts?|syndrome|chocolate|hats?|mules?|slings?|beans?|nuts?|artichokes?|duck|envelopes?|cigars?|lace|terriers?|mustard|mix|belly|cake|buns?|sausages?|cabbage|lettuce|cocktails?)\b/u;

/** Dish words before a place name that make it the dish's name ("chicken Kiev", "steak Diane"). */
const THING_BEFORE = /\b(?:chicken|beef|veal|pork|steak|salad|sauce)\s+$/u;

/**
 * The thing word fused with the place name at `start`–`end`, or null. Lower-case words only:
 * "Brussels Sprouts Festival" or "Panama Hat Company" are names of their own, left to the KB.
 */
export function thingNamedAfterPlace(text: string, start: number, end: number): string | null {
  const after = THING_AFTER.exec(text.slice(end, end + 16));
  if (after) return after[0].trim();
  const before = THING_BEFORE.exec(text.slice(Math.max(0, start - 10), start));
  return before ? before[0].trim() : null;
}

/** "Mexico, Missouri, and Texas": the state word starts a list, not an address. */
const LIST_AFTER = /^\s*(?:,\s*|and\s+|or\s+)\p{Lu}/u;

/** Whether the region name after a place starts a list ("Mexico, Texas and Arizona"). */
export function regionStartsList(after: string): boolean {
  return LIST_AFTER.test(after);
}
