/**
 * Names the words around them give another sense than the KB entity an exact lookup finds:
 *
 * - a country that is also a US state, written as the state of an address ("Athens,
 *   Georgia") is the state; followed by another capitalised word ("Georgia Tech") it is
 *   part of a longer name;
 * - a one-word company name used as a place ("in the Amazon", "the Amazon rainforest") is
 *   the place;
 * - a one-word body's name that begins a farm's, a shop's or a street's ("Nasa Crater Farm")
 *   is not the body;
 * - an organisation after a country's possessive or demonym ("Portugal's Democratic
 *   Alliance") is that country's body, not a namesake abroad;
 * - a city's name beside a match result ("Manchester City beat Ipswich 4-1", "Barcelona
 *   beat Real Madrid 5-2") is its football club's, when the KB has the club under one of the
 *   usual forms of a club's name.
 *
 * Each reads a few characters around the mention: no scan of the article.
 */
import { US_STATES } from '../../kb/us-states.js';

/** "Athens, Georgia": a capitalised word and a comma right before the state name. */
export function isAddressState(text: string, start: number, name: string): boolean {
  return US_STATES.has(name) && /\p{Lu}[\p{L}.'’-]*,\s+$/u.test(text.slice(Math.max(0, start - 30), start));
}

/** "Georgia Tech", "Georgia Power": a capitalised word right after the name (not a title or a sentence start). */
export function continuesAsName(text: string, end: number): boolean {
  return (
    /^ \p{Lu}\p{Ll}+(?![\p{L}'’])/u.test(text.slice(end, end + 30)) &&
    !TITLE_AFTER.test(text.slice(end, end + 30))
  );
}
const TITLE_AFTER =
  /^ (?:President|Prime|Minister|Foreign|Defence|Defense|Governor|Senator|State|Secretary|Army|Navy|Police)\b/;

/**
 * "Nasa Crater Farm, a dairy", "Apple Tree Cafe": a body's one-word name that capitalised
 * words continue up to the noun of a farm, a shop, an inn or a street is the first word of a
 * local business or address, not the body (whose own divisions are not named so). The noun, else null.
 */
export function localNameContinues(text: string, end: number): string | null {
  return LOCAL_NAME_AFTER.exec(text.slice(end, end + 60))?.[1]?.toLowerCase() ?? null;
}
const LOCAL_NAME_AFTER =
  /^(?: \p{Lu}[\p{L}'’-]*){0,2} (Farms?|Dairy|Bakery|Cafe|Café|Restaurant|Pub|Inn|Tavern|Hotel|Guesthouse|Stores?|Garage|Nursery|Kennels|Stables|Vineyard|Winery|Brewery|Distillery|Orchard|Street|Road|Lane|Avenue|Close|Crescent)(?![\p{L}'’-])/u;

/**
 * "in the Amazon", "across the Amazon", "the Amazon rainforest": a company's one-word name used
 * as a place or a natural feature; the word for it, else null.
 */
export function companyAsPlace(text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - 16), start);
  const after = FEATURE_AFTER.exec(text.slice(end, end + 20));
  if (after) return after[1]!;
  // Only where the name ends its noun phrase: "of the Tesla boss" speaks of the company.
  if (!PLACE_BEFORE.test(before) || !PHRASE_END.test(text.slice(end, end + 12))) return null;
  // "of the Tesla and SpaceX companies": a list of names that ends in a company noun is of companies.
  return COMPANY_LIST_AFTER.test(text.slice(end, end + 60)) ? null : 'a place';
}
const COMPANY_LIST_AFTER =
  /^(?:,?\s+(?:and|or|&)\s+|,\s+)(?:\p{Lu}[\p{L}\p{N}.&'-]*\s+){1,3}(?:companies|firms|groups|brands|businesses|corporations|carmakers|automakers|startups|start-ups|ventures)\b/u;
const PHRASE_END =
  /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:as|has|had|is|was|and|or|in|on|at|to|for|with|where|which|that|during|after|before|since)\b)/;
const PLACE_BEFORE = /\b(?:in|within|into|across|through|throughout|around|of|from)\s+the\s+$/i;
const FEATURE_AFTER =
  /^\s+(rainforest|river|basin|jungle|delta|region|forest|valley|desert|coast|mountains?)\b/;

/**
 * The word right before an organisation's name that may name a country: a possessive
 * ("Portugal's") or a bare capitalised word ("Portuguese"), or null. `possessive` tells which:
 * a possessive must be a country's name ("Albanian's Labor Party" is a person's).
 */
export function countryWordBefore(text: string, start: number): { word: string; possessive: boolean } | null {
  // Most names have a lower-case word or nothing before them: read back over the space and
  // the word's last letters first, and run the expression only before a capitalised word.
  let i = start - 1;
  if (i < 1 || (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 160)) return null;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  let j = i - 1;
  while (j >= 0 && isLetterOrMark(text.charCodeAt(j))) j--;
  // "Portugal's": the possessive ends the word; read back over it.
  if (
    j >= 0 &&
    (text.charCodeAt(j) === 39 || text.charCodeAt(j) === 0x2019) &&
    text.charCodeAt(j + 1) === 115
  ) {
    j--;
    while (j >= 0 && isLetterOrMark(text.charCodeAt(j))) j--;
  }
  const first = text.charCodeAt(j + 1);
  if (first >= 97 && first <= 122) return null;
  const m = /(?:^|[^\p{L}])(\p{Lu}[\p{L}-]+)(['’]s)?\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return m ? { word: m[1]!, possessive: m[2] !== undefined } : null;
}

/** ASCII letters, and anything beyond ASCII (left to the expression). */
function isLetterOrMark(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c >= 128;
}

/**
 * "Barcelona beat Real Madrid 5-2", "Manchester City beat Ipswich 4-1", "Leeds 2-1": a
 * name right before a verb of a match with a score after it, or right after such a verb and
 * right before the score, or right before a score — a team's name. Reads 60 characters.
 */
export function inMatchResult(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  if (SCORE_NEXT.test(after)) return true;
  if (MATCH_VERB_NEXT.test(after)) return SCORE.test(after);
  return MATCH_VERB_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && SCORE_NEXT.test(after);
}
const SCORE = /\b\d{1,2}\s*[-–]\s*\d{1,2}\b/;
const SCORE_NEXT = /^\s+\d{1,2}\s*[-–]\s*\d{1,2}\b/;
const MATCH_VERB_NEXT =
  /^\s+(?:beat|defeated|thrashed|drew|lost|edged|routed|hammered|crushed|stunned|overcame)\b/;
const MATCH_VERB_BEFORE =
  /\b(?:beat|defeated|thrashed|against|versus|vs\.?|with|to|edged|routed|hammered|crushed|stunned|overcame)\s+$/;

/** The usual forms of a football club's name around its city's ("FC Barcelona", "Ipswich Town", "Liverpool FC"). */
export function clubNameForms(city: string): string[] {
  return [
    `FC ${city}`,
    `${city} FC`,
    `${city} F.C.`,
    `${city} CF`,
    `${city} Town`,
    `${city} City`,
    `${city} United`,
    `Real ${city}`,
    `AC ${city}`,
    `AS ${city}`,
    `SC ${city}`,
    `Olympique ${city}`,
  ];
}
