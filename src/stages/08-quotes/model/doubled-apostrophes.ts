/**
 * Doubled apostrophes as quotation marks (`''We are ready,'' she said.`), the way some
 * wire and archive copy prints them (PolNeAR's New York Times articles). The rules read
 * double quotation marks only, so under PolNeAR's conventions the stage gives them a text
 * of the same length where each pair is a space and a curly mark (`␠“We are ready,”␠`),
 * then widens the quotes back over both apostrophes (`''We are ready,''`), as PolNeAR's
 * contents take them. Offsets never move, so every layer of the document still fits.
 */
import type { Quote } from '../../../core/annotations.js';

/** A pair of apostrophes that is not part of a longer run. */
const PAIR = /(?<!')''(?!')/gu;

/**
 * `text` with each doubled apostrophe that opens (after a space, a dash or an opening
 * bracket, before a word) or closes (after a word or punctuation, before a space or
 * punctuation) a quotation written as a space and a curly mark; null when there is none.
 */
export function apostrophesAsMarks(text: string): string | null {
  let out: string[] | null = null;
  for (const m of text.matchAll(PAIR)) {
    const at = m.index;
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = at + 2 < text.length ? text[at + 2]! : ' ';
    const opens = /[\s([{—–-]/u.test(before) && !/\s/u.test(after);
    const closes = !/\s/u.test(before) && /[\s.,;:!?)\]}—–-]/u.test(after);
    if (opens === closes) continue;
    out ??= text.split('');
    // The curly mark stands where the quotation's words meet it, so the marks' direction
    // reads as it would in curly copy; the space takes the other apostrophe's place.
    if (opens) {
      out[at] = ' ';
      out[at + 1] = '“';
    } else {
      out[at] = '”';
      out[at + 1] = ' ';
    }
  }
  return out ? out.join('') : null;
}

/**
 * A quote found in the marked text, widened back over the apostrophe each substituted
 * mark at its edges replaced (`“We are ready,”` → `''We are ready,''`).
 */
export function widenToApostrophes(original: string, marked: string, quote: Quote): Quote {
  let { start, end } = quote;
  if (start > 0 && original.startsWith("''", start - 1) && marked[start - 1] === ' ' && marked[start] === '“')
    start--;
  if (original.startsWith("''", end - 1) && marked[end - 1] === '”' && marked[end] === ' ') end++;
  return start === quote.start && end === quote.end ? quote : { ...quote, start, end };
}
