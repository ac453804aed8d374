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
import { stem } from './features.js';
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

const bucket = (n: number, limits: readonly number[]) => {
  let b = 0;
  while (b < limits.length && n > limits[b]!) b++;
  return b;
};

/** The cue's class: a speech verb (`said`, `told`), a transcript colon, or an other cue (`attacked`, `called for`). */
function cueClass(text: string, cue: Span): string {
  const words = text.slice(cue.start, cue.end).toLowerCase().split(/\s+/u);
  if (words.length === 1 && words[0] === ':') return 'colon';
  return words.some((w) => SPEECH_VERB_FORMS.has(w)) ? 'speech' : 'other';
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
  readonly cue: string;
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
    const wordStart = !/\s/u.test(c) && (i === 0 || /\s/u.test(text[from + i - 1]!));
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

/** The count in `sums` between two offsets (in either order), within the prepared stretch. */
function between(p: PreparedContext, sums: Int32Array, a: number, b: number): number {
  const clamp = (x: number) => Math.min(sums.length - 1, Math.max(0, x - p.from));
  return Math.abs(sums[clamp(b)]! - sums[clamp(a)]!);
}

/** The word ending at `end` (after any spaces before it). */
function wordBefore(text: string, from: number, end: number): string | undefined {
  let e = end;
  while (e > from && /\s/u.test(text[e - 1]!)) e--;
  let b = e;
  while (b > from && !/\s/u.test(text[b - 1]!)) b--;
  return b < e ? text.slice(b, e) : undefined;
}

/** The features of ending the content at `end` (strings, looked up in the weights). */
export function endFeatures(prepared: PreparedContext, end: number): string[] {
  const { context, cue, cueWord, opener } = prepared;
  const { text, start } = context;
  const before = wordBefore(text, start, end);
  const following = /^\s*(\S+)(?:\s+(\S+))?/u.exec(text.slice(end, end + 60));
  const after = following?.[1];
  const lastChar = text[end - 1] ?? '';
  const nextChar = text[end] ?? '';
  const next = /^[\p{L}\p{N}]/u.test(nextChar) || nextChar === ' ' ? wordClass(after) : `p${nextChar}`;
  const last = /[\p{L}\p{N}]/u.test(lastChar) ? wordClass(before) : `p${lastChar}`;
  const length = bucket(between(prepared, prepared.words, start, end), [1, 2, 3, 5, 8, 13, 20, 30, 50]);
  const sign = Math.sign(end - context.taggerEnd);
  const fromTagger = sign * bucket(between(prepared, prepared.words, end, context.taggerEnd), [0, 1, 3, 7]);
  const fromRules =
    Math.sign(end - context.ruleEnd) *
    bucket(between(prepared, prepared.words, end, context.ruleEnd), [0, 1, 3, 7]);
  const passed = context.others.filter((o) => o.start >= context.taggerEnd && o.start < end);
  const crossed = passed.length === 0 ? 'none' : passed.map((o) => o.role).join('+');
  const opens = between(prepared, prepared.opens, start, end);
  const open = opens - between(prepared, prepared.closes, start, end);
  const straight = between(prepared, prepared.straight, start, end);
  const marks = open !== 0 || straight % 2 !== 0 ? 'unbalanced' : opens + straight > 0 ? 'quoted' : 'plain';
  const atLimit = end >= context.limit ? 'limit' : end === context.ruleEnd ? 'rules' : 'inner';
  const afterNext = wordClass(following?.[2]);
  const commas = Math.min(2, between(prepared, prepared.breaks, end, context.taggerEnd));
  const nextIsCue = after !== undefined && SPEECH_VERB_FORMS.has(after.toLowerCase());
  const feats = [
    'bias',
    `tagger=${end === context.taggerEnd}`,
    `rules=${end === context.ruleEnd}`,
    `at=${atLimit}`,
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
    `cue=${cue}|at=${atLimit}`,
    `cue=${cue}|fromTagger=${fromTagger}`,
    `cue=${cue}|crossed=${crossed}`,
    `opener=${opener}|next=${next}`,
    `opener=${opener}|at=${atLimit}`,
    `opener=${opener}|len=${length}`,
    `marks=${marks}|next=${next}`,
    `marks=${marks}|at=${atLimit}`,
    `fromTagger=${fromTagger}|fromRules=${fromRules}`,
    `cueWord=${cueWord}|next=${next}`,
    `cueWord=${cueWord}|at=${atLimit}`,
    `next2=${next}|${afterNext}`,
    `len=${length}|next=${next}`,
    `commas=${commas}|sign=${sign}`,
    `nextIsCue=${nextIsCue}`,
  ];
  return feats;
}

/** A linear ranker: the candidate end with the highest summed weight wins (ties: the rules' end). */
export class ContentEndRanker implements ContentEndChooser {
  constructor(readonly weights: ReadonlyMap<string, number>) {}

  score(features: readonly string[]): number {
    let s = 0;
    for (const f of features) s += this.weights.get(f) ?? 0;
    return s;
  }

  choose(context: ContentEndContext): number {
    const prepared = prepareContext(context);
    let best = context.ruleEnd;
    let bestScore = this.score(endFeatures(prepared, best));
    for (const end of candidateEnds(context)) {
      const s = this.score(endFeatures(prepared, end));
      if (s > bestScore) {
        best = end;
        bestScore = s;
      }
    }
    return best;
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
