/**
 * Test support: a PostgreSQL store in a schema of its own, so tests and test files
 * never see each other's rows. The server comes from COPYDESK_TEST_PG_URL; without it
 * the PostgreSQL tests skip with a message, unless COPYDESK_REQUIRE_PG=1 (CI), where a
 * missing or unreachable server fails them.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PostgresDocumentStore } from './store.js';

export function postgresTestUrl(): string | null {
  const url = process.env.COPYDESK_TEST_PG_URL?.trim();
  if (url) return url;
  if (process.env.COPYDESK_REQUIRE_PG === '1') {
    throw new Error('COPYDESK_REQUIRE_PG=1 but COPYDESK_TEST_PG_URL is not set');
  }
  return null;
}

/** Says once per file why PostgreSQL tests are skipped. */
export function announceSkip(what: string): void {
  process.stderr.write(`[skip] ${what}: PostgreSQL tests skipped (set COPYDESK_TEST_PG_URL=postgres://…)\n`);
}

/** A new, empty schema on the test server; its name for `search_path`. */
export async function freshSchema(url: string): Promise<string> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await client.end();
  }
  return schema;
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** A URL that selects `schema` (libpq `options`), usable by child processes too. */
export function urlWithSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

export async function freshPostgresStore(
  options: { maxRanked?: number } = {},
): Promise<PostgresDocumentStore> {
  const url = postgresTestUrl();
  if (!url) throw new Error('no PostgreSQL test server');
  const schema = await freshSchema(url);
  const store = await PostgresDocumentStore.open(urlWithSchema(url, schema), options);
  const close = store.close.bind(store);
  store.close = async () => {
    await close();
    await dropSchema(url, schema);
  };
  return store;
}
