/**
 * "Rubio's Coastal Grill", "Powell's Books": a surname in the possessive that starts a shop's
 * or restaurant's name is the business's, not the famous bearer's. A cheap test on the words
 * right after the mention.
 */

/** Head words of the names of shops, restaurants and small businesses. */
const BUSINESS_HEADS = new Set(
  `Books Bookstore Bookshop Grill Restaurant Restaurants Kitchen Diner Bakery Cafe Café Deli Pizza
  Pizzeria Burgers Tavern Pub Bar Market Markets Store Stores Shop Hardware Supermarket Supermarkets
  Foods Furniture Motors Garage Brewery Steakhouse Bistro Chicken Donuts Creamery Cafeteria Grocery
  Groceries Pharmacy Drugs Outfitters Barbecue BBQ Tacos`.split(/\s+/),
);

/** 's (when the mention stops before it) and one to three capitalised words of a name. */
const POSSESSIVE_NAME = /^(?:['’]s)?((?:\s+\p{Lu}[\p{L}&'’-]*){1,3})/u;

/**
 * The business head word when the mention at `start`–`end` is a possessive that begins a
 * business's name ("Powell's Books" → "Books"), else null.
 */
export function possessiveBusiness(text: string, start: number, end: number): string | null {
  const surface = text.slice(start, end);
  const after = text.slice(end, end + 60);
  if (!/['’]s$/u.test(surface) && !/^['’]s\b/u.test(after)) return null;
  const words = POSSESSIVE_NAME.exec(after)?.[1]?.trim().split(/\s+/);
  if (!words) return null;
  // "Powell's Books", "Rubio's Coastal Grill": a head word among the capitalised words.
  return words.find((w) => BUSINESS_HEADS.has(w)) ?? null;
}

/**
 * "$TRUMP", "$MELANIA": a name written in capitals right after a dollar sign is a ticker
 * symbol (a meme coin, a share), a thing and not the person. Returns "ticker" or null.
 */
export function tickerSymbol(text: string, start: number, end: number): string | null {
  const surface = text.slice(start, end);
  const dollar = surface.startsWith('$') || text[start - 1] === '$';
  const word = surface.replace(/^\$/, '');
  return dollar && /^\p{Lu}{2,}$/u.test(word) ? 'ticker' : null;
}
