/**
 * Signed quotations: a whole quotation followed by a dash and a name (`“We can do better
 * than this.” ― Maria Lopez`), the way readers' or pull quotes are printed, one after the
 * other. PolNeAR annotates the name as the source, the dash as the cue and the quotation,
 * marks included, as the content; the tagger never learned them (train has no such
 * line) and the rules drop a quotation with no cue word around it.
 */
import type { Span } from '../../../core/span.js';

export interface SignedQuotation {
  readonly content: Span;
  readonly cue: Span;
  readonly source: Span;
}

/**
 * A closing mark, the dash, then a name of one to five capitalised words or initials
 * (`Julie A. Diaz Martinez`, `Edwin G. Monroy`) that ends the paragraph or is followed by
 * the next quotation (cleanup joins the lines of a paragraph).
 */
const SIGNATURE =
  /([”"])[\s\u00a0]*([―—])[\s\u00a0]*(\p{Lu}[\p{L}'’-]*\.?(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*\.?){0,4})(?=[\s\u00a0]*(?:[“”"]|$))/gu;

/** Scraped copy often opens a quotation with the closing glyph (`”Fear. …”`). */
const OPENING_MARK = /^[“”"]/u;

/** The signed quotations of the paragraphs: each runs from its paragraph's start, or the signature before it. */
export function signedQuotations(text: string, paragraphs: readonly Span[]): SignedQuotation[] {
  const out: SignedQuotation[] = [];
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    // The dash is cheap to look for: most paragraphs are skipped here.
    if (!body.includes('―') && !body.includes('—')) continue;
    let from = 0;
    for (const m of body.matchAll(SIGNATURE)) {
      const start = from + (body.slice(from).length - body.slice(from).trimStart().length);
      from = m.index + m[0].length;
      if (!OPENING_MARK.test(body.slice(start, start + 1)) || start >= m.index) continue;
      out.push(signed(p.start, start, m));
    }
  }
  return out;
}

function signed(base: number, start: number, m: RegExpExecArray): SignedQuotation {
  const dash = base + m.index + m[0].indexOf(m[2]!);
  const nameStart = base + m.index + m[0].lastIndexOf(m[3]!);
  let name = m[3]!;
  // A full stop after the name ends the sentence, unless the name ends with an initial (`Harry S.`).
  if (name.endsWith('.') && !/(?:^|\s)\p{Lu}\.$/u.test(name)) name = name.slice(0, -1);
  return {
    content: { start: base + start, end: base + m.index + 1 },
    cue: { start: dash, end: dash + 1 },
    source: { start: nameStart, end: nameStart + name.length },
  };
}
