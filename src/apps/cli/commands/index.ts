/** Every top-level command, in the order `copydesk --help` lists them. */
import type { CommandModule } from '../command.js';
import { evalCommand } from './eval/index.js';
import { kbCommand } from './kb.js';

export const commands: CommandModule[] = [evalCommand, kbCommand];
