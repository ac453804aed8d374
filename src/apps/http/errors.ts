/**
 * The one mapping from error codes to HTTP statuses, and the JSON error body every 4xx/5xx
 * answer carries: `{error: {code, message}}`. Library errors keep their CopydeskError code;
 * conditions only the HTTP edge knows (a missing token, a rate limit) have their own codes.
 */
import type { ErrorCode } from '../../core/errors.js';

/** Codes that exist only at the HTTP edge. */
export const HTTP_ONLY_CODES = [
  'INVALID_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'TIMEOUT',
  'UNSUPPORTED_MEDIA_TYPE',
] as const;
export type HttpOnlyCode = (typeof HTTP_ONLY_CODES)[number];
export type ApiErrorCode = ErrorCode | HttpOnlyCode;

export const HTTP_STATUS: Readonly<Record<ApiErrorCode, number>> = {
  USAGE: 400,
  INVALID_REQUEST: 400,
  INPUT_NOT_FOUND: 400,
  INPUT_IS_DIRECTORY: 400,
  INPUT_UNREADABLE: 400,
  INPUT_EMPTY: 400,
  INPUT_BINARY: 415,
  INPUT_BAD_ENCODING: 415,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INPUT_TOO_LARGE: 413,
  // The page the user named could not be fetched: the request is fine, the upstream is not.
  FETCH_REFUSED: 422,
  FETCH_FAILED: 502,
  FETCH_TIMEOUT: 504,
  FETCH_TOO_LARGE: 413,
  DATA_INVALID: 422,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  TIMEOUT: 503,
  STORAGE: 500,
  PIPELINE_INVALID: 500,
  STAGE_FAILED: 500,
  INTERNAL: 500,
};

export interface ApiErrorBody {
  readonly error: { readonly code: ApiErrorCode; readonly message: string };
}

export function errorBody(code: ApiErrorCode, message: string): ApiErrorBody {
  return { error: { code, message } };
}

/** A thrown error that already knows its HTTP answer (middleware uses it). */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
