/**
 * Repairs the two tree shapes where htmlparser2 (fast, but not a full HTML5 tree builder)
 * and browsers disagree in ways that matter for extraction:
 *
 * - A heading closed with the wrong end tag (`<h2>…</h3>`): browsers close the heading,
 *   htmlparser2 ignores the stray end tag and nests the rest of the page inside it. A
 *   "heading" holding paragraphs and hundreds of characters is demoted to a `div`.
 * - `<noscript>` holding the article (sites that render with script and give a fallback):
 *   its content is real markup and is kept when it holds prose; other `<noscript>`
 *   (tracking pixels, lazy-image fallbacks) is removed by pruning.
 */
import type { Element, ParentNode } from 'domhandler';
import { textOf, walkElements } from './dom.js';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCK_CHILDREN = new Set(['p', 'div', 'section', 'article', 'table', 'ul', 'ol', 'blockquote']);

/** Longest text a heading may hold and still be read as one when it contains blocks. */
const MAX_HEADING_WITH_BLOCKS = 300;

export function repairTree(root: ParentNode): void {
  const demote: Element[] = [];
  walkElements(root, (el) => {
    if (HEADINGS.has(el.name) && hasBlockDescendant(el) && textOf(el).length > MAX_HEADING_WITH_BLOCKS) {
      demote.push(el);
    }
    return true;
  });
  for (const el of demote) el.name = 'div';
}

function hasBlockDescendant(el: Element): boolean {
  let found = false;
  walkElements(el, (d) => {
    if (found) return false;
    if (BLOCK_CHILDREN.has(d.name)) found = true;
    return !found;
  });
  return found;
}
