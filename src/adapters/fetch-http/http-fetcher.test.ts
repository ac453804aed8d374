import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress } from './address-policy.js';
import { createHttpFetcher, fetchArticle } from './index.js';

const PAGE =
  '<html><body><p>Fares on the harbour ferry will rise by 12 percent from April.</p></body></html>';
let server: Server;
let base: string;
let port: number;
const seenHosts: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seenHosts.push(req.headers.host ?? '');
    const path = req.url ?? '/';
    if (path === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (path === '/ua') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(req.headers['user-agent']);
    } else if (path === '/gzip') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync(PAGE));
    } else if (path === '/br') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' });
      res.end(brotliCompressSync(PAGE));
    } else if (path === '/bomb') {
      // 20 MB of zeros gzip to about 20 KB: small on the wire, huge once inflated.
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(20 * 1024 * 1024)));
    } else if (path === '/big-declared') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      res.write('<p>');
      setTimeout(() => res.destroy(), 50);
    } else if (path === '/big-streamed') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 97);
      let sent = 0;
      const pump = () => {
        while (sent < 40 && res.write(chunk)) sent++;
        if (sent < 40) res.once('drain', pump);
        else res.end();
      };
      pump();
    } else if (path === '/slow') {
      // Never answers: the fetcher's deadline must end it.
    } else if (path === '/404') {
      res.writeHead(404);
      res.end('gone');
    } else if (path.startsWith('/redirect/')) {
      const n = Number(path.split('/')[2]);
      res.writeHead(302, { location: n > 0 ? `/redirect/${n - 1}` : '/page' });
      res.end();
    } else if (path.startsWith('/to?')) {
      res.writeHead(301, { location: decodeURIComponent(path.slice(4)) });
      res.end();
    } else {
      res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

const local = { allowPrivate: true, timeoutMs: 5000 };

describe('http fetcher against a local server (private addresses allowed)', () => {
  it('fetches a page with its content type and final URL', async () => {
    const page = await fetchArticle(`${base}/page`, local);
    expect(Buffer.from(page.bytes).toString('utf8')).toBe(PAGE);
    expect(page.contentType).toBe('text/html; charset=utf-8');
    expect(page.finalUrl).toBe(`${base}/page`);
  });

  it('sends a user agent', async () => {
    const page = await fetchArticle(`${base}/ua`, local);
    expect(Buffer.from(page.bytes).toString()).toMatch(/^copydesk\//);
  });

  it('decompresses gzip and brotli', async () => {
    for (const path of ['/gzip', '/br']) {
      const page = await fetchArticle(`${base}${path}`, local);
      expect(Buffer.from(page.bytes).toString('utf8')).toBe(PAGE);
    }
  });

  it('stops a decompression bomb at the size cap', async () => {
    await expect(fetchArticle(`${base}/bomb`, { ...local, maxBytes: 1024 * 1024 })).rejects.toMatchObject({
      code: 'FETCH_TOO_LARGE',
    });
  });

  it('refuses bodies over the cap, declared or streamed', async () => {
    await expect(
      fetchArticle(`${base}/big-declared`, { ...local, maxBytes: 1024 * 1024 }),
    ).rejects.toMatchObject({
      code: 'FETCH_TOO_LARGE',
    });
    await expect(
      fetchArticle(`${base}/big-streamed`, { ...local, maxBytes: 1024 * 1024 }),
    ).rejects.toMatchObject({
      code: 'FETCH_TOO_LARGE',
    });
  });

  it('times out on a server that never answers', async () => {
    await expect(fetchArticle(`${base}/slow`, { ...local, timeoutMs: 300 })).rejects.toMatchObject({
      code: 'FETCH_TIMEOUT',
    });
  });

  it('follows redirects up to the limit, and no further', async () => {
    const page = await fetchArticle(`${base}/redirect/2`, local);
    expect(page.finalUrl).toBe(`${base}/page`);
    await expect(fetchArticle(`${base}/redirect/6`, { ...local, maxRedirects: 5 })).rejects.toMatchObject({
      code: 'FETCH_FAILED',
      message: expect.stringMatching(/more than 5 redirects/),
    });
  });

  it('reports HTTP errors and bad URLs as FETCH_FAILED, other schemes as FETCH_REFUSED', async () => {
    await expect(fetchArticle(`${base}/404`, local)).rejects.toMatchObject({ code: 'FETCH_FAILED' });
    await expect(fetchArticle('not a url', local)).rejects.toMatchObject({ code: 'FETCH_FAILED' });
    await expect(fetchArticle('file:///etc/passwd', local)).rejects.toMatchObject({ code: 'FETCH_REFUSED' });
  });

  it('connects to the address its resolver checked, whatever the host name', async () => {
    const fetcher = createHttpFetcher({ resolve: async () => [{ address: '127.0.0.1', family: 4 }] });
    const page = await fetcher.fetch(`http://news.example:${port}/page`, local);
    expect(Buffer.from(page.bytes).toString('utf8')).toBe(PAGE);
    expect(seenHosts).toContain(`news.example:${port}`);
  });
});

describe('http fetcher refusals (private addresses not allowed)', () => {
  const strict = { timeoutMs: 2000 };

  it('refuses loopback, private, link-local and unspecified hosts in every spelling', async () => {
    const hosts = [
      `127.0.0.1:${port}`,
      '2130706433', // decimal 127.0.0.1
      '0x7f000001', // hex
      '0177.0.0.1', // octal
      '127.1',
      '0.0.0.0',
      '10.0.0.8',
      '172.16.4.4',
      '192.168.0.1',
      '169.254.169.254',
      '[::1]',
      '[::]',
      '[::ffff:127.0.0.1]',
      '[fe80::1]',
      '[fd00::5]',
    ];
    for (const host of hosts) {
      await expect(fetchArticle(`http://${host}/page`, strict), host).rejects.toMatchObject({
        code: 'FETCH_REFUSED',
      });
    }
  });

  it('refuses a host name that resolves to a private address', async () => {
    const fetcher = createHttpFetcher({ resolve: async () => [{ address: '10.0.0.7', family: 4 }] });
    await expect(fetcher.fetch('http://intranet.example/page', strict)).rejects.toMatchObject({
      code: 'FETCH_REFUSED',
      message: expect.stringMatching(/10\.0\.0\.7/),
    });
  });

  it('refuses when any of several resolved addresses is private', async () => {
    const fetcher = createHttpFetcher({
      resolve: async () => [
        { address: '93.184.216.34', family: 4 },
        { address: '::1', family: 6 },
      ],
    });
    await expect(fetcher.fetch('http://mixed.example/page', strict)).rejects.toMatchObject({
      code: 'FETCH_REFUSED',
    });
  });

  // The local server stands in for a public site: the policy treats 127.0.0.1 (only) as
  // public, so the first hop is allowed and the redirect's target is judged as usual.
  const standIn = (address: string) => address === '127.0.0.1' || isPublicAddress(address);

  it('checks every redirect hop: a public-looking page redirecting to a loopback address is refused', async () => {
    const fetcher = createHttpFetcher({ isPublic: standIn });
    await expect(fetcher.fetch(`${base}/page`, strict)).resolves.toMatchObject({ status: 200 });
    const target = encodeURIComponent(`http://[::1]:${port}/page`);
    await expect(fetcher.fetch(`${base}/to?${target}`, strict)).rejects.toMatchObject({
      code: 'FETCH_REFUSED',
    });
    const metadata = encodeURIComponent('http://169.254.169.254/latest/meta-data/');
    await expect(fetcher.fetch(`${base}/to?${metadata}`, strict)).rejects.toMatchObject({
      code: 'FETCH_REFUSED',
    });
  });

  it('checks the resolved address of a redirect target host', async () => {
    const fetcher = createHttpFetcher({
      isPublic: standIn,
      resolve: async (host) => [
        { address: host === 'intranet.example' ? '192.168.1.20' : '127.0.0.1', family: 4 },
      ],
    });
    const target = encodeURIComponent('http://intranet.example/admin');
    await expect(fetcher.fetch(`${base}/to?${target}`, strict)).rejects.toMatchObject({
      code: 'FETCH_REFUSED',
    });
  });
});
