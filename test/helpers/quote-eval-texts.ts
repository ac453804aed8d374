/**
 * The article texts of every quotes eval set (test/eval/quotes-*.jsonl): the widest sample of
 * real quoting copy the tests have, for checking that a pre-filter or a trigger lets through
 * every text its rule could answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const EVAL_DIR = fileURLToPath(new URL('../eval/', import.meta.url));

export function quoteEvalTexts(): string[] {
  const out: string[] = [];
  for (const file of readdirSync(EVAL_DIR).filter((f) => f.startsWith('quotes-') && f.endsWith('.jsonl')))
    for (const line of readFileSync(`${EVAL_DIR}${file}`, 'utf8').split('\n'))
      if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  return out;
}
