/**
 * Port: API tokens for the HTTP server. Tokens are random secrets shown once at creation;
 * the store keeps only their SHA-256 hash (a token has 256 bits of entropy, so a fast hash
 * is enough — there is nothing to brute-force as there would be with a password).
 */

/** What a token may do: `write` covers ingestion; `read` only reading when reads need a token. */
export type TokenScope = 'read' | 'write';

export interface TokenInfo {
  readonly id: string;
  readonly name: string;
  readonly scope: TokenScope;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export interface TokenStore {
  /** Creates the token table if needed; safe on every start. */
  migrate(): Promise<void>;
  /** Makes a new token; the secret is returned here and never again. */
  create(name: string, scope: TokenScope): Promise<{ token: string; info: TokenInfo }>;
  list(): Promise<readonly TokenInfo[]>;
  /** Revokes by id; false when no such (unrevoked) token exists. */
  revoke(id: string): Promise<boolean>;
  /** The live token this secret belongs to, or null (unknown or revoked). */
  verify(secret: string): Promise<TokenInfo | null>;
  close(): Promise<void>;
}
