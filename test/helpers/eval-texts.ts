/**
 * The article texts of every eval set of one kind (test/eval/linking-*.jsonl or
 * quotes-*.jsonl): the widest sample of real news copy the tests have, for checking that a
 * pre-filter or a trigger of a rule lets through every text the rule could answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const EVAL_DIR = fileURLToPath(new URL('../eval/', import.meta.url));

function evalTexts(kind: 'linking' | 'quotes'): string[] {
  const out: string[] = [];
  for (const file of readdirSync(EVAL_DIR).filter((f) => f.startsWith(`${kind}-`) && f.endsWith('.jsonl')))
    for (const line of readFileSync(`${EVAL_DIR}${file}`, 'utf8').split('\n'))
      if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  return out;
}

/** Texts of the linking sets: named-entity copy. */
export const linkEvalTexts = (): string[] => evalTexts('linking');

/** Texts of the quotes sets: quoting copy. */
export const quoteEvalTexts = (): string[] => evalTexts('quotes');
