/**
 * `copydesk serve`: the HTTP API and the web UI over a corpus. `--samples DIR` ingests
 * sample articles first when the corpus is empty (what `npm start` does).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { Option } from 'commander';
import { CopydeskError } from '../../../core/errors.js';
import { DEFAULT_SERVER_CONFIG, type ServerConfig } from '../../http/context.js';
import { ingestSamples } from '../../http/samples.js';
import { startServer } from '../../http/server.js';
import type { CommandModule } from '../command.js';
import { corpusLocation } from './corpus-location.js';
import { parseByteSize } from './options.js';

interface ServeFlags {
  readonly db?: string;
  readonly host: string;
  readonly port: string;
  readonly read: 'open' | 'token';
  readonly cors?: string;
  readonly allowPrivate?: boolean;
  readonly rateLimit: string;
  readonly maxBody: string;
  readonly timeout: string;
  readonly samples?: string;
  readonly readWorkers: string;
  readonly analysisWorkers?: string;
}

/** The built web UI beside the compiled CLI (dist/web), if it was built. */
function defaultWebRoot(): string | null {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../web');
  return existsSync(join(root, 'index.html')) ? root : null;
}

function integer(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new CopydeskError(
      'USAGE',
      `--${name} must be a whole number from ${min} to ${max}, not "${value}"`,
    );
  }
  return n;
}

export const serveCommand: CommandModule = (program: Command) => {
  program
    .command('serve')
    .description('serve the HTTP API (/openapi.json, /docs) and the web UI (/app/) over a corpus')
    .option(
      '--db <path>',
      'corpus database (default: $COPYDESK_DB or the per-user default, ~/.local/share/copydesk/corpus.db on Linux)',
    )
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('-p, --port <port>', 'port to listen on (0: any free port)', '8787')
    .addOption(
      new Option('--read <access>', 'who may read: anyone, or token holders')
        .choices(['open', 'token'])
        .default('open'),
    )
    .option(
      '--cors <origins>',
      'comma-separated origins allowed to call the API from a browser (default: none)',
    )
    .option('--allow-private', 'let POST /analyze fetch private and loopback addresses')
    .option('--rate-limit <perMinute>', 'requests per minute per token or address (0: no limit)', '600')
    .option('--max-body <size>', 'largest request body (e.g. 5MB)', '5MB')
    .option('--timeout <seconds>', 'deadline for one request', '30')
    .option('--samples <dir>', 'ingest the articles in this directory first if the corpus is empty')
    .option(
      '--read-workers <n>',
      'worker threads for read queries, so one slow search does not hold up the rest (0: none)',
      '2',
    )
    .option(
      '--analysis-workers <n>',
      'worker threads analysing articles for POST /analyze and /articles (default: one per core)',
    )
    .action(async (flags: ServeFlags) => {
      const perMinute = integer(flags.rateLimit, 'rate-limit', 0, 1_000_000);
      const config: ServerConfig = {
        ...DEFAULT_SERVER_CONFIG,
        readAccess: flags.read,
        allowPrivateUrls: flags.allowPrivate === true,
        corsOrigins: (flags.cors ?? '')
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
        rateLimit: { perMinute, burst: Math.max(10, Math.ceil(perMinute / 5)) },
        maxBodyBytes: parseByteSize(flags.maxBody),
        requestTimeoutMs: integer(flags.timeout, 'timeout', 1, 3600) * 1000,
        webRoot: defaultWebRoot(),
      };
      const dbPath = corpusLocation(flags.db);
      const server = await startServer({
        dbPath,
        host: flags.host,
        port: integer(flags.port, 'port', 0, 65535),
        config,
        readWorkers: integer(flags.readWorkers, 'read-workers', 0, 16),
        ...(flags.analysisWorkers === undefined
          ? {}
          : { analysisWorkers: integer(flags.analysisWorkers, 'analysis-workers', 0, 64) }),
      });
      if (flags.samples && (await server.corpus.store.countArticles()) === 0) {
        const done = await ingestSamples(server.corpus, flags.samples);
        process.stderr.write(`ingested ${done.length} sample articles from ${flags.samples}\n`);
      }
      const articles = await server.corpus.store.countArticles();
      process.stdout.write(
        `copydesk is serving ${articles} articles from ${dbPath}\n` +
          `  web UI:   ${server.url}/app/\n  API docs: ${server.url}/docs  (OpenAPI: ${server.url}/openapi.json)\n` +
          (config.webRoot ? '' : '  (the web UI is not built: run npm run build)\n') +
          'Press Ctrl+C to stop.\n',
      );
      await new Promise<void>((resolveStop) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          server.close().then(resolveStop, resolveStop);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
};
