/**
 * Local businesses named with a famous name: "Tesla Electrical Services, a family firm in
 * Bradford", "Alibaba Kebab House in Luton", "The White House Farm, a dairy near Norwich".
 * The KB name is the first words of a small business's name, and the name said alone later
 * ("Tesla had no link to the carmaker") is that business too: neither is the KB body.
 */

/** Head words of the names of farms, trades and small shops (never of a big firm's brands). */
const LOCAL_TRADE_WORDS = new Set(
  `Farm Farms Dairy Kebab Kebabs Takeaway Electrical Electricals Plumbing Heating Builders
  Roofing Joinery Salon Barbers Bakery Butchers Chippy Tandoori Pizzeria Diner
  Inn Guesthouse Kennels Cattery Stables Vineyard Orchard Florists Launderette Laundrette
  Cleaners Removals Taxis Decorators Landscaping Tearoom Tearooms Creamery`.split(/\s+/),
);

/**
 * Any of the trade words anywhere in a text (a superset of where one may follow a name):
 * most articles have none, and then no name of theirs is a local business's.
 */
const ANY_TRADE_WORD = new RegExp([...LOCAL_TRADE_WORDS].join('|'));

/** The last text tested for {@link ANY_TRADE_WORD} (an article's names are tested in turn). */
let lastText: string | null = null;
let lastHasTradeWord = false;

function hasTradeWord(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastHasTradeWord = ANY_TRADE_WORD.test(text);
  }
  return lastHasTradeWord;
}

/** One to three capitalised words right after a name. */
const NAME_WORDS_AFTER = /^((?:\s+\p{Lu}[\p{L}&'’-]*){1,3})/u;

function escaped(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  // (Cheap tests first: each name would otherwise compile a pattern and scan the article.)
  if (!hasTradeWord(text) || !text.includes(`${surface} `)) return null;
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${escaped(surface)}(?= )`, 'gu');
  for (const m of text.matchAll(at)) {
    const end = m.index + surface.length;
    const words = NAME_WORDS_AFTER.exec(text.slice(end, end + 60))?.[1]
      ?.trim()
      .split(/\s+/);
    if (!words) continue;
    const k = words.findIndex((w) => LOCAL_TRADE_WORDS.has(w));
    if (k < 0) continue;
    // "Vantor Motors Garage" where the KB knows "Vantor Motors": the body's own name, extended.
    if (words.some((_, i) => isKbName(`${surface} ${words.slice(0, i + 1).join(' ')}`))) continue;
    return words[k]!;
  }
  return null;
}
