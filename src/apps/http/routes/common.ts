/** Pieces every route description shares: error responses and the security requirement. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../context.js';
import { ErrorSchema } from '../schemas.js';

export type App = OpenAPIHono<AppEnv>;

const MEANING: Readonly<Record<number, string>> = {
  400: 'Invalid request (bad JSON, missing or malformed fields)',
  401: 'No token, or an unknown or revoked one',
  403: 'The token may not do this',
  404: 'Not found',
  413: 'Request body or fetched page too large',
  415: 'Binary or undecodable input',
  422: 'The URL is refused (private address) or the data is invalid',
  429: 'Rate limit reached; see Retry-After',
  502: 'The URL could not be fetched',
  503: 'The request took too long',
  504: 'The URL took too long to fetch',
};

/** Error responses for the given statuses, each with the `{error: {code, message}}` body. */
export function errorResponses(...statuses: number[]) {
  const out: Record<
    number,
    { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }
  > = {};
  for (const status of [...statuses, 401, 429]) {
    out[status] = {
      description: MEANING[status] ?? 'Error',
      content: { 'application/json': { schema: ErrorSchema } },
    };
  }
  return out;
}

export const bearerSecurity = [{ bearerAuth: [] }];

export function json<T>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}
