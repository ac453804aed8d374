/**
 * Where the embedded default corpus lives: `--db`, else `COPYDESK_DB`, else
 * `$XDG_DATA_HOME/copydesk/corpus.sqlite` (`~/.local/share/copydesk/corpus.sqlite`).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function corpusLocation(flag?: string): string {
  if (flag) return flag;
  if (process.env.COPYDESK_DB) return process.env.COPYDESK_DB;
  const base = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'copydesk', 'corpus.sqlite');
}
