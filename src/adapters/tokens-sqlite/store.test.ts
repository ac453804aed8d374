import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeTokenStore } from '../../ports/token-store.case.js';
import { hashToken } from '../tokens-shared/secret.js';
import { SqliteTokenStore } from './store.js';

describeTokenStore('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-tokens-'));
  return {
    open: async () => SqliteTokenStore.open(join(dir, 'corpus.db')),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe('SqliteTokenStore', () => {
  it('keeps the hash, not the secret, in the file', async () => {
    const store = SqliteTokenStore.open(':memory:');
    await store.migrate();
    const { token } = await store.create('bot', 'write');
    const db = (store as unknown as { db: import('better-sqlite3').Database }).db;
    const row = db.prepare('SELECT hash FROM api_tokens').get() as { hash: string };
    expect(row.hash).toBe(hashToken(token));
    expect(row.hash).not.toContain(token.slice(4));
    await store.close();
  });
});
