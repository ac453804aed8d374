/**
 * The traces a scraper leaves in the body it copied: the photo credit that stood under a
 * picture ("Hristo Rusev | Getty Images"), the link back to the page it took ("Source
 * link"), and pictures hot-linked from the original's image host. When a copy arrives as
 * plain text these are lines, and cleanup (03-clean) sets them aside as debris and reads
 * where the story came from; in a page, main-content selection drops the lines as
 * furniture and the link targets and image addresses are attributes no block text holds.
 * So the extractor hands the lines on, in place, for cleanup to judge as it judges the text
 * path's, an anchor written with its target ("Source link: https://…"), and names the
 * hosts of the article's pictures.
 *
 * A `<figure>` is the publisher's own markup, not a scraper's flattening: its caption and
 * credit stay out, as before.
 */
import type { Element } from 'domhandler';
import { imageSource } from '../meta/page-signals.js';
import type { TextBlock } from './blocks.js';
import { absoluteWebUrl, attr, walkElements } from './dom.js';
import { PHOTO_CREDIT_LABEL, PHOTO_CREDIT_TAIL } from './phrases.js';

/** "Source link", "Source:", "Original article", "Read the original" — a line that names the copied page. */
const SOURCE_LINE =
  /^(?:source(?: link| url)?|original (?:link|article|story|source|post)|link to (?:the )?source|read the original(?: article| story)?)\s*[:|–-]?\s*/iu;

/** Longer lines are prose that happens to open like one. */
const MAX_LINE = 160;

/**
 * The line a dropped block stands for, when it is a scraper's trace rather than page
 * furniture; null otherwise.
 */
export function scraperTraceLine(block: TextBlock, baseUrl: string | null): string | null {
  if (block.inFigure || block.heading > 0 || block.text.length > MAX_LINE) return null;
  const text = block.text;
  const label = SOURCE_LINE.exec(text);
  if (label) {
    // A bare label ("Source link") is the anchor's whole message: its target is the trace.
    // A line that names the source ("Source: Coastal Courier") says it in words already.
    if (label[0].length < text.length) return text;
    const href = linkTarget(block.owner, baseUrl);
    if (href === null) return text;
    return /[:|–-]\s*$/u.test(text) ? `${text} ${href}` : `${text}: ${href}`;
  }
  if (PHOTO_CREDIT_TAIL.test(text) || PHOTO_CREDIT_LABEL.test(text)) return text;
  return null;
}

/** The first web address an anchor in `el` points to, made absolute. */
function linkTarget(el: Element, baseUrl: string | null): string | null {
  let found: string | null = null;
  walkElements(el, (child) => {
    if (found !== null) return false;
    if (child.name === 'a') found = absoluteWebUrl(attr(child, 'href'), baseUrl);
    return true;
  });
  if (found === null && el.name === 'a') found = absoluteWebUrl(attr(el, 'href'), baseUrl);
  return found;
}

/** The distinct hosts of the pictures inside the article container, in document order. */
export function pictureHosts(container: Element, baseUrl: string | null): string[] {
  const hosts: string[] = [];
  walkElements(container, (el) => {
    if (el.name !== 'img' && el.name !== 'amp-img') return true;
    const url = absoluteWebUrl(imageSource(el), baseUrl);
    const host = url === null ? null : new URL(url).hostname;
    if (host !== null && !hosts.includes(host)) hosts.push(host);
    return false;
  });
  return hosts;
}
