/**
 * HTML → article: parses the page, reads its metadata from the untouched DOM, prunes the
 * furniture, cuts the rest into blocks, finds the article container and keeps its
 * blocks; falls back to (or prefers) JSON-LD `articleBody` when the markup yields less.
 * Never throws: any failure becomes an empty result with a reason.
 */
import type { Document, Element } from 'domhandler';
import { describeError } from '../../../core/errors.js';
import type { ArticleMeta } from '../../../core/meta.js';
import { readJsonLd } from '../meta/json-ld.js';
import { chooseLanguage } from '../meta/language.js';
import { collectPageSignals } from '../meta/page-signals.js';
import { readMeta } from '../meta/read-meta.js';
import { type TextBlock, toBlocks } from './blocks.js';
import { findContainer, isInside, selectBlocks } from './content.js';
import { findFirst } from './dom.js';
import { articleBodyBlocks, type PlainBlock } from './json-ld-body.js';
import { parseHtml } from './parse.js';
import { proseLength, prune } from './prune.js';
import { repairTree } from './repair.js';
import { pictureHosts, scraperTraceLine } from './scraper-traces.js';

export interface ExtractedSignal {
  readonly kind: 'canonical-url' | 'publisher' | 'image-host';
  readonly value: string;
  readonly detail: string | null;
}

/** A scraper's trace the extractor left out of the article, and where it stood. */
export interface TraceLine {
  /** How many of `blocks` come before it. */
  readonly at: number;
  readonly text: string;
}

export interface HtmlExtraction {
  readonly blocks: PlainBlock[];
  /**
   * Photo credits and source links a scraper left in the body it copied, dropped from
   * `blocks` as furniture but kept for cleanup to set aside as debris (scraper-traces.ts).
   */
  readonly traces: TraceLine[];
  readonly meta: ArticleMeta;
  readonly signals: ExtractedSignal[];
  /** Where the body came from: the markup, JSON-LD `articleBody`, or nowhere. */
  readonly method: 'dom' | 'json-ld' | 'none';
  /** Why the body is empty (or was cut), for callers that report it. */
  readonly reason: string | null;
}

export interface ExtractHtmlOptions {
  /** The page's own URL (resolves relative links, dates in the URL). */
  readonly url?: string | null;
}

export function extractHtml(html: string, options: ExtractHtmlOptions = {}): HtmlExtraction {
  try {
    return extract(html, options);
  } catch (error) {
    return {
      blocks: [],
      meta: emptyMetaWithUrl(options.url ?? null),
      traces: [],
      signals: [],
      method: 'none',
      reason: `extraction failed: ${describeError(error)}`,
    };
  }
}

function extract(html: string, options: ExtractHtmlOptions): HtmlExtraction {
  const { document, truncated } = parseHtml(html);
  const page = collectPageSignals(document);
  const ld = readJsonLd(page.jsonLd);
  const reading = readMeta(page, ld, options.url ?? null);

  const body = bodyBlocks(document, options.url ?? null);
  const normTitle = normalise(reading.meta.title ?? '');
  const isTitle = (b: TextBlock, i: number) =>
    i < 3 && b.heading > 0 && normTitle !== '' && normalise(b.text) === normTitle;
  const kept = body.blocks.filter((b, i) => !isTitle(b, i));
  const fromDom: PlainBlock[] = kept.map((b) => ({ text: b.text, role: b.role }));

  let blocks = fromDom;
  let method: HtmlExtraction['method'] = fromDom.length > 0 ? 'dom' : 'none';
  const ldBlocks = ld?.articleBody ? articleBodyBlocks(ld.articleBody) : [];
  if (preferJsonLd(fromDom, ldBlocks)) {
    blocks = ldBlocks;
    method = 'json-ld';
  }

  const traces = method === 'dom' ? placeTraces(kept, body.traces) : [];
  const text = blocks.map((b) => b.text).join('\n\n');
  const language = chooseLanguage(reading.declaredLanguages, text);
  const meta: ArticleMeta = { ...reading.meta, language };
  const reason =
    blocks.length === 0
      ? 'no article text found in the page'
      : truncated
        ? 'page was cut to its first 6 million characters'
        : null;
  const signals = signalsOf(meta);
  for (const host of body.pictureHosts)
    if (!signals.some((s) => s.kind === 'image-host' && s.value === host))
      signals.push({ kind: 'image-host', value: host, detail: 'picture in the article' });
  return { blocks, traces, meta, signals, method, reason };
}

interface BodyBlocks {
  readonly blocks: TextBlock[];
  /** Scraper traces among the dropped blocks of the container, with their lines. */
  readonly traces: readonly { readonly block: TextBlock; readonly line: string }[];
  readonly pictureHosts: readonly string[];
}

/** Each trace's place among the kept blocks (document order). */
function placeTraces(kept: readonly TextBlock[], traces: BodyBlocks['traces']): TraceLine[] {
  return traces.map(({ block, line }) => ({
    at: kept.filter((k) => k.index < block.index).length,
    text: line,
  }));
}

/** The article's blocks from the markup (empty when nothing looks like prose), and the scraper's traces among the rest. */
function bodyBlocks(document: Document, url: string | null): BodyBlocks {
  const body: Element | Document = findFirst(document, 'body') ?? document;
  repairTree(body);
  prune(body, { pageTextLength: proseLength(body) });
  const blocks = toBlocks(body);
  const container = findContainer(blocks);
  if (!container) return { blocks: [], traces: [], pictureHosts: [] };
  const selected = selectBlocks(blocks, container);
  const chosen = new Set(selected);
  const traces: { block: TextBlock; line: string }[] = [];
  for (const block of blocks) {
    if (chosen.has(block) || !isInside(block.owner, container)) continue;
    const line = scraperTraceLine(block, url);
    if (line !== null) traces.push({ block, line });
  }
  return { blocks: selected, traces, pictureHosts: pictureHosts(container, url) };
}

function charCount(blocks: readonly PlainBlock[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.length;
  return n;
}

/**
 * JSON-LD `articleBody` wins when the markup gave clearly less text (a teaser, a page
 * rendered by script) — a complete body in JSON-LD is the publisher's own statement.
 */
function preferJsonLd(dom: readonly PlainBlock[], ld: readonly PlainBlock[]): boolean {
  const ldChars = charCount(ld);
  if (ldChars < 200) return false;
  const domChars = charCount(dom);
  return domChars < ldChars * 0.6;
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function signalsOf(meta: ArticleMeta): ExtractedSignal[] {
  const out: ExtractedSignal[] = [];
  if (meta.canonicalUrl) out.push({ kind: 'canonical-url', value: meta.canonicalUrl, detail: null });
  if (meta.publisher)
    out.push({ kind: 'publisher', value: meta.publisher, detail: 'site name (JSON-LD or OpenGraph)' });
  if (meta.image) {
    try {
      out.push({ kind: 'image-host', value: new URL(meta.image.url).hostname, detail: 'lead image' });
    } catch {
      // An unparsable image URL says nothing about hosts.
    }
  }
  return out;
}

function emptyMetaWithUrl(url: string | null): ArticleMeta {
  return {
    title: null,
    authors: [],
    published: null,
    modified: null,
    publisher: null,
    url,
    canonicalUrl: null,
    language: null,
    image: null,
  };
}
