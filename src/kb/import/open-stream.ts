/**
 * Opens a possibly compressed file as a stream of text lines: `.gz` through zlib,
 * `.bz2` through unbzip2-stream (pure JavaScript; Node has no bzip2), anything else as
 * is. Corrupt archives end the iteration with a one-line DATA_INVALID error.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { PassThrough, pipeline, type Readable, type Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import unbzip2 from 'unbzip2-stream';
import { CopydeskError } from '../../core/errors.js';

/** Checks that `path` is a readable file, with the CLI's usual one-line errors. */
export function assertReadableFile(path: string): void {
  if (!existsSync(path)) throw new CopydeskError('INPUT_NOT_FOUND', `no such file: ${path}`);
  if (statSync(path).isDirectory()) throw new CopydeskError('INPUT_IS_DIRECTORY', `${path} is a directory`);
}

/** A readable byte stream of the decompressed content. */
export function openDecompressed(path: string): Readable {
  assertReadableFile(path);
  const file = createReadStream(path);
  if (path.endsWith('.gz')) {
    // pipeline() destroys the last stream with the first error, so readers see it.
    return pipeline(file, createGunzip(), () => {}) as Readable;
  }
  if (path.endsWith('.bz2')) {
    // unbzip2-stream is a classic "through" stream: bridge it into a modern one.
    const bz = unbzip2() as unknown as Transform;
    const out = new PassThrough();
    file.on('error', (error) => out.destroy(error));
    bz.on('error', (error) => out.destroy(error));
    file.pipe(bz).pipe(out);
    return out;
  }
  return file;
}

/** Lines of a (possibly compressed) text file, read lazily, without line terminators. */
export async function* readLines(path: string): AsyncGenerator<string> {
  const stream = openDecompressed(path);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const chunk of stream) {
      rest += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
      let start = 0;
      let nl = rest.indexOf('\n');
      while (nl >= 0) {
        yield rest.slice(start, nl).replace(/\r$/, '');
        start = nl + 1;
        nl = rest.indexOf('\n', start);
      }
      rest = rest.slice(start);
    }
  } catch (error) {
    throw new CopydeskError('DATA_INVALID', `cannot read ${path}: ${(error as Error).message}`);
  }
  rest += decoder.end();
  if (rest.length > 0) yield rest.replace(/\r$/, '');
}
