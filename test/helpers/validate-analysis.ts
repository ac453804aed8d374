/**
 * Validates an analysis JSON against schema/analysis.schema.json and against what a
 * schema cannot say: every span lies inside the text and carries exactly its text.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { AnalysisJson } from '../../src/core/analysis.js';

const schema = JSON.parse(
  readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

export function analysisProblems(analysis: unknown): string[] {
  const problems: string[] = [];
  if (!validate(analysis)) {
    for (const e of validate.errors ?? []) problems.push(`${e.instancePath || '/'} ${e.message ?? ''}`);
    return problems;
  }
  const a = analysis as AnalysisJson;
  const check = (where: string, s: { start: number; end: number; text?: string }) => {
    if (s.start > s.end || s.end > a.text.length)
      problems.push(`${where}: span ${s.start}-${s.end} out of range`);
    else if (s.text !== undefined && a.text.slice(s.start, s.end) !== s.text)
      problems.push(`${where}: text "${s.text}" differs from the text at ${s.start}-${s.end}`);
  };
  const checkAll = (layer: string, spans: readonly { start: number; end: number; text?: string }[]) => {
    for (const [i, s] of spans.entries()) check(`${layer}[${i}]`, s);
  };
  checkAll('paragraphs', a.paragraphs);
  checkAll('sentences', a.sentences);
  for (const [i, e] of a.entities.entries()) checkAll(`entities[${i}].mentions`, e.mentions);
  checkAll('quotes', a.quotes);
  for (const [i, q] of a.quotes.entries()) if (q.cue) check(`quotes[${i}].cue`, q.cue);
  checkAll('figures', a.figures);
  checkAll('dates', a.dates);
  return problems;
}
