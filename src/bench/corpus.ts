/**
 * A deterministic benchmark corpus made from the bundled example articles: their
 * paragraphs reshuffled, numbers and names varied, so that every article differs but
 * reads like news. Seeded, so two runs measure the same text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NewsDoc } from '../core/doc.js';
import type { ArticleMeta } from '../core/meta.js';
import { seededRandom } from '../core/random.js';

export function exampleParagraphs(examplesDir: string): string[] {
  const paragraphs: string[] = [];
  for (const file of readdirSync(examplesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(examplesDir, file), 'utf8');
    for (const p of text.split(/\n\s*\n/)) if (p.trim().split(/\s+/).length > 8) paragraphs.push(p.trim());
  }
  return paragraphs;
}

export function generateArticles(examplesDir: string, count: number, seed = 7): string[] {
  const paragraphs = exampleParagraphs(examplesDir);
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const articles: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 6 + Math.floor(random() * 10);
    const body: string[] = [];
    for (let j = 0; j < length; j++) {
      body.push(
        pick(paragraphs).replace(/\d+(\.\d+)?/g, (n) => String(Math.round(Number(n) * (0.5 + random())))),
      );
    }
    articles.push(`Story ${i + 1}: ${pick(paragraphs).split(/[.,]/)[0]}\n\n${body.join('\n\n')}\n`);
  }
  return articles;
}

/** A plain-text benchmark document; `meta` defaults to a fixed publication date. */
export function benchDoc(
  text: string,
  id: string,
  meta: Partial<ArticleMeta> = { published: '2025-02-14' },
): NewsDoc {
  return new NewsDoc({
    id,
    raw: {
      content: text,
      mediaType: 'text/plain',
      origin: { kind: 'inline', label: 'bench' },
      byteLength: text.length,
    },
    meta,
  });
}

/** A real news article read for a benchmark, with its publication date. */
export interface NewsArticle {
  readonly text: string;
  readonly published: string;
}

/**
 * Where the real-news benchmark corpus is read from: `COPYDESK_BENCH_NEWS`, else the
 * PolNeAR training articles of the shared data beside the project (2015–16 US political
 * news from many outlets; read in place, never copied into the project).
 */
export function realNewsDir(): string {
  return (
    process.env.COPYDESK_BENCH_NEWS ??
    fileURLToPath(new URL('../../../shared/data/quotes/polnear/train/text/', import.meta.url))
  );
}

/**
 * `count` distinct real articles spread evenly over the corpus's files (sorted by name, so
 * two runs read the same ones), or null when the folder is not there. A file named
 * `outlet_YYYY-MM-DD_slug.txt` gives its date; others get a fixed one. `shift` (less than the
 * spacing, files / count) picks another set of the same size with no article in common.
 */
export function realNewsArticles(dir: string, count: number, shift = 0): NewsArticle[] | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) return null;
  const step = Math.max(1, Math.floor(files.length / count));
  const out: NewsArticle[] = [];
  for (let k = shift; k < files.length && out.length < count; k += step) {
    const file = files[k]!;
    const date = /_(\d{4}-\d{2}-\d{2})_/.exec(file)?.[1] ?? '2016-01-01';
    out.push({ text: readFileSync(join(dir, file), 'utf8'), published: date });
  }
  return out;
}
