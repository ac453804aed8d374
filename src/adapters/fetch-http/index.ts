/**
 * The HTTP fetch adapter and `fetchArticle`, the one call the CLI (and later the API and
 * feeds) use to get a page's bytes for analysis.
 */
import type { FetchOptions } from '../../ports/fetcher.js';
import { createHttpFetcher, type HttpFetcherDeps } from './http-fetcher.js';

export { isPublicAddress } from './address-policy.js';
export {
  createHttpFetcher,
  DEFAULT_FETCH_OPTIONS,
  type HttpFetcherDeps,
  type Resolver,
} from './http-fetcher.js';

export interface FetchedArticle {
  readonly bytes: Uint8Array;
  readonly contentType: string | null;
  readonly finalUrl: string;
}

/**
 * Fetches a URL safely (see the port's rules) and returns its body for decoding with
 * `decodeInput(bytes, { origin: { kind: 'url', url: finalUrl }, contentType })`.
 */
export async function fetchArticle(
  url: string,
  options: FetchOptions = {},
  deps: HttpFetcherDeps = {},
): Promise<FetchedArticle> {
  const page = await createHttpFetcher(deps).fetch(url, options);
  return { bytes: page.bytes, contentType: page.contentType, finalUrl: page.finalUrl };
}
