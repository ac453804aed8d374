/**
 * Port: fetching a web page for analysis. Implementations must be safe to point at URLs
 * from untrusted users: bounded time and size, bounded redirects, and no requests to
 * private, loopback, link-local or otherwise non-public addresses unless the caller
 * allows them explicitly. Failures are CopydeskErrors with the codes FETCH_REFUSED,
 * FETCH_FAILED, FETCH_TIMEOUT and FETCH_TOO_LARGE.
 */

export interface FetchOptions {
  /** Allow private, loopback and link-local addresses (local testing, intranets). Default false. */
  readonly allowPrivate?: boolean;
  /** Whole-request deadline in milliseconds, redirects included. */
  readonly timeoutMs?: number;
  /** Largest body accepted, after decompression, in bytes. */
  readonly maxBytes?: number;
  /** Redirects followed before giving up. */
  readonly maxRedirects?: number;
  readonly userAgent?: string;
}

export interface FetchedPage {
  /** The body, decompressed, still undecoded (charset decoding is the input stage's job). */
  readonly bytes: Uint8Array;
  /** The response's `Content-Type` header, or null. */
  readonly contentType: string | null;
  /** The URL of the last hop, after redirects. */
  readonly finalUrl: string;
  readonly status: number;
}

export interface Fetcher {
  fetch(url: string, options?: FetchOptions): Promise<FetchedPage>;
}
