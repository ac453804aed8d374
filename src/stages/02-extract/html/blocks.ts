/**
 * Cuts a (pruned) DOM into text blocks, the units that content selection scores and keeps
 * or drops: one block per run of inline content between block-level boundaries, as
 * boilerpipe and jusText do. Each block remembers the element that holds it, its
 * structural role, and how much of its text sits inside links.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { isTag, isText } from 'domhandler';
import type { BlockRole } from '../../../core/annotations.js';
import { textOf } from './dom.js';

/** Elements that start a new block (their content never runs into a neighbour's). */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'amp-img',
  'noscript',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Past this depth a subtree is read as flat text: no real article nests deeper. */
const MAX_DEPTH = 400;

export interface TextBlock {
  /** Position in document order. */
  readonly index: number;
  readonly text: string;
  /** Characters of `text` that sit inside `<a href>` elements. */
  readonly linkChars: number;
  /** The block-level element the text belongs to. */
  readonly owner: Element;
  readonly role: BlockRole;
  /** Heading level 1–6, or 0. */
  readonly heading: number;
  /** Inside `<figure>`/`<figcaption>`: a caption or credit, not body text. */
  readonly inFigure: boolean;
  /** Inside `<li>` (lists of links are the classic navigation shape). */
  readonly inList: boolean;
}

interface Frame {
  readonly node: AnyNode;
  readonly depth: number;
  /** Set when the frame closes an element rather than opening one. */
  readonly closing?: Element;
}

interface Context {
  linkDepth: number;
  preDepth: number;
  headingLevel: number[];
  quoteDepth: number;
  listDepth: number;
  figureDepth: number;
}

export function toBlocks(root: ParentNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  const ctx: Context = {
    linkDepth: 0,
    preDepth: 0,
    headingLevel: [],
    quoteDepth: 0,
    listDepth: 0,
    figureDepth: 0,
  };
  const owners: Element[] = [];
  let parts: string[] = [];
  let linkChars = 0;

  const flush = () => {
    if (parts.length === 0) return;
    const rawText = parts.join('');
    parts = [];
    const links = linkChars;
    linkChars = 0;
    const pre = ctx.preDepth > 0;
    const text = pre ? trimPre(rawText) : collapseText(rawText);
    if (text.length === 0) return;
    const owner = owners[owners.length - 1];
    if (!owner) return;
    const heading = ctx.headingLevel[ctx.headingLevel.length - 1] ?? 0;
    const role: BlockRole = pre
      ? 'preformatted'
      : heading > 0
        ? 'heading'
        : ctx.quoteDepth > 0
          ? 'blockquote'
          : ctx.listDepth > 0
            ? 'list-item'
            : 'paragraph';
    blocks.push({
      index: blocks.length,
      text,
      linkChars: Math.min(links, text.length),
      owner,
      role,
      heading,
      inFigure: ctx.figureDepth > 0,
      inList: ctx.listDepth > 0,
    });
  };

  const stack: Frame[] = [];
  if (isTag(root)) owners.push(root);
  for (let i = root.children.length - 1; i >= 0; i--) stack.push({ node: root.children[i]!, depth: 1 });
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.closing) {
      close(frame.closing);
      continue;
    }
    const node = frame.node;
    if (isText(node)) {
      const data = node.data;
      parts.push(data);
      if (ctx.linkDepth > 0) linkChars += collapseText(data).length + 1;
      continue;
    }
    if (!isTag(node)) continue;
    const name = node.name;
    if (name === 'br') {
      flush();
      continue;
    }
    if (name === 'script' || name === 'style') continue;
    if (frame.depth > MAX_DEPTH) {
      // Absurdly deep markup: read what is left of this subtree as flat text.
      parts.push(` ${textOf(node)} `);
      continue;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) {
      flush();
      owners.push(node);
    }
    open(node);
    stack.push({ node, depth: frame.depth, closing: node });
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, depth: frame.depth + 1 });
  }
  flush();
  return blocks;

  function open(el: Element): void {
    const n = el.name;
    if (n === 'a' && el.attribs.href !== undefined) ctx.linkDepth++;
    else if (n === 'pre') ctx.preDepth++;
    else if (HEADINGS.has(n)) ctx.headingLevel.push(Number(n[1]));
    else if (n === 'blockquote') ctx.quoteDepth++;
    else if (n === 'li' || n === 'dd' || n === 'dt') ctx.listDepth++;
    else if (n === 'figure' || n === 'figcaption') ctx.figureDepth++;
  }

  function close(el: Element): void {
    const n = el.name;
    if (BLOCK_TAGS.has(n) || owners[owners.length - 1] === el) {
      flush();
      if (owners[owners.length - 1] === el) owners.pop();
    }
    if (n === 'a' && el.attribs.href !== undefined) ctx.linkDepth--;
    else if (n === 'pre') ctx.preDepth--;
    else if (HEADINGS.has(n)) ctx.headingLevel.pop();
    else if (n === 'blockquote') ctx.quoteDepth--;
    else if (n === 'li' || n === 'dd' || n === 'dt') ctx.listDepth--;
    else if (n === 'figure' || n === 'figcaption') ctx.figureDepth--;
  }
}

/**
 * Collapses white space. Soft hyphens and other invisible format characters are kept:
 * extraction is faithful to the page, and Unicode clean-up is the clean stage's job.
 */
function collapseText(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}

/** Preformatted text keeps its line structure; only outer blank lines and CRs go. */
function trimPre(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/^\s*\n|\s+$/g, '');
}
