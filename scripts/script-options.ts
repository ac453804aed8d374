/**
 * Command-line options of the developer scripts (`--name VALUE`, each with a default). A
 * value that is not what the option takes ends the script with one line on stderr and exit
 * 2, rather than a NaN that trains or probes on silently.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';

const script = basename(process.argv[1] ?? 'script').replace(/\.[cm]?[jt]s$/, '');

function refuse(message: string): never {
  process.stderr.write(`${script}: ${message}\n`);
  process.exit(2);
}

/** The value after `name` ("--out"), or `fallback`. */
export function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** A number option (any finite number). */
export function numberOption(name: string, fallback: string): number {
  const value = option(name, fallback);
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) refuse(`${name} must be a number (got "${value}")`);
  return n;
}

/** A whole-number option of at least `least`. */
export function wholeNumber(name: string, fallback: string, least: number): number {
  const value = option(name, fallback);
  const n = Number(value);
  if (!Number.isInteger(n) || n < least)
    refuse(`${name} must be a whole number of at least ${least} (got "${value}")`);
  return n;
}

/** A comma-separated list of numbers ("13,14,15"). */
export function numberList(name: string, fallback: string): number[] {
  const value = option(name, fallback);
  const ns = value.split(',').map(Number);
  if (ns.some((n, i) => !Number.isFinite(n) || value.split(',')[i]!.trim() === ''))
    refuse(`${name} must be numbers separated by commas (got "${value}")`);
  return ns;
}

/** "K/N": fold K (0 to N − 1, or −1 for none) of N. */
export function foldOption(name: string, fallback: string): { fold: number; folds: number } {
  const value = option(name, fallback);
  const [fold, folds] = value.split('/').map(Number) as [number, number];
  if (
    !/^-?\d+\/\d+$/.test(value) ||
    !Number.isInteger(folds) ||
    folds < 1 ||
    !Number.isInteger(fold) ||
    fold < -1 ||
    fold >= folds
  )
    refuse(`${name} must be K/N with N ≥ 1 and K from -1 to N − 1 (got "${value}")`);
  return { fold, folds };
}

/** A path option that must exist (a file or a folder), else one line and exit 2. */
export function existingPath(name: string, fallback: string): string {
  const value = option(name, fallback);
  if (!existsSync(value)) refuse(`${name}: no such file or folder "${value}"`);
  return value;
}

/** A comma-separated list of files that must all exist ("fold0.bin.gz,fold1.bin.gz"). */
export function existingPaths(name: string, fallback: string): string[] {
  const paths = option(name, fallback).split(',');
  const missing = paths.find((p) => p.trim() === '' || !existsSync(p));
  if (missing !== undefined) refuse(`${name}: no such file "${missing}"`);
  return paths;
}

/** Like {@link existingPaths}, but the option may be left out (then no files). */
export function optionalPaths(name: string): string[] {
  return option(name, '') === '' ? [] : existingPaths(name, '');
}

/**
 * The PolNeAR split a study script reads (`--split`, default dev). Tuning and error studies
 * never read test: its figures are reported once, by `copydesk eval quotes --split test`.
 */
export function polnearStudySplit(): string {
  const split = option('--split', 'dev');
  if (split === 'test')
    refuse("--split test: this script studies train or dev only, never PolNeAR's test split");
  if (split !== 'train' && split !== 'dev') refuse(`--split must be train or dev (got "${split}")`);
  return split;
}
