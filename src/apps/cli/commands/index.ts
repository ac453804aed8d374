/** Every top-level command, in the order `copydesk --help` lists them, loaded on demand. */
import type { CommandLoaders } from '../command.js';

export const commandLoaders: CommandLoaders = {
  analyze: async () => (await import('./analyze.js')).analyzeCommand,
  extract: async () => (await import('./extract.js')).extractCommand,
  kb: async () => (await import('./kb.js')).kbCommand,
  eval: async () => (await import('./eval/index.js')).evalCommand,
};
