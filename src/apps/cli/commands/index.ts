/** Every top-level command, in the order `copydesk --help` lists them. */
import type { CommandModule } from '../command.js';
import { analyzeCommand } from './analyze.js';
import {
  entityCommand,
  exportCommand,
  quotesCommand,
  searchCommand,
  storyCommand,
} from './corpus-queries.js';
import { evalCommand } from './eval/index.js';
import { extractCommand } from './extract.js';
import { ingestCommand } from './ingest.js';
import { kbCommand } from './kb.js';

export const commands: CommandModule[] = [
  analyzeCommand,
  extractCommand,
  kbCommand,
  evalCommand,
  ingestCommand,
  searchCommand,
  quotesCommand,
  entityCommand,
  storyCommand,
  exportCommand,
];
