/**
 * The bundled sample articles (`examples/`), ingested into an empty corpus so that
 * `npm start` opens on something to read. Plain-text samples carry no date of their
 * own; the dates here are the ones their datelines give.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readFileInput } from '../../adapters/file-input/read.js';
import type { Corpus, IngestResult } from '../../corpus/corpus.js';

const SAMPLE_DATES: Readonly<Record<string, string>> = {
  'wire-story.txt': '2025-02-14',
  'scraped-copy.txt': '2025-02-15',
  'quotes-heavy.txt': '2025-03-03',
};

/** Ingests every .txt/.html file of `dir`, in name order; returns what happened to each. */
export async function ingestSamples(
  corpus: Corpus,
  dir: string,
): Promise<{ file: string; result: IngestResult }[]> {
  const files = (await readdir(dir)).filter((f) => /\.(txt|html?)$/i.test(f)).sort();
  const out: { file: string; result: IngestResult }[] = [];
  for (const file of files) {
    const raw = await readFileInput(join(dir, file), { maxBytes: 5 * 1024 * 1024 });
    const date = SAMPLE_DATES[file];
    const result = await corpus.ingest(raw, {
      sourceRef: `examples/${file}`,
      meta: date ? { published: date } : {},
    });
    out.push({ file, result });
  }
  return out;
}
