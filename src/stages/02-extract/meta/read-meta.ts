/**
 * Article metadata from the page's signals, in order of trust: JSON-LD, then OpenGraph
 * and other `<meta>` tags, then microdata and `<time>` elements, then bylines and
 * `rel=author`, then dates in the URL, then visible date lines.
 */
import type { ArticleMeta, LeadImage } from '../../../core/meta.js';
import { absoluteWebUrl } from '../html/dom.js';
import { dedupe, hasBylinePrefix, isPlausibleName, splitAuthors } from './authors.js';
import { dateFromUrl, normaliseDate, parseHumanDate } from './dates.js';
import type { JsonLdArticle } from './json-ld.js';
import type { PageSignals } from './page-signals.js';

const PUBLISHED_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'article.published',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'dc.date.created',
  'date',
  'citation_publication_date',
  'originalpublicationdate',
  'article_date_original',
  'cxenseparse:recs:publishtime',
];
const MODIFIED_KEYS = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'last-modified',
  'dcterms.modified',
  'dc.date.modified',
];
const AUTHOR_KEYS = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'byl',
  'twitter:creator:name',
  'citation_author',
];

export interface MetaReading {
  readonly meta: Omit<ArticleMeta, 'language'>;
  /** Declared languages in order of trust, for {@link chooseLanguage}. */
  readonly declaredLanguages: (string | null)[];
}

export function readMeta(page: PageSignals, ld: JsonLdArticle | null, pageUrl: string | null): MetaReading {
  const m = page.meta;
  const url = pageUrl ?? absoluteWebUrl(m.get('og:url') ?? null, null);
  const canonicalUrl = absoluteWebUrl(page.canonical, url) ?? absoluteWebUrl(m.get('og:url') ?? null, url);
  const publisher =
    clean(ld?.publisher) ??
    clean(m.get('og:site_name')) ??
    clean(m.get('application-name')) ??
    clean(m.get('publisher')) ??
    clean(m.get('dc.publisher'));
  const title = pickTitle(page, ld, publisher);

  const published =
    ld?.published ??
    firstDate(PUBLISHED_KEYS.map((k) => m.get(k))) ??
    normaliseDate(page.itemprops.get('datepublished')) ??
    firstDate(page.times.filter((t) => t.published).map((t) => t.value)) ??
    firstDate(page.times.filter((t) => !t.modified).map((t) => t.value)) ??
    dateFromUrl(url) ??
    dateFromUrl(canonicalUrl) ??
    firstHumanDate(page.dateLines) ??
    parseHumanDate(page.headText());
  const modified =
    ld?.modified ??
    firstDate(MODIFIED_KEYS.map((k) => m.get(k))) ??
    normaliseDate(page.itemprops.get('datemodified')) ??
    firstDate(page.times.filter((t) => t.modified).map((t) => t.value));

  const authors = pickAuthors(page, ld, publisher);
  const image = pickImage(page, ld, url);

  return {
    meta: { title, authors, published, modified, publisher, url, canonicalUrl, image },
    declaredLanguages: [
      page.htmlLang,
      m.get('content-language') ?? null,
      m.get('og:locale') ?? null,
      ld?.language ?? null,
    ],
  };
}

function clean(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 0 ? t : null;
}

function firstDate(values: readonly (string | null | undefined)[]): string | null {
  for (const v of values) {
    const d = normaliseDate(v);
    if (d) return d;
  }
  return null;
}

function firstHumanDate(lines: readonly string[]): string | null {
  for (const l of lines) {
    const d = parseHumanDate(l);
    if (d) return d;
  }
  return null;
}

const SEPARATOR = /\s+[|–—·•»-]\s+|\s+::?\s+/;
const squash = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Removes the site name from a `Headline | Site` / `Site - Headline` title: the page's
 * own headline (`<h1>`) when the title contains it, else an end segment that is the
 * publisher or short enough to be a site name. A colon is part of headlines, never cut.
 */
function stripSiteName(title: string, h1: readonly string[], publisher: string | null): string {
  for (const h of h1) if (h && h.length >= 10 && squash(title).includes(squash(h))) return h;
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const site = publisher ? squash(publisher) : null;
  const isSite = (p: string) => (site !== null && squash(p) === site) || p.length <= 25;
  if (isSite(parts[parts.length - 1]!)) parts.pop();
  else if (isSite(parts[0]!)) parts.shift();
  return parts.join(' - ').trim() || title;
}

function pickTitle(page: PageSignals, ld: JsonLdArticle | null, publisher: string | null): string | null {
  const m = page.meta;
  const site = publisher ? squash(publisher) : null;
  const candidates = [
    ld?.headline,
    m.get('og:title'),
    m.get('twitter:title'),
    m.get('dc.title'),
    m.get('title'),
    page.itemprops.get('headline'),
  ];
  for (const c of candidates) {
    const t = clean(c);
    // On blogs og:title is often just the site name: then the post's <h1> says more.
    if (t && squash(t) !== site) return stripSiteName(t, page.h1, publisher);
  }
  const h1 = clean(page.h1[0]);
  if (h1 && h1.length >= 5 && squash(h1) !== site) return h1;
  const t = clean(page.title);
  return t ? stripSiteName(t, page.h1, publisher) : h1;
}

function pickAuthors(page: PageSignals, ld: JsonLdArticle | null, publisher: string | null): string[] {
  const notPublisher = (n: string) => !publisher || n.toLowerCase() !== publisher.toLowerCase();
  const fromLd = dedupe((ld?.authors ?? []).flatMap((a) => splitAuthors(a))).filter(notPublisher);
  if (fromLd.length > 0) return fromLd;
  for (const key of AUTHOR_KEYS) {
    const names = splitAuthors(page.meta.get(key)).filter(notPublisher);
    if (names.length > 0) return names;
  }
  const prop = splitAuthors(page.itemprops.get('author')).filter(notPublisher);
  if (prop.length > 0) return prop;
  const rel = dedupe(page.relAuthors.flatMap((r) => splitAuthors(r))).filter(notPublisher);
  if (rel.length > 0) return rel;
  for (const line of page.bylines) {
    // A visible byline naming the site itself is right on personal blogs: no publisher filter.
    // One-word names (blog handles) only where the line says it is a byline.
    const prefixed = hasBylinePrefix(line);
    const names = splitAuthors(line).filter((n) => isPlausibleName(n) && (prefixed || /\s/.test(n)));
    if (names.length > 0 && names.length <= 4) return names;
  }
  return [];
}

function fileName(u: string): string {
  const path = u.split(/[?#]/)[0] ?? u;
  return path.slice(path.lastIndexOf('/') + 1).toLowerCase();
}

function pickImage(page: PageSignals, ld: JsonLdArticle | null, base: string | null): LeadImage | null {
  const m = page.meta;
  const raw =
    ld?.image?.url ??
    m.get('og:image') ??
    m.get('og:image:url') ??
    m.get('twitter:image') ??
    m.get('twitter:image:src') ??
    page.figures[0]?.src ??
    null;
  const url = absoluteWebUrl(raw, base) ?? null;
  if (!url) return null;
  const name = fileName(url);
  const figure = page.figures.find((f) => fileName(f.src) === name) ?? null;
  const caption = clean(ld?.image?.caption) ?? clean(figure?.caption) ?? clean(m.get('og:image:alt')) ?? null;
  const credit = clean(ld?.image?.credit) ?? clean(figure?.credit) ?? null;
  return { url, caption, credit };
}
