/**
 * Reads schema.org JSON-LD (`<script type="application/ld+json">`): finds the object that
 * describes the article (NewsArticle, Article, BlogPosting, Report… also inside `@graph`
 * and arrays) and the page's publisher. Tolerates the usual broken JSON of CMS templates
 * (raw newlines inside strings, trailing commas, HTML comments around the script).
 */
import { normaliseDate } from './dates.js';

export interface JsonLdArticle {
  readonly headline: string | null;
  readonly authors: string[];
  readonly published: string | null;
  readonly modified: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly language: string | null;
  readonly image: { url: string; caption: string | null; credit: string | null } | null;
  readonly articleBody: string | null;
  readonly isArticle: boolean;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /(Article|BlogPosting|Report|Posting|Blog|Review|Recipe|HowTo|Liveblog)$/i;
const PAGE_TYPE = /^(WebPage|ItemPage|AboutPage|ProfilePage|CollectionPage|QAPage)$/i;

/** Parses one script body; null when it is not JSON even after repair. */
export function parseJsonLd(text: string): Json {
  const trimmed = text
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\/\*<!\[CDATA\[\*\/|\/\*\]\]>\*\/$/g, '');
  try {
    return JSON.parse(trimmed) as Json;
  } catch {
    try {
      const repaired = trimmed.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
      return JSON.parse(repaired) as Json;
    } catch {
      return null;
    }
  }
}

function objects(value: Json, out: JsonObject[], depth = 0): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) objects(v, out, depth + 1);
    return;
  }
  out.push(value);
  const graph = value['@graph'];
  if (graph) objects(graph, out, depth + 1);
  const main = value.mainEntity ?? value.mainEntityOfPage;
  if (main && typeof main === 'object') objects(main, out, depth + 1);
}

function types(o: JsonObject): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') {
    const s = v.trim();
    return s.length > 0 ? s : null;
  }
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function nameOf(v: Json | undefined): string[] {
  if (!v) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap((x) => nameOf(x));
  if (typeof v === 'object') {
    const n = str(v.name);
    if (n) return [n];
    const given = str(v.givenName);
    const family = str(v.familyName);
    if (given || family) return [[given, family].filter(Boolean).join(' ')];
  }
  return [];
}

function imageOf(v: Json | undefined): JsonLdArticle['image'] {
  if (!v) return null;
  if (typeof v === 'string') return { url: v, caption: null, credit: null };
  if (Array.isArray(v)) return imageOf(v[0]);
  if (typeof v === 'object') {
    const url = str(v.url) ?? str(v.contentUrl) ?? str(v['@id']);
    if (!url || !/^(https?:)?\/\//.test(url)) return null;
    const credit = str(v.creditText) ?? nameOf(v.copyrightHolder)[0] ?? nameOf(v.author)[0] ?? null;
    return { url, caption: str(v.caption) ?? str(v.description), credit };
  }
  return null;
}

/** The article described by the page's JSON-LD scripts, merged over all of them. */
export function readJsonLd(scripts: readonly string[]): JsonLdArticle | null {
  const all: JsonObject[] = [];
  for (const s of scripts) objects(parseJsonLd(s), all);
  if (all.length === 0) return null;
  const article = all.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
  const page = all.find((o) => types(o).some((t) => PAGE_TYPE.test(t)));
  const org = all.find((o) =>
    types(o).some((t) => /^(NewsMediaOrganization|Organization|WebSite)$/i.test(t)),
  );
  const main = article ?? page;
  if (!main && !org) return null;
  const m: JsonObject = main ?? {};
  const publisher = nameOf(m.publisher)[0] ?? nameOf(org)[0] ?? null;
  const body = str(m.articleBody) ?? str(m.text);
  return {
    headline: str(m.headline) ?? (article ? str(m.name) : null),
    authors: nameOf(m.author).concat(nameOf(m.creator)),
    published: normaliseDate(str(m.datePublished) ?? str(m.dateCreated)),
    modified: normaliseDate(str(m.dateModified)),
    publisher,
    url: str(m.url),
    language: str(m.inLanguage),
    image: imageOf(m.image) ?? imageOf(m.thumbnailUrl),
    articleBody: body,
    isArticle: article !== undefined,
  };
}
