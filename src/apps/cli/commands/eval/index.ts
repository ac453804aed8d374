/**
 * `copydesk eval <what>`: quality and speed benchmarks against public datasets, each
 * scoring a peer in the same run. Each evaluation registers itself from its own file.
 */
import type { Command } from 'commander';
import type { CommandModule } from '../../command.js';
import { evalNerCommand } from './ner.js';
import { extractionEval } from './extraction.js';
import { linkingEval } from './linking.js';
import { quotesEval } from './quotes.js';

const evaluations: CommandModule[] = [extractionEval, linkingEval, evalNerCommand, quotesEval];

export const evalCommand: CommandModule = (program: Command) => {
  const group = program.command('eval').description('measure quality and speed on a dataset, beside a peer');
  for (const register of evaluations) register(group);
};
