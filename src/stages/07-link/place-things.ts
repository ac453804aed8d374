/**
 * Cheap string tests on the words right around a place name that say it is not the famous
 * place: a US state after it ("Lebanon, Pennsylvania", "Rome, Georgia": a namesake town), or a
 * common noun fused with it into a thing ("Brussels sprouts", "chicken Kiev", "Panama hat").
 */

import { US_STATE_BY_ABBREVIATION, US_STATES } from '../../kb/us-states.js';

/**
 * The states' names but `except`, as a regex alternation, longest first so that "West
 * Virginia" is not read as Virginia.
 */
export function usStateAlternation(except: readonly string[]): string {
  return [...US_STATES]
    .filter((name) => !except.includes(name))
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/** A state written short after a town ("Exeter, N.H.", "Alexandria, Va.", "Concord, NH"). */
const STATE_ABBREVIATION_AFTER = /^,\s+((?:[A-Z]\.){2}|W\.Va\.|[A-Z][a-z]{1,4}\.|[A-Z]{2}(?![\p{L}.]))/u;

/**
 * The state a town is placed in by an abbreviation after it ("Manchester, N.H." → New
 * Hampshire), in the shape of the other region matches (the full name in group 1), or null.
 */
export function stateAbbreviationAfter(after: string): RegExpExecArray | null {
  const m = STATE_ABBREVIATION_AFTER.exec(after);
  const state = m ? US_STATE_BY_ABBREVIATION[m[1]!] : undefined;
  if (!m || !state) return null;
  m[1] = state;
  return m;
}

/**
 * Common nouns that, right after a place name, make the two words one thing named after the
 * place, not the place ("Brussels sprouts", "Stockholm syndrome", "Dubai chocolate",
 * "Panama hat", "Moscow mule"). Only heads that are never the place's own institutions
 * ("Brussels talks", "Dubai airport" stay the places). "Rose" before a figure or a word of
 * change is the verb ("sales in Provence rose 12 percent"), not the flower or the wine.
 */
const THING_AFTER =
  /^\s+(?:sprouts?|syndrome|chocolate|hats?|mules?|slings?|beans?|nuts?|artichokes?|duck|envelopes?|cigars?|lace|terriers?|mustard|mix|belly|cake|buns?|sausages?|cabbage|lettuce|cocktails?|(?:clam\s+)?chowder|parrots?|macaws?|cockatoos?|spaniels?|retrievers?|hounds?|mastiffs?|pon(?:y|ies)|lil(?:y|ies)|roses|rose(?!\s+(?:\d|(?:by|to|after|again|sharply|slightly|steadily|nearly|almost|about|above|more)\b))|tulips?|orchids?)\b/u;

/** Dish words before a place name that make it the dish's name ("chicken Kiev", "steak Diane"). */
const THING_BEFORE = /\b(?:chicken|beef|veal|pork|steak|salad|sauce)\s+$/u;

/**
 * The thing word fused with the place name at `start`–`end`, or null. Lower-case words only:
 * "Brussels Sprouts Festival" or "Panama Hat Company" are names of their own, left to the KB.
 * Besides dishes and goods, breeds and kinds of animals and plants ("Amazon parrot", "Shetland
 * pony"): a place does not keep birds, a parrot is of a kind. Not livestock: "a Pretoria
 * cattle auctioneer" is from the place.
 */
export function thingNamedAfterPlace(text: string, start: number, end: number): string | null {
  const after = THING_AFTER.exec(text.slice(end, end + 24));
  if (after) return after[0].trim();
  const before = THING_BEFORE.exec(text.slice(Math.max(0, start - 10), start));
  return before ? before[0].trim() : null;
}

/**
 * "a mare named Kharkiv", "a yacht called Valencia": the name given to a thing or an animal,
 * not the place. The word before "named" must be a noun of no place ("a city called Kharkiv"
 * may well be the city; "a town called Paris" is left to the town cues) and no adverb ("the
 * city now called Mumbai").
 */
const NAMED_BEFORE =
  /\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)\s+(?:[\p{Ll}-]+\s+){0,3}(\p{Ll}[\p{Ll}-]+)\s+(?:named|called|dubbed|nicknamed|christened)\s+$/u;
const NOT_A_THING_NOUN = new Set(
  `city capital country nation state republic kingdom island region province territory land place
  area district county town village hamlet township settlement port community municipality suburb
  now formerly once also officially still later originally previously sometimes often then today
  locally popularly widely commonly simply`.split(/\s+/),
);

/** "… named Israel's defence minister": a possessive after the name makes it the place's. */
const POSSESSIVE_AFTER = /^['’]s\b/u;

/** The noun a place name is given to as a name ("mare" of "a mare named Kharkiv"), or null. */
export function thingCalledByName(text: string, start: number, end: number): string | null {
  const m = NAMED_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  if (!m || NOT_A_THING_NOUN.has(m[1]!)) return null;
  return POSSESSIVE_AFTER.test(text.slice(end, end + 3)) ? null : m[1]!;
}

/**
 * "a genuine Panama for $180", "a Manhattan and a Singapore sling": a place name after the
 * indefinite article, ending its noun phrase, is one of a kind of things named after the place
 * (a hat, a cocktail, a wine), not the one place. An adjective may stand between, but not
 * one that speaks of a state's politics or future ("a free Ukraine", "a united Ireland",
 * "a nuclear-armed Iran", "a stronger Europe"), nor a clause after it ("a Europe that
 * protects"). The article word, else null.
 */
export function placeAsKindOfThing(text: string, start: number, end: number): string | null {
  const before = ARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (!before) return null;
  const adjective = before[2];
  if (adjective && STATE_ADJECTIVE.test(adjective)) return null;
  if (!KIND_PHRASE_END.test(text.slice(end, end + 12))) return null;
  return adjective
    ? `${before[1]} ${adjective} ${text.slice(start, end)}`
    : `${before[1]} ${text.slice(start, end)}`;
}
// Not the last letter of a name after an apostrophe: "Sana'a and Hodeidah" has no article.
const ARTICLE_BEFORE = /(?:^|[^\p{L}'’])(a|an|A|An|another|Another)\s+(?:(\p{Ll}[\p{Ll}-]*)\s+)?$/u;
// Not a comma before a capitalised word: "a Buffalo, New York town hall" is an address.
const KIND_PHRASE_END =
  /^(?:\s*(?:,(?!\s*(?!(?:A|An|The)\s)\p{Lu})|[.;:!?)]|$)|\s+(?:and|or|for|with|at|on|from|in|to|was|is)\b)/u;
const STATE_ADJECTIVE =
  /^(?:new|free|united|unified|independent|democratic|stable|peaceful|prosperous|secure|safe|sovereign|strong|weak|great|modern|future|different|nuclear|nuclear-armed|whole|neutral|resurgent|rising|more|less|federal|fragmented|authoritarian|hostile|friendly|poor|rich|wealthy|booming|green|fair|just|open|global|better|stronger|safer|greater|weaker|freer|richer|poorer|fairer|larger|bigger|smaller|greener|wealthier|divided|liberated|isolated|emboldened|changed|reunified|reunited|occupied|demilitari[sz]ed|denucleari[sz]ed|war-torn|post-.*|pre-.*|.*-free|.*-led|.*-run|.*-controlled|.*-backed|.*-armed)$/;

/**
 * "Mexico, Missouri, and Texas", "Mexico, Texas and Arizona", "Paris, Texas, Ohio or Maine": the
 * state word starts a list, not an address — names, each after a comma, closed by "and" or
 * "or". A comma and a name alone are not a list: "In Lebanon, Ohio, Mike Johnson, a 58-year-old
 * …" goes on with the sentence's subject; nor is a last name with an address of its own: "Mexico,
 * Missouri, and Peru, Indiana" lists towns, each in its state.
 */
const LIST_AFTER =
  /^(?:\s*,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)*\s*,?\s*(?:and|or)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?![\p{L}'’.-])(?!\s*,\s*\p{Lu})/u;

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
  /^,\s+(?:a|the)\s+(?:[\p{Ll}-]+\s+)?(\p{Lu}[\p{L}-]+)\s+(?:(?:resort|seaside|coastal|beach|fishing|market|border|mining|spa|ski|holiday|harbour|harbor|port|university|industrial)\s+){0,2}(?:city|metropolis|town|village|port|capital|municipality|resort)\b/u;

/**
 * "Perth, the Scottish city on the Tay", "Lagos, the Algarve resort town": the region an
 * apposition's adjective or attributive region names (a kind of town may stand between), as a
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
