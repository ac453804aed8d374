/**
 * Line-by-line reading of hand-written JSONL resource files with zod validation: a bad
 * line fails with `file:line: reason`, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { z } from 'zod';
import { CopydeskError } from '../../core/errors.js';

/** A parsed line and where it came from, for error messages further down the build. */
export interface Located<T> {
  readonly value: T;
  readonly file: string;
  readonly line: number;
}

/** `file:line: reason` as a DATA_INVALID error. */
export function lineError(file: string, line: number, reason: string): CopydeskError {
  return new CopydeskError('DATA_INVALID', `${displayPath(file)}:${line}: ${reason}`);
}

/** A path as the user would type it: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

/** The first zod issue as one readable line (`roles.0.from: …`). */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Parses every non-blank line of `file` as JSON and validates it with `schema`. */
export function readJsonl<S extends z.ZodType>(
  file: string,
  schema: S,
  text?: string,
): Located<z.infer<S>>[] {
  let content: string;
  try {
    content = text ?? readFileSync(file, 'utf8');
  } catch (error) {
    throw new CopydeskError('INPUT_NOT_FOUND', `cannot read ${file}: ${(error as Error).message}`);
  }
  const out: Located<z.infer<S>>[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw.length === 0) continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      throw lineError(file, i + 1, `not valid JSON (${(error as Error).message})`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw lineError(file, i + 1, describeZodError(parsed.error));
    out.push({ value: parsed.data, file, line: i + 1 });
  }
  return out;
}
