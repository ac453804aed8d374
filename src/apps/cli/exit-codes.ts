/**
 * The one mapping from error codes to process exit codes (documented in the README).
 * 1 is left for "ran, but the result says no" (e.g. an eval below its floor).
 */
import type { ErrorCode } from '../../core/errors.js';

export const EXIT_CODES: Readonly<Record<ErrorCode, number>> = {
  USAGE: 2,
  INPUT_NOT_FOUND: 3,
  INPUT_IS_DIRECTORY: 3,
  INPUT_UNREADABLE: 3,
  INPUT_EMPTY: 4,
  INPUT_BINARY: 5,
  INPUT_BAD_ENCODING: 5,
  INPUT_TOO_LARGE: 6,
  FETCH_REFUSED: 7,
  FETCH_FAILED: 7,
  FETCH_TIMEOUT: 7,
  FETCH_TOO_LARGE: 7,
  DATA_INVALID: 8,
  NOT_FOUND: 9,
  CONFLICT: 9,
  STORAGE: 10,
  PIPELINE_INVALID: 70,
  STAGE_FAILED: 70,
  INTERNAL: 70,
};
