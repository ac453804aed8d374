/**
 * `copydesk analyze [inputs…]`: analyse articles (files, `-` for stdin) and print a
 * report or the analysis JSON. With several inputs, a bad one is reported on stderr
 * and the others are still analysed; the exit code then says something failed.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { fetchArticle } from '../../../adapters/fetch-http/index.js';
import { readFileInput, readStreamInput } from '../../../adapters/file-input/read.js';
import { toAnalysisJson } from '../../../core/analysis.js';
import { CopydeskError, describeError, isCopydeskError } from '../../../core/errors.js';
import type { RawInput } from '../../../core/meta.js';
import { analyze, parseArticleDate } from '../../../presets/analyze.js';
import { createDefaultPipeline } from '../../../presets/default.js';
import { decodeInput } from '../../../stages/01-input/decode.js';
import type { CommandModule } from '../command.js';
import { EXIT_CODES } from '../exit-codes.js';
import { renderReport } from '../report.js';
import { parseByteSize } from './options.js';

interface AnalyzeFlags {
  readonly format: 'text' | 'json';
  readonly date?: string;
  readonly timings?: boolean;
  readonly maxBytes: string;
  readonly text?: boolean;
  readonly allowPrivate?: boolean;
}

export const analyzeCommand: CommandModule = (program: Command) => {
  program
    .command('analyze')
    .description('analyse articles: files, URLs, or - for standard input')
    .argument('<inputs...>', 'article files (text or HTML), http(s) URLs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-d, --date <YYYY-MM-DD>', 'the article date, for relative dates and roles held at the time')
    .option('--timings', 'print the time each stage took, on stderr')
    .option('--max-bytes <size>', 'refuse inputs larger than this (e.g. 5MB, 200KB)', '5MB')
    .option('--text', 'include the clean text in the text report')
    .option('--allow-private', 'let URLs reach private and loopback addresses (refused by default)')
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      const maxBytes = parseByteSize(flags.maxBytes);
      const published = flags.date === undefined ? undefined : parseArticleDate(flags.date);
      if (inputs.filter((i) => i === '-').length > 1) {
        throw new CopydeskError('USAGE', 'standard input (-) can be named only once');
      }
      const pipeline = createDefaultPipeline();
      let failures = 0;
      let worstCode = 0;
      for (const input of inputs) {
        try {
          const raw = await readInput(input, maxBytes, flags.allowPrivate === true);
          const doc = await analyze(pipeline, raw, { meta: published ? { published } : {} });
          const json = toAnalysisJson(doc);
          if (flags.format === 'json') {
            process.stdout.write(
              inputs.length > 1 ? `${JSON.stringify(json)}\n` : `${JSON.stringify(json, null, 2)}\n`,
            );
          } else {
            if (inputs.length > 1) process.stdout.write(`\n### ${input}\n\n`);
            process.stdout.write(renderReport(json, { showText: flags.text === true }));
          }
          if (flags.timings) {
            const total = doc.trail.reduce((sum, t) => sum + t.ms, 0);
            for (const t of doc.trail)
              process.stderr.write(`${t.name.padEnd(12)} ${t.ms.toFixed(2).padStart(9)} ms\n`);
            process.stderr.write(`${'total'.padEnd(12)} ${total.toFixed(2).padStart(9)} ms\n`);
          }
        } catch (error) {
          if (inputs.length === 1) throw error;
          failures++;
          const code = isCopydeskError(error) ? error.code : 'INTERNAL';
          worstCode = Math.max(worstCode, EXIT_CODES[code]);
          process.stderr.write(`copydesk: ${describeError(error)}\n`);
        }
      }
      if (failures > 0) process.exitCode = worstCode;
    });
};

async function readInput(input: string, maxBytes: number, allowPrivate: boolean): Promise<RawInput> {
  if (input === '-') return readStreamInput(process.stdin, { maxBytes });
  if (/^https?:\/\//i.test(input)) {
    // The safe fetcher: timeouts, size caps, no private addresses unless allowed.
    const page = await fetchArticle(input, { allowPrivate, maxBytes });
    return decodeInput(page.bytes, {
      origin: { kind: 'url', url: page.finalUrl },
      contentType: page.contentType,
      maxBytes,
    });
  }
  return readFileInput(input, { maxBytes });
}
