/**
 * `copydesk eval <what>`: quality and speed benchmarks against public datasets, each
 * scoring a peer in the same run. Each evaluation registers itself from its own file,
 * loaded only when it runs (the peers are heavy to load).
 */
import type { Command } from 'commander';
import { type CommandLoaders, type CommandModule, registerLazily } from '../../command.js';

const evaluations: CommandLoaders = {
  extraction: async () => (await import('./extraction.js')).extractionEval,
  ner: async () => (await import('./ner.js')).evalNerCommand,
  linking: async () => (await import('./linking.js')).linkingEval,
  quotes: async () => (await import('./quotes.js')).quotesEval,
};

export const evalCommand: CommandModule = async (program: Command) => {
  const group = program.command('eval').description('measure quality and speed on a dataset, beside a peer');
  const args = process.argv.slice(2);
  await registerLazily(group, evaluations, args.slice(args.indexOf('eval') + 1));
};
