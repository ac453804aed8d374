/**
 * Turns an analyze/ingest request body (`text`, `html` or `url`) into a decoded input.
 * URLs go through the safe fetcher: public addresses only unless the server allows
 * private ones, bounded in time and size.
 */
import type { ArticleMeta, RawInput } from '../../core/meta.js';
import type { Fetcher } from '../../ports/fetcher.js';
import { decodeInput } from '../../stages/01-input/decode.js';
import type { ServerConfig } from './context.js';
import { ApiError } from './errors.js';

export interface ArticleRequest {
  readonly text?: string | undefined;
  readonly html?: string | undefined;
  readonly url?: string | undefined;
  readonly date?: string | undefined;
  readonly title?: string | undefined;
}

export interface RequestInput {
  readonly raw: RawInput;
  readonly meta: Partial<ArticleMeta>;
  readonly sourceRef: string;
}

const encoder = new TextEncoder();

export async function requestInput(
  body: ArticleRequest,
  config: ServerConfig,
  fetcher: Fetcher,
  deadline: number,
): Promise<RequestInput> {
  const given = (['text', 'html', 'url'] as const).filter((k) => body[k] !== undefined);
  if (given.length !== 1) {
    throw new ApiError('INVALID_REQUEST', 'give exactly one of "text", "html" or "url"');
  }
  const meta: Partial<ArticleMeta> = {};
  if (body.date) meta.published = body.date;
  if (body.title) meta.title = body.title;
  const origin = { kind: 'inline', label: 'request' } as const;
  if (body.text !== undefined) {
    const raw = decodeInput(encoder.encode(body.text), {
      origin,
      contentType: 'text/plain; charset=utf-8',
      maxBytes: config.maxBodyBytes,
    });
    return { raw, meta, sourceRef: 'api:text' };
  }
  if (body.html !== undefined) {
    const raw = decodeInput(encoder.encode(body.html), {
      origin,
      contentType: 'text/html; charset=utf-8',
      maxBytes: config.maxBodyBytes,
    });
    return { raw, meta, sourceRef: 'api:html' };
  }
  const url = checkUrl(body.url ?? '');
  const page = await fetcher.fetch(url, {
    allowPrivate: config.allowPrivateUrls,
    timeoutMs: Math.max(1000, deadline - Date.now()),
    maxBytes: config.maxBodyBytes,
  });
  const raw = decodeInput(page.bytes, {
    origin: { kind: 'url', url: page.finalUrl },
    contentType: page.contentType,
    maxBytes: config.maxBodyBytes,
  });
  return { raw, meta, sourceRef: page.finalUrl };
}

function checkUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ApiError('INVALID_REQUEST', `"${value.slice(0, 200)}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ApiError('INVALID_REQUEST', 'only http and https URLs can be fetched');
  }
  return url.href;
}
