/**
 * Every bad input to `copydesk analyze` gets one clear line on stderr and the exit
 * code the README documents — never a stack trace.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function expectOneLineError(
  result: { code: number; stderr: string; stdout: string },
  code: number,
  pattern: RegExp,
) {
  expect(result.code).toBe(code);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^copydesk: /);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stdout).toBe('');
}

describe('copydesk analyze: bad inputs', () => {
  it('a missing file exits 3', async () => {
    expectOneLineError(await runCli(['analyze', join(dir, 'nope.txt')]), 3, /no such file/);
  });

  it('a directory exits 3', async () => {
    expectOneLineError(await runCli(['analyze', dir]), 3, /is a directory/);
  });

  it('an empty or blank file exits 4', async () => {
    expectOneLineError(await runCli(['analyze', file('empty.txt', '')]), 4, /is empty/);
    expectOneLineError(await runCli(['analyze', file('blank.txt', ' \n\n\t')]), 4, /is empty/);
  });

  it('empty standard input exits 4', async () => {
    expectOneLineError(await runCli(['analyze', '-'], { stdin: '' }), 4, /standard input is empty/);
  });

  it('binary input exits 5', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expectOneLineError(await runCli(['analyze', file('photo.png', png)]), 5, /binary/);
  });

  it('input that is not valid in its declared encoding exits 5', async () => {
    const bad = new Uint8Array(300).fill(0xc3);
    expectOneLineError(await runCli(['analyze', file('bad.txt', bad)]), 5, /not valid UTF-8/);
  });

  it('input over the size limit exits 6, and the limit is configurable', async () => {
    const big = file('big.txt', 'The minister spoke. '.repeat(100));
    expectOneLineError(await runCli(['analyze', big, '--max-bytes', '1KB']), 6, /over the 1\.0 KB limit/);
  });

  it('bad option values are usage errors (exit 2)', async () => {
    const story = file('story.txt', 'The minister spoke on Friday.');
    expectOneLineError(
      await runCli(['analyze', story, '--date', '2025-02-30']),
      2,
      /not a date of the form YYYY-MM-DD/,
    );
    expectOneLineError(await runCli(['analyze', story, '--max-bytes', 'lots']), 2, /not a size/);
    expectOneLineError(await runCli(['analyze', '-', '-']), 2, /only once/);
    const unknown = await runCli(['analyze', story, '--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option '--frobnicate'/);
  });

  it('with several inputs, reports each bad one, analyses the rest and exits with the worst code', async () => {
    const story = file(
      'ok.txt',
      'Central bank raises rates\n\nThe central bank raised its main rate on Tuesday.',
    );
    const result = await runCli([
      'analyze',
      story,
      join(dir, 'missing.txt'),
      file('e.txt', ''),
      '--format',
      'json',
    ]);
    expect(result.code).toBe(4);
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).schema).toBe('copydesk/analysis@1');
  });
});

describe('copydesk analyze | head', () => {
  it('stops quietly when the reader closes the pipe early', async () => {
    const { spawn } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const entry = fileURLToPath(new URL('../../src/apps/cli/main.ts', import.meta.url));
    const inputs = Array.from({ length: 6 }, () => 'examples/wire-story.txt');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', entry, 'analyze', ...inputs, '--format', 'json'],
      {
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/\n\s+at |EPIPE/);
    expect(code).toBe(0);
  });
});
