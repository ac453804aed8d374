/**
 * API contract tests: every response is validated against the schema the OpenAPI
 * description gives for its path, method and status; every 4xx path is exercised.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../../test/helpers/demo-corpus.js';
import { buildTestApp, type TestApp } from '../../../test/helpers/test-server.js';
import { CopydeskError, type ErrorCode } from '../../core/errors.js';
import type { Fetcher } from '../../ports/fetcher.js';

type OpenApiDoc = {
  openapi: string;
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>
  >;
  components: { schemas: Record<string, object> };
};

let t: TestApp;
let doc: OpenApiDoc;
const ajv = new Ajv2020({ strict: false, allErrors: true });
/** Every `METHOD template status` a test has checked against the description. */
const exercised = new Set<string>();

beforeAll(async () => {
  t = await buildTestApp();
  doc = (await (await t.app.request('/openapi.json')).json()) as OpenApiDoc;
});
afterAll(async () => t.close());

/** Checks a response against the OpenAPI schema for `template` (the path as documented). */
async function expectContract(
  res: Response,
  method: string,
  template: string,
  status: number,
): Promise<unknown> {
  expect(res.status, await res.clone().text()).toBe(status);
  const described = doc.paths[template]?.[method]?.responses[String(status)];
  expect(described, `${method} ${template} ${status} is not documented`).toBeDefined();
  exercised.add(`${method.toUpperCase()} ${template} ${status}`);
  const schema = described?.content?.['application/json']?.schema;
  expect(schema, `${method} ${template} ${status} has no JSON schema`).toBeDefined();
  const body = await res.json();
  const validate = ajv.compile({ ...schema, components: doc.components });
  const ok = validate(body);
  expect(ok, JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  return body;
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  t.app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const ARTICLE =
  "Ministers agree budget\n\nOSLO, March 3 (Copydesk Wire) - Norway's finance minister said on Monday that spending would rise by 4.5% next year, the fastest increase since 2015.";

describe('the OpenAPI description', () => {
  it('is OpenAPI 3.1 and documents every endpoint', () => {
    expect(doc.openapi).toBe('3.1.0');
    const paths = Object.keys(doc.paths).sort();
    expect(paths).toEqual(
      [
        '/analyze',
        '/articles',
        '/articles/{id}',
        '/entities',
        '/entities/{id}',
        '/export',
        '/quotes',
        '/stories/{id}',
      ].sort(),
    );
    expect(doc.paths['/articles']?.post).toBeDefined();
  });

  it('serves the interactive page and its assets locally', async () => {
    const page = await t.app.request('/docs');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/docs/swagger-ui-bundle.js');
    const bundle = await t.app.request('/docs/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect((await t.app.request('/docs/../package.json')).status).toBe(404);
  });
});

describe('reading endpoints match their contract', () => {
  it('GET /articles searches with text and filters, paged', async () => {
    const body = (await expectContract(
      await t.app.request('/articles?q=spending&limit=1'),
      'get',
      '/articles',
      200,
    )) as {
      items: { id: string; snippet: string }[];
      total: number;
    };
    expect(body.total).toBeGreaterThanOrEqual(2);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]?.snippet).toContain('«');
    const filtered = (await expectContract(
      await t.app.request('/articles?since=2025-03-01&until=2025-03-31&publisher=copydesk%20wire'),
      'get',
      '/articles',
      200,
    )) as { items: { id: string }[] };
    expect(filtered.items.map((i) => i.id)).toEqual([DEMO_IDS.kallas]);
  });

  it('GET /articles/{id} returns the analysis and entity links; unknown ids are 404', async () => {
    const body = (await expectContract(
      await t.app.request(`/articles/${DEMO_IDS.copy}`),
      'get',
      '/articles/{id}',
      200,
    )) as {
      analysis: { entities: { id: string }[] };
      entityLinks: Record<string, string>;
      clusterId: string;
    };
    expect(Object.keys(body.entityLinks).sort()).toEqual(body.analysis.entities.map((e) => e.id).sort());
    expect(body.clusterId).toBeTruthy();
    const missing = (await expectContract(
      await t.app.request('/articles/nope'),
      'get',
      '/articles/{id}',
      404,
    )) as {
      error: { code: string };
    };
    expect(missing.error.code).toBe('NOT_FOUND');
  });

  it('GET /entities and /entities/{id} give names, surfaces, timeline and co-mentions', async () => {
    const found = (await expectContract(
      await t.app.request('/entities?q=Rutte'),
      'get',
      '/entities',
      200,
    )) as {
      items: { id: string; name: string }[];
    };
    const rutte = found.items.find((e) => e.name === 'Mark Rutte');
    expect(rutte).toBeDefined();
    const page = (await expectContract(
      await t.app.request(`/entities/${rutte?.id}`),
      'get',
      '/entities/{id}',
      200,
    )) as {
      surfaces: { text: string; repaired: boolean }[];
      timeline: { month: string }[];
      coMentioned: unknown[];
    };
    expect(page.surfaces).toContainEqual(expect.objectContaining({ text: 'Mark Root', repaired: true }));
    expect(page.timeline.map((m) => m.month)).toEqual(['2025-02', '2025-03', '2025-04']);
    expect(page.coMentioned.length).toBeGreaterThan(2);
    await expectContract(await t.app.request('/entities/999999'), 'get', '/entities/{id}', 404);
    await expectContract(await t.app.request('/entities'), 'get', '/entities', 400);
  });

  it('GET /quotes filters by speaker and date', async () => {
    const body = (await expectContract(
      await t.app.request('/quotes?speaker=mark%20rutte&since=2025-03-01'),
      'get',
      '/quotes',
      200,
    )) as { items: { text: string; speakerName: string }[]; total: number };
    expect(body.total).toBe(1);
    expect(body.items[0]?.text).toContain('money has to follow');
  });

  it('GET /stories/{id} answers for a cluster id and for a member article id', async () => {
    const byArticle = (await expectContract(
      await t.app.request(`/stories/${DEMO_IDS.copy}`),
      'get',
      '/stories/{id}',
      200,
    )) as { id: string; originalId: string; members: { id: string; relation: string }[] };
    expect(byArticle.originalId).toBe(DEMO_IDS.original);
    expect(byArticle.members.map((m) => m.id).sort()).toEqual([DEMO_IDS.copy, DEMO_IDS.original].sort());
    await expectContract(await t.app.request(`/stories/${byArticle.id}`), 'get', '/stories/{id}', 200);
    await expectContract(await t.app.request(`/stories/${DEMO_IDS.kallas}`), 'get', '/stories/{id}', 404);
  });

  it('GET /export streams JSON Lines and CSV', async () => {
    const jsonl = await t.app.request('/export?format=jsonl');
    expect(jsonl.headers.get('content-type')).toMatch(/ndjson/);
    const lines = (await jsonl.text()).trim().split('\n');
    expect(lines).toHaveLength(5);
    const first = JSON.parse(lines[0] ?? '{}') as { analysis?: { schema: string }; raw?: unknown };
    expect(first.analysis?.schema).toBe('copydesk/analysis@1');
    expect(first.raw).toBeUndefined();
    // Not JSON, so not schema-checked: the content type is the documented one.
    expect(Object.keys(doc.paths['/export']?.get?.responses['200']?.content ?? {})).toEqual([
      'application/x-ndjson',
      'text/csv',
    ]);
    exercised.add('GET /export 200');
    const csv = await (await t.app.request('/export?format=csv&limit=2')).text();
    const rows = csv.trim().split('\n');
    expect(rows[0]).toBe(
      'id,title,publisher,published,url,language,clusterId,scraped,machineTranslated,entities,quotes,figures',
    );
    expect(rows).toHaveLength(3);
    expect((await t.app.request('/export?format=xml')).status).toBe(400);
  });
});

describe('POST /analyze', () => {
  it('analyses text and HTML into the analysis JSON', async () => {
    const text = (await expectContract(
      await post('/analyze', { text: ARTICLE, date: '2025-03-03' }),
      'post',
      '/analyze',
      200,
    )) as {
      text: string;
      figures: { text: string }[];
      meta: { published: string };
    };
    expect(text.text).toContain('finance minister');
    expect(text.meta.published).toBe('2025-03-03');
    expect(text.figures.map((f) => f.text)).toContain('4.5%');
    const html = (await expectContract(
      await post('/analyze', {
        html: `<html><head><title>Budget</title></head><body><article><h1>Ministers agree budget</h1><p>${ARTICLE.split('\n\n')[1]}</p></article></body></html>`,
      }),
      'post',
      '/analyze',
      200,
    )) as { text: string };
    expect(html.text).toContain('finance minister');
  });

  it('fetches a URL when private addresses are allowed, and refuses it otherwise', async () => {
    const page = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(ARTICLE);
    });
    await new Promise<void>((r) => page.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(page.address() as AddressInfo).port}/story`;
    try {
      const refused = (await expectContract(await post('/analyze', { url }), 'post', '/analyze', 422)) as {
        error: { code: string; message: string };
      };
      expect(refused.error.code).toBe('FETCH_REFUSED');
      const open = await buildTestApp({ allowPrivateUrls: true }, { seed: false });
      try {
        const res = await open.app.request('/analyze', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ url }),
        });
        expect(res.status).toBe(200);
        expect(((await res.json()) as { text: string }).text).toContain('finance minister');
      } finally {
        await open.close();
      }
    } finally {
      await new Promise<void>((r) => (page as Server).close(() => r()));
    }
  });
});

describe('every 4xx path answers {error: {code, message}}', () => {
  const cases: [string, () => Response | Promise<Response>, number, string][] = [
    ['bad JSON', () => post('/analyze', '{"text": "x'), 400, 'INVALID_REQUEST'],
    ['no input field', () => post('/analyze', {}), 400, 'INVALID_REQUEST'],
    [
      'two input fields',
      () => post('/analyze', { text: 'a', url: 'https://example.com' }),
      400,
      'INVALID_REQUEST',
    ],
    ['a field of the wrong type', () => post('/analyze', { text: 42 }), 400, 'INVALID_REQUEST'],
    [
      'a malformed date',
      () => post('/analyze', { text: ARTICLE, date: '14/02/2025' }),
      400,
      'INVALID_REQUEST',
    ],
    ['a non-http URL', () => post('/analyze', { url: 'file:///etc/passwd' }), 400, 'INVALID_REQUEST'],
    ['empty text', () => post('/analyze', { text: '   ' }), 400, 'INPUT_EMPTY'],
    [
      'not JSON at all',
      () =>
        t.app.request('/analyze', {
          method: 'POST',
          body: 'hello',
          headers: { 'Content-Type': 'text/plain' },
        }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['a private URL', () => post('/analyze', { url: 'http://10.0.0.1/x' }), 422, 'FETCH_REFUSED'],
    ['a limit over 100', () => t.app.request('/articles?limit=1000'), 400, 'INVALID_REQUEST'],
    ['an unknown route', () => t.app.request('/nowhere'), 404, 'NOT_FOUND'],
    ['ingest without a token', () => post('/articles', { text: ARTICLE }), 401, 'UNAUTHORIZED'],
    [
      'ingest with an unknown token',
      () => post('/articles', { text: ARTICLE }, { Authorization: 'Bearer cdk_forged' }),
      401,
      'UNAUTHORIZED',
    ],
    [
      'a malformed Authorization header',
      () => post('/articles', { text: ARTICLE }, { Authorization: 'Basic abc' }),
      401,
      'UNAUTHORIZED',
    ],
  ];
  for (const [name, request, status, code] of cases) {
    it(`${name} → ${status} ${code}`, async () => {
      const res = await request();
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(/\S/);
      expect(body.error.message).not.toMatch(/\n\s+at /);
    });
  }

  it('too large a body → 413', async () => {
    const small = await buildTestApp({ maxBodyBytes: 2048 }, { seed: false });
    try {
      const res = await small.app.request('/analyze', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': '5000' },
        body: JSON.stringify({ text: 'word '.repeat(999) }),
      });
      expect(res.status).toBe(413);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('INPUT_TOO_LARGE');
    } finally {
      await small.close();
    }
  });
});

describe('tokens, read access, rate limits and CORS', () => {
  it('ingests with a write token (201, then 200 duplicate); a read token gets 403; a revoked one 401', async () => {
    const { token: write } = await t.tokens.create('ingest bot', 'write');
    const { token: read, info: readInfo } = await t.tokens.create('reader', 'read');
    const auth = (tok: string) => ({ Authorization: `Bearer ${tok}` });
    const first = (await expectContract(
      await post('/articles', { text: ARTICLE, date: '2025-03-03' }, auth(write)),
      'post',
      '/articles',
      201,
    )) as {
      status: string;
      id: string;
    };
    expect(first.status).toBe('inserted');
    expect((await t.app.request(`/articles/${first.id}`)).status).toBe(200);
    const again = (await expectContract(
      await post('/articles', { text: ARTICLE }, auth(write)),
      'post',
      '/articles',
      200,
    )) as {
      status: string;
    };
    expect(again.status).toBe('duplicate');
    const forbidden = (await expectContract(
      await post('/articles', { text: ARTICLE }, auth(read)),
      'post',
      '/articles',
      403,
    )) as {
      error: { code: string };
    };
    expect(forbidden.error.code).toBe('FORBIDDEN');
    await t.tokens.revoke(readInfo.id);
    expect((await post('/articles', { text: ARTICLE }, auth(read))).status).toBe(401);
  });

  it('with read access "token", reading needs a token too', async () => {
    const closed = await buildTestApp({ readAccess: 'token' }, { seed: false });
    try {
      const res = await closed.app.request('/articles');
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      const { token } = await closed.tokens.create('reader', 'read');
      expect(
        (await closed.app.request('/articles', { headers: { Authorization: `Bearer ${token}` } })).status,
      ).toBe(200);
      // The API description stays public, so clients can discover how to authenticate.
      expect((await closed.app.request('/openapi.json')).status).toBe(200);
    } finally {
      await closed.close();
    }
  });

  it('limits requests per client with 429 and Retry-After', async () => {
    const limited = await buildTestApp({ rateLimit: { perMinute: 60, burst: 3 } }, { seed: false });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await limited.app.request('/articles')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      // The bucket is the client's across the whole API, not one per endpoint.
      expect((await limited.app.request('/quotes')).status).toBe(429);
      const res = await limited.app.request('/articles');
      expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
      // Another client (a token) has its own bucket.
      const { token } = await limited.tokens.create('other', 'read');
      expect(
        (await limited.app.request('/articles', { headers: { Authorization: `Bearer ${token}` } })).status,
      ).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('sends no CORS headers by default, and the configured origin when enabled', async () => {
    const plain = await t.app.request('/articles', { headers: { Origin: 'https://evil.example' } });
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    const open = await buildTestApp({ corsOrigins: ['https://newsroom.example'] }, { seed: false });
    try {
      const ok = await open.app.request('/articles', { headers: { Origin: 'https://newsroom.example' } });
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://newsroom.example');
      const other = await open.app.request('/articles', { headers: { Origin: 'https://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await open.close();
    }
  });
});

/** Every route with a request that succeeds on the demo corpus (given a write token). */
function routes(entityId: string) {
  return [
    { method: 'post', template: '/analyze', path: '/analyze', body: { text: ARTICLE } },
    { method: 'post', template: '/articles', path: '/articles', body: { text: ARTICLE } },
    { method: 'get', template: '/articles', path: '/articles?q=budget' },
    { method: 'get', template: '/articles/{id}', path: `/articles/${DEMO_IDS.original}` },
    { method: 'get', template: '/entities', path: '/entities?q=a' },
    { method: 'get', template: '/entities/{id}', path: `/entities/${entityId}` },
    { method: 'get', template: '/quotes', path: '/quotes' },
    { method: 'get', template: '/stories/{id}', path: `/stories/${DEMO_IDS.original}` },
    { method: 'get', template: '/export', path: '/export?format=jsonl' },
  ] as const;
}

function send(
  app: TestApp['app'],
  route: ReturnType<typeof routes>[number],
  headers: Record<string, string> = {},
): Response | Promise<Response> {
  return 'body' in route
    ? app.request(route.path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(route.body),
      })
    : app.request(route.path, { headers });
}

/** A fetcher standing in for the network: fails as told, or answers late. */
function failingFetcher(code: ErrorCode | 'binary' | 'slow'): Fetcher {
  return {
    fetch: async (url) => {
      if (code === 'slow') {
        await new Promise((r) => setTimeout(r, 1500));
        return {
          bytes: new TextEncoder().encode(ARTICLE),
          contentType: 'text/plain',
          finalUrl: url,
          status: 200,
        };
      }
      if (code === 'binary') {
        return {
          bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 9, 8]),
          contentType: 'application/octet-stream',
          finalUrl: url,
          status: 200,
        };
      }
      throw new CopydeskError(code, `stand-in fetcher: ${code}`);
    },
  };
}

describe('every documented response of every route', () => {
  let entityId: string;
  beforeAll(async () => {
    const list = (await (await t.app.request('/entities?q=a')).json()) as { items: { id: string }[] };
    entityId = (list.items[0] as { id: string }).id;
  });

  it('401 on every route for an unknown token', async () => {
    for (const route of routes(entityId)) {
      const body = (await expectContract(
        await send(t.app, route, { Authorization: 'Bearer cdk_forged' }),
        route.method,
        route.template,
        401,
      )) as { error: { code: string } };
      expect(body.error.code).toBe('UNAUTHORIZED');
    }
  });

  it('429 on every route once a client has spent its budget', async () => {
    const limited = await buildTestApp({ rateLimit: { perMinute: 1, burst: 1 } });
    try {
      const { token } = await limited.tokens.create('busy client', 'write');
      const auth = { Authorization: `Bearer ${token}` };
      expect((await limited.app.request('/quotes', { headers: auth })).status).toBe(200);
      for (const route of routes(entityId)) {
        const res = await send(limited.app, route, auth);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        await expectContract(res, route.method, route.template, 429);
      }
    } finally {
      await limited.close();
    }
  });

  it('400 on every route for a malformed request', async () => {
    const long = 'x'.repeat(129);
    const { token } = await t.tokens.create('malformed', 'write');
    const bad: [string, string, Response | Promise<Response>][] = [
      ['post', '/analyze', post('/analyze', { text: ARTICLE, date: 'yesterday' })],
      ['post', '/articles', post('/articles', '{"text": ', { Authorization: `Bearer ${token}` })],
      ['get', '/articles', t.app.request('/articles?since=2025-13-45')],
      ['get', '/articles/{id}', t.app.request(`/articles/${long}`)],
      ['get', '/entities', t.app.request('/entities?q=')],
      ['get', '/entities/{id}', t.app.request(`/entities/${long}`)],
      ['get', '/quotes', t.app.request('/quotes?limit=0')],
      ['get', '/stories/{id}', t.app.request(`/stories/${long}`)],
      ['get', '/export', t.app.request('/export?format=xml')],
    ];
    for (const [method, template, res] of bad) {
      const body = (await expectContract(await res, method, template, 400)) as { error: { code: string } };
      expect(body.error.code).toBe('INVALID_REQUEST');
    }
  });

  it('404 for unknown ids', async () => {
    for (const template of ['/articles/{id}', '/entities/{id}', '/stories/{id}']) {
      await expectContract(await t.app.request(template.replace('{id}', 'no-such-id')), 'get', template, 404);
    }
  });

  it('413, 415, 422, 502, 503 and 504 from the analysing routes', async () => {
    const { token } = await t.tokens.create('sweep', 'write');
    const auth = { Authorization: `Bearer ${token}` };
    const cases: [
      Partial<Parameters<typeof buildTestApp>[0]>,
      Fetcher | undefined,
      unknown,
      number,
      string,
    ][] = [
      [{ maxBodyBytes: 512 }, undefined, { text: 'word '.repeat(200) }, 413, 'INPUT_TOO_LARGE'],
      [{}, failingFetcher('FETCH_TOO_LARGE'), { url: 'https://news.example/big' }, 413, 'FETCH_TOO_LARGE'],
      [{}, failingFetcher('binary'), { url: 'https://news.example/photo' }, 415, 'INPUT_BINARY'],
      [{}, undefined, { url: 'http://192.168.1.1/story' }, 422, 'FETCH_REFUSED'],
      [{}, failingFetcher('FETCH_FAILED'), { url: 'https://news.example/gone' }, 502, 'FETCH_FAILED'],
      [
        { requestTimeoutMs: 100 },
        failingFetcher('slow'),
        { url: 'https://news.example/slow' },
        503,
        'TIMEOUT',
      ],
      [{}, failingFetcher('FETCH_TIMEOUT'), { url: 'https://news.example/hangs' }, 504, 'FETCH_TIMEOUT'],
    ];
    for (const [config, fetcher, body, status, code] of cases) {
      const app = await buildTestApp(config, { seed: false, ...(fetcher ? { fetcher } : {}) });
      try {
        const { token: own } = await app.tokens.create('sweep', 'write');
        for (const [template, headers] of [
          ['/analyze', {}],
          ['/articles', { Authorization: `Bearer ${own}` }],
        ] as const) {
          const res = await app.app.request(template, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', ...headers },
            body: JSON.stringify(body),
          });
          const answer = (await expectContract(res, 'post', template, status)) as { error: { code: string } };
          expect(answer.error.code, `${template} ${status}`).toBe(code);
        }
      } finally {
        await app.close();
      }
    }
    for (const template of ['/analyze', '/articles']) {
      const res = await t.app.request(template, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain', ...auth },
        body: ARTICLE,
      });
      const answer = (await expectContract(res, 'post', template, 415)) as { error: { code: string } };
      expect(answer.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
  });
});

describe('coverage of the description', () => {
  it('every documented response of every route was checked by a test above', () => {
    const documented: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        for (const status of Object.keys(operation.responses)) {
          documented.push(`${method.toUpperCase()} ${path} ${status}`);
        }
      }
    }
    expect(documented.length).toBeGreaterThan(50);
    expect(documented.filter((d) => !exercised.has(d))).toEqual([]);
  });
});
