/**
 * The article texts of every linking eval set (test/eval/linking-*.jsonl): the widest sample of
 * named-entity copy the tests have, for checking that a pre-filter of a linking rule lets
 * through every text the rule answers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const EVAL_DIR = fileURLToPath(new URL('../eval/', import.meta.url));

export function linkEvalTexts(): string[] {
  const out: string[] = [];
  for (const file of readdirSync(EVAL_DIR).filter((f) => f.startsWith('linking-') && f.endsWith('.jsonl')))
    for (const line of readFileSync(`${EVAL_DIR}${file}`, 'utf8').split('\n'))
      if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  return out;
}
