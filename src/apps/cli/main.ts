#!/usr/bin/env node
/**
 * The copydesk CLI: the only code that prints. Every failure becomes one line on
 * stderr and an exit code from exit-codes.ts — never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { CopydeskError, describeError, isCopydeskError } from '../../core/errors.js';
import { registerLazily } from './command.js';
import { commandLoaders } from './commands/index.js';
import { EXIT_CODES } from './exit-codes.js';

export async function buildProgram(args: readonly string[]): Promise<Command> {
  const program = new Command('copydesk')
    .description('news intelligence: clean text, entities, repaired names, quotes, figures and provenance')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s) });
  await registerLazily(program, commandLoaders, args);
  exitOverrideAll(program);
  return program;
}

/** Commander exits the process itself unless every (sub)command is told not to. */
function exitOverrideAll(command: Command): void {
  for (const sub of command.commands) {
    sub.exitOverride();
    exitOverrideAll(sub);
  }
}

export async function main(argv: string[]): Promise<number> {
  try {
    await (await buildProgram(argv.slice(2))).parseAsync(argv);
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
