import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { describeRateLimitStore } from '../../ports/rate-limit.case.js';
import { describeTokenStore } from '../../ports/token-store.case.js';
import {
  announceSkip,
  dropSchema,
  freshSchema,
  postgresTestUrl,
  urlWithSchema,
} from '../storage-postgres/test-database.js';
import { hashToken } from '../tokens-shared/secret.js';
import { PostgresRateLimiter } from './rate-limit.js';
import { PostgresTokenStore } from './store.js';

const url = postgresTestUrl();

/** A schema of its own per test; every `open` is a new connection pool on it (a new "process"). */
async function schemaFixture() {
  if (!url) throw new Error('no PostgreSQL test server');
  const schema = await freshSchema(url);
  return { url: urlWithSchema(url, schema), dispose: () => dropSchema(url, schema) };
}

if (url === null) {
  announceSkip('TokenStore and RateLimitStore: postgres');
  describe.skip('TokenStore conformance: postgres (no COPYDESK_TEST_PG_URL)', () => {
    it('needs a PostgreSQL server', () => {});
  });
} else {
  describeTokenStore('postgres', async () => {
    const s = await schemaFixture();
    return { open: () => PostgresTokenStore.open(s.url), dispose: s.dispose };
  });

  describeRateLimitStore('postgres', async (options) => {
    const s = await schemaFixture();
    const limiter = await PostgresRateLimiter.open(s.url, options);
    const close = limiter.close.bind(limiter);
    limiter.close = async () => {
      await close();
      await s.dispose();
    };
    return limiter;
  });

  describe('PostgreSQL access stores', () => {
    it('keeps only the hash of a token', async () => {
      const s = await schemaFixture();
      const store = await PostgresTokenStore.open(s.url);
      try {
        await store.migrate();
        const { token } = await store.create('bot', 'write');
        const client = new pg.Client({ connectionString: s.url });
        await client.connect();
        const { rows } = await client.query('SELECT hash FROM api_tokens');
        await client.end();
        expect(rows).toEqual([{ hash: hashToken(token) }]);
      } finally {
        await store.close();
        await s.dispose();
      }
    });

    it('gives a client one budget across server processes sharing the database', async () => {
      const s = await schemaFixture();
      const options = { perMinute: 1, burst: 6 };
      // Three pools stand for three server processes behind one load balancer.
      const processes = await Promise.all([1, 2, 3].map(() => PostgresRateLimiter.open(s.url, options)));
      try {
        await Promise.all(processes.map((p) => p.migrate()));
        const decisions = await Promise.all(
          Array.from({ length: 18 }, (_, i) => (processes[i % 3] as PostgresRateLimiter).take('token:abc')),
        );
        // Per process it would be 6 each (18 in all); shared, it is 6.
        expect(decisions.filter((d) => d.allowed)).toHaveLength(6);
        expect((await (processes[0] as PostgresRateLimiter).take('token:other')).allowed).toBe(true);
      } finally {
        await Promise.all(processes.map((p) => p.close()));
        await s.dispose();
      }
    });

    it('names the server it cannot reach, without the password', async () => {
      await expect(PostgresTokenStore.open('postgres://copydesk:secret@127.0.0.1:1/none')).rejects.toThrow(
        /cannot reach PostgreSQL for API tokens at postgres:\/\/copydesk:\*\*\*@127\.0\.0\.1:1\/none/,
      );
    });
  });
}
