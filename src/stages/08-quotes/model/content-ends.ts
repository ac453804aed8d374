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
import { gunzipSync, gzipSync } from 'node:zlib';
import { CopydeskError } from '../../../core/errors.js';
import { defineResource } from '../../../core/resources.js';
import type { Span } from '../../../core/span.js';
import { PACKAGE_ROOT } from '../gender.js';
import { SPEECH_VERB_FORMS } from '../lexicon.js';
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

/** Closed-class words kept as themselves in the features; other words are reduced to a shape. */
const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those his her its their our my your he she it they we i you who which whom ' +
    'whose what when where while whether if because since as after before during until amid despite ' +
    'including in on at by for from of to with without about over under into through against between ' +
    'among and or but nor so yet than then also not no is are was were be been has have had will would ' +
    'can could should may might must do does did said says say according'
  ).split(' '),
);

function wordClass(word: string | undefined): string {
  if (word === undefined) return '#none';
  const lower = word.toLowerCase();
  if (FUNCTION_WORDS.has(lower)) return lower;
  if (/^\d/u.test(word)) return '#num';
  if (/^\p{Lu}/u.test(word)) return '#cap';
  if (/^\p{L}/u.test(word)) return '#low';
  return word.slice(0, 1);
}

/**
 * The cue's class (an index into {@link CUE_NAMES}): a speech verb (`said`, `told`), a
 * transcript colon, or an other cue (`attacked`, `called for`).
 */
function cueClass(text: string, cue: Span): number {
  const words = text.slice(cue.start, cue.end).toLowerCase().split(/\s+/u);
  if (words.length === 1 && words[0] === ':') return 1;
  return words.some((w) => SPEECH_VERB_FORMS.has(w)) ? 0 : 2;
}

/**
 * What every candidate of one content shares, counted once: prefix sums over the text from
 * the content's start (word starts, quotation marks, clause punctuation), so that each
 * candidate's features cost a few look-ups, not a scan of the content.
 */
export interface PreparedContext {
  readonly context: ContentEndContext;
  readonly from: number;
  readonly words: Int32Array;
  readonly opens: Int32Array;
  readonly closes: Int32Array;
  readonly straight: Int32Array;
  readonly breaks: Int32Array;
  /** The cue's class (see `cueClass`). */
  readonly cue: number;
  readonly cueWord: string;
  readonly opener: string;
}

export function prepareContext(context: ContentEndContext): PreparedContext {
  const { text, start: from } = context;
  const to = Math.min(text.length, Math.max(context.limit, context.ruleEnd, context.taggerEnd));
  const n = Math.max(0, to - from);
  const words = new Int32Array(n + 1);
  const opens = new Int32Array(n + 1);
  const closes = new Int32Array(n + 1);
  const straight = new Int32Array(n + 1);
  const breaks = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const c = text[from + i]!;
    const wordStart = !isSpace(c) && (i === 0 || isSpace(text[from + i - 1]!));
    words[i + 1] = words[i]! + (wordStart ? 1 : 0);
    opens[i + 1] = opens[i]! + (c === '“' ? 1 : 0);
    closes[i + 1] = closes[i]! + (c === '”' ? 1 : 0);
    straight[i + 1] = straight[i]! + (c === '"' ? 1 : 0);
    breaks[i + 1] = breaks[i]! + (c === ',' || c === ';' || c === '—' || c === '–' ? 1 : 0);
  }
  return {
    context,
    from,
    words,
    opens,
    closes,
    straight,
    breaks,
    cue: cueClass(text, context.cue),
    cueWord: stem(text.slice(context.cue.start, context.cue.end).toLowerCase().split(/\s+/u).at(-1) ?? ''),
    opener: wordClass(/^\s*(\S+)/u.exec(text.slice(from, from + 40))?.[1]),
  };
}

/** `/\s/u.test(c)`, with ASCII decided without the regex (the prefix sums test every character). */
function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/u.test(c);
}

/** The count in `sums` between two offsets (in either order), within the prepared stretch. */
function between(p: PreparedContext, sums: Int32Array, a: number, b: number): number {
  const clamp = (x: number) => Math.min(sums.length - 1, Math.max(0, x - p.from));
  return Math.abs(sums[clamp(b)]! - sums[clamp(a)]!);
}

/** The word ending at `end` (after any spaces before it). */
function wordBefore(text: string, from: number, end: number): string | undefined {
  let e = end;
  while (e > from && isSpace(text[e - 1]!)) e--;
  let b = e;
  while (b > from && !isSpace(text[b - 1]!)) b--;
  return b < e ? text.slice(b, e) : undefined;
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
const MARKS_NAMES = ['unbalanced', 'quoted', 'plain'];
const CUE_NAMES = ['speech', 'colon', 'other'];

function endValues(prepared: PreparedContext, end: number): EndValues {
  const { context } = prepared;
  const { text, start } = context;
  const before = wordBefore(text, start, end);
  const following = /^\s*(\S+)(?:\s+(\S+))?/u.exec(text.slice(end, end + 60));
  const after = following?.[1];
  const lastChar = text[end - 1] ?? '';
  const nextChar = text[end] ?? '';
  const sign = Math.sign(end - context.taggerEnd);
  const opens = between(prepared, prepared.opens, start, end);
  const open = opens - between(prepared, prepared.closes, start, end);
  const straight = between(prepared, prepared.straight, start, end);
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
    marks: open !== 0 || straight % 2 !== 0 ? 0 : opens + straight > 0 ? 1 : 2,
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
/**
 * Ids of the string values (word classes, cue stems) the keys are built from stay below
 * this, so that every key is a small integer (below 2^30: a V8 Smi, hashed without boxing).
 */
const ID_LIMIT = 1 << 12;
/** The most ids one content can add: four values for each candidate (two per word), two for the content. */
const IDS_PER_CONTENT = 4 * (2 * MAX_WORDS + 2) + 2;

/** A linear ranker: the candidate end with the highest summed weight wins (ties: the rules' end). */
export class ContentEndRanker implements ContentEndChooser {
  /**
   * Feature weights by numeric key (template, then one or two value ids: see
   * {@link featureKeys}), filled from {@link weights} the first time a key is met, so that
   * scoring a candidate builds no strings: the feature names are spelled only on a miss.
   * {@link choose} therefore assumes the weights no longer change (training scores
   * feature names with {@link score}, which reads them live).
   */
  private readonly memo = new Map<number, number>();
  /** Ids of the string values met so far (append-only, cleared with the memo). */
  private readonly ids = new Map<string, number>();
  private readonly keys = new Float64Array(FEATURE_COUNT);

  constructor(readonly weights: ReadonlyMap<string, number>) {}

  score(features: readonly string[]): number {
    let s = 0;
    for (const f of features) s += this.weights.get(f) ?? 0;
    return s;
  }

  choose(context: ContentEndContext): number {
    const prepared = prepareContext(context);
    // Start afresh before the ids could overflow their limit inside this content.
    if (this.ids.size > ID_LIMIT - IDS_PER_CONTENT) {
      this.ids.clear();
      this.memo.clear();
    }
    const cueWord = this.id(prepared.cueWord);
    const opener = this.id(prepared.opener);
    const scoreOf = (end: number) => this.scoreValues(prepared, endValues(prepared, end), cueWord, opener);
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

  private id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }

  /** The same sum as {@link score} of the candidate's feature names, in the same order. */
  private scoreValues(prepared: PreparedContext, v: EndValues, cueWord: number, opener: number): number {
    const keys = this.keys;
    featureKeys(
      keys,
      prepared.cue,
      v,
      this.id(v.next),
      this.id(v.last),
      this.id(v.afterNext),
      this.id(v.crossed),
      cueWord,
      opener,
    );
    let names: string[] | undefined;
    let s = 0;
    for (let t = 0; t < FEATURE_COUNT; t++) {
      let w = this.memo.get(keys[t]!);
      if (w === undefined) {
        names ??= featureNames(prepared, v);
        w = this.weights.get(names[t]!) ?? 0;
        this.memo.set(keys[t]!, w);
      }
      s += w;
    }
    return s;
  }

  /** Reads {@link save}'s bytes: gzip-compressed JSON `{ weights: { feature: weight } }`. */
  static load(bytes: Uint8Array): ContentEndRanker {
    const parsed = JSON.parse(gunzipSync(bytes).toString('utf8')) as { weights: Record<string, number> };
    return new ContentEndRanker(new Map(Object.entries(parsed.weights)));
  }

  save(): Buffer {
    const sorted = [...this.weights].filter(([, w]) => w !== 0).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    return gzipSync(`${JSON.stringify({ weights: Object.fromEntries(sorted) })}\n`, { level: 9 });
  }
}

/**
 * One number per feature of {@link featureNames}, in its order: the template's index plus
 * its values (small integers as themselves, strings by id), unique for every feature name.
 */
function featureKeys(
  keys: Float64Array,
  cue: number,
  v: EndValues,
  next: number,
  last: number,
  afterNext: number,
  crossed: number,
  cueWord: number,
  opener: number,
): void {
  const key = (template: number, a: number, b = 0) => template + FEATURE_COUNT * (a + ID_LIMIT * b);
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
