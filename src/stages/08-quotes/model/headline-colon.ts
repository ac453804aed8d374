/**
 * A headline that gives a speaker and what they said around a colon (`Pence: Flowers
 * Won't Be at Debate`, `Poll: Wealthy Voters Abandon Republican Party`). PolNeAR
 * annotates the label as the source, the colon as the cue and the rest as the content;
 * the tagger, trained mostly on running text, reads a title-case line poorly (it found
 * 4 of 7 on dev). On PolNeAR train, 66 of the 78 headlines of this shape are such an
 * attribution, 62 with exactly this content and 64 with this source; the others open
 * with a kicker (`Breaking:`, `Wow:`), which the shape leaves out.
 */
import type { Span } from '../../../core/span.js';
import type { SignedQuotation } from './signed-quotations.js';

/**
 * One to four capitalised words (not all in capitals: `BREAKING:`, `FIX IS IN:`), a colon,
 * and at least three words after it.
 */
const HEADLINE = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}):[ \t]+(?=\S+\s+\S+\s+\S)/u;

/** Labels that open a headline without being anyone's words (`Breaking:`, `The Latest:`). */
const KICKERS = new Set([
  'breaking',
  'wow',
  'revealed',
  'look',
  'bombshell',
  'watch',
  'exclusive',
  'update',
  'just leaked',
  'busted',
  'boom',
  'video',
  'photos',
]);

/** The attribution a headline (the document's first paragraph, one line) states with a colon, if any. */
export function headlineColon(text: string, paragraphs: readonly Span[]): SignedQuotation | null {
  const head = paragraphs[0];
  if (!head) return null;
  const line = text.slice(head.start, head.end);
  if (line.includes('\n')) return null;
  const m = HEADLINE.exec(line);
  if (!m) return null;
  const label = m[1]!;
  if (!/\p{Ll}/u.test(label) || /^The\s/u.test(label) || KICKERS.has(label.toLowerCase())) return null;
  const colon = head.start + label.length;
  return {
    source: { start: head.start, end: colon },
    cue: { start: colon, end: colon + 1 },
    content: { start: head.start + m[0].length, end: head.start + contentEnd(line) },
  };
}

/** PolNeAR's contents stop before a final semicolon, or a final period unless a quotation closes before it. */
function contentEnd(line: string): number {
  let end = line.trimEnd().length;
  if (line[end - 1] === ';' || (line[end - 1] === '.' && !/["”’']/u.test(line[end - 2] ?? ''))) end--;
  return line.slice(0, end).trimEnd().length;
}
