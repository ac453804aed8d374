/**
 * One catalogue of coded errors. The library never prints: it throws a
 * {@link CopydeskError} with a stable code, and each edge maps codes to its own
 * vocabulary (CLI exit codes, HTTP statuses) in exactly one place.
 */
export const ERROR_CODES = [
  'USAGE',
  'INPUT_NOT_FOUND',
  'INPUT_IS_DIRECTORY',
  'INPUT_UNREADABLE',
  'INPUT_EMPTY',
  'INPUT_BINARY',
  'INPUT_TOO_LARGE',
  'INPUT_BAD_ENCODING',
  'FETCH_REFUSED',
  'FETCH_FAILED',
  'FETCH_TIMEOUT',
  'FETCH_TOO_LARGE',
  'DATA_INVALID',
  'NOT_FOUND',
  'CONFLICT',
  'STORAGE',
  'PIPELINE_INVALID',
  'STAGE_FAILED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class CopydeskError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CopydeskError';
    this.code = code;
  }
}

export function isCopydeskError(error: unknown): error is CopydeskError {
  return error instanceof CopydeskError;
}

/** A one-line description of any thrown value, for edges that must not print stacks. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error).split('\n')[0] ?? 'unknown error';
}
