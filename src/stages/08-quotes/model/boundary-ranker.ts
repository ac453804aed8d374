/**
 * What the content-end and content-start rankers share (model/content-ends.ts,
 * model/content-starts.ts): the word classes and cue classes their features are spelled
 * from, prefix sums over a stretch of text (so that each candidate boundary costs a few
 * look-ups, not a scan), and a linear ranker whose candidates are scored by numeric keys,
 * value first: a key is a template's index plus one or two values (small integers as
 * themselves, strings by an id), and its weight is looked up in the shipped string
 * weights the first time it is met, so that feature names are spelled only then.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Span } from '../../../core/span.js';
import { SPEECH_VERB_FORMS } from '../lexicon.js';

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

/** A word as a feature value: a closed-class word as itself, another by its shape. */
export function wordClass(word: string | undefined): string {
  if (word === undefined) return '#none';
  const lower = word.toLowerCase();
  if (FUNCTION_WORDS.has(lower)) return lower;
  if (/^\d/u.test(word)) return '#num';
  if (/^\p{Lu}/u.test(word)) return '#cap';
  if (/^\p{L}/u.test(word)) return '#low';
  return word.slice(0, 1);
}

export const CUE_NAMES = ['speech', 'colon', 'other'];

/**
 * The cue's class (an index into {@link CUE_NAMES}): a speech verb (`said`, `told`), a
 * transcript colon, or an other cue (`attacked`, `called for`).
 */
export function cueClass(text: string, cue: Span): number {
  const words = text.slice(cue.start, cue.end).toLowerCase().split(/\s+/u);
  if (words.length === 1 && words[0] === ':') return 1;
  return words.some((w) => SPEECH_VERB_FORMS.has(w)) ? 0 : 2;
}

/** `/\s/u.test(c)`, with ASCII decided without the regex (the prefix sums test every character). */
export function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/u.test(c);
}

/**
 * Counts over a stretch of text from `from`, as prefix sums (entry i counts the characters
 * before `from + i`): word starts, opening and closing curly quotation marks, straight
 * ones, and clause punctuation (commas, semicolons, dashes).
 */
export interface PrefixSums {
  readonly from: number;
  readonly words: Int32Array;
  readonly opens: Int32Array;
  readonly closes: Int32Array;
  readonly straight: Int32Array;
  readonly breaks: Int32Array;
}

export function prefixSums(text: string, from: number, to: number): PrefixSums {
  const n = Math.max(0, Math.min(text.length, to) - from);
  const words = new Int32Array(n + 1);
  const opens = new Int32Array(n + 1);
  const closes = new Int32Array(n + 1);
  const straight = new Int32Array(n + 1);
  const breaks = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const c = text[from + i]!;
    // The stretch's first character starts a word unless it is a space.
    const wordStart = !isSpace(c) && (i === 0 || isSpace(text[from + i - 1]!));
    words[i + 1] = words[i]! + (wordStart ? 1 : 0);
    opens[i + 1] = opens[i]! + (c === '“' ? 1 : 0);
    closes[i + 1] = closes[i]! + (c === '”' ? 1 : 0);
    straight[i + 1] = straight[i]! + (c === '"' ? 1 : 0);
    breaks[i + 1] = breaks[i]! + (c === ',' || c === ';' || c === '—' || c === '–' ? 1 : 0);
  }
  return { from, words, opens, closes, straight, breaks };
}

/** The count in `sums` between two offsets (in either order), within the summed stretch. */
export function between(p: PrefixSums, sums: Int32Array, a: number, b: number): number {
  const clamp = (x: number) => Math.min(sums.length - 1, Math.max(0, x - p.from));
  return Math.abs(sums[clamp(b)]! - sums[clamp(a)]!);
}

/**
 * The quotation marks between two offsets: 0 unbalanced, 1 balanced ones, 2 none (an index
 * into {@link MARKS_NAMES}).
 */
export function marksBetween(p: PrefixSums, a: number, b: number): number {
  const opens = between(p, p.opens, a, b);
  const open = opens - between(p, p.closes, a, b);
  const straight = between(p, p.straight, a, b);
  return open !== 0 || straight % 2 !== 0 ? 0 : opens + straight > 0 ? 1 : 2;
}

export const MARKS_NAMES = ['unbalanced', 'quoted', 'plain'];

/** The word ending at `end` (after any spaces before it), not reaching back before `from`. */
export function wordBefore(text: string, from: number, end: number): string | undefined {
  let e = end;
  while (e > from && isSpace(text[e - 1]!)) e--;
  let b = e;
  while (b > from && !isSpace(text[b - 1]!)) b--;
  return b < e ? text.slice(b, e) : undefined;
}

/**
 * Ids of the string values the keys are built from stay below this, so that every key is a
 * small integer (below 2^30: a V8 Smi, hashed without boxing).
 */
export const ID_LIMIT = 1 << 12;

/**
 * A linear ranker over candidate boundaries: the candidate with the highest summed weight
 * wins. Subclasses compute each candidate's values, turn them into numeric keys (one per
 * feature template: {@link key}) and spell the same features as names; {@link sumKeys}
 * sums the keys' weights, filled from {@link weights} the first time a key is met.
 * Scoring by keys therefore assumes the weights no longer change (training scores feature
 * names with {@link score}, which reads them live).
 */
export class BoundaryRanker {
  private readonly memo = new Map<number, number>();
  /** Ids of the string values met so far (append-only, cleared with the memo). */
  private readonly ids = new Map<string, number>();

  constructor(
    readonly weights: ReadonlyMap<string, number>,
    /** The number of feature templates (keys per candidate). */
    private readonly templates: number,
  ) {}

  score(features: readonly string[]): number {
    let s = 0;
    for (const f of features) s += this.weights.get(f) ?? 0;
    return s;
  }

  /** Starts afresh when fewer than `room` ids are left, so that one content cannot overflow them. */
  protected makeRoom(room: number): void {
    if (this.ids.size > ID_LIMIT - room) {
      this.ids.clear();
      this.memo.clear();
    }
  }

  /** A string value's id (below {@link ID_LIMIT} while {@link makeRoom} is called per content). */
  protected id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }

  /** A template's key for one or two non-negative values below {@link ID_LIMIT}: unique per feature name. */
  protected key(template: number, a: number, b = 0): number {
    return template + this.templates * (a + ID_LIMIT * b);
  }

  /**
   * The summed weights of one candidate's keys: the same sum as {@link score} of its
   * feature names (`names`, spelled only when a key is met for the first time), in the
   * same order.
   */
  protected sumKeys(keys: Float64Array, names: () => readonly string[]): number {
    let spelled: readonly string[] | undefined;
    let s = 0;
    for (let t = 0; t < this.templates; t++) {
      let w = this.memo.get(keys[t]!);
      if (w === undefined) {
        spelled ??= names();
        w = this.weights.get(spelled[t]!) ?? 0;
        this.memo.set(keys[t]!, w);
      }
      s += w;
    }
    return s;
  }

  /** Gzip-compressed JSON `{ weights: { feature: weight } }`, zero weights left out. */
  save(): Buffer {
    const sorted = [...this.weights].filter(([, w]) => w !== 0).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    return gzipSync(`${JSON.stringify({ weights: Object.fromEntries(sorted) })}\n`, { level: 9 });
  }
}

/** Reads {@link BoundaryRanker.save}'s bytes. */
export function loadWeights(bytes: Uint8Array): Map<string, number> {
  const parsed = JSON.parse(gunzipSync(bytes).toString('utf8')) as { weights: Record<string, number> };
  return new Map(Object.entries(parsed.weights));
}
