/**
 * API tokens in PostgreSQL, in their own table (`api_tokens`) beside the corpus, so every
 * server process on a shared corpus accepts the same tokens and a revocation takes effect
 * in all of them at once. The table is created idempotently (under an advisory lock, as
 * processes may start together), so the token module needs nothing from the corpus's
 * migrations.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { CopydeskError } from '../../core/errors.js';
import type { TokenInfo, TokenScope, TokenStore } from '../../ports/token-store.js';
import { openPool } from '../storage-postgres/connect.js';
import {
  hashToken,
  LAST_USED_RESOLUTION_MS,
  newSecret,
  TOKEN_PREFIX,
  tokenName,
} from '../tokens-shared/secret.js';

/** Advisory lock key for creating the access tables (distinct from the corpus's keys). */
export const ACCESS_MIGRATE_LOCK = 7_311_003;

type Row = {
  id: string;
  name: string;
  scope: TokenScope;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
};

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

function toInfo(r: Row): TokenInfo {
  return {
    id: r.id,
    name: r.name,
    scope: r.scope,
    createdAt: r.created_at.toISOString(),
    lastUsedAt: iso(r.last_used_at),
    revokedAt: iso(r.revoked_at),
  };
}

/** Runs DDL once even when several processes start at the same moment. */
export async function migrateUnderLock(pool: pg.Pool, sql: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [ACCESS_MIGRATE_LOCK]);
    await client.query(sql);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw new CopydeskError('STORAGE', `cannot create the access tables: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    client.release();
  }
}

export class PostgresTokenStore implements TokenStore {
  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string): Promise<PostgresTokenStore> {
    return new PostgresTokenStore(await openPool(url, 2, 'API tokens'));
  }

  async migrate(): Promise<void> {
    await migrateUnderLock(
      this.pool,
      `CREATE TABLE IF NOT EXISTS api_tokens (
        seq BIGSERIAL UNIQUE,
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        scope TEXT NOT NULL CHECK (scope IN ('read', 'write')),
        hash TEXT NOT NULL UNIQUE,
        created_at TIMESTAMPTZ NOT NULL,
        last_used_at TIMESTAMPTZ,
        revoked_at TIMESTAMPTZ
      )`,
    );
  }

  async create(name: string, scope: TokenScope): Promise<{ token: string; info: TokenInfo }> {
    const clean = tokenName(name);
    const token = newSecret();
    const { rows } = await this.pool.query<Row>(
      `INSERT INTO api_tokens (id, name, scope, hash, created_at) VALUES ($1, $2, $3, $4, $5)
       RETURNING id, name, scope, created_at, last_used_at, revoked_at`,
      [randomUUID().slice(0, 8), clean, scope, hashToken(token), new Date()],
    );
    return { token, info: toInfo(rows[0] as Row) };
  }

  async list(): Promise<readonly TokenInfo[]> {
    const { rows } = await this.pool.query<Row>(
      'SELECT id, name, scope, created_at, last_used_at, revoked_at FROM api_tokens ORDER BY seq',
    );
    return rows.map(toInfo);
  }

  async revoke(id: string): Promise<boolean> {
    const result = await this.pool.query(
      'UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL',
      [new Date(), id],
    );
    return result.rowCount === 1;
  }

  async verify(secret: string): Promise<TokenInfo | null> {
    if (!secret.startsWith(TOKEN_PREFIX)) return null;
    // The lookup is by hash (an index hit or nothing), so timing cannot leak the secret.
    const { rows } = await this.pool.query<Row>(
      'SELECT id, name, scope, created_at, last_used_at, revoked_at FROM api_tokens WHERE hash = $1',
      [hashToken(secret)],
    );
    const row = rows[0];
    if (!row || row.revoked_at) return null;
    const now = new Date();
    if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.pool.query('UPDATE api_tokens SET last_used_at = $1 WHERE id = $2', [now, row.id]);
      return toInfo({ ...row, last_used_at: now });
    }
    return toInfo(row);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
