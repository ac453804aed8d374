/**
 * `copydesk eval ner --gold FILE [--predictions FILE]`: scores the NER model on a
 * CoNLL-2003 file exactly as conlleval does (chunk-level micro P/R/F1), beside the
 * peer compromise on the same tokens, with tokens/s (per CPU-second, one core) for both. The last line is
 * `F1 <value>` for copydesk.
 *
 * The tagger reads title-cased sentences recased, as in the pipeline (truecase.ts); CoNLL
 * has no line layout, so every sentence may be tested, not only headline positions.
 * `--title-case` also writes every sentence as a headline (AP/Chicago title case) and
 * scores the tagger on that with and without the recasing, beside the original.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CopydeskError } from '../../../../core/errors.js';
import { type ConllDocument, parseConll } from '../../../../stages/06-ner/conll.js';
import { Conlleval, type ConllevalResult } from '../../../../stages/06-ner/conlleval.js';
import { titleCaseWords } from '../../../../stages/06-ner/headline-style.js';
import { compromiseSpans } from '../../../../stages/06-ner/peer-compromise.js';
import { defaultModelPath, loadNerModel, type NerResource } from '../../../../stages/06-ner/resource.js';
import { labelsToSpans, spansToIob2, type TokenSpan } from '../../../../stages/06-ner/tags.js';
import { seqFromWords, type TokenSeq } from '../../../../stages/06-ner/token-seq.js';
import { recaseTitleLines } from '../../../../stages/06-ner/truecase.js';
import type { CommandModule } from '../../command.js';

interface SystemRun {
  readonly name: string;
  readonly result: ConllevalResult;
  readonly tokensPerSecond: number;
  /** Predicted IOB2 tags per document, per sentence. */
  readonly tags: string[][][];
}

function readGold(path: string): ConllDocument[] {
  if (!existsSync(path)) throw new CopydeskError('INPUT_NOT_FOUND', `gold file not found: ${path}`);
  if (statSync(path).isDirectory())
    throw new CopydeskError('INPUT_IS_DIRECTORY', `gold file is a directory: ${path}`);
  const docs = parseConll(readFileSync(path, 'utf8'), path);
  if (docs.length === 0) throw new CopydeskError('INPUT_EMPTY', `gold file has no sentences: ${path}`);
  return docs;
}

function run(
  name: string,
  docs: readonly ConllDocument[],
  seqs: readonly TokenSeq[],
  tagDoc: (seq: TokenSeq) => TokenSpan[],
): SystemRun {
  const scorer = new Conlleval();
  const tags: string[][][] = [];
  let tokens = 0;
  // CPU time of this process over the whole file, not wall time: the figure stays
  // meaningful on a busy machine.
  const t0 = process.cpuUsage();
  const allSpans = seqs.map((seq) => tagDoc(seq));
  const used = process.cpuUsage(t0);
  const ms = (used.user + used.system) / 1000;
  docs.forEach((doc, d) => {
    const seq = seqs[d]!;
    const spans = allSpans[d]!;
    tokens += seq.starts.length;
    const docTags: string[][] = [];
    doc.sentences.forEach((sentence, s) => {
      const from = seq.sentStarts[s]!;
      const len = sentence.words.length;
      const inSentence = spans
        .filter((x) => x.start >= from && x.end <= from + len)
        .map((x) => ({ ...x, start: x.start - from, end: x.end - from }));
      const guessed = spansToIob2(inSentence, len);
      for (let i = 0; i < len; i++) scorer.add(sentence.tags[i]!, guessed[i]!);
      scorer.boundary();
      docTags.push(guessed);
    });
    tags.push(docTags);
  });
  return { name, result: scorer.result(), tokensPerSecond: ms > 0 ? (tokens * 1000) / ms : 0, tags };
}

const pct = (x: number) => x.toFixed(2).padStart(6);

/** Tags a document as the stage does; counts the sentences it recased in `fired`. */
function copydeskTagger(
  ner: NerResource,
  truecase: boolean,
  fired: { sentences: number },
): (seq: TokenSeq) => TokenSpan[] {
  return (seq) => {
    if (!truecase) return labelsToSpans(ner.tagger.tagLabels(seq));
    const recased = recaseTitleLines(seq, ner.casing);
    fired.sentences += recased.sentences.length;
    return labelsToSpans(ner.tagger.tagLabels(recased.seq));
  };
}

/** The same documents with every sentence written in headline title case. */
function titleCased(docs: readonly ConllDocument[]): ConllDocument[] {
  return docs.map((d) => ({
    sentences: d.sentences.map((s) => ({ words: titleCaseWords(s.words), tags: s.tags })),
  }));
}

function report(runs: readonly SystemRun[], print: (line: string) => void): void {
  const types = [...new Set(runs.flatMap((r) => [...r.result.types.keys()]))].sort();
  const header = runs.map((r) => r.name.padEnd(24)).join('  ');
  print(`${''.padEnd(10)}${header}`);
  print(`${'type'.padEnd(10)}${runs.map(() => '     P      R     F1    ').join('  ')}`);
  const row = (
    label: string,
    pick: (r: ConllevalResult) => { precision: number; recall: number; f1: number } | undefined,
  ) =>
    print(
      `${label.padEnd(10)}${runs
        .map((r) => {
          const s = pick(r.result);
          return s
            ? `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   `
            : `${'—'.padStart(6)} ${'—'.padStart(6)} ${'—'.padStart(6)}   `;
        })
        .join('  ')}`,
    );
  for (const t of types) row(t, (r) => r.types.get(t));
  row('overall', (r) => r.overall);
  print(
    `${'tokens/s'.padEnd(10)}${runs.map((r) => `${Math.round(r.tokensPerSecond).toLocaleString('en-US')}`.padStart(20).padEnd(24)).join('  ')}`,
  );
}

export const evalNerCommand: CommandModule = (parent: Command) => {
  parent
    .command('ner')
    .description('named entities on a CoNLL-2003 file: conlleval P/R/F1 and tokens/s, beside compromise')
    .requiredOption('--gold <file>', 'CoNLL-2003 file (word … NER tag per line; IOB1 or IOB2)')
    .option('--predictions <file>', 'write "token gold predicted" lines (CoNLL layout) for any conlleval')
    .option('--model <file>', 'model file (default: the shipped model)')
    .option('--no-peer', 'skip the compromise peer')
    .option('--no-truecase', 'tag title-cased sentences as written (no recasing)')
    .option(
      '--title-case',
      'also score the file written as headlines (AP/Chicago title case), without and with recasing',
    )
    .action(
      (opts: {
        gold: string;
        predictions?: string;
        model?: string;
        peer: boolean;
        truecase: boolean;
        titleCase?: boolean;
      }) => {
        const print = (line: string) => process.stdout.write(`${line}\n`);
        const docs = readGold(opts.gold);
        const loadStarted = performance.now();
        const ner = loadNerModel(opts.model ?? defaultModelPath());
        const loadMs = performance.now() - loadStarted;
        const seqs = docs.map((d) => seqFromWords(d.sentences.map((s) => s.words)));
        // One untimed pass so both systems are measured warm (JIT-compiled).
        for (const seq of seqs.slice(0, 5)) ner.tagger.tagLabels(seq);
        const fired = { sentences: 0 };
        const ours = run('copydesk', docs, seqs, copydeskTagger(ner, opts.truecase, fired));
        const runs = [ours];
        if (opts.peer) {
          for (const seq of seqs.slice(0, 2)) compromiseSpans(seq);
          runs.push(run('compromise', docs, seqs, compromiseSpans));
        }
        const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
        const o = ours.result;
        print(`NER on ${opts.gold}: ${docs.length} documents, ${sentences} sentences, ${o.tokens} tokens`);
        print(`model loaded in ${Math.round(loadMs)} ms`);
        print(
          `copydesk: processed ${o.tokens} tokens with ${o.overall.gold} phrases; found: ${o.overall.guessed} phrases; correct: ${o.overall.correct}.`,
        );
        report(runs, print);
        if (opts.truecase) print(`title-cased sentences recased: ${fired.sentences} of ${sentences}`);
        if (opts.titleCase) {
          const headlines = titleCased(docs);
          const headlineSeqs = headlines.map((d) => seqFromWords(d.sentences.map((s) => s.words)));
          const without = run('title case', headlines, headlineSeqs, copydeskTagger(ner, false, fired));
          const firedThere = { sentences: 0 };
          const recased = run(
            'title case, recased',
            headlines,
            headlineSeqs,
            copydeskTagger(ner, true, firedThere),
          );
          print('');
          print('Written as headlines (every sentence in AP/Chicago title case):');
          report([ours, without, recased], print);
          print(`title-cased sentences recased: ${firedThere.sentences} of ${sentences}`);
          print(
            `F1 original ${ours.result.overall.f1.toFixed(2)}, title case ${without.result.overall.f1.toFixed(2)}, title case recased ${recased.result.overall.f1.toFixed(2)}`,
          );
        }
        if (opts.predictions) {
          const lines: string[] = [];
          docs.forEach((doc, d) => {
            lines.push('-DOCSTART- O O', '');
            doc.sentences.forEach((s, si) => {
              const guessed = ours.tags[d]![si]!;
              for (const [i, w] of s.words.entries()) lines.push(`${w} ${s.tags[i]} ${guessed[i]}`);
              lines.push('');
            });
          });
          try {
            writeFileSync(opts.predictions, lines.join('\n'));
          } catch (error) {
            throw new CopydeskError(
              'INPUT_UNREADABLE',
              `cannot write predictions to ${opts.predictions}: ${String(error)}`,
            );
          }
          print(`predictions written to ${opts.predictions}`);
        }
        print(`F1 ${o.overall.f1.toFixed(2)}`);
      },
    );
};
