/**
 * Where a tagged content ends: a small learned ranker over candidate ends. The tagger's
 * contents are often several words off at the end (`attacked Machado | in early-morning
 * tweets`, `noted that the Commission on Presidential Debates | announced …`), and the
 * rules that extend or cut them (the run-on to the sentence end, the quotation's closing
 * mark) are right for clauses and wrong for noun phrases. Each word end from the content's
 * start to its sentence's end is a candidate, scored by a linear model over real span
 * features — the words on both sides of the end, the punctuation there, the length,
 * whether the end passes another tagged span, the distance to the tagger's own end and to
 * the rules' end, the cue's class and the content's first word — and the best one is kept.
 * The weights are learned by scripts/train-content-ends.ts on PolNeAR train (the tagger's
 * contents as it tags held-out articles) and shipped in models/quotes/content-ends.json.gz.
 */
import { existsSync, readFileSync } from 'node:fs';
import { CopydeskError } from '../../../core/errors.js';
import { defineResource } from '../../../core/resources.js';
import type { Span } from '../../../core/span.js';
import { PACKAGE_ROOT } from '../gender.js';
import { SPEECH_VERB_FORMS } from '../lexicon.js';
import {
  BoundaryRanker,
  between,
  CUE_NAMES,
  cueClass,
  loadWeights,
  MARKS_NAMES,
  marksBetween,
  type PrefixSums,
  prefixSums,
  wordBefore,
  wordClass,
} from './boundary-ranker.js';
import { bucket, stem } from './features.js';
import type { RoleSpan } from './tagger.js';

/** What the ranker knows about one content when it picks its end. */
export interface ContentEndContext {
  readonly text: string;
  /** The content's start (before a leading preposition is left out). */
  readonly start: number;
  /** Where the tagger ended it. */
  readonly taggerEnd: number;
  /** Where the rules (run-on to the sentence end, quotation marks, trailing comma) end it. */
  readonly ruleEnd: number;
  /** The last offset a candidate may reach: the sentence's end with its final period, or the rules' end. */
  readonly limit: number;
  readonly cue: Span;
  /** The paragraph's other tagged spans (the content itself left out). */
  readonly others: readonly RoleSpan[];
}

/** Picks a content's end; {@link ContentEndRecorder} records instead (training). */
export interface ContentEndChooser {
  choose(context: ContentEndContext): number;
}

/** At most this many words from the start are candidates (a quotation may run long). */
const MAX_WORDS = 120;

/**
 * The candidate ends: every word end after the start up to the limit (with and without the
 * punctuation glued to the word: `system”` and `system`), never after a comma, and the
 * tagger's and the rules' own ends.
 */
export function candidateEnds(context: ContentEndContext): number[] {
  const { text, start, limit } = context;
  const ends = new Set<number>([context.taggerEnd, context.ruleEnd]);
  const word = /\S+/gu;
  word.lastIndex = start;
  let count = 0;
  for (let m = word.exec(text); m && m.index < limit && count < MAX_WORDS; m = word.exec(text), count++) {
    const end = Math.min(m.index + m[0].length, limit);
    let bare = end;
    while (bare > m.index + 1 && /[.,;:!?)\]”"’]/u.test(text[bare - 1]!)) bare--;
    if (text[end - 1] !== ',') ends.add(end);
    ends.add(bare);
  }
  return [...ends].filter((e) => e > start && e <= Math.max(limit, context.ruleEnd)).sort((a, b) => a - b);
}

/**
 * What every candidate of one content shares, counted once: prefix sums over the text from
 * the content's start (word starts, quotation marks, clause punctuation), so that each
 * candidate's features cost a few look-ups, not a scan of the content.
 */
export interface PreparedContext extends PrefixSums {
  readonly context: ContentEndContext;
  /** The cue's class (see `cueClass`). */
  readonly cue: number;
  readonly cueWord: string;
  readonly opener: string;
}

export function prepareContext(context: ContentEndContext): PreparedContext {
  const { text, start: from } = context;
  const to = Math.min(text.length, Math.max(context.limit, context.ruleEnd, context.taggerEnd));
  return {
    ...prefixSums(text, from, to),
    context,
    cue: cueClass(text, context.cue),
    cueWord: stem(text.slice(context.cue.start, context.cue.end).toLowerCase().split(/\s+/u).at(-1) ?? ''),
    opener: wordClass(/^\s*(\S+)/u.exec(text.slice(from, from + 40))?.[1]),
  };
}

/** What ending a content at one candidate end looks like, before it is spelled as feature names. */
interface EndValues {
  readonly tagger: boolean;
  readonly rules: boolean;
  /** 0 at the limit, 1 at the rules' end, 2 inside. */
  readonly at: number;
  /** Class of the word (or mark) after the end, of the word before it, of the second word after it. */
  readonly next: string;
  readonly last: string;
  readonly afterNext: string;
  readonly length: number;
  readonly sign: number;
  readonly fromTagger: number;
  readonly fromRules: number;
  /** The roles of the tagged spans the end passes (`source+cue`), or `none`. */
  readonly crossed: string;
  /** 0 unbalanced quotation marks, 1 balanced ones, 2 none. */
  readonly marks: number;
  readonly commas: number;
  readonly nextIsCue: boolean;
}

const AT_NAMES = ['limit', 'rules', 'inner'];

function endValues(prepared: PreparedContext, end: number): EndValues {
  const { context } = prepared;
  const { text, start } = context;
  const before = wordBefore(text, start, end);
  const following = /^\s*(\S+)(?:\s+(\S+))?/u.exec(text.slice(end, end + 60));
  const after = following?.[1];
  const lastChar = text[end - 1] ?? '';
  const nextChar = text[end] ?? '';
  const sign = Math.sign(end - context.taggerEnd);
  let crossed = 'none';
  for (const o of context.others) {
    if (o.start >= context.taggerEnd && o.start < end)
      crossed = crossed === 'none' ? o.role : `${crossed}+${o.role}`;
  }
  return {
    tagger: end === context.taggerEnd,
    rules: end === context.ruleEnd,
    at: end >= context.limit ? 0 : end === context.ruleEnd ? 1 : 2,
    next: /^[\p{L}\p{N}]/u.test(nextChar) || nextChar === ' ' ? wordClass(after) : `p${nextChar}`,
    last: /[\p{L}\p{N}]/u.test(lastChar) ? wordClass(before) : `p${lastChar}`,
    afterNext: wordClass(following?.[2]),
    length: bucket(between(prepared, prepared.words, start, end), [1, 2, 3, 5, 8, 13, 20, 30, 50]),
    sign,
    fromTagger: sign * bucket(between(prepared, prepared.words, end, context.taggerEnd), [0, 1, 3, 7]),
    fromRules:
      Math.sign(end - context.ruleEnd) *
      bucket(between(prepared, prepared.words, end, context.ruleEnd), [0, 1, 3, 7]),
    crossed,
    marks: marksBetween(prepared, start, end),
    commas: Math.min(2, between(prepared, prepared.breaks, end, context.taggerEnd)),
    nextIsCue: after !== undefined && SPEECH_VERB_FORMS.has(after.toLowerCase()),
  };
}

/** The features of ending the content at `end` (strings, looked up in the weights). */
export function endFeatures(prepared: PreparedContext, end: number): string[] {
  return featureNames(prepared, endValues(prepared, end));
}

/** The feature names of one candidate, in the order {@link ContentEndRanker} keys them. */
function featureNames(prepared: PreparedContext, v: EndValues): string[] {
  const { cueWord, opener } = prepared;
  const cue = CUE_NAMES[prepared.cue]!;
  const at = AT_NAMES[v.at]!;
  const marks = MARKS_NAMES[v.marks]!;
  const { next, last, length, fromTagger, fromRules, crossed } = v;
  return [
    'bias',
    `tagger=${v.tagger}`,
    `rules=${v.rules}`,
    `at=${at}`,
    `next=${next}`,
    `last=${last}`,
    `last+next=${last}|${next}`,
    `len=${length}`,
    `fromTagger=${fromTagger}`,
    `fromRules=${fromRules}`,
    `crossed=${crossed}`,
    `marks=${marks}`,
    `cue=${cue}|next=${next}`,
    `cue=${cue}|last=${last}`,
    `cue=${cue}|len=${length}`,
    `cue=${cue}|at=${at}`,
    `cue=${cue}|fromTagger=${fromTagger}`,
    `cue=${cue}|crossed=${crossed}`,
    `opener=${opener}|next=${next}`,
    `opener=${opener}|at=${at}`,
    `opener=${opener}|len=${length}`,
    `marks=${marks}|next=${next}`,
    `marks=${marks}|at=${at}`,
    `fromTagger=${fromTagger}|fromRules=${fromRules}`,
    `cueWord=${cueWord}|next=${next}`,
    `cueWord=${cueWord}|at=${at}`,
    `next2=${next}|${v.afterNext}`,
    `len=${length}|next=${next}`,
    `commas=${v.commas}|sign=${v.sign}`,
    `nextIsCue=${v.nextIsCue}`,
  ];
}

const FEATURE_COUNT = 30;
/** The most ids one content can add: four values for each candidate (two per word), two for the content. */
const IDS_PER_CONTENT = 4 * (2 * MAX_WORDS + 2) + 2;

/** A linear ranker: the candidate end with the highest summed weight wins (ties: the rules' end). */
export class ContentEndRanker extends BoundaryRanker implements ContentEndChooser {
  private readonly keys = new Float64Array(FEATURE_COUNT);

  constructor(weights: ReadonlyMap<string, number>) {
    super(weights, FEATURE_COUNT);
  }

  choose(context: ContentEndContext): number {
    const prepared = prepareContext(context);
    this.makeRoom(IDS_PER_CONTENT);
    const cueWord = this.id(prepared.cueWord);
    const opener = this.id(prepared.opener);
    const scoreOf = (end: number) => {
      const v = endValues(prepared, end);
      this.endKeys(prepared.cue, v, cueWord, opener);
      return this.sumKeys(this.keys, () => featureNames(prepared, v));
    };
    let best = context.ruleEnd;
    let bestScore = scoreOf(best);
    for (const end of candidateEnds(context)) {
      const s = scoreOf(end);
      if (s > bestScore) {
        best = end;
        bestScore = s;
      }
    }
    return best;
  }

  /**
   * One key per feature of {@link featureNames}, in its order: the template's index plus
   * its values (small integers as themselves, strings by id), unique for every feature name.
   */
  private endKeys(cue: number, v: EndValues, cueWord: number, opener: number): void {
    const keys = this.keys;
    const key = (template: number, a: number, b = 0) => this.key(template, a, b);
    const next = this.id(v.next);
    const last = this.id(v.last);
    const afterNext = this.id(v.afterNext);
    const crossed = this.id(v.crossed);
    // Signed values are shifted to be non-negative.
    const fromTagger = v.fromTagger + 8;
    const fromRules = v.fromRules + 8;
    keys[0] = key(0, 0);
    keys[1] = key(1, v.tagger ? 1 : 0);
    keys[2] = key(2, v.rules ? 1 : 0);
    keys[3] = key(3, v.at);
    keys[4] = key(4, next);
    keys[5] = key(5, last);
    keys[6] = key(6, last, next);
    keys[7] = key(7, v.length);
    keys[8] = key(8, fromTagger);
    keys[9] = key(9, fromRules);
    keys[10] = key(10, crossed);
    keys[11] = key(11, v.marks);
    keys[12] = key(12, next, cue);
    keys[13] = key(13, last, cue);
    keys[14] = key(14, v.length, cue);
    keys[15] = key(15, v.at, cue);
    keys[16] = key(16, fromTagger, cue);
    keys[17] = key(17, crossed, cue);
    keys[18] = key(18, next, opener);
    keys[19] = key(19, v.at, opener);
    keys[20] = key(20, v.length, opener);
    keys[21] = key(21, next, v.marks);
    keys[22] = key(22, v.at, v.marks);
    keys[23] = key(23, fromTagger, fromRules);
    keys[24] = key(24, next, cueWord);
    keys[25] = key(25, v.at, cueWord);
    keys[26] = key(26, next, afterNext);
    keys[27] = key(27, v.length, next);
    keys[28] = key(28, v.commas, v.sign + 1);
    keys[29] = key(29, v.nextIsCue ? 1 : 0);
  }

  /** Reads {@link save}'s bytes: gzip-compressed JSON `{ weights: { feature: weight } }`. */
  static load(bytes: Uint8Array): ContentEndRanker {
    return new ContentEndRanker(loadWeights(bytes));
  }
}

export const CONTENT_ENDS_PATH = new URL('models/quotes/content-ends.json.gz', PACKAGE_ROOT);

/** The shipped content-end ranker, loaded once per process (with the tagger). */
export const CONTENT_ENDS = defineResource<ContentEndRanker>('quotes/content-ends', () => {
  if (!existsSync(CONTENT_ENDS_PATH)) {
    throw new CopydeskError(
      'DATA_INVALID',
      `content-end ranker missing at ${CONTENT_ENDS_PATH.pathname}; run scripts/train-content-ends.ts`,
    );
  }
  return ContentEndRanker.load(readFileSync(CONTENT_ENDS_PATH));
});
