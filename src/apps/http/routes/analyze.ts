/** `POST /analyze` (analyse, store nothing) and `POST /articles` (analyse and ingest). */
import { createRoute } from '@hono/zod-openapi';
import { createHttpFetcher } from '../../../adapters/fetch-http/index.js';
import { inThreadPool } from '../../../corpus/ingest/pool.js';
import type { AppDeps } from '../context.js';
import { requestInput } from '../input.js';
import { AnalysisSchema, AnalyzeRequestSchema, IngestResultSchema } from '../schemas.js';
import { type App, bearerSecurity, errorResponses, json } from './common.js';

const body = {
  required: true,
  content: { 'application/json': { schema: AnalyzeRequestSchema } },
} as const;

const analyzeRoute = createRoute({
  method: 'post',
  path: '/analyze',
  tags: ['analysis'],
  summary: 'Analyse one article (text, HTML or a URL) and return the analysis JSON',
  description:
    'Nothing is stored. Give exactly one of `text`, `html` or `url`. URLs are fetched by the safe fetcher: private, loopback and link-local addresses are refused unless the server was started with --allow-private.',
  request: { body },
  responses: {
    200: json(AnalysisSchema, 'The analysis (copydesk/analysis@1)'),
    ...errorResponses(400, 413, 415, 422, 502, 503, 504),
  },
});

const ingestRoute = createRoute({
  method: 'post',
  path: '/articles',
  tags: ['corpus'],
  summary: 'Analyse one article and add it to the corpus (needs a write token)',
  security: bearerSecurity,
  request: { body },
  responses: {
    201: json(IngestResultSchema, 'Stored'),
    200: json(IngestResultSchema, 'Already in the corpus (a duplicate); nothing stored'),
    ...errorResponses(400, 403, 413, 415, 422, 502, 503, 504),
  },
});

export function registerAnalyze(app: App, deps: AppDeps): void {
  const fetcher = deps.fetcher ?? createHttpFetcher();
  const { config, corpus } = deps;
  const pool = deps.analysis ?? inThreadPool(corpus.pipeline);
  app.openapi(analyzeRoute, async (c) => {
    const input = await requestInput(
      c.req.valid('json'),
      config,
      fetcher,
      Date.now() + config.requestTimeoutMs,
    );
    const analysis = await pool.analyseOnly(input.raw, input.meta, { signal: c.var.signal });
    return c.json(analysis as never, 200);
  });
  app.openapi(ingestRoute, async (c) => {
    const input = await requestInput(
      c.req.valid('json'),
      config,
      fetcher,
      Date.now() + config.requestTimeoutMs,
    );
    const record = await pool.analyse(input.raw, input.sourceRef, input.meta, { signal: c.var.signal });
    // Past the deadline the client already has its 503: store nothing it was told failed.
    c.var.signal.throwIfAborted();
    const result = await corpus.add(record);
    const out = {
      status: result.status,
      id: result.id,
      ...(result.status === 'duplicate' ? { reason: result.reason } : {}),
      clusterId: result.cluster?.clusterId ?? null,
    };
    return c.json(out, result.status === 'inserted' ? 201 : 200);
  });
}
