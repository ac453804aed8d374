/**
 * The faintest misspellings of a name: a doubled letter written once or once written double
 * ("Besent" for Bessent), or a consonant for the one that sounds the same ("Makron" for
 * Macron). A short surname alone is repaired only on such a slip: any other letter off makes
 * a different name too often.
 */
import { letterSlips, soundSlips } from './similarity.js';

/** `l` with every run of one letter written once ("bessent" → "besent"). */
function undoubled(l: string): string {
  return l.replace(/(.)\1+/g, '$1');
}

/** True when `a` and `b` (letters of names) differ by one faint slip, and only by it. */
export function faintSlip(a: string, b: string): boolean {
  if (a === b || letterSlips(a, b, 1) > 1) return false;
  return undoubled(a) === undoubled(b) || soundSlips(a, b, 1) <= 0.5;
}
