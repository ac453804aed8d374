/**
 * One entry point for both media types: a decoded input in, the article out — its source
 * text, blocks (spans into the source), metadata and provenance signals. The stage and
 * the `copydesk extract` command both call this.
 */
import type { Block, SignalKind } from '../../core/annotations.js';
import type { ArticleMeta, MediaType } from '../../core/meta.js';
import { emptyMeta } from '../../core/meta.js';
import { extractHtml } from './html/extract-html.js';
import type { PlainBlock } from './html/json-ld-body.js';
import { chooseLanguage } from './meta/language.js';
import { extractPlainText } from './plain-text.js';

export interface ArticleSignal {
  readonly kind: SignalKind;
  readonly value: string;
  readonly detail: string | null;
}

export interface ExtractedArticle {
  /**
   * The article text: plain-text input as is, or the HTML blocks' text joined by blank
   * lines, with the scraper's photo credits and source links among them where they stood
   * (cleanup sets those aside as debris).
   */
  readonly source: string;
  readonly blocks: Block[];
  readonly meta: ArticleMeta;
  readonly signals: ArticleSignal[];
  /** `text` for plain text; for HTML where the body came from (`dom`, `json-ld`, `none`). */
  readonly method: 'text' | 'dom' | 'json-ld' | 'none';
  /** Why the body is empty or partial; null when all went well. */
  readonly reason: string | null;
}

export interface ExtractInput {
  readonly content: string;
  readonly mediaType: MediaType;
  /** The page's URL, when it came from the web. */
  readonly url?: string | null;
}

/** Joins block texts with blank lines and records each block's span in the result. */
export function joinBlocks(parts: readonly { text: string; role: Block['role'] }[]): {
  source: string;
  blocks: Block[];
} {
  const blocks: Block[] = [];
  let source = '';
  for (const p of parts) {
    if (source.length > 0) source += '\n\n';
    const start = source.length;
    source += p.text;
    blocks.push({ start, end: source.length, role: p.role });
  }
  return { source, blocks };
}

export function extractArticle(input: ExtractInput): ExtractedArticle {
  const url = input.url ?? null;
  if (input.mediaType === 'text/html') {
    const r = extractHtml(input.content, { url });
    // The scraper's credits and source links go back in place, as paragraphs, for cleanup to set aside.
    const parts: PlainBlock[] = [];
    let next = 0;
    r.blocks.forEach((block, i) => {
      for (; next < r.traces.length && r.traces[next]!.at <= i; next++)
        parts.push({ text: r.traces[next]!.text, role: 'paragraph' });
      parts.push(block);
    });
    for (; next < r.traces.length; next++) parts.push({ text: r.traces[next]!.text, role: 'paragraph' });
    const { source, blocks } = joinBlocks(parts);
    return { source, blocks, meta: r.meta, signals: r.signals, method: r.method, reason: r.reason };
  }
  const t = extractPlainText(input.content);
  const body = t.blocks.map((b) => t.source.slice(b.start, b.end)).join('\n\n');
  const meta: ArticleMeta = {
    ...emptyMeta(),
    title: t.title,
    authors: t.authors,
    published: t.published,
    modified: t.modified,
    url,
    language: chooseLanguage([], body),
  };
  return {
    source: t.source,
    blocks: t.blocks,
    meta,
    signals: t.signals,
    method: 'text',
    reason: t.blocks.length === 0 ? 'the text has no paragraphs' : null,
  };
}
