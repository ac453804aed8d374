/**
 * "Rubio's Coastal Grill", "Powell's Books": a surname in the possessive that starts a shop's
 * or restaurant's name is the business's, not the famous bearer's. A cheap test on the words
 * right after the mention. Names the other way round too: "Bar da Lula", "Café de Gaulle",
 * "Chez Macron" — a venue's word heading the name, a particle between (`venueWordBefore`).
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

/**
 * "runs Bar da Lula on the waterfront", "a table at Café de Gaulle", "dinner at Chez Macron": a
 * capitalised word of a bar, café, restaurant or inn right before a name (a Romance particle
 * between, or none) makes the name part of a venue's, as copy in Portuguese, Spanish,
 * Italian or French names small businesses after their owner or a celebrity (session
 * acc27-link-a). The venue word, or null. Cost: a character test before the name; the pattern
 * (on 24 characters) only after a space.
 */
export function venueWordBefore(text: string, start: number): string | null {
  if (start < 4 || text[start - 1] !== ' ') return null;
  return VENUE_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1] ?? null;
}
const VENUE_BEFORE =
  /(?:^|[^\p{L}])(Bar|Boteco|Café|Cafe|Caffè|Casa|Chez|Restaurante|Restaurant|Ristorante|Trattoria|Osteria|Pizzeria|Taberna|Taverna|Tasca|Cantina|Pastelaria|Padaria|Brasserie|Bistro|Bistrot)\s+(?:(?:da|do|das|dos|de|di|del|della|dei|du|des|la|le|el|chez)\s+)?$/u;
