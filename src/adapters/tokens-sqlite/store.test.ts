import { afterEach, describe, expect, it } from 'vitest';
import { hashToken, SqliteTokenStore } from './store.js';

describe('SqliteTokenStore', () => {
  let store: SqliteTokenStore;
  afterEach(async () => store.close());

  it('verifies a created token, stores only its hash, and stops accepting it once revoked', async () => {
    store = SqliteTokenStore.open(':memory:');
    await store.migrate();
    await store.migrate(); // idempotent
    const { token, info } = await store.create('newsroom bot', 'write');
    expect(token).toMatch(/^cdk_[A-Za-z0-9_-]{43}$/);
    expect((await store.verify(token))?.id).toBe(info.id);
    expect(await store.verify(`${token}x`)).toBeNull();
    expect(await store.verify('not-a-token')).toBeNull();
    const listed = await store.list();
    expect(listed.map((t) => t.name)).toEqual(['newsroom bot']);
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(hashToken(token)).not.toBe(token);
    expect(await store.revoke(info.id)).toBe(true);
    expect(await store.revoke(info.id)).toBe(false);
    expect(await store.verify(token)).toBeNull();
  });

  it('refuses an empty name', async () => {
    store = SqliteTokenStore.open(':memory:');
    await store.migrate();
    await expect(store.create('  ', 'read')).rejects.toThrow(/name/);
  });
});
