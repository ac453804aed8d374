/**
 * Where PolNeAR's content errors are: every gold content fragment of a split (first
 * annotator, as the eval scores) classed by what the stage predicted for it under
 * POLNEAR_CONVENTIONS, and by its attribution's cue type.
 *
 *   npx tsx scripts/polnear-errors.ts [--data DIR] [--split dev] [--examples CLASS] [--out FILE]
 *
 * Classes: exact; same start, too long / too short; same end, starts earlier / later
 * (`that` apart: the start differs by a leading `that` only); both ends wrong (overlapped);
 * missed (no predicted content overlaps it); and, over the predictions, spurious (a
 * predicted fragment overlapping no gold one). Cue types: quotation (the content opens with
 * a quotation mark), `according to`, transcript colon, speech verb (the stage's lexicon),
 * and other cues (attitude verbs and nouns: `attacked`, `criticism of`). `--examples CLASS`
 * prints that class's fragments, gold and predicted, in context. `--out` writes the
 * predicted fragments (raw offsets) as JSON, to compare two configurations.
 * Never reads `test`.
 */
import { writeFileSync } from 'node:fs';
import type { Span } from '../src/core/span.js';
import { pipelineQuotesRunner } from '../src/presets/quotes-runner.js';
import {
  mapAttribution,
  type PolnearAttribution,
  quoteToPolnear,
  readPolnearSplit,
} from '../src/stages/08-quotes/eval/polnear.js';
import { POLNEAR_CONVENTIONS } from '../src/stages/08-quotes/index.js';
import { SPEECH_VERB_FORMS } from '../src/stages/08-quotes/lexicon.js';
import { existingPath, option, polnearStudySplit } from './script-options.js';

const data = existingPath('--data', '/work/shared/data/quotes/polnear');
const split = polnearStudySplit();
const examplesOf = option('--examples', '');
const outPath = option('--out', '');

function cueType(text: string, a: PolnearAttribution, content: Span): string {
  const cue = a.cue.map((c) => text.slice(c.start, c.end).toLowerCase()).join(' ');
  if (/^\s*["“'‘]/u.test(text.slice(content.start, content.start + 2))) return 'quotation';
  if (cue.includes('according')) return 'according to';
  if (cue.trim() === ':') return 'colon';
  if (cue.split(/\s+/u).some((w) => SPEECH_VERB_FORMS.has(w))) return 'speech verb';
  return 'other cue';
}

function classOf(text: string, gold: Span, predicted: readonly Span[]): string {
  if (predicted.some((p) => p.start === gold.start && p.end === gold.end)) return 'exact';
  const overlapping = predicted.filter((p) => p.start < gold.end && p.end > gold.start);
  if (overlapping.length === 0) return 'missed';
  const sameStart = overlapping.find((p) => p.start === gold.start);
  if (sameStart) return sameStart.end > gold.end ? 'same start, too long' : 'same start, too short';
  const sameEnd = overlapping.find((p) => p.end === gold.end);
  if (sameEnd) {
    const [a, b] = [Math.min(sameEnd.start, gold.start), Math.max(sameEnd.start, gold.start)];
    const that = /^that\s+$/iu.test(text.slice(a, b)) ? ' (`that`)' : '';
    return `${sameEnd.start < gold.start ? 'same end, starts earlier' : 'same end, starts later'}${that}`;
  }
  return 'both ends wrong';
}

const articles = readPolnearSplit(data, split);
const runner = pipelineQuotesRunner({ ...POLNEAR_CONVENTIONS });
const table = new Map<string, Map<string, number>>();
const add = (cls: string, type: string) => {
  const row = table.get(cls) ?? new Map<string, number>();
  row.set(type, (row.get(type) ?? 0) + 1);
  row.set('all', (row.get('all') ?? 0) + 1);
  table.set(cls, row);
};
const dump: Record<string, Span[]> = {};
const show = (text: string, s: Span) =>
  `${text.slice(Math.max(0, s.start - 40), s.start)}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, s.end + 30)}`.replace(
    /\s+/gu,
    ' ',
  );
for (const article of articles) {
  const run = await runner.run(article.name, article.text, null);
  const predicted = run.quotes
    .map((q) => mapAttribution(quoteToPolnear(run.text, q), run.offsets))
    .flatMap((a) => a.content);
  dump[article.name] = predicted;
  const text = article.text;
  const seen = new Set<string>();
  for (const a of article.attributions) {
    for (const g of a.content) {
      const key = `${g.start}:${g.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const cls = classOf(text, g, predicted);
      add(cls, cueType(text, a, g));
      if (examplesOf && cls.startsWith(examplesOf)) {
        const near = predicted.filter((p) => p.start < g.end && p.end > g.start);
        const cue = a.cue.map((c) => text.slice(c.start, c.end)).join(' … ');
        console.log(`${article.name} [${cue}]\n  gold: ${show(text, g)}`);
        for (const p of near) console.log(`  pred: ${show(text, p)}`);
      }
    }
  }
  const golds = article.attributions.flatMap((a) => a.content);
  const spurious = new Set<string>();
  for (const p of predicted) {
    if (!golds.some((g) => p.start < g.end && p.end > g.start)) spurious.add(`${p.start}:${p.end}`);
  }
  for (const key of spurious) {
    add('spurious (predicted, no gold overlaps)', 'all');
    const [start, end] = key.split(':').map(Number);
    if (examplesOf && 'spurious'.startsWith(examplesOf))
      console.log(`${article.name}\n  pred: ${show(text, { start: start!, end: end! })}`);
  }
}
const types = ['all', 'quotation', 'speech verb', 'according to', 'colon', 'other cue'];
console.log(`| content fragment (${split}) | ${types.join(' | ')} |`);
console.log(`| --- | ${types.map(() => '---:').join(' | ')} |`);
for (const [cls, row] of [...table].sort((a, b) => (b[1].get('all') ?? 0) - (a[1].get('all') ?? 0)))
  console.log(`| ${cls} | ${types.map((t) => row.get(t) ?? 0).join(' | ')} |`);
if (outPath) writeFileSync(outPath, JSON.stringify(dump));
