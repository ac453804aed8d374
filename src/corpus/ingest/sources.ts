/**
 * What `copydesk ingest` is given, turned into journal items, and a journal item turned
 * back into an input for the pipeline.
 *
 * - a directory: every file below it (recursively, hidden files skipped), each
 *   expanded like a file argument;
 * - a `.jsonl` / `.ndjson` file: one inline item per non-empty line (see JsonlArticle);
 * - an RSS or Atom feed (a file, or a URL whose body is a feed): one URL item per entry,
 *   carrying the entry's title, date and author as metadata;
 * - any other file: one file item; any other URL: one URL item.
 *
 * Items are keyed by a reference unique within a run (path, URL, `file.jsonl#12`) so
 * enqueueing the same arguments again adds nothing.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Parser from 'rss-parser';
import { fetchArticle } from '../../adapters/fetch-http/index.js';
import { readFileInput } from '../../adapters/file-input/read.js';
import { CopydeskError } from '../../core/errors.js';
import type { ArticleMeta, RawInput } from '../../core/meta.js';
import type { IngestItem } from '../../ports/document-store.js';
import { decodeInput } from '../../stages/01-input/decode.js';

/**
 * One line of a JSONL file. `text` or `html` is required; every other field is
 * optional metadata that the pipeline then does not have to guess.
 */
export interface JsonlArticle {
  readonly text?: string;
  readonly html?: string;
  readonly title?: string;
  readonly url?: string;
  readonly published?: string;
  readonly publisher?: string;
  readonly authors?: readonly string[];
  readonly language?: string;
}

export interface SourceOptions {
  readonly allowPrivate?: boolean;
  readonly maxBytes?: number;
}

const FEED_EXTENSIONS = /\.(rss|atom|xml)$/i;
const JSONL_EXTENSIONS = /\.(jsonl|ndjson)$/i;

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Expands one command-line argument into journal items; problems become failing items. */
export async function expandInput(input: string, options: SourceOptions = {}): Promise<IngestItem[]> {
  if (isUrl(input)) return expandUrl(input, options);
  const path = resolve(input);
  const info = await stat(path).catch(() => null);
  // A missing path is still an item: it fails with a clear reason in the summary.
  if (!info) return [{ ref: path, kind: 'file' }];
  if (info.isDirectory()) {
    const items: IngestItem[] = [];
    for (const file of await walk(path)) items.push(...(await expandFile(file, options)));
    return items;
  }
  return expandFile(path, options);
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

async function expandFile(path: string, options: SourceOptions): Promise<IngestItem[]> {
  if (JSONL_EXTENSIONS.test(path)) return expandJsonl(path);
  if (FEED_EXTENSIONS.test(path)) {
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text !== null && looksLikeFeed(text)) return feedItems(text, path, options);
  }
  return [{ ref: path, kind: 'file' }];
}

async function expandJsonl(path: string): Promise<IngestItem[]> {
  const text = await readFile(path, 'utf8');
  const items: IngestItem[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    items.push({ ref: `${path}#${index + 1}`, kind: 'inline', payload: line });
  });
  return items;
}

async function expandUrl(url: string, options: SourceOptions): Promise<IngestItem[]> {
  // Only a URL that says it may be a feed is fetched here; an article URL is fetched
  // once, by the worker that analyses it.
  if (!/(rss|atom|feed|\.xml)(\/|\?|$)/i.test(new URL(url).pathname + new URL(url).search)) {
    return [{ ref: url, kind: 'url' }];
  }
  try {
    const page = await fetchArticle(url, { allowPrivate: options.allowPrivate ?? false });
    const text = Buffer.from(page.bytes).toString('utf8');
    if (looksLikeFeed(text)) return feedItems(text, page.finalUrl, options);
  } catch {
    // Unreachable now: kept as an item, so the failure is reported with its reason.
  }
  return [{ ref: url, kind: 'url' }];
}

export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000);
  return /<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]/i.test(head);
}

async function feedItems(xml: string, where: string, _options: SourceOptions): Promise<IngestItem[]> {
  let feed: Awaited<ReturnType<Parser['parseString']>>;
  try {
    feed = await new Parser().parseString(xml);
  } catch (error) {
    throw new CopydeskError(
      'DATA_INVALID',
      `${where}: not a readable RSS/Atom feed (${(error as Error).message})`,
    );
  }
  const items: IngestItem[] = [];
  for (const entry of feed.items) {
    const link = entry.link?.trim();
    if (!link || !isUrl(link)) continue;
    const meta: Partial<ArticleMeta> = {
      title: entry.title ?? null,
      published: entry.isoDate ?? null,
      publisher: feed.title ?? null,
      authors: entry.creator ? [entry.creator] : [],
    };
    items.push({ ref: link, kind: 'url', payload: JSON.stringify({ meta }) });
  }
  return items;
}

/** The input and known metadata of a journal item, read or fetched now. */
export async function loadItem(
  item: IngestItem,
  options: SourceOptions = {},
): Promise<{ raw: RawInput; meta: Partial<ArticleMeta> }> {
  switch (item.kind) {
    case 'file':
      return { raw: await readFileInput(item.ref, { maxBytes: options.maxBytes }), meta: {} };
    case 'url': {
      const page = await fetchArticle(item.ref, {
        allowPrivate: options.allowPrivate ?? false,
        maxBytes: options.maxBytes,
      });
      const raw = decodeInput(page.bytes, {
        origin: { kind: 'url', url: page.finalUrl },
        contentType: page.contentType,
        maxBytes: options.maxBytes,
      });
      const known = item.payload
        ? (JSON.parse(item.payload) as { meta?: Partial<ArticleMeta> }).meta
        : undefined;
      return { raw, meta: dropNulls(known ?? {}) };
    }
    case 'inline':
      return inlineArticle(item.ref, item.payload ?? '', options);
  }
}

function inlineArticle(
  ref: string,
  line: string,
  options: SourceOptions,
): { raw: RawInput; meta: Partial<ArticleMeta> } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new CopydeskError('DATA_INVALID', `${ref}: not a JSON object`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CopydeskError('DATA_INVALID', `${ref}: not a JSON object`);
  }
  const a = value as Record<string, unknown>;
  const body = typeof a.html === 'string' ? a.html : typeof a.text === 'string' ? a.text : null;
  if (body === null) throw new CopydeskError('DATA_INVALID', `${ref}: needs a "text" or "html" string`);
  const raw = decodeInput(Buffer.from(body, 'utf8'), {
    origin: { kind: 'inline', label: ref },
    contentType: typeof a.html === 'string' ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
    maxBytes: options.maxBytes,
  });
  const str = (k: string) => (typeof a[k] === 'string' && a[k] !== '' ? (a[k] as string) : undefined);
  const meta: Partial<ArticleMeta> = dropNulls({
    title: str('title'),
    url: str('url'),
    canonicalUrl: str('url'),
    published: str('published'),
    publisher: str('publisher'),
    language: str('language'),
    authors: Array.isArray(a.authors)
      ? a.authors.filter((x): x is string => typeof x === 'string')
      : undefined,
  });
  return { raw, meta };
}

function dropNulls<T extends object>(meta: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(meta).filter(
      ([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  ) as Partial<T>;
}
