/**
 * The request deadline. When it passes, the client gets a 503 `TIMEOUT` JSON error at
 * once, and the request's `signal` fires so the work done for it stops: an analysis
 * running in the worker pool is terminated (its worker replaced), one still queued is
 * dropped. Work that cannot be interrupted (a read query already running) is abandoned:
 * its result is thrown away.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.js';
import { ApiError } from './errors.js';

export function deadline(ms: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const controller = new AbortController();
    c.set('signal', controller.signal);
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new ApiError(
          'TIMEOUT',
          `the request took longer than the server's limit of ${ms / 1000} s`,
        );
        controller.abort(error);
        reject(error);
      }, ms);
    });
    try {
      await Promise.race([next(), expired]);
    } finally {
      clearTimeout(timer);
    }
  };
}
