/**
 * Opens the corpus a user names: `postgres://…` / `postgresql://…` is PostgreSQL,
 * anything else a SQLite file path. Without a name, `COPYDESK_DB`, else the embedded
 * default `corpus.db` in the per-user data directory (Linux: `$XDG_DATA_HOME/copydesk`
 * or `~/.local/share/copydesk`; macOS: `~/Library/Application Support/copydesk`;
 * Windows: `%LOCALAPPDATA%\copydesk\Data`), created on first use. The schema is
 * migrated on open.
 */
import { join } from 'node:path';
import envPaths from 'env-paths';
import { CopydeskError, isCopydeskError } from '../core/errors.js';
import type { CorpusStore } from '../ports/document-store.js';
import { PostgresDocumentStore } from './storage-postgres/store.js';
import { SqliteDocumentStore } from './storage-sqlite/store.js';

export function defaultCorpusPath(): string {
  return join(envPaths('copydesk', { suffix: '' }).data, 'corpus.db');
}

export function resolveCorpusLocation(spec?: string): string {
  return spec?.trim() || process.env.COPYDESK_DB?.trim() || defaultCorpusPath();
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openCorpusStore(
  spec?: string,
  options: { poolSize?: number } = {},
): Promise<CorpusStore> {
  const location = resolveCorpusLocation(spec);
  const store = isPostgresUrl(location)
    ? await PostgresDocumentStore.open(location, { max: options.poolSize })
    : SqliteDocumentStore.open(location);
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => {});
    if (isCopydeskError(error)) throw error;
    throw new CopydeskError('STORAGE', `cannot use corpus ${store.location}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return store;
}
