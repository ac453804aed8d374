/**
 * A second look at the tagger's cues (session polnear-17): a logistic classifier over
 * every cue the tagger tagged, trained cross-fitted on PolNeAR train (the cues of fold
 * taggers on the articles they did not see, labelled by whether a gold cue overlaps them),
 * that drops a cue when the gold is unlikely to hold one there.
 * Dropping a prediction whose chance of being right is p gains F1 when p < F1 / 2, so the
 * threshold is that, not a figure tuned on dev.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Mention, Sentence, Token } from '../../../core/annotations.js';
import { CopydeskError } from '../../../core/errors.js';
import { defineResource } from '../../../core/resources.js';
import { partitionPoint } from '../../../core/span.js';
import { PACKAGE_ROOT } from '../gender.js';
import { CORE_VERB_FORMS, SPEECH_VERB_FORMS } from '../lexicon.js';
import { shape, subjectBefore } from './clause-context.js';
import { bucket, stem } from './features.js';
import type { RoleSpan } from './tagger.js';

/** A tagged cue with what the classifier reads about it. */
export interface CueCandidate {
  readonly cue: RoleSpan;
  readonly features: readonly string[];
}

const lowerOf = (text: string, t: Token | undefined) => (t ? text.slice(t.start, t.end).toLowerCase() : '');

/** The cue's class: a core speech verb (`said`), another speech verb, a colon, `according (to)`, or other. */
function lexiconClass(words: readonly string[]): string {
  if (words.some((w) => CORE_VERB_FORMS.has(w))) return 'core';
  if (words.some((w) => SPEECH_VERB_FORMS.has(w))) return 'speech';
  if (words.includes(':')) return 'colon';
  if (words.includes('according')) return 'according';
  return 'other';
}

/** Features of every cue the tagger tagged (`tagged`: its role spans, in text order). */
export function cueCandidates(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  mentions: readonly Mention[],
  tagged: readonly RoleSpan[],
  cueRates: ReadonlyMap<string, number>,
): CueCandidate[] {
  const out: CueCandidate[] = [];
  for (const cue of tagged) {
    if (cue.role !== 'cue') continue;
    const s = Math.min(
      partitionPoint(sentences.length, (i) => sentences[i]!.end <= cue.start),
      sentences.length - 1,
    );
    const sentence = sentences[s] ?? { start: 0, end: text.length };
    const first = partitionPoint(tokens.length, (i) => tokens[i]!.start < sentence.start);
    const at = partitionPoint(tokens.length, (i) => tokens[i]!.start < cue.start);
    let past = at;
    while (past < tokens.length && tokens[past]!.start < cue.end) past++;
    const words = tokens.slice(at, past).map((t) => lowerOf(text, t));
    const head = words[words.length - 1] ?? '';
    const rate = Math.max(0, ...words.map((w) => cueRates.get(w) ?? 0));
    const lex = lexiconClass(words);
    const subject = subjectBefore(text, tokens, first, at, mentions);
    const inSentence = tagged.filter((x) => x.start < sentence.end && sentence.start < x.end);
    const near = (role: string) => {
      const spans = inSentence.filter((x) => x.role === role);
      if (spans.some((x) => x.end <= cue.start && cue.start - x.end <= 3)) return 'before';
      if (spans.some((x) => x.start >= cue.end && x.start - cue.end <= 3)) return 'after';
      return spans.length > 0 ? 'far' : 'none';
    };
    const source = near('source');
    const content = near('content');
    const cues = inSentence.filter((x) => x.role === 'cue').length;
    const quotes = (text.slice(sentence.start, cue.start).match(/["“”]/gu) ?? []).length % 2;
    const next = shape(tokens[past], text);
    const prev = shape(tokens[at - 1], text);
    out.push({
      cue,
      features: [
        ...words.map((w) => `cw=${w}`),
        `head=${head}`,
        `headstem=${stem(head)}`,
        `first=${words[0] ?? ''}`,
        `len=${bucket(words.length, [1, 2, 3, 5])}`,
        `rate=${rate}`,
        `lex=${lex}`,
        `next=${next}`,
        `prev=${prev}`,
        `subj=${subject.kind}`,
        `source=${source}`,
        `content=${content}`,
        `source+content=${source}|${content}`,
        `cues=${bucket(cues, [1, 2, 3])}`,
        `quote=${quotes}`,
        `headline=${s === 0}`,
        `pos=${bucket(at - first, [0, 1, 2, 4, 8, 16])}`,
        `rate+subj=${rate}|${subject.kind}`,
        `rate+next=${rate}|${next}`,
        `rate+source=${rate}|${source}`,
        `rate+content=${rate}|${content}`,
        `lex+subj=${lex}|${subject.kind}`,
        `lex+content=${lex}|${content}`,
        `head+next=${head}|${next}`,
        `stem+source=${stem(head)}|${source}`,
        // Under a stacked tagger, whether its first pass agreed (session polnear-23).
        ...(cue.firstPass
          ? [
              `pass=${cue.firstPass}`,
              `pass+rate=${cue.firstPass}|${rate}`,
              `pass+lex=${cue.firstPass}|${lex}`,
            ]
          : []),
      ],
    });
  }
  return out;
}

/** The shipped classifier: a weight per feature and a bias; a cue is kept when its probability reaches the threshold. */
export class CueFilter {
  constructor(
    private readonly weights: ReadonlyMap<string, number>,
    private readonly bias: number,
    readonly threshold: number,
  ) {}

  /** The probability that the gold holds a cue over the candidate's. */
  probability(features: readonly string[]): number {
    let z = this.bias;
    for (const f of features) z += this.weights.get(f) ?? 0;
    return 1 / (1 + Math.exp(-z));
  }

  static load(bytes: Uint8Array): CueFilter {
    const parsed = JSON.parse(gunzipSync(bytes).toString('utf8')) as {
      bias: number;
      threshold: number;
      weights: Record<string, number>;
    };
    return new CueFilter(new Map(Object.entries(parsed.weights)), parsed.bias, parsed.threshold);
  }
}

/**
 * The tagger's spans without the cues the filter rejects. Their source and content spans
 * stay: grouping then leaves them out, or pairs them with a cue nearby (dev: dropping them
 * too cost 0.4 source F1 and gained nothing on cues or contents).
 */
export function filterCues(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  mentions: readonly Mention[],
  tagged: readonly RoleSpan[],
  cueRates: ReadonlyMap<string, number>,
  filter: CueFilter,
): RoleSpan[] {
  const rejected = new Set<RoleSpan>(
    cueCandidates(text, sentences, tokens, mentions, tagged, cueRates)
      .filter((c) => filter.probability(c.features) < filter.threshold)
      .map((c) => c.cue),
  );
  return tagged.filter((x) => !rejected.has(x));
}

export const CUE_FILTER_PATH = new URL('models/quotes/cue-filter.json.gz', PACKAGE_ROOT);

/** The shipped cue filter (models/quotes/cue-filter.json.gz, scripts/train-cue-filter.ts). */
export const CUE_FILTER = defineResource<CueFilter>('quotes/cue-filter', () => {
  if (!existsSync(CUE_FILTER_PATH)) {
    throw new CopydeskError(
      'DATA_INVALID',
      `cue filter missing at ${CUE_FILTER_PATH.pathname}; run scripts/train-cue-filter.ts`,
    );
  }
  return CueFilter.load(readFileSync(CUE_FILTER_PATH));
});
