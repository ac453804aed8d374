/**
 * The HTTP(S) fetcher: node's http/https clients with every limit enforced here.
 *
 * Address safety: each hop's host name is resolved by our own `lookup`, every resolved
 * address is checked, and the socket connects to exactly the address that was checked —
 * so a DNS answer that changes between check and connect (rebinding) cannot slip
 * through. IP-literal hosts (`127.0.0.1`, `[::1]`, and the decimal/hex/octal spellings,
 * which the WHATWG URL parser turns into dotted quads) are checked before connecting.
 * Redirects are followed by hand, so every hop gets the same checks.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import { CopydeskError, isCopydeskError } from '../../core/errors.js';
import type { FetchedPage, Fetcher, FetchOptions } from '../../ports/fetcher.js';
import { isPublicAddress } from './address-policy.js';

export const DEFAULT_FETCH_OPTIONS = {
  allowPrivate: false,
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'copydesk/0.1 (news analysis; fetches one page on request)',
} as const satisfies Required<FetchOptions>;

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Resolves a host name to its addresses (injectable so tests never touch real DNS). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface HttpFetcherDeps {
  readonly resolve?: Resolver;
  /** Which addresses count as public; tests may widen it to stand a local server in for the web. */
  readonly isPublic?: (address: string) => boolean;
}

const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses: LookupAddress[]) => {
      if (err) reject(err);
      else resolve(addresses.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 })));
    });
  });

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export function createHttpFetcher(deps: HttpFetcherDeps = {}): Fetcher {
  const resolve = deps.resolve ?? systemResolver;
  const isPublic = deps.isPublic ?? isPublicAddress;
  return {
    async fetch(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
      const o = { ...DEFAULT_FETCH_OPTIONS, ...options };
      const deadline = Date.now() + o.timeoutMs;
      let current = parseUrl(url);
      for (let hop = 0; ; hop++) {
        const response = await request(current, o, deadline, resolve, isPublic);
        if (REDIRECTS.has(response.status) && response.location !== null) {
          if (hop >= o.maxRedirects) {
            throw new CopydeskError('FETCH_FAILED', `${url}: more than ${o.maxRedirects} redirects`);
          }
          current = parseUrl(response.location, current);
          continue;
        }
        if (response.status >= 400) {
          throw new CopydeskError('FETCH_FAILED', `${current.href} answered HTTP ${response.status}`);
        }
        return {
          bytes: response.body,
          contentType: response.contentType,
          finalUrl: current.href,
          status: response.status,
        };
      }
    },
  };
}

function parseUrl(raw: string, base?: URL): URL {
  let u: URL;
  try {
    u = new URL(raw, base);
  } catch {
    throw new CopydeskError('FETCH_FAILED', `not a valid URL: ${raw.slice(0, 200)}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new CopydeskError('FETCH_REFUSED', `only http and https URLs are fetched, not ${u.protocol}`);
  }
  return u;
}

interface RawResponse {
  readonly status: number;
  readonly location: string | null;
  readonly contentType: string | null;
  readonly body: Uint8Array;
}

function refused(host: string, address: string): CopydeskError {
  return new CopydeskError(
    'FETCH_REFUSED',
    `refusing to fetch ${host}: it resolves to the non-public address ${address} (allow it with --allow-private)`,
  );
}

function request(
  url: URL,
  o: Required<FetchOptions>,
  deadline: number,
  resolve: Resolver,
  isPublic: (address: string) => boolean,
): Promise<RawResponse> {
  return new Promise<RawResponse>((done, fail) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) && !o.allowPrivate && !isPublic(host)) {
      fail(refused(url.host, host));
      return;
    }
    let failure: CopydeskError | null = null;
    let settled = false;
    const finish = (error: unknown, value?: RawResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (value) done(value);
      else fail(failure ?? asFetchError(error, url));
    };
    const remaining = deadline - Date.now();
    const timer = setTimeout(
      () => {
        failure = new CopydeskError('FETCH_TIMEOUT', `${url.href} did not answer within ${o.timeoutMs} ms`);
        req.destroy(failure);
      },
      Math.max(1, remaining),
    );

    // Resolve, check every address, and hand the socket the address that was checked.
    const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
      resolve(hostname).then(
        (addresses) => {
          if (addresses.length === 0) {
            callback(new CopydeskError('FETCH_FAILED', `${hostname} has no address`), '', 4);
            return;
          }
          const bad = o.allowPrivate ? undefined : addresses.find((a) => !isPublic(a.address));
          if (bad) {
            failure = refused(hostname, bad.address);
            callback(failure, '', 4);
            return;
          }
          if ((lookupOptions as { all?: boolean }).all) {
            (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, addresses);
          } else callback(null, addresses[0]!.address, addresses[0]!.family);
        },
        (error: unknown) => {
          failure = new CopydeskError(
            'FETCH_FAILED',
            `cannot resolve ${hostname}: ${(error as Error).message}`,
          );
          callback(failure, '', 4);
        },
      );
    };

    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, {
      method: 'GET',
      lookup,
      headers: {
        'user-agent': o.userAgent,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    req.on('error', (e) => finish(e));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status) && res.headers.location) {
        res.resume();
        finish(null, { status, location: res.headers.location, contentType: null, body: new Uint8Array() });
        req.destroy();
        return;
      }
      readBody(res, url, o.maxBytes).then(
        (body) =>
          finish(null, { status, location: null, contentType: res.headers['content-type'] ?? null, body }),
        (e: unknown) => {
          if (isCopydeskError(e)) failure = failure ?? e;
          req.destroy();
          finish(e);
        },
      );
    });
    req.end();
  });
}

/** Reads a response body, decompressing it, and stops as soon as either size passes the cap. */
function readBody(res: IncomingMessage, url: URL, maxBytes: number): Promise<Uint8Array> {
  return new Promise((done, fail) => {
    const tooLarge = () =>
      new CopydeskError(
        'FETCH_TOO_LARGE',
        `${url.href} is larger than the ${Math.round(maxBytes / 1024)} KB limit`,
      );
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      res.destroy();
      fail(tooLarge());
      return;
    }
    const encoding = String(res.headers['content-encoding'] ?? 'identity')
      .toLowerCase()
      .trim();
    let stream: NodeJS.ReadableStream = res;
    let decoder: zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null = null;
    if (encoding === 'gzip' || encoding === 'x-gzip') decoder = zlib.createGunzip();
    else if (encoding === 'deflate') decoder = zlib.createInflate();
    else if (encoding === 'br') decoder = zlib.createBrotliDecompress();
    else if (encoding !== 'identity' && encoding !== '') {
      res.destroy();
      fail(
        new CopydeskError('FETCH_FAILED', `${url.href} uses an unsupported content encoding "${encoding}"`),
      );
      return;
    }
    let wire = 0;
    res.on('data', (chunk: Buffer) => {
      wire += chunk.length;
      if (wire > maxBytes) stop(tooLarge());
    });
    if (decoder) stream = res.pipe(decoder);
    const chunks: Buffer[] = [];
    let size = 0;
    let stopped = false;
    const stop = (error: Error) => {
      if (stopped) return;
      stopped = true;
      decoder?.destroy();
      res.destroy();
      fail(error);
    };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // The decompressed size is capped too: a small gzip bomb cannot fill memory.
      if (size > maxBytes) stop(tooLarge());
      else chunks.push(chunk);
    });
    stream.on('error', (e: Error) =>
      stop(new CopydeskError('FETCH_FAILED', `${url.href}: broken ${encoding} body (${e.message})`)),
    );
    res.on('error', (e: Error) => stop(e));
    stream.on('end', () => {
      if (!stopped) done(new Uint8Array(Buffer.concat(chunks)));
    });
  });
}

function asFetchError(error: unknown, url: URL): CopydeskError {
  if (isCopydeskError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new CopydeskError('FETCH_FAILED', `cannot fetch ${url.href}: ${message}`);
}
