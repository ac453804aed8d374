/**
 * A headline's quoted words with no speaker of their own ("'Like an atomic bomb': wildfires
 * destroy …", "Boeing CEO acknowledges 'our mistake'") are usually lifted from a quotation
 * in the article below; that quotation's speaker said them. Only a named speaker is
 * carried up, and only to a headline quotation with no speaker or an unnamed one.
 */
import type { Paragraph, Quote } from '../../core/annotations.js';

/** Words as compared: lower case, letters and digits, single spaces. */
function normalised(words: string): string {
  return ` ${words
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** Is the first paragraph a headline: one line, no full stop at its end, with more below it? */
function hasHeadline(text: string, paragraphs: readonly Paragraph[]): boolean {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 2) return false;
  const line = text.slice(first.start, first.end).trim();
  return line.length > 0 && !line.includes('\n') && !/[.]$/u.test(line);
}

/**
 * `quotes` (in text order) with each speakerless headline quotation given the speaker of
 * the first named body quotation holding all its words (two words at least).
 */
export function echoHeadlineSpeakers(
  text: string,
  paragraphs: readonly Paragraph[],
  quotes: Quote[],
): Quote[] {
  // Cheapest test first: a headline quotation with no named speaker.
  const headlineEnd = paragraphs[0]?.end ?? 0;
  const open = quotes.filter((q) => q.start < headlineEnd && (!q.speaker || q.speaker.anonymous));
  if (open.length === 0 || !hasHeadline(text, paragraphs)) return quotes;
  const body = quotes.filter((q) => q.start >= headlineEnd && q.speaker && !q.speaker.anonymous);
  if (body.length === 0) return quotes;
  const bodyWords = body.map((q) => normalised(text.slice(q.start, q.end)));
  return quotes.map((q) => {
    if (!open.includes(q)) return q;
    const words = normalised(text.slice(q.start, q.end));
    if (words.trim().split(' ').length < 2) return q;
    const at = bodyWords.findIndex((b) => b.includes(words));
    return at < 0 ? q : { ...q, speaker: body[at]!.speaker };
  });
}
