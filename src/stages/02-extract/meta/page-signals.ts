/**
 * One pass over the unpruned DOM that gathers everything metadata is read from: `<meta>`
 * tags, `<link rel>`, `<html lang>`, `<title>`, JSON-LD scripts, the first `<h1>`,
 * `<time>` elements, byline-like elements, `rel=author` links and figures (for the lead
 * image's caption and credit). Reading them all at once keeps the cost to one walk.
 */
import type { Document, Element } from 'domhandler';
import { isTag } from 'domhandler';
import { attr, classAndId, findFirst, textOf, walkElements } from '../html/dom.js';

export interface FigureInfo {
  readonly src: string;
  readonly caption: string | null;
  readonly credit: string | null;
}

export interface PageSignals {
  /** `<meta>` content by lower-cased name/property/itemprop; first occurrence wins. */
  readonly meta: Map<string, string>;
  readonly canonical: string | null;
  readonly relAuthors: string[];
  readonly htmlLang: string | null;
  readonly title: string | null;
  readonly h1: string[];
  readonly jsonLd: string[];
  /** `datetime` of `<time>` elements, with whether they look like the publication date. */
  readonly times: { value: string; published: boolean; modified: boolean }[];
  readonly bylines: string[];
  /** Short texts of elements named like a date line (`class="date"`, `entry-date`…). */
  readonly dateLines: string[];
  readonly figures: FigureInfo[];
  readonly itemprops: Map<string, string>;
  /** The page's visible text up to {@link HEAD_TEXT_CHARS}, computed on demand (last-resort date search). */
  readonly headText: () => string;
}

/** How much of the page's text the last-resort date search reads. */
const HEAD_TEXT_CHARS = 4000;

const BYLINE_NAME =
  /(^|[\s_-])(byline|by-?line|author|autor|writer|article-?author|post-?author|contributor|creator)([\s_-]|$|s\b|name)/;
const DATE_NAME =
  /(^|[\s_-])(date|datum|time|timestamp|published|posted|pubdate|dateline|meta|post-?meta|entry-?meta)([\s_-]|$)/;

export function collectPageSignals(document: Document): PageSignals {
  const meta = new Map<string, string>();
  const itemprops = new Map<string, string>();
  const relAuthors: string[] = [];
  const jsonLd: string[] = [];
  const h1: string[] = [];
  const times: PageSignals['times'] = [];
  const bylines: string[] = [];
  const dateLines: string[] = [];
  const figures: FigureInfo[] = [];
  let canonical: string | null = null;
  let htmlLang: string | null = null;
  let title: string | null = null;

  walkElements(document, (el) => {
    const a = el.attribs;
    switch (el.name) {
      case 'html':
        htmlLang = a.lang ?? a['xml:lang'] ?? null;
        break;
      case 'meta': {
        const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').trim().toLowerCase();
        const content = a.content ?? a.value;
        if (key && content?.trim() && !meta.has(key)) meta.set(key, content.trim());
        return false;
      }
      case 'link': {
        const rel = (a.rel ?? '').toLowerCase();
        if (rel.split(/\s+/).includes('canonical') && a.href && !canonical) canonical = a.href.trim();
        if (rel.split(/\s+/).includes('author') && a.href) relAuthors.push(a.href);
        return false;
      }
      case 'title':
        if (title === null && !hasSvgAncestor(el)) title = textOf(el);
        return false;
      case 'script':
        if (/ld\+json/i.test(a.type ?? '')) jsonLd.push(rawText(el));
        return false;
      case 'style':
        return false;
      case 'h1':
        if (h1.length < 3) h1.push(textOf(el));
        break;
      case 'time': {
        const value = a.datetime ?? a.content ?? textOf(el);
        const names =
          `${classAndId(el)} ${a.itemprop ?? ''} ${a.pubdate !== undefined ? 'pubdate' : ''}`.toLowerCase();
        if (value && times.length < 20) {
          times.push({
            value,
            published: /publish|pubdate|posted|created|datepublished/.test(names),
            modified: /modif|update/.test(names),
          });
        }
        break;
      }
      case 'a':
        if ((a.rel ?? '').toLowerCase().split(/\s+/).includes('author')) relAuthors.push(textOf(el));
        break;
      case 'figure': {
        const info = figureInfo(el);
        if (info && figures.length < 10) figures.push(info);
        break;
      }
      default:
        break;
    }
    if (a.itemprop) {
      const prop = a.itemprop.toLowerCase();
      if (!itemprops.has(prop)) {
        const value = a.content ?? a.datetime ?? (prop === 'author' || prop === 'name' ? textOf(el) : '');
        if (value) itemprops.set(prop, value.trim());
      }
    }
    const names = classAndId(el);
    if (names) {
      if (bylines.length < 5 && BYLINE_NAME.test(names) && !/comment/.test(names)) {
        const t = textOf(el);
        if (t.length > 1 && t.length < 120) bylines.push(t);
      }
      if (dateLines.length < 8 && DATE_NAME.test(names)) {
        const t = textOf(el);
        if (t.length > 5 && t.length < 120) dateLines.push(t);
      }
    }
    return true;
  });

  return {
    meta,
    canonical,
    relAuthors,
    htmlLang,
    title,
    h1,
    jsonLd,
    times,
    bylines,
    dateLines,
    figures,
    itemprops,
    headText: () => {
      const body = findFirst(document, 'body');
      return body ? textOf(body).slice(0, HEAD_TEXT_CHARS) : '';
    },
  };
}

function rawText(el: Element): string {
  return el.children.map((c) => ('data' in c ? String((c as { data: unknown }).data) : '')).join('');
}

function hasSvgAncestor(el: Element): boolean {
  let p = el.parent;
  while (p && isTag(p)) {
    if (p.name === 'svg') return true;
    p = p.parent;
  }
  return false;
}

/** The image of a `<figure>`, its caption and credit (a `credit`-named element or a trailing "Photo: …"). */
function figureInfo(fig: Element): FigureInfo | null {
  const found: { src: string | null; caption: string | null; credit: string | null } = {
    src: null,
    caption: null,
    credit: null,
  };
  walkElements(fig, (el) => {
    if (!found.src && (el.name === 'img' || el.name === 'amp-img' || el.name === 'source')) {
      found.src = imageSource(el);
    }
    if (el.name === 'figcaption' && found.caption === null) found.caption = textOf(el) || null;
    const names = classAndId(el);
    if (found.credit === null && /credit|copyright|photographer|source/.test(names))
      found.credit = textOf(el) || null;
    return true;
  });
  const { src, credit } = found;
  let { caption } = found;
  if (!src) return null;
  if (caption && credit && caption.endsWith(credit))
    caption = caption.slice(0, -credit.length).trim() || null;
  return { src, caption, credit };
}

/** The real source of an image, including lazy-loading attributes. */
export function imageSource(el: Element): string | null {
  for (const key of ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'src']) {
    const v = attr(el, key).trim();
    if (v && !v.startsWith('data:')) return v;
  }
  const set = attr(el, 'srcset') || attr(el, 'data-srcset');
  const first = set.split(',')[0]?.trim().split(/\s+/)[0];
  return first && !first.startsWith('data:') ? first : null;
}
