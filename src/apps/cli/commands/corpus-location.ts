/**
 * Where the corpus lives for `serve` and `token`: the same rule as every corpus
 * command (`--db`, else `COPYDESK_DB`, else the embedded default in the per-user data
 * directory), so `copydesk ingest` and `npm start` see the same articles.
 */
import { resolveCorpusLocation } from '../../../adapters/open-store.js';

export function corpusLocation(flag?: string): string {
  return resolveCorpusLocation(flag);
}
