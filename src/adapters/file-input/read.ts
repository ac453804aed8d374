/**
 * Reads an input file or standard input into bytes, refusing what is not an article
 * before reading it all: a missing path, a directory, a file over the size limit.
 */
import { open, stat } from 'node:fs/promises';
import { CopydeskError } from '../../core/errors.js';
import type { RawInput } from '../../core/meta.js';
import { DEFAULT_MAX_INPUT_BYTES, decodeInput, formatBytes } from '../../stages/01-input/decode.js';

export interface ReadOptions {
  readonly maxBytes?: number;
}

export async function readFileInput(path: string, options: ReadOptions = {}): Promise<RawInput> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
      throw new CopydeskError('INPUT_NOT_FOUND', `${path}: no such file`);
    }
    throw new CopydeskError('INPUT_UNREADABLE', `${path}: cannot read (${error.code ?? error.message})`);
  });
  if (info.isDirectory())
    throw new CopydeskError('INPUT_IS_DIRECTORY', `${path} is a directory, not an article file`);
  if (!info.isFile()) throw new CopydeskError('INPUT_UNREADABLE', `${path} is not a regular file`);
  if (info.size > maxBytes) {
    throw new CopydeskError(
      'INPUT_TOO_LARGE',
      `${path} is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`,
    );
  }
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const bytes = await handle.readFile();
    return decodeInput(bytes, { origin: { kind: 'file', path }, maxBytes });
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new CopydeskError('INPUT_UNREADABLE', `${path}: cannot read (${code})`);
  } finally {
    await handle?.close();
  }
}

/** Reads a stream (standard input) up to the limit; stops reading as soon as it is passed. */
export async function readStreamInput(
  stream: AsyncIterable<Buffer | string>,
  options: ReadOptions = {},
): Promise<RawInput> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buffer.byteLength;
    if (total > maxBytes) {
      throw new CopydeskError(
        'INPUT_TOO_LARGE',
        `standard input is over the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`,
      );
    }
    chunks.push(buffer);
  }
  return decodeInput(Buffer.concat(chunks), { origin: { kind: 'stdin' }, maxBytes });
}
