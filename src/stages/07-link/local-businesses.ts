/**
 * Local businesses named with a famous name: "Tesla Electrical Services, a family firm in
 * Bradford", "Alibaba Kebab House in Luton", "The White House Farm, a dairy near Norwich".
 * The KB name is the first words of a small business's name, and the name said alone later
 * ("Tesla had no link to the carmaker") is that business too: neither is the KB body.
 */

/**
 * Head words of the names of farms, trades, small shops and takeaways ("Oracle Pizza, a
 * takeaway in Swansea"), never of a big firm's brands.
 */
const LOCAL_TRADE_WORDS = new Set(
  `Farm Farms Dairy Kebab Kebabs Takeaway Electrical Electricals Plumbing Heating Builders
  Roofing Joinery Salon Barbers Bakery Butchers Chippy Tandoori Pizzeria Diner
  Inn Guesthouse Kennels Cattery Stables Vineyard Vineyards Orchard Orchards Cidery Florists Launderette Laundrette
  Cleaners Removals Taxis Decorators Landscaping Tearoom Tearooms Creamery
  Pizza Pizzas Grill Bistro Burgers Noodles Nails Tyres Tires Garage Autos Scaffolding Fencing
  Paving Plastering Glazing Locksmiths Upholstery Tailors Haulage Skips Carpets`.split(/\s+/),
);

/**
 * ", a 30-year-old family firm in Bridgend", ", a construction firm in Lagos": the longer name
 * presented right after it as a firm of a town — how copy introduces a small business, whatever
 * its trade. A big firm is "the online giant", "the US tech group", not "a firm in" a town.
 */
const LOCAL_FIRM_APPOSITION =
  /^\s*,\s+(?:a|an)\s+(?:[\p{L}\d-]+\s+){0,3}?(firm|business|company|workshop|partnership|practice|outfit)\s+(?:(?:based|founded)\s+)?(?:in|near|outside|from)\s+\p{Lu}/u;

/** One to three capitalised words right after a name. */
const NAME_WORDS_AFTER = /^((?:\s+\p{Lu}[\p{L}&'’-]*){1,3})/u;

/** A letter or a digit ending the text before a name: the name is then part of a longer word. */
const WORD_CHAR_BEFORE = /[\p{L}\p{N}]$/u;

/** Whether the code point ending at `at` in `text` is a letter or a digit (ASCII read at once). */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR_BEFORE.test(text.slice(Math.max(0, at - 2), at));
}

/** Whether the character at `i` may start the whitespace and capital of a name word (ASCII read at once). */
function mayStartNameWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 128 || (c >= 65 && c <= 90) || c === 32 || (c >= 9 && c <= 13);
}

/**
 * The trade word when the article names a local business whose name begins with `surface`
 * ("Tesla" → "Tesla Electrical Services": "Electrical"), else null. `isKbName`: whether the
 * longer name is itself a KB name (then it is that body's, not a namesake's).
 */
export function localBusinessNamed(
  text: string,
  surface: string,
  isKbName: (name: string) => boolean,
): string | null {
  // Where the name stands as a whole word, a space after it, left to right and not
  // overlapping (as a global match of the name would find it): found with `indexOf` and a look
  // at the characters around, with no pattern compiled per name and no scan of the article for
  // every trade word (that scan, once per article, cost a fifth of pass 1's time).
  const key = `${surface} `;
  for (let at = text.indexOf(key); at >= 0; ) {
    if (wordCharBefore(text, at)) {
      at = text.indexOf(key, at + 1);
      continue;
    }
    const end = at + surface.length;
    at = text.indexOf(key, end);
    // (Most names go on with a lower-case word: no capitalised word to read.)
    if (!mayStartNameWordAt(text, end + 1)) continue;
    const run = NAME_WORDS_AFTER.exec(text.slice(end, end + 60))?.[1];
    if (!run) continue;
    const words = run.trim().split(/\s+/);
    const k = words.findIndex((w) => LOCAL_TRADE_WORDS.has(w));
    // (The apposition only where no trade word names the business: most names have neither.)
    const firm =
      k >= 0 ? words[k]! : LOCAL_FIRM_APPOSITION.exec(text.slice(end + run.length, end + 160))?.[1];
    if (firm === undefined) continue;
    // "Vantor Motors Garage" where the KB knows "Vantor Motors": the body's own name, extended.
    if (words.some((_, i) => isKbName(`${surface} ${words.slice(0, i + 1).join(' ')}`))) continue;
    return firm;
  }
  return null;
}

/**
 * True when the article writes `name` only as the first word of a local business's name
 * ("Apple Valley Orchards, a cider maker in Herefordshire … the iPhone jokes"): every whole-word
 * occurrence goes on with a capitalised word, and one of them is a business `localBusinessNamed`
 * reads. Such an article does not name the KB body, so it lends no support to a repair of the
 * body's people ("The firm's founder, Tom Cooke" is no Tim Cook; session acc27-link-a). Cost:
 * read only for a body whose name the support cue found, one pass of `indexOf` over the text.
 */
export function namedOnlyInLocalBusinesses(
  text: string,
  name: string,
  isKbName: (name: string) => boolean,
): boolean {
  let seen = false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (wordCharBefore(text, at) || /^[\p{L}\p{N}]/u.test(text.slice(end, end + 1))) continue;
    if (!/^ \p{Lu}/u.test(text.slice(end, end + 2))) return false;
    seen = true;
  }
  return seen && localBusinessNamed(text, name, isKbName) !== null;
}
