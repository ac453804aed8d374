/**
 * A deterministic benchmark corpus made from the bundled example articles: their
 * paragraphs reshuffled, numbers and names varied, so that every article differs but
 * reads like news. Seeded, so two runs measure the same text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
