/**
 * `GET /export`: the corpus (or a search's hits) as JSON Lines (one stored article with
 * its analysis per line) or CSV (one row per article). Streamed page by page, so memory
 * stays flat whatever the corpus size.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { DocumentStore, SearchQuery } from '../../../ports/document-store.js';
import { ExportQuerySchema } from '../schemas.js';
import { type App, errorResponses } from './common.js';

const PAGE = 100;

const exportRoute = createRoute({
  method: 'get',
  path: '/export',
  tags: ['corpus'],
  summary: 'Export articles as JSON Lines or CSV (streamed)',
  request: { query: ExportQuerySchema },
  responses: {
    200: {
      description:
        'JSONL: one {article summary, sourceRef, analysis} object per line. CSV: one row per article.',
      content: {
        'application/x-ndjson': { schema: z.string() },
        'text/csv': { schema: z.string() },
      },
    },
    ...errorResponses(400),
  },
});

export const CSV_COLUMNS = [
  'id',
  'title',
  'publisher',
  'published',
  'url',
  'language',
  'clusterId',
  'scraped',
  'machineTranslated',
  'entities',
  'quotes',
  'figures',
] as const;

export function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  // Cells that a spreadsheet would run as a formula are prefixed with a quote mark.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function registerExport(app: App, store: DocumentStore): void {
  app.openapi(exportRoute, async (c) => {
    const q = c.req.valid('query');
    const csv = q.format === 'csv';
    const max = q.limit ?? Number.POSITIVE_INFINITY;
    const encoder = new TextEncoder();
    const base: Omit<SearchQuery, 'offset' | 'limit'> = { text: q.q, since: q.since, until: q.until };
    let offset = 0;
    let header = csv;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const lines: string[] = [];
        if (header) {
          lines.push(CSV_COLUMNS.join(','));
          header = false;
        }
        const limit = Math.min(PAGE, max - offset);
        const page = limit > 0 ? await store.searchArticles({ ...base, limit, offset }) : { items: [] };
        for (const hit of page.items) {
          const article = await store.getArticle(hit.id);
          if (!article) continue;
          const { raw: _raw, ...rest } = article;
          const a = article.analysis;
          lines.push(
            csv
              ? [
                  ...CSV_COLUMNS.slice(0, 9).map((k) => rest[k as keyof typeof rest]),
                  a.entities.map((e) => e.name).join('; '),
                  a.quotes.length,
                  a.figures.length,
                ]
                  .map(csvCell)
                  .join(',')
              : JSON.stringify(rest),
          );
        }
        offset += page.items.length;
        if (lines.length > 0) controller.enqueue(encoder.encode(`${lines.join('\n')}\n`));
        if (page.items.length < limit || limit <= 0) controller.close();
      },
    });
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
        'Content-Disposition': `attachment; filename="copydesk-export.${csv ? 'csv' : 'jsonl'}"`,
      },
    }) as never;
  });
}
