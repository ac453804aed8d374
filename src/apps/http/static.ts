/**
 * Static files: the built web UI under `/app/` (with the single-page fallback) and the
 * Swagger UI files under `/docs/`, served from the swagger-ui-dist package — no CDN.
 */
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

/** Strict for the UI: scripts and styles from this origin only, nothing inline, no frames. */
export const UI_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Reads `relative` under `root`, refusing anything that escapes it; null when absent. */
export async function readUnder(
  root: string,
  relative: string,
): Promise<{ body: Buffer; type: string } | null> {
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    if (!(await stat(path)).isFile()) return null;
    return { body: await readFile(path), type: TYPES[extname(path)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

/** `/app/*`: a file of the built UI, else index.html so client-side routes load. */
export function webHandler(webRoot: string) {
  return async (c: Context) => {
    const rest = decodeURIComponent(c.req.path.replace(/^\/app\/?/, ''));
    const file = (rest && (await readUnder(webRoot, rest))) || (await readUnder(webRoot, 'index.html'));
    if (!file) return c.text('the web UI is not built: run npm run build', 404);
    const hashed = rest.startsWith('assets/');
    return c.body(new Uint8Array(file.body), 200, {
      'Content-Type': file.type,
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'Content-Security-Policy': UI_CSP,
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
    });
  };
}

const swaggerRoot = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const DOCS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>copydesk API</title><link rel="stylesheet" href="/docs/swagger-ui.css"></head>
<body><div id="swagger-ui"></div><script src="/docs/swagger-ui-bundle.js"></script><script src="/docs/init.js"></script></body></html>`;

const DOCS_INIT = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true });`;

/** `/docs`: the interactive API page; `/docs/<file>`: Swagger UI's own files. */
export function docsHandler() {
  return async (c: Context) => {
    const rest = c.req.path.replace(/^\/docs\/?/, '');
    if (rest === '') return c.html(DOCS_PAGE);
    if (rest === 'init.js') return c.body(DOCS_INIT, 200, { 'Content-Type': TYPES['.js'] as string });
    if (!/^swagger-ui(-bundle)?\.(js|css)$/.test(rest)) return c.notFound();
    const file = await readUnder(swaggerRoot, rest);
    if (!file) return c.notFound();
    return c.body(new Uint8Array(file.body), 200, {
      'Content-Type': file.type,
      'Cache-Control': 'public, max-age=86400',
    });
  };
}
