/**
 * Paragraphs from a JSON-LD `articleBody`, for pages whose article is only there (or is
 * cut short in the markup, e.g. behind a "continue reading" fold). Some publishers put
 * HTML inside the string; that is parsed as markup rather than shown as tags.
 */
import { parseDocument } from 'htmlparser2';
import { toBlocks } from './blocks.js';

export interface PlainBlock {
  readonly text: string;
  readonly role: 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'preformatted';
}

export function articleBodyBlocks(body: string): PlainBlock[] {
  if (/<(p|br|div|h[1-6]|li)\b/i.test(body)) {
    const doc = parseDocument(body, { decodeEntities: true, lowerCaseTags: true });
    return toBlocks(doc).map((b) => ({ text: b.text, role: b.role }));
  }
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n+/)
    .map((p) => p.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .map((text) => ({ text, role: 'paragraph' as const }));
}
