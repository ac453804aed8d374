/**
 * Loads either extraction benchmark from its directory (formats in each SOURCE.md):
 * `ground-truth.json` + `html/<id>.html.gz` (Zyte article-extraction), or
 * `evaldata.json` + `cache|eval/<file>.gz` (trafilatura). Pages are decoded with the
 * input stage's decoder (BOM, meta charset, UTF-8, Windows-1252 fallback).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CopydeskError } from '../../../../core/errors.js';
import { decodeInput } from '../../../../stages/01-input/decode.js';

export interface GoldMeta {
  readonly title: string | null;
  readonly author: string | null;
  readonly date: string | null;
}

export interface EvalPage {
  readonly id: string;
  readonly url: string;
  /** The decoded page, or null when its bytes could not be decoded as text. */
  readonly html: string | null;
  /** Zyte: the expected article body. */
  readonly body?: string;
  /** trafilatura: snippets that must / must not appear. */
  readonly with?: readonly string[];
  readonly without?: readonly string[];
  readonly gold?: GoldMeta;
}

export interface EvalDataset {
  readonly kind: 'article-extraction' | 'trafilatura-eval';
  readonly dir: string;
  readonly pages: EvalPage[];
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new CopydeskError(
      'DATA_INVALID',
      `cannot read ${path}: ${(error as Error).message.split('\n')[0]}`,
    );
  }
}

function decodePage(bytes: Buffer, label: string): string | null {
  try {
    return decodeInput(bytes, { origin: { kind: 'file', path: label }, maxBytes: Number.MAX_SAFE_INTEGER })
      .content;
  } catch {
    return null;
  }
}

export function loadDataset(dir: string, limit = Number.POSITIVE_INFINITY): EvalDataset {
  if (existsSync(join(dir, 'ground-truth.json'))) return loadZyte(dir, limit);
  if (existsSync(join(dir, 'evaldata.json'))) return loadTrafilatura(dir, limit);
  throw new CopydeskError('DATA_INVALID', `${dir} holds neither ground-truth.json nor evaldata.json`);
}

function loadZyte(dir: string, limit: number): EvalDataset {
  const truth = readJson(join(dir, 'ground-truth.json')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const pages: EvalPage[] = [];
  for (const [id, item] of Object.entries(truth)) {
    if (pages.length >= limit) break;
    const path = join(dir, 'html', `${id}.html.gz`);
    const html = existsSync(path) ? decodePage(gunzipSync(readFileSync(path)), path) : null;
    pages.push({ id, url: item.url, html, body: item.articleBody });
  }
  return { kind: 'article-extraction', dir, pages };
}

interface TrafilaturaRecord {
  file: string;
  with?: string[];
  without?: string[];
  title?: string;
  author?: string | string[];
  date?: string;
}

function loadTrafilatura(dir: string, limit: number): EvalDataset {
  const data = readJson(join(dir, 'evaldata.json')) as Record<string, TrafilaturaRecord>;
  const pages: EvalPage[] = [];
  for (const [url, rec] of Object.entries(data)) {
    if (pages.length >= limit) break;
    const cached = join(dir, 'cache', `${rec.file}.gz`);
    const path = existsSync(cached) ? cached : join(dir, 'eval', `${rec.file}.gz`);
    const html = existsSync(path) ? decodePage(gunzipSync(readFileSync(path)), path) : null;
    const author = Array.isArray(rec.author) ? rec.author.join('; ') : rec.author;
    pages.push({
      id: rec.file,
      url,
      html,
      with: rec.with ?? [],
      without: rec.without ?? [],
      gold: { title: rec.title || null, author: author || null, date: rec.date || null },
    });
  }
  return { kind: 'trafilatura-eval', dir, pages };
}

/** Stored predictions of another system (Zyte `predictions/<name>.json.gz`), by item id. */
export function loadPredictions(dir: string, system: string): Map<string, string> {
  const path = join(dir, 'predictions', `${system}.json.gz`);
  if (!existsSync(path)) throw new CopydeskError('DATA_INVALID', `no stored predictions at ${path}`);
  const parsed = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as Record<string, unknown>;
  const items = (parsed.output && typeof parsed.output === 'object' ? parsed.output : parsed) as Record<
    string,
    { articleBody?: string }
  >;
  const out = new Map<string, string>();
  for (const [id, v] of Object.entries(items)) out.set(id, v?.articleBody ?? '');
  return out;
}
