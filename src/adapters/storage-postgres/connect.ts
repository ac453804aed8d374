/**
 * Opening a PostgreSQL pool the way every copydesk adapter needs it: checked at once, so
 * an unreachable server is one clear STORAGE error naming it (never its password), and an
 * idle client losing its server later does not crash the process.
 */
import pg from 'pg';
import { CopydeskError } from '../../core/errors.js';

// BIGINT (ids, counts) as numbers, as in SQLite: no id here comes near 2^53. Set where
// every pool is opened, so each adapter reads the same types.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** A pool of at most `max` connections to `url`; `purpose` names what it is for in the error. */
export async function openPool(url: string, max: number, purpose?: string): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5000 });
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw new CopydeskError(
      'STORAGE',
      `cannot reach PostgreSQL${purpose ? ` for ${purpose}` : ''} at ${redact(url)}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return pool;
}

/** `url` with its password masked, for messages and logs. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}
