/**
 * "whose ''Live'' program lost its co-host": a word standing alone between quotation marks is
 * a title (a show's, a book's, a slogan's), not a person's mangled surname, whatever title
 * words of a person stand near it.
 */

/** An opening quotation mark right before the word: straight, curly or doubled single quotes. */
const QUOTE_BEFORE = /(?:''|["“‘])$/u;
/** The closing mark right after it. */
const QUOTE_AFTER = /^(?:''|["”’])/u;

/** Whether the word at `start`–`end` stands alone between quotation marks. */
export function standsAloneInQuotes(text: string, start: number, end: number): boolean {
  return (
    QUOTE_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && QUOTE_AFTER.test(text.slice(end, end + 2))
  );
}
