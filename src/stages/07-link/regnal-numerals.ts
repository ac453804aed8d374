/**
 * Roman numerals of regnal names ("Charles III", "Leo XIV", "John XXIII"): one pattern for every
 * reader of them, so the spans, the context reading and the exact names agree on what a regnal
 * number is. I to XXXIX: no monarch or pope of the news goes higher, and a wider pattern would
 * take "XL" sizes and "MCM" dates.
 */

/** A Roman numeral from I to XXXIX, as a pattern source; it also matches the empty string. */
const NUMERAL = 'X{0,3}(?:IX|IV|V?I{0,3})';

/** A regnal numeral of one letter or more, as a pattern source. */
export const REGNAL_NUMERAL = `(?=[IVX])${NUMERAL}`;

/** A space and a regnal numeral as a word of its own after a name, then up to three characters. */
const NUMERAL_AFTER = new RegExp(`^ (${REGNAL_NUMERAL})(?![\\p{L}\\p{N}])(.{0,3})`, 'u');

/** A regnal numeral standing after the name that ends at `end`: the numeral and what follows it. */
export function regnalNumeralAt(
  text: string,
  end: number,
): { numeral: string; length: number; after: string } | null {
  const m = NUMERAL_AFTER.exec(text.slice(end, end + 12));
  if (!m) return null;
  return { numeral: m[1]!, length: 1 + m[1]!.length, after: m[2] ?? '' };
}
