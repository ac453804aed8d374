/**
 * Access control and rate limiting, in one middleware: who is calling (a bearer token or
 * nobody), whether that is enough for this endpoint, and whether they have made too many
 * requests. Every refusal is an {@link ApiError} with a JSON body.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { RateLimitStore } from '../../ports/rate-limit.js';
import type { TokenStore } from '../../ports/token-store.js';
import type { AppEnv, ServerConfig } from './context.js';
import { ApiError } from './errors.js';

/** Endpoints that change the corpus: they always need a `write` token. */
export function isWrite(method: string, path: string): boolean {
  return method === 'POST' && path === '/articles';
}

export function guard(
  tokens: TokenStore,
  limiter: RateLimitStore,
  config: ServerConfig,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = await bearer(c, tokens);
    c.set('token', token);
    const write = isWrite(c.req.method, c.req.path);
    if (write || config.readAccess === 'token') {
      if (!token) {
        throw new ApiError(
          'UNAUTHORIZED',
          'this endpoint needs an API token: Authorization: Bearer <token>',
          {
            'WWW-Authenticate': 'Bearer',
          },
        );
      }
      if (write && token.scope !== 'write') {
        throw new ApiError('FORBIDDEN', `token "${token.name}" may only read; writing needs a write token`);
      }
    }
    const key = token ? `token:${token.id}` : `ip:${remoteAddress(c)}`;
    const decision = await limiter.take(key);
    if (!decision.allowed) {
      throw new ApiError('RATE_LIMITED', `too many requests; retry in ${decision.retryAfter} s`, {
        'Retry-After': String(decision.retryAfter),
      });
    }
    if (limiter.enabled) c.header('RateLimit-Remaining', String(decision.remaining));
    await next();
  };
}

async function bearer(c: Context, tokens: TokenStore) {
  const header = c.req.header('authorization');
  if (header === undefined) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new ApiError('UNAUTHORIZED', 'the Authorization header must be "Bearer <token>"');
  const info = await tokens.verify(match[1]);
  if (!info) throw new ApiError('UNAUTHORIZED', 'unknown or revoked API token');
  return info;
}

function remoteAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Requests made in-process (tests with app.request) have no socket.
    return 'local';
  }
}
