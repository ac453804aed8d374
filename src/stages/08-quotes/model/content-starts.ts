/**
 * Where a tagged content starts: the start twin of the content-end ranker
 * (model/content-ends.ts). The tagger's contents are often a word or a few off at the start,
 * mostly where PolNeAR's cue takes an object or an adjunct the tagger gave to the content
 * (`urged Congress | to leave the program intact`, `said via email | that, “…`, `accusing
 * her of | being asleep`) or the reverse, and where a quotation of several sentences is
 * annotated as several contents. Each word start of the content's sentence, from the
 * sentence's start to the content's end, is a candidate (with and without an opening mark
 * glued to the word), scored by a linear model over span features — the words on both
 * sides of the start, the place of the start against the cue, the distance to the tagger's
 * and the rules' starts, the tagged spans the start passes, the quotation marks and length
 * of the content it makes, the cue's class and stem — and the best one is kept. Learned by
 * scripts/train-content-starts.ts on PolNeAR train (contents as fold taggers tag articles
 * they did not see), shipped in models/quotes/content-starts.json.gz.
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
  isSpace,
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

/** What the ranker knows about one content when it picks its start. */
export interface ContentStartContext {
  readonly text: string;
  /** Where the rules start it (a leading preposition left out, back to an opening mark). */
  readonly ruleStart: number;
  /** Where the tagger started it. */
  readonly taggerStart: number;
  /** The content's end (as the end ranker chose it). */
  readonly end: number;
  /** The first offset a candidate may take: the start of the sentence the content starts in. */
  readonly floor: number;
  readonly cue: Span;
  /** The paragraph's other tagged spans (the content and its cue left out). */
  readonly others: readonly RoleSpan[];
}

/** Picks a content's start; a recorder stands in for it in training. */
export interface ContentStartChooser {
  choose(context: ContentStartContext): number;
}

/** At most this many words from the floor are candidates. */
const MAX_WORDS = 120;

/**
 * The candidate starts: every word start from the floor to before the end (and, for a word
 * opening with a quotation mark or bracket, the word after the mark too), none before the
 * cue's end when the content ends after the cue, and the tagger's and the rules' own starts.
 * A word right after `that` is not a candidate apart from `that`: the PolNeAR mapping
 * (`quoteToPolnear`) keeps the `that` before a content.
 */
export function candidateStarts(context: ContentStartContext): number[] {
  const { text, floor, end } = context;
  const starts = new Set<number>([context.taggerStart, context.ruleStart]);
  const word = /\S+/gu;
  word.lastIndex = floor;
  let count = 0;
  for (let m = word.exec(text); m && m.index < end && count < MAX_WORDS; m = word.exec(text), count++) {
    if (!/^that$/iu.test(wordBefore(text, floor, m.index) ?? '')) starts.add(m.index);
    let bare = m.index;
    while (bare < m.index + m[0].length - 1 && /[“"‘'([]/u.test(text[bare]!)) bare++;
    if (bare > m.index) starts.add(bare);
  }
  // A start before the cue's end, for a content that ends after it, would take the content
  // over its own cue (scored as two fragments around it): only where the tagger or the rules
  // start there.
  const { cue } = context;
  const wraps = (s: number) => s < cue.end && cue.end <= end;
  return [...starts]
    .filter((s) => s >= Math.min(floor, context.ruleStart) && s < end)
    .filter((s) => !wraps(s) || s === context.taggerStart || s === context.ruleStart)
    .sort((a, b) => a - b);
}

/** What every candidate of one content shares, counted once (see `prefixSums`). */
export interface PreparedStart extends PrefixSums {
  readonly context: ContentStartContext;
  /** The cue's class (see `cueClass`). */
  readonly cue: number;
  readonly cueWord: string;
}

export function prepareStart(context: ContentStartContext): PreparedStart {
  const { text } = context;
  const from = Math.min(context.floor, context.ruleStart, context.taggerStart, context.cue.start);
  const to = Math.max(context.end, context.ruleStart, context.taggerStart, context.cue.end);
  return {
    ...prefixSums(text, from, to),
    context,
    cue: cueClass(text, context.cue),
    cueWord: stem(text.slice(context.cue.start, context.cue.end).toLowerCase().split(/\s+/u).at(-1) ?? ''),
  };
}

/** What starting a content at one candidate looks like, before it is spelled as feature names. */
interface StartValues {
  readonly tagger: boolean;
  readonly rules: boolean;
  /** Class of the word (or mark) before the start, of the word before that, of the word at the start, of the word after it. */
  readonly previous: string;
  readonly previous2: string;
  readonly first: string;
  readonly second: string;
  /**
   * The start against the cue: 0–6 the words between the cue's end and the start
   * (bucketed), 7 inside the cue, 8 and up before the cue (by the words to it).
   */
  readonly fromCue: number;
  readonly fromTagger: number;
  readonly fromRules: number;
  /** The roles of the tagged spans between the start and the tagger's start (`source+cue`), or `none`. */
  readonly crossed: string;
  /** The quotation marks of the content this start makes (an index into MARKS_NAMES). */
  readonly marks: number;
  readonly length: number;
  /** Clause punctuation between the start and the tagger's start (0–2), and the side. */
  readonly commas: number;
  readonly sign: number;
  readonly atFloor: boolean;
  readonly afterCueWord: boolean;
}

function startValues(prepared: PreparedStart, start: number): StartValues {
  const { context } = prepared;
  const { text, cue } = context;
  let p = start;
  while (p > 0 && isSpace(text[p - 1]!)) p--;
  const previousWord = wordBefore(text, 0, start);
  const previousChar = text[p - 1] ?? '';
  const previous = /[\p{L}\p{N}]/u.test(previousChar) ? wordClass(previousWord) : `p${previousChar || '^'}`;
  const following = /^(\S+)(?:\s+(\S+))?/u.exec(text.slice(start, start + 60));
  const words = (a: number, b: number) => between(prepared, prepared.words, a, b);
  const sign = Math.sign(start - context.taggerStart);
  let crossed = 'none';
  const [lo, hi] = start < context.taggerStart ? [start, context.taggerStart] : [context.taggerStart, start];
  for (const o of context.others) {
    if (o.start >= lo && o.start < hi) crossed = crossed === 'none' ? o.role : `${crossed}+${o.role}`;
  }
  const fromCue =
    start >= cue.end
      ? bucket(words(cue.end, start), [0, 1, 2, 3, 5, 8])
      : start >= cue.start
        ? 7
        : 8 + bucket(words(start, cue.start), [1, 2, 4, 8]);
  return {
    tagger: start === context.taggerStart,
    rules: start === context.ruleStart,
    previous,
    previous2: wordClass(wordBefore(text, 0, p - (previousWord?.length ?? 1))),
    first: wordClass(following?.[1]),
    second: wordClass(following?.[2]),
    fromCue,
    fromTagger: sign * bucket(words(start, context.taggerStart), [0, 1, 3, 7]),
    fromRules: Math.sign(start - context.ruleStart) * bucket(words(start, context.ruleStart), [0, 1, 3, 7]),
    crossed,
    marks: marksBetween(prepared, start, context.end),
    length: bucket(words(start, context.end), [1, 2, 3, 5, 8, 13, 20, 30, 50]),
    commas: Math.min(2, between(prepared, prepared.breaks, start, context.taggerStart)),
    sign,
    atFloor: start === context.floor,
    afterCueWord: previousWord !== undefined && SPEECH_VERB_FORMS.has(previousWord.toLowerCase()),
  };
}

/** The features of starting the content at `start` (strings, looked up in the weights). */
export function startFeatures(prepared: PreparedStart, start: number): string[] {
  return featureNames(prepared, startValues(prepared, start));
}

/** The feature names of one candidate, in the order {@link ContentStartRanker} keys them. */
function featureNames(prepared: PreparedStart, v: StartValues): string[] {
  const { cueWord } = prepared;
  const cue = CUE_NAMES[prepared.cue]!;
  const marks = MARKS_NAMES[v.marks]!;
  const { previous, first, fromCue, fromTagger, fromRules, crossed, length } = v;
  return [
    'bias',
    `tagger=${v.tagger}`,
    `rules=${v.rules}`,
    `prev=${previous}`,
    `first=${first}`,
    `prev+first=${previous}|${first}`,
    `prev2+prev=${v.previous2}|${previous}`,
    `first+second=${first}|${v.second}`,
    `fromCue=${fromCue}`,
    `fromTagger=${fromTagger}`,
    `fromRules=${fromRules}`,
    `crossed=${crossed}`,
    `marks=${marks}`,
    `len=${length}`,
    `cue=${cue}|prev=${previous}`,
    `cue=${cue}|first=${first}`,
    `cue=${cue}|fromCue=${fromCue}`,
    `cue=${cue}|fromTagger=${fromTagger}`,
    `cue=${cue}|crossed=${crossed}`,
    `cueWord=${cueWord}|prev=${previous}`,
    `cueWord=${cueWord}|first=${first}`,
    `cueWord=${cueWord}|fromCue=${fromCue}`,
    `fromCue=${fromCue}|first=${first}`,
    `marks=${marks}|first=${first}`,
    `fromTagger=${fromTagger}|fromRules=${fromRules}`,
    `commas=${v.commas}|sign=${v.sign}`,
    `atFloor=${v.atFloor}|first=${first}`,
    `afterCueWord=${v.afterCueWord}|first=${first}`,
    `len=${length}|first=${first}`,
  ];
}

const FEATURE_COUNT = 29;
/** The most ids one content can add: five values for each candidate (two per word), one for the content. */
const IDS_PER_CONTENT = 5 * (2 * MAX_WORDS + 2) + 1;

/** A linear ranker: the candidate start with the highest summed weight wins (ties: the rules' start). */
export class ContentStartRanker extends BoundaryRanker implements ContentStartChooser {
  private readonly keys = new Float64Array(FEATURE_COUNT);

  constructor(weights: ReadonlyMap<string, number>) {
    super(weights, FEATURE_COUNT);
  }

  choose(context: ContentStartContext): number {
    const prepared = prepareStart(context);
    this.makeRoom(IDS_PER_CONTENT);
    const cueWord = this.id(prepared.cueWord);
    const scoreOf = (start: number) => {
      const v = startValues(prepared, start);
      this.startKeys(prepared.cue, v, cueWord);
      return this.sumKeys(this.keys, () => featureNames(prepared, v));
    };
    let best = context.ruleStart;
    let bestScore = scoreOf(best);
    for (const start of candidateStarts(context)) {
      const s = scoreOf(start);
      if (s > bestScore) {
        best = start;
        bestScore = s;
      }
    }
    return best;
  }

  /** One key per feature of {@link featureNames}, in its order (see `BoundaryRanker.key`). */
  private startKeys(cue: number, v: StartValues, cueWord: number): void {
    const keys = this.keys;
    const key = (template: number, a: number, b = 0) => this.key(template, a, b);
    const previous = this.id(v.previous);
    const previous2 = this.id(v.previous2);
    const first = this.id(v.first);
    const second = this.id(v.second);
    const crossed = this.id(v.crossed);
    // Signed values are shifted to be non-negative.
    const fromTagger = v.fromTagger + 8;
    const fromRules = v.fromRules + 8;
    keys[0] = key(0, 0);
    keys[1] = key(1, v.tagger ? 1 : 0);
    keys[2] = key(2, v.rules ? 1 : 0);
    keys[3] = key(3, previous);
    keys[4] = key(4, first);
    keys[5] = key(5, previous, first);
    keys[6] = key(6, previous2, previous);
    keys[7] = key(7, first, second);
    keys[8] = key(8, v.fromCue);
    keys[9] = key(9, fromTagger);
    keys[10] = key(10, fromRules);
    keys[11] = key(11, crossed);
    keys[12] = key(12, v.marks);
    keys[13] = key(13, v.length);
    keys[14] = key(14, previous, cue);
    keys[15] = key(15, first, cue);
    keys[16] = key(16, v.fromCue, cue);
    keys[17] = key(17, fromTagger, cue);
    keys[18] = key(18, crossed, cue);
    keys[19] = key(19, previous, cueWord);
    keys[20] = key(20, first, cueWord);
    keys[21] = key(21, v.fromCue, cueWord);
    keys[22] = key(22, v.fromCue, first);
    keys[23] = key(23, v.marks, first);
    keys[24] = key(24, fromTagger, fromRules);
    keys[25] = key(25, v.commas, v.sign + 1);
    keys[26] = key(26, v.atFloor ? 1 : 0, first);
    keys[27] = key(27, v.afterCueWord ? 1 : 0, first);
    keys[28] = key(28, v.length, first);
  }

  /** Reads {@link save}'s bytes: gzip-compressed JSON `{ weights: { feature: weight } }`. */
  static load(bytes: Uint8Array): ContentStartRanker {
    return new ContentStartRanker(loadWeights(bytes));
  }
}

export const CONTENT_STARTS_PATH = new URL('models/quotes/content-starts.json.gz', PACKAGE_ROOT);

/** The shipped content-start ranker, loaded once per process (with the tagger). */
export const CONTENT_STARTS = defineResource<ContentStartRanker>('quotes/content-starts', () => {
  if (!existsSync(CONTENT_STARTS_PATH)) {
    throw new CopydeskError(
      'DATA_INVALID',
      `content-start ranker missing at ${CONTENT_STARTS_PATH.pathname}; run scripts/train-content-starts.ts`,
    );
  }
  return ContentStartRanker.load(readFileSync(CONTENT_STARTS_PATH));
});
