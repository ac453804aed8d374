/**
 * Parses HTML into a DOM with htmlparser2 (a fast, forgiving tokenizer that never throws
 * on malformed markup). Very large inputs are cut to a character budget first, because
 * an article never needs megabytes of markup beyond that point and the cut bounds time
 * and memory.
 */
import type { Document } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/** Beyond this many characters, the rest of a page is ignored (20 MB pages stay cheap). */
export const MAX_HTML_CHARS = 6_000_000;

export interface ParsedHtml {
  readonly document: Document;
  /** True when the input was longer than {@link MAX_HTML_CHARS} and was cut. */
  readonly truncated: boolean;
}

export function parseHtml(html: string, maxChars = MAX_HTML_CHARS): ParsedHtml {
  const truncated = html.length > maxChars;
  const input = truncated ? html.slice(0, maxChars) : html;
  const document = parseDocument(input, {
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
    decodeEntities: true,
  });
  return { document, truncated };
}
