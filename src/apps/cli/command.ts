import type { Command } from 'commander';

/** A CLI command: registers itself (and its options) on the program or a group. */
export type CommandModule = (parent: Command) => void | Promise<void>;

/**
 * Commands are loaded on demand: each entry names the command and imports its module
 * only when that command runs (or when help lists them all), so `copydesk analyze`
 * never pays for loading the evaluation peers, the HTTP server or the database drivers.
 */
export type CommandLoaders = Readonly<Record<string, () => Promise<CommandModule>>>;

/** The first word of `args` that is not an option: the command the user asked for. */
export function requestedCommand(args: readonly string[]): string | undefined {
  return args.find((a) => !a.startsWith('-'));
}

/** Registers the requested command, or every command when none of them is named. */
export async function registerLazily(
  parent: Command,
  loaders: CommandLoaders,
  args: readonly string[],
): Promise<void> {
  const wanted = requestedCommand(args);
  const names = wanted !== undefined && wanted in loaders ? [wanted] : Object.keys(loaders);
  for (const name of names) {
    const register = await loaders[name]!();
    await register(parent);
  }
}
