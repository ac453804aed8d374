/**
 * The UI's client for the copydesk API (same origin). Errors come back as the API's
 * `{error: {code, message}}` and are thrown as {@link ApiFailure}s for pages to show.
 */
import type { AnalysisJson } from '../../../core/analysis.js';
import type {
  ArticleSummary,
  CorpusEntity,
  EntityPage,
  Page,
  SearchHit,
  StoredQuote,
  StoryCluster,
} from '../../../ports/document-store.js';

export type { AnalysisJson, ArticleSummary, CorpusEntity, SearchHit, StoredQuote, StoryCluster };

export interface ArticleResponse extends ArticleSummary {
  readonly sourceRef: string;
  readonly analysis: AnalysisJson;
  readonly entityLinks: Readonly<Record<string, string>>;
}

export interface EntityResponse extends EntityPage {
  readonly roles: readonly string[];
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'copydesk.token';

export function savedToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function saveToken(token: string | null): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

type Params = Record<string, string | number | undefined | null>;

function query(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function call<T>(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = savedToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiFailure(0, 'NETWORK', 'the server cannot be reached');
  }
  const data = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) {
    throw new ApiFailure(
      res.status,
      data?.error?.code ?? 'HTTP',
      data?.error?.message ?? `HTTP ${res.status}`,
    );
  }
  return data as T;
}

export const api = {
  search: (p: Params, signal?: AbortSignal) =>
    call<Page<SearchHit>>('GET', `/articles${query(p)}`, undefined, signal),
  article: (id: string, signal?: AbortSignal) =>
    call<ArticleResponse>('GET', `/articles/${encodeURIComponent(id)}`, undefined, signal),
  entities: (q: string, signal?: AbortSignal) =>
    call<{ items: CorpusEntity[] }>('GET', `/entities${query({ q, limit: 50 })}`, undefined, signal),
  entity: (id: string, signal?: AbortSignal) =>
    call<EntityResponse>('GET', `/entities/${encodeURIComponent(id)}`, undefined, signal),
  quotes: (p: Params, signal?: AbortSignal) =>
    call<Page<StoredQuote>>('GET', `/quotes${query(p)}`, undefined, signal),
  story: (id: string, signal?: AbortSignal) =>
    call<StoryCluster>('GET', `/stories/${encodeURIComponent(id)}`, undefined, signal),
  analyze: (body: { text?: string; html?: string; url?: string; date?: string }) =>
    call<AnalysisJson>('POST', '/analyze', body),
};
