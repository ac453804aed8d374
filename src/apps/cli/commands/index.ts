/** Every top-level command, in the order `copydesk --help` lists them. */
import type { CommandModule } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { evalCommand } from './eval/index.js';
import { extractCommand } from './extract.js';
import { kbCommand } from './kb.js';
import { serveCommand } from './serve.js';
import { tokenCommand } from './token.js';

export const commands: CommandModule[] = [
  analyzeCommand,
  extractCommand,
  kbCommand,
  evalCommand,
  serveCommand,
  tokenCommand,
];
