/**
 * `copydesk eval quotes --gold PATH`: quote detection and attribution.
 *   - PATH a PolNeAR folder (with metadata.tsv): scores the `--split` (default dev) by
 *     exact-match Source/Cue/Content P/R/F1 over whole articles; last line
 *     `F1 <content-F1> speaker <source-F1>`.
 *   - PATH a JSONL file in copydesk's format: quote precision/recall/F1 and speaker
 *     accuracy on found quotes; last line `F1 <quote-F1> speaker <accuracy>`.
 * Both run the default pipeline through the quotes stage (src/presets/quotes-runner.ts):
 * speakers are the names linking resolved. PolNeAR's gold spans are offsets into the raw
 * files; the predicted spans (offsets into the cleaned text) are mapped back to the raw
 * text through the document's offset map before they are compared.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { CopydeskError } from '../../../../core/errors.js';
import { pipelineQuotesRunner } from '../../../../presets/quotes-runner.js';
import {
  countryFormBy,
  emptyScore,
  parseQuoteGold,
  quoteFigures,
  scoreArticle,
} from '../../../../stages/08-quotes/eval/jsonl.js';
import {
  countArticle,
  emptyCounts,
  inAttributedParagraphs,
  inAttributedSegments,
  isPolnearDir,
  mapAttribution,
  POLNEAR_ROLES,
  type PolnearCounts,
  prf,
  quoteToPolnear,
  readPolnearSplit,
} from '../../../../stages/08-quotes/eval/polnear.js';
import { POLNEAR_CONVENTIONS, type QuotesConfig } from '../../../../stages/08-quotes/index.js';
import type { CommandModule } from '../../command.js';
import { namesEntityIn } from './linking.js';

const pct = (x: number) => (100 * x).toFixed(1);
const fix = (x: number) => x.toFixed(4);

interface QuotesEvalOptions {
  gold: string;
  split: string;
  verbose?: boolean;
  limit?: string;
  config?: string;
  model: boolean;
}

/**
 * The stage configuration under test: PolNeAR is scored with the stage's PolNeAR
 * conventions (its annotation scheme), copydesk JSONL with the stage defaults;
 * `--config` swaps them, `--no-model` runs the rules alone.
 */
function runnerConfig(options: QuotesEvalOptions, polnear: boolean): Partial<QuotesConfig> {
  const name = options.config ?? (polnear ? 'polnear' : 'default');
  if (name !== 'polnear' && name !== 'default') {
    throw new CopydeskError('USAGE', `--config must be polnear or default, not "${name}"`);
  }
  const base: Partial<QuotesConfig> = name === 'polnear' ? { ...POLNEAR_CONVENTIONS } : {};
  return options.model ? base : { ...base, model: false };
}

function describeConfig(config: Partial<QuotesConfig>): string {
  const entries = Object.entries(config);
  return entries.length === 0 ? 'stage defaults' : entries.map(([k, v]) => `${k}=${String(v)}`).join(' ');
}

async function evalPolnear(root: string, options: QuotesEvalOptions): Promise<void> {
  const articles = readPolnearSplit(root, options.split);
  const limit = options.limit ? Number(options.limit) : articles.length;
  const config = runnerConfig(options, true);
  const runner = pipelineQuotesRunner(config);
  const counts = emptyCounts();
  const attributedOnly = emptyCounts();
  const segmentsOnly = emptyCounts();
  const started = performance.now();
  let chars = 0;
  for (const article of articles.slice(0, limit)) {
    const run = await runner.run(article.name, article.text, null);
    chars += article.text.length;
    const predicted = run.quotes.map((q) => mapAttribution(quoteToPolnear(run.text, q), run.offsets));
    countArticle(article.attributions, predicted, counts);
    countArticle(
      article.attributions,
      inAttributedParagraphs(article.text, article.attributions, predicted),
      attributedOnly,
    );
    const sentences = run.sentences.map((x) => ({
      start: run.offsets.toSource(x.start),
      end: x.end > x.start ? run.offsets.toSource(x.end - 1) + 1 : run.offsets.toSource(x.end),
    }));
    countArticle(
      article.attributions,
      inAttributedSegments(sentences, article.attributions, predicted),
      segmentsOnly,
    );
  }
  const seconds = (performance.now() - started) / 1000;
  const out = process.stdout;
  out.write(
    `PolNeAR ${options.split}: ${Math.min(limit, articles.length)} articles, first annotator, whole articles (not per sentence)\n`,
  );
  out.write('exact-match spans, pooled over the split (CofeNet metric)\n');
  out.write(`quotes stage config: ${describeConfig(config)}\n`);
  const table = (title: string, c: PolnearCounts) => {
    out.write(`${title}\nrole      gold   pred     tp      P      R     F1\n`);
    for (const role of POLNEAR_ROLES) {
      const f = prf(c[role]);
      out.write(
        `${role.padEnd(8)} ${String(c[role].gold).padStart(5)} ${String(c[role].predicted).padStart(6)} ${String(c[role].tp).padStart(6)} ${pct(f.p).padStart(6)} ${pct(f.r).padStart(6)} ${pct(f.f1).padStart(6)}\n`,
      );
    }
  };
  table(
    "paragraphs with gold attributions only (closer to CofeNet's attribution-bearing segments):",
    attributedOnly,
  );
  table(
    "attribution-bearing sentence segments only (CofeNet's setting, approximated: our sentence splitter, first annotator):",
    segmentsOnly,
  );
  table('whole articles (the headline figures):', counts);
  out.write(`speed ${(chars / 1e6 / seconds).toFixed(2)} MB/s (default pipeline through quotes)\n`);
  out.write(`F1 ${fix(prf(counts.Content).f1)} speaker ${fix(prf(counts.Source).f1)}\n`);
}

async function evalJsonl(path: string, options: QuotesEvalOptions): Promise<void> {
  const gold = parseQuoteGold(readFileSync(path, 'utf8'), path);
  const config = runnerConfig(options, false);
  const runner = pipelineQuotesRunner(config);
  // Gold names are read as the linking eval reads them: another name of the speaker's entity counts.
  const namesEntity = namesEntityIn(runner.knowledgeBase());
  // "Brazil's foreign ministry" and "Brazilian foreign ministry" are one name (gold sets write either).
  const demonyms = new Map<string, string | null>();
  const countryForm = countryFormBy((country) => {
    let d = demonyms.get(country);
    if (d === undefined) {
      const hit = runner
        .knowledgeBase()
        .lookup(country)
        .find((h) => h.entity.kind === 'country' && h.kind !== 'demonym');
      d = hit?.entity.names.find((n) => n.kind === 'demonym')?.text ?? null;
      demonyms.set(country, d);
    }
    return d;
  });
  const score = emptyScore();
  const out = process.stdout;
  for (const article of gold) {
    const run = await runner.run(article.id, article.text, article.date);
    // A speaker's entityId is the article's entity; the KB's names belong to its kbId.
    const kbIds = new Map(run.entities.map((e) => [e.id, e.kbId]));
    const errors = scoreArticle(
      run.text,
      article.quotes,
      run.quotes,
      score,
      (name, id) => {
        const kbId = kbIds.get(id);
        return kbId !== undefined && kbId !== null && namesEntity(name, kbId);
      },
      countryForm,
    );
    if (options.verbose) {
      for (const m of errors.missed) out.write(`${article.id}\tmissed\t${m}\n`);
      for (const s of errors.spurious) out.write(`${article.id}\tspurious\t${s.replace(/\s+/g, ' ')}\n`);
      for (const w of errors.wrongSpeaker) out.write(`${article.id}\tspeaker\t${w}\n`);
    }
  }
  const f = quoteFigures(score);
  out.write(`quotes stage config: ${describeConfig(config)}\n`);
  out.write(`${gold.length} articles, ${score.gold} gold quotes, ${score.predicted} predicted\n`);
  out.write(`quote precision ${fix(f.precision)} recall ${fix(f.recall)}\n`);
  out.write(
    `speaker accuracy on found quotes ${fix(f.speakerAccuracy)} (${score.speakerRight}/${score.found})\n`,
  );
  out.write(
    `speaker accuracy by name alone (no credit for anonymous or affiliation) ${fix(f.speakerAccuracyByName)} (${score.speakerRightByName}/${score.found})\n`,
  );
  out.write(`kind accuracy on found quotes ${fix(f.kindAccuracy)}\n`);
  out.write(`F1 ${fix(f.f1)} speaker ${fix(f.speakerAccuracy)}\n`);
}

export const quotesEval: CommandModule = (parent: Command) => {
  parent
    .command('quotes')
    .description('quote detection and speaker attribution: PolNeAR folder or copydesk JSONL')
    .requiredOption('--gold <path>', 'PolNeAR folder (with metadata.tsv) or a JSONL file')
    .option('--split <name>', 'PolNeAR split: train, dev or test', 'dev')
    .option('--limit <n>', 'score only the first n PolNeAR articles')
    .option(
      '--config <name>',
      'stage configuration: polnear or default (default: polnear for PolNeAR, default for JSONL)',
    )
    .option('--no-model', 'rules only: do not run the trained attribution tagger')
    .option('--verbose', 'print every miss, spurious quote and wrong speaker (JSONL)')
    .action(async (options: QuotesEvalOptions) => {
      if (!existsSync(options.gold))
        throw new CopydeskError('INPUT_NOT_FOUND', `no such file or folder: ${options.gold}`);
      if (statSync(options.gold).isDirectory()) {
        if (!isPolnearDir(options.gold)) {
          throw new CopydeskError(
            'DATA_INVALID',
            `${options.gold} is not a PolNeAR folder (no metadata.tsv)`,
          );
        }
        if (!['train', 'dev', 'test'].includes(options.split)) {
          throw new CopydeskError('USAGE', `--split must be train, dev or test, not "${options.split}"`);
        }
        await evalPolnear(options.gold, options);
      } else await evalJsonl(options.gold, options);
    });
};
