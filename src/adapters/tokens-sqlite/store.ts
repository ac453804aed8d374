/**
 * API tokens in the SQLite corpus file, in their own table (`api_tokens`) created here
 * idempotently, so the token module needs nothing from the corpus schema's migrations.
 */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { CopydeskError } from '../../core/errors.js';
import type { TokenInfo, TokenScope, TokenStore } from '../../ports/token-store.js';
import {
  hashToken,
  LAST_USED_RESOLUTION_MS,
  newSecret,
  TOKEN_PREFIX,
  tokenName,
} from '../tokens-shared/secret.js';

type Row = {
  id: string;
  name: string;
  scope: TokenScope;
  hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
};

function toInfo(r: Row): TokenInfo {
  return {
    id: r.id,
    name: r.name,
    scope: r.scope,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  };
}

export class SqliteTokenStore implements TokenStore {
  private constructor(private readonly db: Database.Database) {}

  static open(path: string): SqliteTokenStore {
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      const db = new Database(path);
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      return new SqliteTokenStore(db);
    } catch (error) {
      throw new CopydeskError('STORAGE', `cannot open token store ${path}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }

  async migrate(): Promise<void> {
    this.db.exec(`CREATE TABLE IF NOT EXISTS api_tokens (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      scope TEXT NOT NULL CHECK (scope IN ('read', 'write')),
      hash TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL,
      last_used_at TEXT,
      revoked_at TEXT
    )`);
  }

  async create(name: string, scope: TokenScope): Promise<{ token: string; info: TokenInfo }> {
    const clean = tokenName(name);
    const token = newSecret();
    const row: Row = {
      id: randomUUID().slice(0, 8),
      name: clean,
      scope,
      hash: hashToken(token),
      created_at: new Date().toISOString(),
      last_used_at: null,
      revoked_at: null,
    };
    this.db
      .prepare(
        'INSERT INTO api_tokens (id, name, scope, hash, created_at) VALUES (@id, @name, @scope, @hash, @created_at)',
      )
      .run(row);
    return { token, info: toInfo(row) };
  }

  async list(): Promise<readonly TokenInfo[]> {
    return (this.db.prepare('SELECT * FROM api_tokens ORDER BY created_at, rowid').all() as Row[]).map(
      toInfo,
    );
  }

  async revoke(id: string): Promise<boolean> {
    const info = this.db
      .prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
      .run(new Date().toISOString(), id);
    return info.changes === 1;
  }

  async verify(secret: string): Promise<TokenInfo | null> {
    if (!secret.startsWith(TOKEN_PREFIX)) return null;
    const hash = hashToken(secret);
    const row = this.db.prepare('SELECT * FROM api_tokens WHERE hash = ?').get(hash) as Row | undefined;
    // The lookup is by hash, so timing cannot leak the secret; the compare guards the index hit.
    if (!row || !timingSafeEqual(Buffer.from(row.hash), Buffer.from(hash)) || row.revoked_at) return null;
    const now = new Date();
    if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > LAST_USED_RESOLUTION_MS) {
      this.db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(now.toISOString(), row.id);
      return toInfo({ ...row, last_used_at: now.toISOString() });
    }
    return toInfo(row);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
