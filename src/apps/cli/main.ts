#!/usr/bin/env node
/**
 * The copydesk CLI: the only code that prints. Every failure becomes one line on
 * stderr and an exit code from exit-codes.ts — never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { CopydeskError, describeError, isCopydeskError } from '../../core/errors.js';
import { commands } from './commands/index.js';
import { EXIT_CODES } from './exit-codes.js';

export function buildProgram(): Command {
  const program = new Command('copydesk')
    .description('news intelligence: clean text, entities, repaired names, quotes, figures and provenance')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of commands) register(program);
  for (const sub of program.commands) sub.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander already printed its message (or the help text, exit 0).
      return error.exitCode === 0 ? 0 : EXIT_CODES.USAGE;
    }
    const code = isCopydeskError(error) ? error.code : 'INTERNAL';
    process.stderr.write(`copydesk: ${describeError(error)}\n`);
    if (process.env.COPYDESK_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return EXIT_CODES[code];
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/copydesk')) {
  main(process.argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`copydesk: ${describeError(error)}\n`);
      process.exitCode = EXIT_CODES.INTERNAL;
    },
  );
}

export { CopydeskError };
