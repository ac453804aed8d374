/**
 * The developer scripts refuse an option value they cannot use with one line and exit 2,
 * before any work, instead of training or probing on a NaN (script-options.ts).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function runScript(script: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    cwd: root,
    encoding: 'utf8',
  });
}

/**
 * A `--data` folder that exists wherever the tests run (the scripts check it before they read
 * it), so a case about another option does not depend on where the datasets are.
 */
const HERE = ['--data', 'test'];

describe('developer script options', () => {
  it.each([
    [
      'train-quotes',
      [...HERE, '--epochs', 'x'],
      'train-quotes: --epochs must be a whole number of at least 1 (got "x")',
    ],
    [
      'train-quotes',
      [...HERE, '--hold-out', '3/2'],
      'train-quotes: --hold-out must be K/N with N ≥ 1 and K from -1 to N − 1 (got "3/2")',
    ],
    [
      'train-quotes',
      [...HERE, '--seeds', '1,,2'],
      'train-quotes: --seeds must be numbers separated by commas (got "1,,2")',
    ],
    ['train-quotes', [...HERE, '--margin', 'wide'], 'train-quotes: --margin must be a number (got "wide")'],
    [
      'build-kb',
      ['--min-population', 'many'],
      'build-kb: --min-population must be a whole number of at least 0 (got "many")',
    ],
    [
      'train-content-ends',
      [...HERE, '--epochs', '0'],
      'train-content-ends: --epochs must be a whole number of at least 1 (got "0")',
    ],
    [
      'polnear-cue-drops',
      [...HERE, '--split', 'bogus'],
      'polnear-cue-drops: --split must be train or dev (got "bogus")',
    ],
    [
      'build-case-ratios',
      [...HERE, '--min-count', 'many'],
      'build-case-ratios: --min-count must be a whole number of at least 1 (got "many")',
    ],
    [
      'polnear-misses',
      [...HERE, '--split', 'test'],
      "polnear-misses: --split test: this script studies train or dev only, never PolNeAR's test split",
    ],
    [
      'polnear-errors',
      [...HERE, '--split', 'test'],
      "polnear-errors: --split test: this script studies train or dev only, never PolNeAR's test split",
    ],
    [
      'polnear-contents',
      [...HERE, '--split', 'test'],
      "polnear-contents: --split test: this script studies train or dev only, never PolNeAR's test split",
    ],
    [
      'train-content-starts',
      ['--data', '/no/such/polnear'],
      'train-content-starts: --data: no such file or folder "/no/such/polnear"',
    ],
    [
      'train-content-starts',
      [...HERE, '--taggers', 'fold0.bin.gz,/no/such/fold1.bin.gz'],
      'train-content-starts: --taggers: no such file "fold0.bin.gz"',
    ],
    [
      'mangle-probe',
      ['--people', '-3'],
      'mangle-probe: --people must be a whole number of at least 1 (got "-3")',
    ],
  ])(
    '%s %j is refused in one line',
    (script, args, message) => {
      const result = runScript(script, ...args);
      expect(result.status).toBe(2);
      expect(result.stderr.trim()).toBe(message);
      expect(result.stdout).toBe('');
    },
    60_000,
  );
});
