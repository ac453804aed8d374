/**
 * What both token stores share: how a secret is made, how it is hashed for storage, and
 * which names are accepted. Kept in one place so a token created through one backend's
 * rules is valid under the other's.
 */
import { createHash, randomBytes } from 'node:crypto';
import { CopydeskError } from '../../core/errors.js';

export const TOKEN_PREFIX = 'cdk_';

/** SHA-256 of the secret: tokens carry 256 random bits, so a fast hash is enough. */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A new secret: the prefix makes leaked tokens easy to recognise in logs and scanners. */
export function newSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** The trimmed name, or a USAGE error when it is empty or over 100 characters. */
export function tokenName(name: string): string {
  const clean = name.trim();
  if (!clean || clean.length > 100) throw new CopydeskError('USAGE', 'a token name must be 1-100 characters');
  return clean;
}

/** Use is recorded at most once a minute, so a busy client does not write on every request. */
export const LAST_USED_RESOLUTION_MS = 60_000;
