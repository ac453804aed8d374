/**
 * `copydesk token create|list|revoke`: API tokens for the HTTP server, kept hashed in
 * the corpus database (the SQLite file or the PostgreSQL database `--db` names). The
 * secret is printed once, at creation.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { isPostgresUrl } from '../../../adapters/open-store.js';
import { PostgresTokenStore } from '../../../adapters/tokens-postgres/store.js';
import { SqliteTokenStore } from '../../../adapters/tokens-sqlite/store.js';
import { CopydeskError } from '../../../core/errors.js';
import type { TokenScope, TokenStore } from '../../../ports/token-store.js';
import type { CommandModule } from '../command.js';
import { corpusLocation } from './corpus-location.js';

async function withTokens<T>(db: string | undefined, run: (store: TokenStore) => Promise<T>): Promise<T> {
  const location = corpusLocation(db);
  const store = isPostgresUrl(location)
    ? await PostgresTokenStore.open(location)
    : SqliteTokenStore.open(location);
  try {
    await store.migrate();
    return await run(store);
  } finally {
    await store.close();
  }
}

export const tokenCommand: CommandModule = (program: Command) => {
  const token = program.command('token').description('API tokens for copydesk serve');
  token
    .command('create')
    .description('create a token and print it (shown only once)')
    .argument('<name>', 'who or what the token is for')
    .addOption(
      new Option('--scope <scope>', 'write: ingest and read; read: read only')
        .choices(['read', 'write'])
        .default('write'),
    )
    .option('--db <path>', 'corpus database: a SQLite path or postgres://… (default: as serve)')
    .action(async (name: string, flags: { scope: TokenScope; db?: string }) => {
      const { token: secret, info } = await withTokens(flags.db, (s) => s.create(name, flags.scope));
      process.stdout.write(`${secret}\n`);
      process.stderr.write(
        `token ${info.id} "${info.name}" (${info.scope}) created; store it now, it is not shown again\n`,
      );
    });
  token
    .command('list')
    .description('list tokens (never their secrets)')
    .option('--db <path>', 'corpus database: a SQLite path or postgres://… (default: as serve)')
    .action(async (flags: { db?: string }) => {
      const list = await withTokens(flags.db, (s) => s.list());
      if (list.length === 0) process.stdout.write('no tokens\n');
      for (const t of list) {
        const state = t.revokedAt ? `revoked ${t.revokedAt}` : `last used ${t.lastUsedAt ?? 'never'}`;
        process.stdout.write(
          `${t.id}  ${t.scope.padEnd(5)}  ${t.name}  (created ${t.createdAt}, ${state})\n`,
        );
      }
    });
  token
    .command('revoke')
    .description('revoke a token by id')
    .argument('<id>', 'token id, as token list shows it')
    .option('--db <path>', 'corpus database: a SQLite path or postgres://… (default: as serve)')
    .action(async (id: string, flags: { db?: string }) => {
      const done = await withTokens(flags.db, (s) => s.revoke(id));
      if (!done) throw new CopydeskError('NOT_FOUND', `no live token ${id}`);
      process.stdout.write(`revoked ${id}\n`);
    });
};
