/**
 * Main-content selection over text blocks, in two steps:
 *
 * 1. **Find the article container.** Every block gets a value — positive for prose (long,
 *    few links, sentence punctuation), negative for link lists and menus — and each element
 *    scores the sum over the blocks beneath it, nudged by its class/id and tag. The element
 *    with the best score is the container (a maximum-subtree search: a parent wins only when
 *    what it adds is worth more than it costs).
 * 2. **Keep the article's blocks.** Inside the container, blocks are classed good / bad /
 *    short, jusText-style; short blocks survive only between good ones (subheads, short
 *    paragraphs), bad ones (link-dense, boilerplate phrases, captions) never.
 */
import type { Element } from 'domhandler';
import { isTag } from 'domhandler';
import type { TextBlock } from './blocks.js';
import { classAndId } from './dom.js';
import { isBoilerplateText } from './phrases.js';

const POSITIVE_NAME =
  /article|body|content|entry|main|post|story|text|blog|hentry|h-entry|prose|field-item|news/;
const NEGATIVE_NAME =
  /comment|sidebar|footer|header|nav|menu|related|promo|teaser|widget|list|card|tile|slider|carousel/;

export interface BlockStats {
  readonly value: number;
  readonly good: boolean;
}

/** How much a block looks like article prose (>0) or furniture (<0). */
export function blockValue(b: TextBlock): number {
  const len = b.text.length;
  const density = b.linkChars / Math.max(1, len);
  if (density > 0.5) return -0.75 * len - 10;
  if (b.inFigure) return -0.25 * len;
  const plain = len - b.linkChars;
  if (b.heading > 0) return 0;
  if (len >= 80 && density < 0.35) return plain * (endsLikeSentence(b.text) ? 1 : 0.7);
  if (len >= 30 && endsLikeSentence(b.text) && density < 0.2) return plain * 0.6;
  if (b.owner.name === 'td' || b.owner.name === 'th') return 0;
  return b.inList ? -5 : -2;
}

export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;"”»“'’)\]]$/.test(text);
}

/** Picks the element that holds the article. Returns null when no block looks like prose. */
export function findContainer(blocks: readonly TextBlock[]): Element | null {
  const score = new Map<Element, number>();
  const prose = new Map<Element, number>();
  for (const b of blocks) {
    const v = blockValue(b);
    let el: Element | null = b.owner;
    while (el) {
      score.set(el, (score.get(el) ?? 0) + v);
      if (v > 0) prose.set(el, (prose.get(el) ?? 0) + v);
      const p: unknown = el.parent;
      el = p && isTag(p as Element) ? (p as Element) : null;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of score) {
    if (raw <= 0) continue;
    const s = raw * nameWeight(el);
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}

function nameWeight(el: Element): number {
  let w = 1;
  if (el.name === 'article' || el.name === 'main') w *= 1.1;
  const attrs = el.attribs;
  if (attrs.itemprop === 'articleBody' || attrs.itemprop === 'text') w *= 1.25;
  const names = classAndId(el);
  if (names) {
    if (POSITIVE_NAME.test(names)) w *= 1.1;
    if (NEGATIVE_NAME.test(names)) w *= 0.85;
  }
  return w;
}

export type BlockClass = 'good' | 'short' | 'bad';

export function classify(b: TextBlock): BlockClass {
  const len = b.text.length;
  const density = b.linkChars / Math.max(1, len);
  if (b.inFigure) return 'bad';
  if (isBoilerplateText(b.text)) return 'bad';
  if (density > 0.5) return 'bad';
  if (b.inList && density > 0.3) return 'bad';
  if (b.heading > 0) return 'short';
  if (len >= 70 && density < 0.25) return 'good';
  if (len >= 40 && density < 0.1 && endsLikeSentence(b.text)) return 'good';
  return 'short';
}

function isInside(el: Element, container: Element): boolean {
  let p: Element | null = el;
  while (p) {
    if (p === container) return true;
    const parent: unknown = p.parent;
    p = parent && isTag(parent as Element) ? (parent as Element) : null;
  }
  return false;
}

/**
 * The blocks of the article: those inside the container, minus bad ones, with short
 * blocks kept only where good text follows them (a subhead) or surrounds them.
 */
export function selectBlocks(blocks: readonly TextBlock[], container: Element): TextBlock[] {
  const inside = blocks.filter((b) => isInside(b.owner, container));
  const classes = inside.map(classify);
  const firstGood = classes.indexOf('good');
  if (firstGood < 0) return inside.filter((_, i) => classes[i] !== 'bad');
  const lastGood = classes.lastIndexOf('good');
  const keep: TextBlock[] = [];
  for (let i = 0; i < inside.length; i++) {
    const c = classes[i]!;
    const b = inside[i]!;
    if (c === 'good') keep.push(b);
    else if (c === 'short') {
      if (i > firstGood && i < lastGood) keep.push(b);
      else if (i < firstGood && b.heading > 1 && nextGoodWithin(classes, i, 2)) keep.push(b);
      else if (i > lastGood && i - lastGood <= 2 && looksLikeClosingSentence(b)) keep.push(b);
    }
  }
  return keep;
}

function nextGoodWithin(classes: readonly BlockClass[], i: number, n: number): boolean {
  for (let j = i + 1; j <= i + n && j < classes.length; j++) if (classes[j] === 'good') return true;
  return false;
}

function looksLikeClosingSentence(b: TextBlock): boolean {
  return b.heading === 0 && b.linkChars === 0 && /\s/.test(b.text) && /[.!?"”]$/.test(b.text);
}
