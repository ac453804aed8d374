/**
 * The copydesk HTTP app (Hono + zod-openapi): the JSON API described at `/openapi.json`,
 * the interactive API page at `/docs`, and the web UI at `/app/`. Built from its
 * dependencies so tests run it in-process with `app.request(...)`.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { every } from 'hono/combine';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { describeError, isCopydeskError } from '../../core/errors.js';
import type { AppDeps, AppEnv } from './context.js';
import { deadline } from './deadline.js';
import { ApiError, type ApiErrorCode, errorBody, HTTP_STATUS } from './errors.js';
import { guard } from './guard.js';
import { RateLimiter } from './rate-limit.js';
import { registerAnalyze } from './routes/analyze.js';
import { registerExport } from './routes/export.js';
import { registerRead } from './routes/read.js';
import { docsHandler, webHandler } from './static.js';

/** Paths of the JSON API (not the docs, the UI or /openapi.json). */
const API_PATH = /^\/(analyze|articles|entities|quotes|stories|export)(\/|$)/;

export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const { config } = deps;
  const app = new OpenAPIHono<AppEnv>({
    // Request validation failures: one clear line naming the field.
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
        return c.json(errorBody('INVALID_REQUEST', `${where}${issue?.message ?? 'invalid request'}`), 400);
      }
    },
  });

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });
  if (config.corsOrigins.length > 0) {
    app.use('*', cors({ origin: [...config.corsOrigins], allowHeaders: ['Authorization', 'Content-Type'] }));
  }
  // The API's middleware, applied once per request (a list of route patterns would run it
  // twice where patterns overlap, e.g. `/articles` and `/articles/*`), so a client has one
  // rate-limit bucket across the whole API.
  const api = every(
    guard(deps.tokens, deps.rateLimits ?? new RateLimiter(config.rateLimit), config),
    bodyLimit({
      maxSize: config.maxBodyBytes,
      onError: () => {
        throw new ApiError('INPUT_TOO_LARGE', `request body over the limit of ${config.maxBodyBytes} bytes`);
      },
    }),
    deadline(config.requestTimeoutMs),
    async (c, next) => {
      if (c.req.method === 'POST' && !/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
        throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'send the request body as application/json');
      }
      await next();
    },
  );
  app.use('*', (c, next) => (API_PATH.test(c.req.path) ? api(c, next) : next()));

  registerAnalyze(app, deps);
  registerRead(app, deps);
  registerExport(app, deps.corpus.store);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token from `copydesk token create`',
  });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'copydesk API',
      version: '1',
      description:
        'News analysis over HTTP: analyse an article, ingest it into the corpus, search, and explore entities, quotes and story clusters. Errors are `{error: {code, message}}`.',
    },
  });
  app.get('/docs', docsHandler());
  app.get('/docs/*', docsHandler());
  if (config.webRoot) {
    const web = webHandler(config.webRoot);
    app.get('/', (c) => c.redirect('/app/'));
    app.get('/app', (c) => c.redirect('/app/'));
    app.get('/app/*', web);
  }
  // `analysisReady`: the analysis workers have loaded their models (a few seconds after
  // start, during which they compete with requests for the CPU).
  let analysisReady = deps.analysis === undefined;
  void deps.analysis?.ready().then(() => {
    analysisReady = true;
  });
  app.get('/health', (c) => c.json({ ok: true, analysisReady }));

  app.notFound((c) => c.json(errorBody('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`), 404));
  app.onError((error, c) => {
    const { code, message, headers } = classify(error);
    for (const [k, v] of Object.entries(headers)) c.header(k, v);
    return c.json(errorBody(code, message), HTTP_STATUS[code] as 400);
  });
  return app;
}

function classify(error: unknown): { code: ApiErrorCode; message: string; headers: Record<string, string> } {
  if (error instanceof ApiError)
    return { code: error.code, message: error.message, headers: { ...error.headers } };
  if (isCopydeskError(error)) return { code: error.code, message: describeError(error), headers: {} };
  if (error instanceof HTTPException) {
    // Hono's own validator refuses malformed JSON this way.
    const message = /malformed json/i.test(error.message)
      ? 'the request body is not valid JSON'
      : error.message;
    const code: ApiErrorCode =
      error.status === 413 ? 'INPUT_TOO_LARGE' : error.status === 503 ? 'TIMEOUT' : 'INVALID_REQUEST';
    return { code, message, headers: {} };
  }
  // Anything else is a bug: say so in one line, never with a stack.
  return { code: 'INTERNAL', message: `internal error: ${describeError(error)}`, headers: {} };
}
