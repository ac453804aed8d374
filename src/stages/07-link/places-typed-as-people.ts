/**
 * Words around a one-word name that make it a place although the tagger typed it as a
 * person: "the sites of Fordo and Natanz" (a list with a place the article names), "Russia
 * struck Dnepr", "rebels entered Dimashq" (a verb done to places: striking, taking, entering),
 * "the army declared Khartum free" (what is declared free or liberated).
 * The linker asks only for a name the KB knows as one place and as nobody (see
 * `DocumentLinker.placeTypedAsPerson`); these are the words that say "place" next to it.
 */

/** A verb of striking, taking or entering right before the name: its object is a place. */
const PLACE_VERB_BEFORE =
  /(?:^|[^\p{L}])(?:struck|shelled|bombed|bombarded|pounded|entered|captured|seized|stormed|besieged|encircled|liberated|evacuated|retook|recaptured)\s+$/u;

/**
 * "declared Khartum free", "declares the town liberated": what a commander or government
 * declares free or liberated is a place it took back, never a person.
 */
const DECLARED_BEFORE = /(?:^|[^\p{L}])declare[sd]?\s+$/u;
const FREED_AFTER = /^\s+(?:free|liberated|fully liberated|cleared)\b/;

/**
 * What stands between two names of one list: " and ", " or ", ", and ". A bare comma is no
 * list word: "Delhi, New York" is a town and its state.
 */
const LIST_JOIN = /^,?\s+(?:and|or)\s+$/;

/**
 * "Fordo, Natanz and Isfahan": a comma joins the first names of a list only when the list
 * closes with "and" or "or" after the next name (more names between allowed), which an
 * address ("Busher, Kherson") never does.
 */
const LIST_COMMA = /^,\s+$/;
const LIST_GOES_ON = /^(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)*,?\s+(?:and|or)\s+\p{Lu}/u;

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Why the words around `at` make it a place: the verb before it, or the place it is listed
 * with (one of `places`, the spans of the article's linked places) — else null.
 */
export function placeCueAround(text: string, at: Span, places: readonly Span[]): string | null {
  const verb = PLACE_VERB_BEFORE.exec(text.slice(Math.max(0, at.start - 16), at.start));
  if (verb) return `"${verb[0].trim()} ${text.slice(at.start, at.end)}"`;
  const freed = FREED_AFTER.exec(text.slice(at.end, at.end + 24));
  if (freed && DECLARED_BEFORE.test(text.slice(Math.max(0, at.start - 12), at.start)))
    return `declared ${text.slice(at.start, at.end)}${freed[0]}`;
  for (const p of places) {
    const between =
      p.start >= at.end
        ? text.slice(at.end, p.start)
        : p.end <= at.start
          ? text.slice(p.end, at.start)
          : null;
    if (between !== null && between.length <= 8 && LIST_JOIN.test(between))
      return `listed with ${text.slice(p.start, p.end)}`;
    const last = p.start >= at.end ? p.end : at.end;
    if (between !== null && LIST_COMMA.test(between) && LIST_GOES_ON.test(text.slice(last, last + 80)))
      return `listed with ${text.slice(p.start, p.end)}`;
  }
  return null;
}
