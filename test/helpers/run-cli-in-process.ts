/**
 * Runs the CLI inside the test process (faster than a child process) and captures
 * what it writes. Leaves process.exitCode as it found it: unset.
 */
import { vi } from 'vitest';
import { main } from '../../src/apps/cli/main.js';

export interface InProcessResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function runCliInProcess(args: readonly string[]): Promise<InProcessResult> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out += String(s);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err += String(s);
    return true;
  });
  try {
    const code = await main(['node', 'copydesk', ...args]);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}
