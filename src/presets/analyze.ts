/**
 * From input to analysis: creates the document for a decoded input and runs a
 * pipeline over it. The CLI, the HTTP API and ingestion all go through here.
 */
import { createHash } from 'node:crypto';
import { NewsDoc } from '../core/doc.js';
import { CopydeskError } from '../core/errors.js';
import type { ArticleMeta, RawInput } from '../core/meta.js';
import type { Pipeline } from '../core/pipeline.js';

export interface AnalyzeOptions {
  /**
   * Metadata the caller knows better than the page (e.g. `--date`): stages fill only
   * the fields left null here.
   */
  readonly meta?: Partial<ArticleMeta>;
}

/** A stable id for an input: the same bytes always get the same id. */
export function documentId(raw: RawInput): string {
  return createHash('sha256').update(raw.content).digest('hex').slice(0, 16);
}

export function createDoc(raw: RawInput, options: AnalyzeOptions = {}): NewsDoc {
  const url = raw.origin.kind === 'url' ? raw.origin.url : null;
  return new NewsDoc({ id: documentId(raw), raw, meta: { url, ...options.meta } });
}

export async function analyze(
  pipeline: Pipeline,
  raw: RawInput,
  options: AnalyzeOptions = {},
): Promise<NewsDoc> {
  return pipeline.run(createDoc(raw, options));
}

/** One item's result in a batch: its value, or the error analysing it raised. */
export type ItemResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: Error };

export interface AnalyzeItem {
  readonly raw: RawInput;
  readonly options?: AnalyzeOptions;
}

/**
 * `analyze` over several inputs, stage by stage (`Pipeline.runBatch`): each item gets the
 * document `analyze` would give, or the error it would throw; a failing item stops no other.
 */
export async function analyzeBatch(
  pipeline: Pipeline,
  items: readonly AnalyzeItem[],
): Promise<ItemResult<NewsDoc>[]> {
  const outcomes = await pipeline.runBatch(items.map((item) => createDoc(item.raw, item.options)));
  return outcomes.map((o) => (o.ok ? { ok: true, value: o.doc } : { ok: false, error: o.error }));
}

/** Parses a `YYYY-MM-DD` article date given by a user; anything else is a usage error. */
export function parseArticleDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d)
      return value.trim();
  }
  throw new CopydeskError('USAGE', `"${value}" is not a date of the form YYYY-MM-DD`);
}
