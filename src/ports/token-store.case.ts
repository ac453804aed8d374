/**
 * The conformance suite for API token stores. `open` opens a new handle on the same
 * storage each time it is called (a file, a database schema), as `copydesk token create`
 * and a running server do; `dispose` removes the storage. Both backends' test files
 * call `describeTokenStore`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TokenStore } from './token-store.js';

export interface TokenStoreFixture {
  open(): Promise<TokenStore>;
  dispose(): Promise<void>;
}

export function describeTokenStore(name: string, fixture: () => Promise<TokenStoreFixture>): void {
  describe(`TokenStore conformance: ${name}`, () => {
    let storage: TokenStoreFixture;
    let store: TokenStore;
    const others: TokenStore[] = [];
    beforeEach(async () => {
      storage = await fixture();
      store = await storage.open();
      await store.migrate();
    });
    afterEach(async () => {
      for (const s of others.splice(0)) await s.close();
      await store.close();
      await storage.dispose();
    });

    it('verifies a created token, stores only its hash, and stops accepting it once revoked', async () => {
      await store.migrate(); // idempotent
      const { token, info } = await store.create('  newsroom bot ', 'write');
      expect(token).toMatch(/^cdk_[A-Za-z0-9_-]{43}$/);
      expect(info).toMatchObject({ name: 'newsroom bot', scope: 'write', lastUsedAt: null, revokedAt: null });
      expect(Number.isNaN(Date.parse(info.createdAt))).toBe(false);
      expect((await store.verify(token))?.id).toBe(info.id);
      expect(await store.verify(`${token}x`)).toBeNull();
      expect(await store.verify('not-a-token')).toBeNull();
      expect(await store.verify('cdk_')).toBeNull();
      const listed = await store.list();
      expect(listed.map((t) => t.name)).toEqual(['newsroom bot']);
      expect(JSON.stringify(listed)).not.toContain(token);
      expect(await store.revoke(info.id)).toBe(true);
      expect(await store.revoke(info.id)).toBe(false);
      expect(await store.revoke('no-such-id')).toBe(false);
      expect(await store.verify(token)).toBeNull();
      expect((await store.list())[0]?.revokedAt).not.toBeNull();
    });

    it('keeps scopes apart, lists in creation order and records when a token was last used', async () => {
      const reader = await store.create('dashboard', 'read');
      const writer = await store.create('ingest bot', 'write');
      expect((await store.verify(reader.token))?.scope).toBe('read');
      expect((await store.verify(writer.token))?.scope).toBe('write');
      const listed = await store.list();
      expect(listed.map((t) => t.name)).toEqual(['dashboard', 'ingest bot']);
      expect(listed.every((t) => t.lastUsedAt !== null)).toBe(true);
    });

    it('shares tokens between handles: created by one, verified and revoked through another', async () => {
      const { token, info } = await store.create('wire desk', 'write');
      const server = await storage.open();
      others.push(server);
      await server.migrate();
      expect((await server.verify(token))?.name).toBe('wire desk');
      expect(await store.revoke(info.id)).toBe(true);
      expect(await server.verify(token)).toBeNull();
    });

    it('refuses an empty or overlong name', async () => {
      await expect(store.create('  ', 'read')).rejects.toThrow(/name/);
      await expect(store.create('x'.repeat(101), 'read')).rejects.toThrow(/name/);
      expect(await store.list()).toEqual([]);
    });
  });
}
