/** Every top-level command, in the order `copydesk --help` lists them, loaded on demand. */
import type { CommandLoaders } from '../command.js';

export const commandLoaders: CommandLoaders = {
  analyze: async () => (await import('./analyze.js')).analyzeCommand,
  extract: async () => (await import('./extract.js')).extractCommand,
  ingest: async () => (await import('./ingest.js')).ingestCommand,
  search: async () => (await import('./corpus-queries.js')).searchCommand,
  quotes: async () => (await import('./corpus-queries.js')).quotesCommand,
  entity: async () => (await import('./corpus-queries.js')).entityCommand,
  story: async () => (await import('./corpus-queries.js')).storyCommand,
  export: async () => (await import('./corpus-queries.js')).exportCommand,
  serve: async () => (await import('./serve.js')).serveCommand,
  token: async () => (await import('./token.js')).tokenCommand,
  kb: async () => (await import('./kb.js')).kbCommand,
  eval: async () => (await import('./eval/index.js')).evalCommand,
};
