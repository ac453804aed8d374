/** Parsers for option values shared by several commands. */
import { CopydeskError } from '../../../core/errors.js';

const UNITS: Readonly<Record<string, number>> = { '': 1, B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

/** "5MB", "200KB", "1048576" → bytes. */
export function parseByteSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([KMG]?B?)\s*$/i.exec(value);
  const unit = UNITS[(match?.[2] ?? '').toUpperCase()];
  if (!match || unit === undefined || Number(match[1]) <= 0) {
    throw new CopydeskError('USAGE', `"${value}" is not a size such as 5MB, 200KB or 1048576`);
  }
  return Math.floor(Number(match[1]) * unit);
}

/** A whole number ≥ `min` given for option `name`; anything else is a usage error. */
export function parseCount(value: string, name: string, min = 0): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min) {
    throw new CopydeskError('USAGE', `${name} must be a whole number ≥ ${min}, not "${value}"`);
  }
  return n;
}
