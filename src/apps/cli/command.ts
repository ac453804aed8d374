import type { Command } from 'commander';

/** A CLI command: registers itself (and its options) on the program or a group. */
export type CommandModule = (parent: Command) => void;
