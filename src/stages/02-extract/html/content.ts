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
import { endMarker, isBoilerplateText } from './phrases.js';
import { excerptBlocks, teaserBlocks } from './teasers.js';

const POSITIVE_NAME =
  /article|body|content|entry|main|post|story|text|blog|hentry|h-entry|prose|field-item|news/;
const NEGATIVE_NAME =
  /comment|sidebar|footer|header|nav|menu|related|promo|teaser|widget|list|card|tile|slider|carousel/;

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
  // Long sentences that open with a link (news round-ups, "10 things" lists) are prose.
  if (len >= 150 && endsLikeSentence(b.text)) return plain * 0.7;
  if (b.owner.name === 'td' || b.owner.name === 'th') return 0;
  // Short plain lines with a few words (schedules, addresses, verse) count a little;
  // menus are links and stay negative.
  if (!b.inList && density < 0.1 && b.text.split(' ').length >= 3) return 0.25 * plain;
  return b.inList ? -5 : -2;
}

export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;"”»“'’)\]]$/.test(text);
}

/** Picks the element that holds the article. Returns null when no block looks like prose. */
export function findContainer(blocks: readonly TextBlock[]): Element | null {
  const score = new Map<Element, number>();
  const teasers = teaserBlocks(blocks);
  for (const b of excerptBlocks(blocks)) teasers.add(b);
  for (const b of blocks) {
    const v = teasers.has(b) ? -0.3 * b.text.length : blockValue(b);
    let el: Element | null = b.owner;
    while (el) {
      score.set(el, (score.get(el) ?? 0) + v);
      const p: unknown = el.parent;
      el = p && isTag(p as Element) ? (p as Element) : null;
    }
  }
  const best = argmax(score);
  return best ?? findTextRegion(blocks);
}

/** The element with the best positive score, weighted by its name; null when none is positive. */
function argmax(score: ReadonlyMap<Element, number>): Element | null {
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

/**
 * Fallback for pages without prose paragraphs (result tables, schedules, short-line
 * pages): the region with the most text outside links, links counted against it.
 */
function findTextRegion(blocks: readonly TextBlock[]): Element | null {
  const score = new Map<Element, number>();
  for (const b of blocks) {
    if (b.inFigure) continue;
    const v = b.text.length - 2 * b.linkChars - 3;
    for (let el: Element | null = b.owner; el; ) {
      score.set(el, (score.get(el) ?? 0) + v);
      const p: unknown = el.parent;
      el = p && isTag(p as Element) ? (p as Element) : null;
    }
  }
  return argmax(score);
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
  if (isBoilerplateText(b.text) || endMarker(b.text) !== null) return 'bad';
  if (density > 0.5) return 'bad';
  if (len >= 150 && endsLikeSentence(b.text) && b.heading === 0) return 'good';
  if (b.inList && density > 0.3) return 'bad';
  if (b.heading > 0) return 'short';
  if (len >= 70 && density < 0.25) return 'good';
  if (len >= 40 && density < 0.1 && endsLikeSentence(b.text)) return 'good';
  return 'short';
}

export function isInside(el: Element, container: Element): boolean {
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
  const excerpts = excerptBlocks(blocks);
  const within = blocks.filter((b) => isInside(b.owner, container) && !excerpts.has(b));
  const inside = cutAtEndMarker(leadBefore(blocks, within).concat(within));
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
      if (i > firstGood && i < lastGood) {
        if (!looksLikeCaption(b)) keep.push(b);
      } else if (i < firstGood && b.heading > 1 && nextGoodWithin(classes, i, 2)) keep.push(b);
      else if (i < firstGood && leadsIn(inside, classes, i, firstGood)) keep.push(b);
      else if (i > lastGood && i - lastGood <= 2 && looksLikeClosingSentence(b)) keep.push(b);
      else if (i > lastGood && continuesList(inside, classes, lastGood, i)) keep.push(b);
    }
  }
  return keep;
}

/** Blocks a mid-article "Related" box (a label and a few links) usually spans. */
const RELATED_BOX_BLOCKS = 8;

/**
 * Drops everything from an end marker ("About the author", "Related articles",
 * "Comments"…) on, when it follows the article's prose and little prose comes after it.
 */
function cutAtEndMarker(blocks: TextBlock[]): TextBlock[] {
  let goodBefore = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const marker = goodBefore > 0 ? endMarker(b.text) : null;
    if (marker) {
      let goodAfter = 0;
      let nextGood = -1;
      for (let j = i + 1; j < blocks.length; j++) {
        if (classify(blocks[j]!) !== 'good') continue;
        goodAfter += blocks[j]!.text.length;
        if (nextGood < 0) nextGood = j;
      }
      // "Related" boxes also sit mid-article, with the story going on right after them.
      const storyGoesOn = marker === 'related' && nextGood >= 0 && nextGood - i <= RELATED_BOX_BLOCKS;
      if (goodAfter < goodBefore * 0.5 && !storyGoesOn) return blocks.slice(0, i);
    }
    if (classify(b) === 'good') goodBefore += b.text.length;
  }
  return blocks;
}

function nextGoodWithin(classes: readonly BlockClass[], i: number, n: number): boolean {
  for (let j = i + 1; j <= i + n && j < classes.length; j++) if (classes[j] === 'good') return true;
  return false;
}

/**
 * A plain list right after the article's last paragraph (tour dates, a line-up, steps)
 * belongs to it: every block from there to `i` is a link-free list item.
 */
function continuesList(
  blocks: readonly TextBlock[],
  classes: readonly BlockClass[],
  lastGood: number,
  i: number,
): boolean {
  // A paragraph ending in a colon announces a list, whatever markup the list uses.
  const last = blocks[lastGood]!;
  const announced = last.text.endsWith(':');
  for (let j = lastGood + 1; j <= i; j++) {
    const b = blocks[j]!;
    if (classes[j] === 'bad' || b.linkChars > b.text.length * 0.2) return false;
    // A subhead may introduce the list ("Qualified teams", then the teams).
    if (b.heading > 0) {
      if (blocks[j + 1]?.role !== 'list-item') return false;
      continue;
    }
    // Lines in the same markup as the last paragraph (sibling <p>s) continue it.
    if (b.role !== 'list-item' && !announced && !sameShape(b, last)) return false;
  }
  return true;
}

function firstClass(el: Element): string {
  return (el.attribs.class ?? '').trim().split(/\s+/)[0] ?? '';
}

/**
 * Same markup: the same tag and first class, under the same parent or grandparent
 * (templates wrap each paragraph in its own box, with per-paragraph hash classes after
 * the first).
 */
function sameShape(a: TextBlock, b: TextBlock): boolean {
  if (a.owner.name !== b.owner.name || firstClass(a.owner) !== firstClass(b.owner)) return false;
  const pa = a.owner.parent;
  const pb = b.owner.parent;
  return pa === pb || (pa !== null && pb !== null && pa.parent === pb.parent);
}

/** How many blocks before the container are searched for the article's lead. */
const LEAD_REACH = 4;

/**
 * The standfirst that templates often put just outside the body container (in the
 * article header, after the headline and byline): the nearest prose block within a few
 * blocks before the container, past headings, bylines and dates.
 */
function leadBefore(blocks: readonly TextBlock[], within: readonly TextBlock[]): TextBlock[] {
  const first = within[0];
  if (!first) return [];
  for (let i = first.index - 1; i >= 0 && i >= first.index - LEAD_REACH; i--) {
    const b = blocks[i]!;
    if (b.heading === 1) return [];
    const c = classify(b);
    if (c === 'good') return b.linkChars === 0 && !b.inList ? [b] : [];
    if (c === 'bad' && b.linkChars > b.text.length * 0.5) return [];
  }
  return [];
}

/**
 * Short paragraphs right before the first long one, in the same markup (sibling <p>s)
 * and free of links: a one-line lead ("A half century on, the band is still touring.").
 */
function leadsIn(
  blocks: readonly TextBlock[],
  classes: readonly BlockClass[],
  i: number,
  firstGood: number,
): boolean {
  const first = blocks[firstGood]!;
  for (let j = i; j < firstGood; j++) {
    const b = blocks[j]!;
    if (classes[j] === 'bad' || b.linkChars > 0 || b.heading > 0) return false;
    if (!sameShape(b, first)) return false;
  }
  return blocks[i]!.text.split(' ').length >= 4;
}

/** Elements whose short lines are data (table cells, paragraphs), not stray captions. */
const CAPTION_FREE_OWNERS = new Set(['p', 'td', 'th', 'dd', 'dt', 'pre']);

/**
 * A short unpunctuated line in running text that is not a heading or list item: the
 * shape of a photo caption or credit left outside its <figure>.
 */
function looksLikeCaption(b: TextBlock): boolean {
  return (
    b.heading === 0 &&
    !b.inList &&
    b.role === 'paragraph' &&
    b.text.length < 100 &&
    !/[.!?:;…"”»)]$/.test(b.text) &&
    /\s/.test(b.text) &&
    !CAPTION_FREE_OWNERS.has(b.owner.name)
  );
}

function looksLikeClosingSentence(b: TextBlock): boolean {
  return b.heading === 0 && b.linkChars === 0 && /\s/.test(b.text) && /[.!?"”]$/.test(b.text);
}
